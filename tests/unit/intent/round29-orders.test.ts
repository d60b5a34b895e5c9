import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a mosaic kit by pieces and motif, a rain poncho by size and colour. */
const index = buildCatalogIndex([
  {
    code: 'Z93',
    title: 'Mosaic kit',
    optionNames: ['Pieces', 'Theme'],
    variants: ['500', '3000'].flatMap((n) => ['Dogs', 'Sea'].map((t) => ({ options: [n, t] }))),
  },
  {
    code: 'Z94',
    title: 'Rain poncho',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((z) => ['Yellow', 'Navy'].map((c) => ({ options: [z, c] }))),
  },
  {
    code: 'Z95',
    title: 'Silk tie',
    optionNames: ['Color'],
    variants: ['Navy', 'Red'].map((c) => ({ options: [c] })),
  },
]);
const read = (text: string, featuredCode: string) => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'order' ? `order ${r.code} ${JSON.stringify(r.options)}` : r.intent;
};

describe('issue 17, round 29: a value for every option of the product, then a praise emoji, chooses a variant', () => {
  it.each([
    ['sea 3000 pieces 😍', 'Z93', 'order Z93 {"Pieces":"3000","Theme":"Sea"}'],
    ['M żółty 🔥🔥', 'Z94', 'order Z94 {"Size":"M","Color":"Yellow"}'],
    ['L тёмно-синий 😍', 'Z94', 'order Z94 {"Size":"L","Color":"Navy"}'],
  ])('%s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
  it.each([
    ['ese amarillo 🔥🔥', 'Z94', 'other'],
    ['navy 😍😍', 'Z95', 'other'],
    ['love the M yellow 😍', 'Z94', 'other'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
});

describe('issue 17, round 29: Russian "с" ("with") before a value is no chatter', () => {
  it.each([
    ['мозаика 3000 с собачками', 'Z93', 'order Z93 {"Pieces":"3000","Theme":"Dogs"}'],
    ['плащ M с желтым', 'Z94', 'order Z94 {"Size":"M","Color":"Yellow"}'],
  ])('%s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
  it.each([
    ['снимите с меня мозаику', 'Z93', 'cancel'],
    ['с наступающим всех', 'Z93', 'other'],
    ['с утра жду эфир', 'Z94', 'other'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
});

/** Invented products: a solar charger by capacity and colour, computer glasses by a signed strength and frame. */
const charged = buildCatalogIndex([
  {
    code: 'Z97',
    title: 'Solar charger',
    optionNames: ['Capacity', 'Color'],
    variants: ['8000 mAh', '12000 mAh'].flatMap((c) => ['Green', 'Black'].map((k) => ({ options: [c, k] }))),
  },
  {
    code: 'Z98',
    title: 'Computer glasses',
    optionNames: ['Strength', 'Frame'],
    variants: ['+1.25', '+2.25', '+4.0'].flatMap((s) => ['Gold', 'Black'].map((f) => ({ options: [s, f] }))),
  },
]);
const readOn = (text: string, featuredCode: string) => {
  const r = classify(text, charged, { featuredCode });
  return r.intent === 'order' ? `order ${JSON.stringify(r.options)} x${r.quantity}` : r.intent;
};

describe('issue 17, round 29: a signed strength is named without its sign, with "plus", or without ".0"', () => {
  it.each([
    ['2,25 gold', 'order {"Strength":"+2.25","Frame":"Gold"} x1'],
    ['biorę 1.25 czarne', 'order {"Strength":"+1.25","Frame":"Black"} x1'],
    ['plus 4 gold', 'order {"Strength":"+4.0","Frame":"Gold"} x1'],
    ['+4 чёрные', 'order {"Strength":"+4.0","Frame":"Black"} x1'],
    ['плюс 2,25 золотые 2 шт', 'order {"Strength":"+2.25","Frame":"Gold"} x2'],
  ])('%s -> %s', (text, want) => expect(readOn(text, 'Z98')).toBe(want));
  it.each([
    ['4 gold', 'order {"Frame":"Gold"} x4'],
    ['+2.25 black x2', 'order {"Strength":"+2.25","Frame":"Black"} x2'],
  ])('unchanged: %s -> %s', (text, want) => expect(readOn(text, 'Z98')).toBe(want));
});

describe('issue 17, round 29: thousands set apart or said as a word name a capacity the catalog sells', () => {
  it.each([
    ['12 000 green', 'order {"Capacity":"12000 mAh","Color":"Green"} x1'],
    ['на 8 тысяч черный', 'order {"Capacity":"8000 mAh","Color":"Black"} x1'],
    ['quiero de 12 mil negro', 'order {"Capacity":"12000 mAh","Color":"Black"} x1'],
    ['8 tys zielony', 'order {"Capacity":"8000 mAh","Color":"Green"} x1'],
  ])('%s -> %s', (text, want) => expect(readOn(text, 'Z97')).toBe(want));
  it.each([
    ['12k green', 'order {"Capacity":"12000 mAh","Color":"Green"} x1'],
    ['2 black', 'order {"Color":"Black"} x2'],
  ])('unchanged: %s -> %s', (text, want) => expect(readOn(text, 'Z97')).toBe(want));
});

/** Invented products named by nouns of round 29: a slim power bank (two words in the title) and a desk calendar. */
const named = buildCatalogIndex([
  {
    code: 'Z71',
    title: 'Slim power bank',
    optionNames: ['Capacity', 'Color'],
    variants: ['4000 mAh', '9000 mAh'].flatMap((c) => ['Pink', 'Black'].map((k) => ({ options: [c, k] }))),
  },
  {
    code: 'Z72',
    title: 'Desk calendar',
    optionNames: ['Format', 'Theme'],
    variants: ['A4', 'A5'].flatMap((f) => ['Cats', 'Sea'].map((t) => ({ options: [f, t] }))),
  },
]);
const readNamed = (text: string, featuredCode: string) => {
  const r = classify(text, named, { featuredCode });
  return r.intent === 'order' ? `order ${JSON.stringify(r.options)}` : r.intent;
};

describe('issue 17, round 29: power banks, calendars, puzzles, planners and glasses are known by their nouns', () => {
  it.each([
    ['павербанк на 9к черный', 'Z71', 'order {"Capacity":"9000 mAh","Color":"Black"}'],
    ['kalendarz a5 z kotami', 'Z72', 'order {"Format":"A5","Theme":"Cats"}'],
  ])('%s -> %s', (text, featured, want) => expect(readNamed(text, featured)).toBe(want));
  it.each([
    ['my calendar is full this week lol', 'Z72', 'other'],
    ['9000 black', 'Z71', 'order {"Capacity":"9000 mAh","Color":"Black"}'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(readNamed(text, featured)).toBe(want));
});

describe('issue 17, round 29: the new value first and the old one taken back after a comma, or a Kazakh claim verb last', () => {
  const fix = (text: string) => {
    const r = classify(text, index, { featuredCode: 'Z94' });
    return r.correction ? `${JSON.stringify(r.correction.from)} -> ${JSON.stringify(r.correction.to)}` : r.intent;
  };
  it.each([
    ['давайте синий, жёлтый не надо', '{"Color":"Yellow"} -> {"Color":"Navy"}'],
    ['lieber gelb, navy nicht mehr', '{"Color":"Navy"} -> {"Color":"Yellow"}'],
    ['cambia a L, la M ya no', '{"Size":"M"} -> {"Size":"L"}'],
    ['сарысын өшіріңіз көгін аламын', '{"Color":"Yellow"} -> {"Color":"Navy"}'],
  ])('%s -> %s', (text, want) => expect(fix(text)).toBe(want));
  it.each([
    ['жёлтый не надо', 'cancel'],
    ['gracias, la M ya no', 'cancel'],
  ])('unchanged: %s -> %s', (text, want) => expect(fix(text)).toBe(want));
});
