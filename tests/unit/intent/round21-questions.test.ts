import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes, titles and values in no corpus file): a wool throw by colour, a clay planter by size. */
const index = buildCatalogIndex([
  { code: 'Q95', title: 'Wool throw', optionNames: ['Color'], variants: ['Mustard', 'Teal', 'Grey'].map((c) => ({ options: [c] })) },
  { code: 'Q96', title: 'Clay planter', optionNames: ['Size'], variants: ['S', 'M', 'L'].map((s) => ({ options: [s] })) },
]);
const read = (text: string, featuredCode = 'Q95') => {
  const r = classify(text, index, { featuredCode });
  if (r.intent === 'order') return `order ${r.code} ${Object.values(r.options).join(' ')}`;
  return r.intent === 'question' ? `question ${r.topic}` : r.intent;
};

describe('issue 17, round 21: a viewer named after "@" is a name, never a rule word', () => {
  it.each([
    ['@mia_t du nimmst doch die graue'],
    ['@tom_mine you picked the teal one'],
    ['@аня_беру ты серый себе выбрала'],
    ['@мен_аламын сен сұрын таңдадың ғой'],
  ])('%s', (text) => {
    expect(read(text)).toBe('other');
  });
});

describe('issue 17, round 21: "@name" and "you" about their choice of a value claims nothing for the writer', () => {
  it('@olga ты же хотела серый', () => {
    expect(read('@olga ты же хотела серый')).toBe('other');
  });
  it("unchanged (guards): what only the shop knows is asked of the shop; the writer's own claim word still claims", () => {
    expect(read('@shop_anna do you ship to norway?')).toBe('question shipping');
    expect(read('@olga you are right, i will take the teal')).toBe('order Q95 Teal');
  });
});

describe('issue 17, round 21: a condition on buying, then "when" or "how long", asks', () => {
  it.each([
    ['falls ich heute bestelle, wann ist die decke da', 'question shipping'],
    ['wenn ich jetzt bestelle wann kommt sie', 'question shipping'],
    ['if i get the throw today when would it be here', 'question shipping'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('unchanged (guard): a wish in the conditional with no question word supposes', () => {
    expect(read('wenn das gehalt da ist, schlag ich zu')).toBe('other');
    expect(read('если бы был горчичный, взяла бы')).toBe('other');
  });
});
