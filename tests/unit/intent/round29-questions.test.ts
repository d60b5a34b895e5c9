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
