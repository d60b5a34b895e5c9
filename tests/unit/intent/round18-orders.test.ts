import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes, titles and values in no corpus file): a bucket hat in four colours; hair pins sold in packs. */
const index = buildCatalogIndex([
  {
    code: 'Q61',
    title: 'Bucket hat',
    optionNames: ['Color'],
    variants: ['Oatmeal', 'Rust', 'Pearl', 'Tortoise'].map((c) => ({ options: [c] })),
  },
  {
    code: 'Q62',
    title: 'Bobby pins',
    optionNames: ['Pack', 'Color'],
    variants: ['6 pcs', '12 pcs'].flatMap((p) => ['Gold', 'Black'].map((c) => ({ options: [p, c] }))),
  },
]);
const read = (text: string, featuredCode = 'Q61') => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'order' ? `${r.code} ${Object.values(r.options).join(' ')} ×${r.quantity}` : r.intent;
};

describe('issue 17, round 18: oatmeal, rust, pearl and tortoiseshell in six languages', () => {
  it.each([
    ['Q61 oats pls', 'Q61 Oatmeal ×1'],
    ['poproszę owsianą', 'Q61 Oatmeal ×1'],
    ['беру ржавую', 'Q61 Rust ×1'],
    ['маған інжу түсті', 'Q61 Pearl ×1'],
    ['yo la de carey', 'Q61 Tortoise ×1'],
    ['die perlmutt nehm ich', 'Q61 Pearl ×1'],
    ['rostrote für mich', 'Q61 Rust ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
