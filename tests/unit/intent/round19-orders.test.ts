import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/** Invented products (codes, titles and values in no corpus file): snow gaiters for children and grown-ups; leg warmers in two greens. */
const index = buildCatalogIndex([
  {
    code: 'Q71',
    title: 'Snow gaiters',
    optionNames: ['Size', 'Color'],
    variants: ['Junior 28-31', 'Junior 32-35', 'Adult'].flatMap((s) => ['Forest', 'Slate'].map((c) => ({ options: [s, c] }))),
  },
  {
    code: 'Q72',
    title: 'Leg warmers',
    optionNames: ['Color'],
    variants: ['Green', 'Forest'].map((c) => ({ options: [c] })),
  },
]);
const read = (text: string, featuredCode = 'Q71') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 19: "adult" in six languages ("grown-up" in English) names a size sold as Adult', () => {
  it.each([
    ['slate for a grown-up', 'Q71 Slate Adult ×1'],
    ['biorę dorosłe w kolorze slate', 'Q71 Slate Adult ×1'],
    ['мне взрослые slate', 'Q71 Slate Adult ×1'],
    ['маған ересектерге slate', 'Q71 Slate Adult ×1'],
    ['slate für erwachsene bitte', 'Q71 Slate Adult ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 19: green names a forest shade when the product sells no plain green', () => {
  it.each([
    ['Q71 junior 28-31 green x2', 'Q71 Forest Junior 28-31 ×2'],
    ['biorę zielone 32-35', 'Q71 Forest Junior 32-35 ×1'],
    ['мне зелёные 28-31', 'Q71 Forest Junior 28-31 ×1'],
    ['verdes 32-35 para mí', 'Q71 Forest Junior 32-35 ×1'],
    ['die grünen in 28-31 bitte', 'Q71 Forest Junior 28-31 ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it('a plain green the catalog sells still wins; forest still names Forest', () => {
    expect(read('green please', 'Q72')).toBe('Q72 Green ×1');
    expect(read('forest please', 'Q72')).toBe('Q72 Forest ×1');
  });
});

/** Invented: ski mittens, and a beanie, so a mittens noun has to name the right product. */
const mittens = buildCatalogIndex([
  {
    code: 'Q73',
    title: 'Ski mittens',
    optionNames: ['Color'],
    variants: ['Navy', 'Orange'].map((c) => ({ options: [c] })),
  },
  { code: 'Q74', title: 'Bobble beanie', optionNames: [], variants: [{ options: [] }] },
]);
const readMittens = (text: string, featuredCode = 'Q74') => {
  const r = classify(text, mittens, { featuredCode });
  return r.intent === 'order' ? `${r.code} ${Object.values(r.options).join(' ')} ×${r.quantity}` : r.intent;
};

describe('issue 17, round 19: mittens are named in Russian, Spanish, German and Kazakh as gloves are', () => {
  it.each([
    ['варежки оранжевые мне', 'Q73 Orange ×1'],
    ['manoplas naranjas para mí', 'Q73 Orange ×1'],
    ['fäustlinge in orange für mich', 'Q73 Orange ×1'],
  ])('%s', (text, want) => {
    expect(readMittens(text)).toBe(want);
  });

  it.each([
    ['снимите с меня варежки', 'cancel'],
    ['варежки уже не нужны', 'cancel'],
  ])('on the mittens: %s', (text, want) => {
    expect(readMittens(text, 'Q73')).toBe(want);
  });
});
