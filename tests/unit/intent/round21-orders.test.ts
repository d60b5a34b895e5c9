import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes, titles and values in no corpus file): a cotton apron by size and pattern, a hand cream sold
 * single, as a duo or as a trio, by scent, and a signet ring by size and finish (polished or matte).
 */
const index = buildCatalogIndex([
  {
    code: 'Q91',
    title: 'Cotton apron',
    optionNames: ['Size', 'Pattern'],
    variants: ['S', 'M', 'L'].flatMap((s) => ['Striped', 'Floral', 'Checked'].map((p) => ({ options: [s, p] }))),
  },
  {
    code: 'Q92',
    title: 'Hand cream',
    optionNames: ['Bundle', 'Scent'],
    variants: ['Single', 'Duo', 'Trio'].flatMap((b) => ['Lemon', 'Rose'].map((p) => ({ options: [b, p] }))),
  },
  {
    code: 'Q93',
    title: 'Signet ring',
    optionNames: ['Size', 'Finish'],
    variants: ['15', '16', '17'].flatMap((s) => ['Polished', 'Matte'].map((c) => ({ options: [s, c] }))),
  },
]);
const read = (text: string, featuredCode = 'Q91') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 21: a pattern is named by the adjectives and nouns each language gives it', () => {
  it.each([
    ['M in stripes pls', 'Q91 Striped M ×1'],
    ['L w kwiatki', 'Q91 Floral L ×1'],
    ['biorę M w kratkę', 'Q91 Checked M ×1'],
    ['мне S в полоску', 'Q91 Striped S ×1'],
    ['клетчатый L беру', 'Q91 Checked L ×1'],
    ['M гүлдісін аламын', 'Q91 Floral M ×1'],
    ['quiero la S de flores', 'Q91 Floral S ×1'],
    ['L gestreift bitte', 'Q91 Striped L ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 21: a finish borrowed from English ("Matte") is named by its Slavic and Kazakh adjective', () => {
  it.each([
    ['16 matowy', 'Q93 Matte 16 ×1'],
    ['мне 15 матовое', 'Q93 Matte 15 ×1'],
    ['17 матовыйын аламын', 'Q93 Matte 17 ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q93')).toBe(want);
  });
  it('unchanged (guard): a place is no typo of a short stem ("malta" is not "matt*")', () => {
    expect(read('Q93 16 polished - do you ship to malta?', 'Q93')).toBe('Q93 Polished 16 ×1');
  });
});

describe('issue 17, round 21: a bundle whose name says a count (Single, Duo, Trio) is named by the count as a pack is', () => {
  it.each([
    ['trójpak różany', 'Q92 Trio Rose ×1'],
    ['двойной лимон мне', 'Q92 Duo Lemon ×1'],
    ['набор из трех розовых беру', 'Q92 Trio Rose ×1'],
    ['3 pack rose', 'Q92 Trio Rose ×1'],
    ['lemon, set of 2', 'Q92 Duo Lemon ×1'],
    ['үштік лимон маған', 'Q92 Trio Lemon ×1'],
    ['rose im doppelpack', 'Q92 Duo Rose ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q92')).toBe(want);
  });
  it('unchanged (guard): a count with "x" stays the count', () => {
    expect(read('duo lemon x2', 'Q92')).toBe('Q92 Duo Lemon ×2');
  });
});

describe('issue 17, round 21: shiny words name a glossy finish, and a polished one where the product sells no Glossy', () => {
  it.each([
    ['16 блестящее мне', 'Q93 Polished 16 ×1'],
    ['15 glänzend bitte', 'Q93 Polished 15 ×1'],
    ['błyszczący 17 dla mnie', 'Q93 Polished 17 ×1'],
    ['el 16 brillante', 'Q93 Polished 16 ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q93')).toBe(want);
  });
});

describe('issue 17, round 21: "the same as someone, but" with values claims them', () => {
  it.each([
    ['same as my friend but the L floral', 'Q91 Floral L ×1'],
    ['to samo co siostra, tylko S', 'Q91 S ×1'],
    ['такой же, но M в клетку', 'Q91 Checked M ×1'],
    ['lo mismo que ella pero S', 'Q91 S ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 21: a number said as a noun names a pack or bundle of that many', () => {
  it.each([
    ['trójkę różaną', 'Q92 Trio Rose ×1'],
    ['poproszę dwójkę cytrynową', 'Q92 Duo Lemon ×1'],
    ['the 3s in rose', 'Q92 Trio Rose ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q92')).toBe(want);
  });
});

describe('issue 17, round 21: a claim refused in the future tense, and a product struck off the list, cancel', () => {
  it.each([['брать не буду, простите'], ['cross me off please'], ['táchame porfa']])('%s', (text) => {
    expect(classify(text, index, { featuredCode: 'Q91' }).intent).toBe('cancel');
  });
});
