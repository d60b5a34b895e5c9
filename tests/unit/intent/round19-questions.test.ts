import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes, titles and values in no corpus file): a cork yoga block and a hemp tote. */
const index = buildCatalogIndex([
  { code: 'Q75', title: 'Cork yoga block', optionNames: ['Size'], variants: ['Slim', 'Wide'].map((s) => ({ options: [s] })) },
  { code: 'Q76', title: 'Hemp tote', optionNames: ['Color'], variants: ['Sand', 'Moss'].map((c) => ({ options: [c] })) },
]);
const read = (text: string, featuredCode = 'Q75') => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'question' ? `question/${r.topic}` : r.intent;
};

describe('issue 17, round 19: a question word after an opening "and" / "so" asks, with a code it is no order', () => {
  it.each([
    ['and how much is Q76', 'question/price'],
    ['so how many Q76 are left', 'question/stock'],
    ['i ile kosztuje Q76', 'question/price'],
    ['а сколько стоит Q76', 'question/price'],
    ['и сколько осталось Q76', 'question/stock'],
    ['y cuánto cuesta la Q76', 'question/price'],
    ['a cuánto la Q76', 'question/price'],
    ['und wie viel kostet Q76', 'question/price'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it('a sigh with no product named stays chatter; a claim after "and" stays an order', () => {
    expect(read('и где мои выходные 😩')).toBe('other');
    expect(read('and Q76 moss for me')).toBe('order');
  });
});
