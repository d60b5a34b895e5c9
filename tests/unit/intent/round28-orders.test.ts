import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): ankle socks sold by a pack of pairs × a range of shoe sizes, hair
 * ties by a pack of pieces, and a mug (no options) to guard what must stay unchanged.
 */
const index = buildCatalogIndex([
  {
    code: 'Q81',
    title: 'Ankle socks',
    optionNames: ['Pack', 'Size'],
    variants: ['2 pairs', '4 pairs'].flatMap((p) => ['33-36', '37-40', '41-44'].map((z) => ({ options: [p, z] }))),
  },
  {
    code: 'Q82',
    title: 'Hair ties',
    optionNames: ['Pack'],
    variants: ['2 pcs', '4 pcs'].map((p) => ({ options: [p] })),
  },
  { code: 'Q83', title: 'Enamel mug', optionNames: [], variants: [{ options: [] }] },
]);
const read = (text: string, featuredCode = 'Q81') => orderLine(classify(text, index, { featuredCode }));
/** Every item of a claim of several items, in `orderLine`'s shape, joined by " + ". */
const readItems = (text: string, featuredCode = 'Q81') => {
  const r = classify(text, index, { featuredCode });
  return (r.items ?? [r]).map((item) => orderLine({ ...r, ...item, items: undefined })).join(' + ');
};

describe('issue 17, round 28: a pack of pairs said glued, in words, as a German noun or with Kazakh suffixes', () => {
  it.each([
    ['Q81 4pary 37-40', 'Q81 4 pairs 37-40 ×1'],
    ['беру Q81 2пары 41-44', 'Q81 2 pairs 41-44 ×1'],
    ['Q81 4pares 33-36 para mi', 'Q81 4 pairs 33-36 ×1'],
    ['Q81 four pack 37-40', 'Q81 4 pairs 37-40 ×1'],
    ['Q81 den vierer in 41-44 nehm ich', 'Q81 4 pairs 41-44 ×1'],
    ['Q81 төрт жұптығын 33-36 аламын', 'Q81 4 pairs 33-36 ×1'],
    ['Q81 2 жұптық 37-40 аламын', 'Q81 2 pairs 37-40 ×1'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
});

describe('issue 17, round 28: a count of packs beside the pack size', () => {
  it.each([
    ['biorę 4 x Q81 37-40 po 4 pary', 'Q81 4 pairs 37-40 ×4'],
    ['4 жұптан үш пачка 41-44 аламын', 'Q81 4 pairs 41-44 ×3'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
});

describe('issue 17, round 28: two items of one pack product, each pack said in turn', () => {
  it.each([
    ['Q81 2pk 33-36 and 4pk 41-44', 'Q81 2 pairs 33-36 ×1 + Q81 4 pairs 41-44 ×1'],
    ['Q81 zweier 37-40 und vierer 33-36 bitte', 'Q81 2 pairs 37-40 ×1 + Q81 4 pairs 33-36 ×1'],
  ])('%s -> %s', (text, want) => expect(readItems(text)).toBe(want));
  it.each([
    ['Q81 4 pairs 33-36 and 37-40', 'Q81 4 pairs 33-36 ×1 + Q81 4 pairs 37-40 ×1', 'Q81'],
    ['Q82 4pc', 'Q82 4 pcs ×1', 'Q82'],
    ['Q82 2 x 4 pcs', 'Q82 4 pcs ×2', 'Q82'],
    ['Q83 3 szt', 'Q83 ×3', 'Q83'],
    ['Q83 x 2', 'Q83 ×2', 'Q83'],
  ])('unchanged: %s -> %s', (text, want, featured) => expect(readItems(text, featured)).toBe(want));
});
