import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a hair bleach, a body wash and a linen scarf. */
const index = buildCatalogIndex([
  { code: 'Z71', title: 'Hair bleach', optionNames: ['Strength'], variants: ['20 vol', '30 vol'].map((s) => ({ options: [s] })) },
  { code: 'Z72', title: 'Body wash', optionNames: ['Scent'], variants: ['Fig', 'Mint'].map((s) => ({ options: [s] })) },
  { code: 'Z73', title: 'Linen scarf', optionNames: ['Color'], variants: ['Sand', 'Olive'].map((s) => ({ options: [s] })) },
]);
const ask = (text: string, featuredCode = 'Z71') => {
  const r = classify(text, index, { featuredCode });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 27: what a product contains asks the material, how long it stays on asks other', () => {
  it.each([
    ['is there ammonia in it?', 'question/material'],
    ['peroxide inside?', 'question/material'],
    ['Z72 ma parabeny?', 'question/material', 'Z72'],
    ['а сульфаты есть?', 'question/material', 'Z72'],
    ['tiene amoniaco?', 'question/material'],
    ['ist das ding ammoniakfrei?', 'question/material'],
    ['аммиак бар ма?', 'question/material'],
    ['ile trzymać na głowie?', 'question/other'],
    ['сколько держать?', 'question/other'],
    ['wie lange muss das einwirken?', 'question/other'],
  ])('%s -> %s', (text, want, featured?: string) => expect(ask(text, featured)).toBe(want));
  it.each([
    ['is it real linen?', 'question/material', 'Z73'],
    ['how long does shipping take?', 'question/shipping', 'Z73'],
    ['сколько стоит?', 'question/price', 'Z73'],
  ])('unchanged: %s -> %s', (text, want, featured) => expect(ask(text, featured)).toBe(want));
});
