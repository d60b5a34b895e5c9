import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a camping lantern by brightness and colour, a yoga strap by colour. */
const index = buildCatalogIndex([
  {
    code: 'X301',
    title: 'Camping lantern',
    optionNames: ['Brightness', 'Color'],
    variants: ['300 lm', '600 lm'].flatMap((b) => ['Sand', 'Teal'].map((c) => ({ options: [b, c] }))),
  },
  {
    code: 'X302',
    title: 'Yoga strap',
    optionNames: ['Color'],
    variants: ['Plum', 'Teal'].map((c) => ({ options: [c] })),
  },
]);
const read = (text: string, featuredCode: string) => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'order' ? `order ${r.code} ${JSON.stringify(r.options)} x${r.quantity}` : r.intent;
};

describe('issue 17, round 30: a possession told beside a code and its values is no claim', () => {
  it.each([
    ['X301 600 lm sand już mam od roku i polecam', 'X301'],
    ['my brother has X302 teal and uses it daily', 'X302'],
    ['у сестры X302 бирюзовый, очень довольна', 'X302'],
    ['менде X301 600 lm sand бар, әлі жарқырайды', 'X301'],
    ['ya tengo el X301 sand, dura mucho', 'X301'],
  ])('%s -> other', (text, featured) => expect(read(text, featured)).toBe('other'));
  it.each([
    ['X302 teal biorę, mama ma taki sam', 'X302', 'order X302 {"Color":"Teal"} x1'],
    ['X302 teal please, my sister has one', 'X302', 'order X302 {"Color":"Teal"} x1'],
    ['2x X302 teal bo mam dwie córki', 'X302', 'order X302 {"Color":"Teal"} x2'],
    ['X301 600 lm sand', 'X301', 'order X301 {"Brightness":"600 lm","Color":"Sand"} x1'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
});

describe('issue 17, round 30: a price word closing the values asks the price', () => {
  const topic = (text: string, featuredCode: string) => {
    const r = classify(text, index, { featuredCode });
    return r.intent === 'question' ? `question ${r.topic}` : r.intent;
  };
  it.each([
    ['600 lm sand price', 'X301'],
    ['X301 300 lm teal бағасы', 'X301'],
    ['600 lm teal cena', 'X301'],
  ])('%s -> question price', (text, featured) => expect(topic(text, featured)).toBe('question price'));
  it.each([
    ['biorę 600 lm teal, cena super', 'X301', 'order X301 {"Brightness":"600 lm","Color":"Teal"} x1'],
    ['600 lm teal please, price is fine', 'X301', 'order X301 {"Brightness":"600 lm","Color":"Teal"} x1'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
});
