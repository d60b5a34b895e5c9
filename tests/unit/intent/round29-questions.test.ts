import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): wool gloves by letter size and colour, herbal tea by weight. */
const index = buildCatalogIndex([
  {
    code: 'Z91',
    title: 'Wool gloves',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((z) => ['Red', 'Grey'].map((c) => ({ options: [z, c] }))),
  },
  {
    code: 'Z92',
    title: 'Herbal tea',
    optionNames: ['Weight'],
    variants: ['100 g', '250 g'].map((w) => ({ options: [w] })),
  },
]);
const ask = (text: string, featuredCode = 'Z91') => {
  const r = classify(text, index, { featuredCode });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 29: a German question may open with a plural verb before "die" and the product', () => {
  it.each([
    ['kommen die handschuhe bis montag an', 'question/shipping'],
    ['wärmen die handschuhe auch beim radfahren', 'question/other'],
  ])('%s -> %s', (text, want) => expect(ask(text)).toBe(want));
  it.each([
    ['nehmen sie die handschuhe wieder raus', 'cancel/null'],
    ['wissen die mädels schon bescheid', 'other/null'],
    ['haben die anderen auch so lange gewartet', 'other/null'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text)).toBe(want));
});

/** Invented: a tablet pouch by size in inches. */
const pouches = buildCatalogIndex([
  {
    code: 'Z73',
    title: 'Tablet pouch',
    optionNames: ['Size', 'Color'],
    variants: ['11"', '12"'].flatMap((z) => ['Teal', 'Black'].map((c) => ({ options: [z, c] }))),
  },
]);
const askPouch = (text: string) => {
  const r = classify(text, pouches, { featuredCode: 'Z73' });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 29: an inch word right after a number names a size, it asks no size (nor customs)', () => {
  it.each([
    ['is there a 13 inch one?', 'question/stock'],
    ['zostały jeszcze 12 cali?', 'question/stock'],
    ['а на 12 дюймов остались?', 'question/stock'],
    ['habt ihr 11 zoll noch da?', 'question/stock'],
  ])('%s -> %s', (text, want) => expect(askPouch(text)).toBe(want));
  it.each([
    ['which size fits a 12.9 inch tablet?', 'question/size'],
    ['wie hoch ist der zoll in die schweiz?', 'question/shipping'],
  ])('unchanged: %s -> %s', (text, want) => expect(askPouch(text)).toBe(want));
});

/** Invented: a wall planner by year, a lantern by capacity. */
const dated = buildCatalogIndex([
  {
    code: 'Z74',
    title: 'Wall planner',
    optionNames: ['Year', 'Color'],
    variants: ['2033', '2034'].flatMap((y) => ['Sand', 'Black'].map((c) => ({ options: [y, c] }))),
  },
  {
    code: 'Z75',
    title: 'Camping lantern',
    optionNames: ['Capacity'],
    variants: ['6000 mAh', '9000 mAh'].map((c) => ({ options: [c] })),
  },
]);
const askDated = (text: string, featuredCode: string) => {
  const r = classify(text, dated, { featuredCode });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 29: a year or capacity the product does not sell, asked after, asks stock', () => {
  it.each([
    ['any chance of a 2035 one?', 'Z74', 'question/stock'],
    ['¿lo sacan para 2035?', 'Z74', 'question/stock'],
    ['is there a 7000 one?', 'Z75', 'question/stock'],
  ])('%s -> %s', (text, featured, want) => expect(askDated(text, featured)).toBe(want));
  it.each([
    ['my 2035 plan is to buy less lol', 'Z74', 'other/null'],
    ['what year is it for?', 'Z74', 'question/other'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(askDated(text, featured)).toBe(want));
});

describe('issue 17, round 29: "ignore / forget my last (message)" takes back the buyer\'s last claim', () => {
  it.each([
    ['ignore my last message pls', 'cancel'],
    ['zignorujcie moją ostatnią wiadomość', 'cancel'],
    ['забудьте мой последний комментарий', 'cancel'],
    ['ignoriert meinen letzten kommentar', 'cancel'],
  ])('%s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z91' }).intent).toBe(want));
  it.each([
    ['my last order came so fast', 'other'],
    ['ignore the haters', 'other'],
  ])('unchanged: %s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z91' }).intent).toBe(want));
});
