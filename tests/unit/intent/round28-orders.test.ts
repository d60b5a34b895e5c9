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

/** Invented products: a wall planner sold by year × cover and a tablet pouch by a size in inches (the inch mark in the value). */
const dated = buildCatalogIndex([
  {
    code: 'Z57',
    title: 'Wall planner',
    optionNames: ['Year', 'Cover'],
    variants: ['2031', '2032'].flatMap((y) => ['Ivory', 'Plum'].map((c) => ({ options: [y, c] }))),
  },
  {
    code: 'Z58',
    title: 'Tablet pouch',
    optionNames: ['Size', 'Color'],
    variants: ['10"', '12"'].flatMap((s) => ['Ivory', 'Plum'].map((c) => ({ options: [s, c] }))),
  },
  { code: 'Z59', title: 'Kids backpack', optionNames: ['Color'], variants: [{ options: ['Ivory'] }] },
]);
const readDated = (text: string, featuredCode = 'Z57') => orderLine(classify(text, dated, { featuredCode }));

describe('issue 17, round 28: a year sold as an option, said short or before its word', () => {
  it.each([
    ["Z57 '32 plum", 'Z57 Plum 2032 ×1'],
    ['Z57 31er ivory bitte', 'Z57 Ivory 2031 ×1'],
    ['Z57 2032 года беру', 'Z57 2032 ×1'],
  ])('%s -> %s', (text, want) => expect(readDated(text)).toBe(want));
  it.each([
    ['Z57 2031 plum', 'Z57 Plum 2031 ×1', 'Z57'],
    ['Z57 x2 2032', 'Z57 2032 ×2', 'Z57'],
    ['Z59 biorę 2 szt', 'Z59 ×2', 'Z59'],
  ])('unchanged: %s -> %s', (text, want, featured) => expect(readDated(text, featured)).toBe(want));
  it('unchanged: a span of years is no year', () => {
    expect(classify('Z59 на 2 года хватит?', dated, { featuredCode: 'Z59' }).intent).toBe('question');
  });
});

describe('issue 17, round 28: a size in inches said with the inch word', () => {
  it.each([
    ['Z58 12 inch plum', 'Z58 Plum 12" ×1'],
    ['Z58 10-inch ivory x2', 'Z58 Ivory 10" ×2'],
    ['Z58 на 12 дюймов plum', 'Z58 Plum 12" ×1'],
  ])('%s -> %s', (text, want) => expect(readDated(text, 'Z58')).toBe(want));
  it.each([
    ['Z58 12" plum', 'Z58 Plum 12" ×1'],
    ['Z58 10 cali ivory biorę', 'Z58 Ivory 10" ×1'],
    ['Z58 12 дюймов plum беру', 'Z58 Plum 12" ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(readDated(text, 'Z58')).toBe(want));
  it('unchanged: how many inches is asked', () => {
    expect(classify('Z58 сколько дюймов экран влезет?', dated, { featuredCode: 'Z58' }).topic).toBe('size');
  });
});

/** Invented products: a card holder in Blush or Black, and a scarf sold in both Pink and Blush. */
const shades = buildCatalogIndex([
  { code: 'Z60', title: 'Card holder', optionNames: ['Color'], variants: ['Blush', 'Black'].map((c) => ({ options: [c] })) },
  { code: 'Z61', title: 'Chiffon scarf', optionNames: ['Color'], variants: ['Pink', 'Blush'].map((c) => ({ options: [c] })) },
]);
const readShade = (text: string, featuredCode = 'Z60') => orderLine(classify(text, shades, { featuredCode }));

describe('issue 17, round 28: a Blush value is claimed as pink', () => {
  it.each([
    ['Z60 różowy biorę', 'Z60 Blush ×1'],
    ['Z60 розовый беру', 'Z60 Blush ×1'],
    ['Z60 rosa me lo llevo', 'Z60 Blush ×1'],
  ])('%s -> %s', (text, want) => expect(readShade(text)).toBe(want));
  it.each([
    ['Z60 blush sold', 'Z60 Blush ×1', 'Z60'],
    ['Z61 pink sold', 'Z61 Pink ×1', 'Z61'],
    ['Z61 blush sold', 'Z61 Blush ×1', 'Z61'],
  ])('unchanged: %s -> %s', (text, want, featured) => expect(readShade(text, featured)).toBe(want));
});
