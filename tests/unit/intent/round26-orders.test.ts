import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): a hair toner sold by numbered shade ("5.1 Cool brown"), yoga
 * pants by a fractional length ("5/8") or full length × size, a poster by theme, a neck roll by filling, a puzzle box by
 * piece count, and a mug (no options) to guard what must stay unchanged.
 */
const index = buildCatalogIndex([
  {
    code: 'V81',
    title: 'Hair toner',
    optionNames: ['Shade'],
    variants: ['5.1 Cool brown', '7.0 Natural blonde', '9.12 Pearl blonde'].map((s) => ({ options: [s] })),
  },
  {
    code: 'V82',
    title: 'Yoga pants',
    optionNames: ['Length', 'Size'],
    variants: ['5/8', 'Full length'].flatMap((l) => ['XS', 'S', 'M'].map((z) => ({ options: [l, z] }))),
  },
  { code: 'V83', title: 'Enamel mug', optionNames: [], variants: [{ options: [] }] },
  { code: 'B5', title: 'Bread tin', optionNames: [], variants: [{ options: [] }] },
  {
    code: 'V85',
    title: 'Photo puzzle',
    optionNames: ['Pieces', 'Theme'],
    variants: ['300', '1000'].flatMap((n) => ['Cats', 'Mountains', 'Old town'].map((t) => ({ options: [n, t] }))),
  },
  {
    code: 'V86',
    title: 'Knee pillow',
    optionNames: ['Firmness', 'Filling'],
    variants: ['Soft', 'Firm'].flatMap((f) => ['Memory foam', 'Buckwheat'].map((x) => ({ options: [f, x] }))),
  },
  {
    code: 'V88',
    title: 'Trail shoes',
    optionNames: ['Size', 'Color'],
    variants: ['40', '41', '42'].flatMap((z) => ['Blue', 'Black'].map((c) => ({ options: [z, c] }))),
  },
  {
    code: 'V89',
    title: 'Water flask',
    optionNames: ['Capacity'],
    variants: ['750 ml', '1 l'].map((c) => ({ options: [c] })),
  },
  {
    code: 'V87',
    title: 'Hair gloss',
    optionNames: ['Shade'],
    variants: ['Ash blonde', 'Honey'].map((s) => ({ options: [s] })),
  },
]);
const read = (text: string, featuredCode = 'V81') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 26: a shade named by its number alone', () => {
  it.each([
    ['V81 5.1 please', 'V81 5.1 Cool brown ×1'],
    ['V81 5,1', 'V81 5.1 Cool brown ×1'],
    ['biorę 7.0', 'V81 7.0 Natural blonde ×1'],
    ['мне 9.12 две штуки', 'V81 9.12 Pearl blonde ×2'],
    ['7,0 маған 2 дана', 'V81 7.0 Natural blonde ×2'],
    ['5.1 x2', 'V81 5.1 Cool brown ×2'],
    ['einmal 7,0 bitte', 'V81 7.0 Natural blonde ×1'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
  it('asks after the shade by its number', () => {
    const r = classify('is 5.1 still available?', index, { featuredCode: 'V81' });
    expect([r.intent, r.topic, r.options]).toEqual(['question', 'stock', { Shade: '5.1 Cool brown' }]);
  });
  it.each([
    ['V81 natural blonde', 'V81 7.0 Natural blonde ×1'],
    ['V83 2 szt', 'V83 ×2'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text)).toBe(want));
  it('unchanged: a price is no shade', () => {
    const r = classify('cena 19.99?', index, { featuredCode: 'V81' });
    expect([r.intent, r.options]).toEqual(['question', {}]);
  });
});

describe('issue 17, round 26: a length sold as a fraction, and the full length', () => {
  it.each([
    ['V82 5/8 length M please', 'V82 5/8 M ×1'],
    ['biorę skrócone, rozmiar M', 'V82 5/8 M ×1'],
    ['укороченные XS мне', 'V82 5/8 XS ×1'],
    ['cropped ones size S x2', 'V82 5/8 S ×2'],
    ['V82 die volle länge in M bitte', 'V82 Full length M ×1'],
    ['las largas en talla XS para mí', 'V82 Full length XS ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V82')).toBe(want));
  it('the option\'s own word is no second item ("5/8 length" is not also "Full length")', () => {
    const r = classify('V82 5/8 length in M', index, { featuredCode: 'V82' });
    expect([r.options, r.items]).toEqual([{ Length: '5/8', Size: 'M' }, undefined]);
  });
  it.each([
    ['V82 5/8 M', 'V82 5/8 M ×1'],
    ['V82 full length S', 'V82 Full length S ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text, 'V82')).toBe(want));
});

describe("issue 17, round 26: themes, fillings, a thousand pieces and Kazakh firm, in the buyer's words", () => {
  it.each([
    ['V85 300 z kotkami', 'V85 300 Cats ×1'],
    ['V85 горы 300 беру', 'V85 300 Mountains ×1'],
    ['V85 altstadt 300 bitte', 'V85 300 Old town ×1'],
    ['V85 мысықтар 300 маған', 'V85 300 Cats ×1'],
    ['el de montañas de 300 para mí', 'V85 300 Mountains ×1'],
    ['V85 tysiąc koty', 'V85 1000 Cats ×1'],
    ['тысячу с горами мне', 'V85 1000 Mountains ×1'],
    ['V85 tausend berge bitte', 'V85 1000 Mountains ×1'],
    ['V85 mil gatitos para mí', 'V85 1000 Cats ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V85')).toBe(want));
  it.each([
    ['V86 gryczana miękka', 'V86 Buckwheat Soft ×1'],
    ['V86 гречневую мягкую', 'V86 Buckwheat Soft ×1'],
    ['V86 weich buchweizen bitte', 'V86 Buckwheat Soft ×1'],
    ['V86 blanda viscoelástica', 'V86 Memory foam Soft ×1'],
    ['V86 қатты мемори маған', 'V86 Memory foam Firm ×1'],
    ['V86 miękka z pianką', 'V86 Memory foam Soft ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V86')).toBe(want));
  it.each([
    ['V87 пепельный блонд', 'V87 Ash blonde ×1'],
    ['V87 rubio ceniza', 'V87 Ash blonde ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V87')).toBe(want));
  it.each([
    ['haha meine katze ist auch schwarz', 'other'],
    ['mój kot by to zniszczył', 'other'],
  ])('unchanged: on the mug, %s -> %s', (text, want) => expect(read(text, 'V83')).toBe(want));
  it('unchanged: V85 300 cats', () => expect(read('V85 300 cats', 'V85')).toBe('V85 300 Cats ×1'));
});

describe('issue 17, round 26: a piece count with its unit is the piece count the product sells', () => {
  it.each([
    ['V85 300 шт горы', 'V85 300 Mountains ×1'],
    ['V85 cats 1000 pcs x2', 'V85 1000 Cats ×2'],
    ['V85 300pc cats', 'V85 300 Cats ×1'],
    ['V85 1000er altstadt bitte', 'V85 1000 Old town ×1'],
    ['ill take the 1k cats one', 'V85 1000 Cats ×1'],
    ['V85 1к горы', 'V85 1000 Mountains ×1'],
    ['V85 2 шт 300 cats', 'V85 300 Cats ×2'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V85')).toBe(want));
  it.each([
    ['V85 cats 300 x3', 'V85 300 Cats ×3'],
    ['V83 3er', 'V83 ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text, 'V85')).toBe(want));
});

describe('issue 17, round 26: diminutives, ordinals and decimal litres', () => {
  it.each([
    ['V86 la blandita de buchweizen', 'V86 Buckwheat Soft ×1', 'V86'],
    ['V86 durita viscoelástica porfa', 'V86 Memory foam Firm ×1', 'V86'],
    ['V88 azulito 41', 'V88 Blue 41 ×1', 'V88'],
    ['V88 41ші маған', 'V88 41 ×1', 'V88'],
    ['V88 40ыншы өлшем аламын', 'V88 40 ×1', 'V88'],
    ['V89 0,75 poproszę', 'V89 750 ml ×1', 'V89'],
    ['V89 0.75 x2', 'V89 750 ml ×2', 'V89'],
  ])('%s -> %s', (text, want, screen) => expect(read(text, screen)).toBe(want));
  it.each([
    ['V88 41 azul', 'V88 Blue 41 ×1', 'V88'],
    ['V89 1 l', 'V89 1 l ×1', 'V89'],
  ])('unchanged: %s -> %s', (text, want, screen) => expect(read(text, screen)).toBe(want));
});

describe('issue 17, round 26: "one" right after a value points at it', () => {
  it.each([
    ['2x the cats one, 300pc', 'V85 300 Cats ×2'],
    ['3x the mountains one', 'V85 Mountains ×3'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V85')).toBe(want));
  it.each([['one cats 300', 'V85 300 Cats ×1']])('unchanged: %s -> %s', (text, want) => expect(read(text, 'V85')).toBe(want));
});

describe('issue 17, round 26: two items listed as "one …, the other …"; German "von dem … mit …"', () => {
  const items = (text: string) =>
    classify(text, index, { featuredCode: 'V86' }).items?.map((i) => Object.values(i.options).sort().join(' ')) ?? [];
  it.each([
    ['dwie poduszki: jedna miękka gryka, druga twarda pianka', ['Buckwheat Soft', 'Firm Memory foam']],
    ['две подушки: одна мягкая гречка, вторая жесткая мемори', ['Buckwheat Soft', 'Firm Memory foam']],
  ])('%s', (text, want) => expect(items(text)).toEqual(want));
  it.each([['2 stk von dem weichen mit buchweizen', 'V86 Buckwheat Soft ×2']])('%s -> %s', (text, want) =>
    expect(read(text, 'V86')).toBe(want),
  );
  it.each([['V86 weich buchweizen', 'V86 Buckwheat Soft ×1']])('unchanged: %s -> %s', (text, want) => expect(read(text, 'V86')).toBe(want));
});

describe('issue 17, round 26: a shade word or "№" before a shade number; "в 5/8" is no code', () => {
  it.each([
    ['оттенок 5,1 две штуки', 'V81 5.1 Cool brown ×2', 'V81'],
    ['V81 odcień 7.0', 'V81 7.0 Natural blonde ×1', 'V81'],
    ['V81 tono 9.12', 'V81 9.12 Pearl blonde ×1', 'V81'],
    ['V81 №7.0 маған', 'V81 7.0 Natural blonde ×1', 'V81'],
    ['V82 в 5/8 размер S', 'V82 5/8 S ×1', 'V82'],
  ])('%s -> %s', (text, want, screen) => expect(read(text, screen)).toBe(want));
});

describe('issue 17, round 26: one of each of two shades; "castaño" is brown', () => {
  const shades = (text: string) =>
    classify(text, index, { featuredCode: 'V81' }).items?.map((i) => `${i.options.Shade} ×${i.quantity}`) ?? [];
  it.each([
    ['5,1 i 7,0 po jednym', ['5.1 Cool brown ×1', '7.0 Natural blonde ×1']],
    ['5.1 и 9.12 по одной', ['5.1 Cool brown ×1', '9.12 Pearl blonde ×1']],
  ])('%s', (text, want) => expect(shades(text)).toEqual(want));
  it('V81 castaño frío', () => expect(read('V81 castaño frío')).toBe('V81 5.1 Cool brown ×1'));
  it('unchanged: 5.1 and 7.0, one of each', () =>
    expect(shades('5.1 and 7.0, one of each')).toEqual(['5.1 Cool brown ×1', '7.0 Natural blonde ×1']));
});

describe('issue 17, round 26: Kazakh "put me down" with the polite -шы and "write it for me"', () => {
  it.each([
    ['V86 жұмсақ гречканы жазып қойыңызшы', 'V86 Buckwheat Soft ×1'],
    ['қатты мемори маған жазыңыз', 'V86 Memory foam Firm ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V86')).toBe(want));
  it.each([['V86 жұмсақ гречка жазып қойыңыз', 'V86 Buckwheat Soft ×1']])('unchanged: %s -> %s', (text, want) =>
    expect(read(text, 'V86')).toBe(want),
  );
});

describe('issue 17, round 26: the option named before its value ("largo 5/8") is no value of its own', () => {
  it.each([['V82 largo 5/8 talla S', 'V82 5/8 S ×1']])('%s -> %s', (text, want) => expect(read(text, 'V82')).toBe(want));
  it.each([['V82 largas S', 'V82 Full length S ×1']])('unchanged: %s -> %s', (text, want) => expect(read(text, 'V82')).toBe(want));
});

describe('issue 17, round 26: "me apuntas …?" asks to be put down, it claims', () => {
  it.each([
    ['me apuntas uno blando de trigo sarraceno?', 'V86 Buckwheat Soft ×1'],
    ['me anotas uno de 300 de gatos?', 'V85 300 Cats ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, text.includes('300') ? 'V85' : 'V86')).toBe(want));
  it.each([['apúntame uno blando', 'V86 Soft ×1']])('unchanged: %s -> %s', (text, want) => expect(read(text, 'V86')).toBe(want));
});
