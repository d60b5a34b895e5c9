import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a jigsaw puzzle by pieces and motif, a power bank by capacity and colour. */
const index = buildCatalogIndex([
  {
    code: 'X311',
    title: 'Jigsaw puzzle',
    optionNames: ['Pieces', 'Theme'],
    variants: ['750', '1500'].flatMap((n) => ['Dogs', 'Sea'].map((t) => ({ options: [n, t] }))),
  },
  {
    code: 'X312',
    title: 'Power bank',
    optionNames: ['Capacity', 'Color'],
    variants: ['12000 mAh', '24000 mAh'].flatMap((c) => ['Lime', 'Grey'].map((k) => ({ options: [c, k] }))),
  },
]);
const read = (text: string, featuredCode: string) => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'order' ? `order ${r.code} ${JSON.stringify(r.options)} x${r.quantity}` : r.intent;
};

describe('issue 17, round 30: the product noun beside a weak claim word and values is no chatter', () => {
  it.each([
    ['мне пазл с собаками на 1500 деталей', 'X311', 'order X311 {"Pieces":"1500","Theme":"Dogs"} x1'],
    ['dla mnie puzzle z psami 750 elementów', 'X311', 'order X311 {"Pieces":"750","Theme":"Dogs"} x1'],
    ['мне павербанк серый на 24000 мач', 'X312', 'order X312 {"Capacity":"24000 mAh","Color":"Grey"} x1'],
  ])('%s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
  it.each([
    ['мне этот пазл вообще не понравился, слишком сложный', 'X311', 'other'],
    ['для меня павербанк это must have в дороге', 'X312', 'other'],
    ['мне пазл нравится', 'X311', 'other'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
});

describe('issue 17, round 30: a capacity in mAh with a thousands dot or a glued Cyrillic unit', () => {
  it.each([
    ['X312 24.000 mah lime x1', 'X312', 'order X312 {"Capacity":"24000 mAh","Color":"Lime"} x1'],
    ['X312 12,000mAh grey please', 'X312', 'order X312 {"Capacity":"12000 mAh","Color":"Grey"} x1'],
    ['X312 24000мач серый беру', 'X312', 'order X312 {"Capacity":"24000 mAh","Color":"Grey"} x1'],
  ])('%s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
  it.each([['X312 12000 mah lime', 'X312', 'order X312 {"Capacity":"12000 mAh","Color":"Lime"} x1']])(
    'unchanged: %s -> %s',
    (text, featured, want) => expect(read(text, featured)).toBe(want),
  );
});
