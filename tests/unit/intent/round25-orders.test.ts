import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): a rain jacket sold by letter size (XS to L), a fleece sold by
 * size ranges ("XS/S", "M/L"), whose glued spelling "xss" squeezes to "xs", and a mug (no sizes) to guard what must stay
 * unchanged.
 */
const index = buildCatalogIndex([
  {
    code: 'R71',
    title: 'Rain jacket',
    optionNames: ['Size', 'Color'],
    variants: ['XS', 'S', 'M', 'L'].flatMap((z) => ['Ochre', 'Teal'].map((c) => ({ options: [z, c] }))),
  },
  {
    code: 'F72',
    title: 'Fleece top',
    optionNames: ['Size', 'Color'],
    variants: ['XS/S', 'M/L'].flatMap((z) => ['Ochre', 'Teal'].map((c) => ({ options: [z, c] }))),
  },
  { code: 'M73', title: 'Enamel mug', optionNames: ['Color'], variants: [{ options: ['White'] }, { options: ['Teal'] }] },
  { code: 'G74', title: 'Garden gloves', optionNames: ['Color'], variants: [{ options: ['Ochre'] }, { options: ['Teal'] }] },
  { code: 'D75', title: 'Door mat', optionNames: ['Color'], variants: [{ options: ['Ochre'] }, { options: ['Teal'] }] },
  {
    code: 'C76',
    title: 'Seat cushion',
    optionNames: ['Firmness', 'Cover'],
    variants: ['Soft', 'Medium', 'Firm'].flatMap((f) => ['Cotton', 'Velvet'].map((c) => ({ options: [f, c] }))),
  },
  {
    code: 'T77',
    title: 'Tote bag',
    optionNames: ['Size'],
    variants: ['Small', 'Medium', 'Large'].map((z) => ({ options: [z] })),
  },
]);
const read = (text: string, featuredCode = 'R71') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 25: a letter size the catalog sells is not taken for a size range squeezed', () => {
  it.each([
    ['R71 xs teal please', 'R71 Teal XS ×1'],
    ['R71 XS bitte', 'R71 XS ×1'],
    ['R71 XS бирюзовую беру', 'R71 Teal XS ×1'],
    ['R71 xs маған', 'R71 XS ×1'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
  it.each([
    ['F72 xs/s teal', 'F72 Teal XS/S ×1'],
    ['F72 xs ochre', 'F72 Ochre XS/S ×1'],
    ['F72 m/l teal please', 'F72 Teal M/L ×1'],
    ['R71 s teal', 'R71 Teal S ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text, 'F72')).toBe(want));
});

describe('issue 17, round 25: a claim code typed in Cyrillic by sound', () => {
  it.each([
    ['Г74 1шт', 'G74 ×1'],
    ['д75 беру', 'D75 ×1'],
    ['Д75 маған', 'D75 ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'M73')).toBe(want));
  it.each([['М73 беру', 'M73 ×1']])('unchanged (a look-alike first): %s -> %s', (text, want) => expect(read(text, 'R71')).toBe(want));
});

describe('issue 17, round 25: a firmness named in the buyer’s language; its "Medium" is no size M', () => {
  it.each([
    ['biorę średnią welur', 'C76 Medium ×1'],
    ['C76 miękką poproszę', 'C76 Soft ×1'],
    ['беру жесткую', 'C76 Firm ×1'],
    ['C76 средней жесткости', 'C76 Medium ×1'],
    ['C76 weich bitte', 'C76 Soft ×1'],
    ['me llevo la dura', 'C76 Firm ×1'],
    ['C76 blanda para mí', 'C76 Soft ×1'],
    ['C76 орташа маған', 'C76 Medium ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'C76')).toBe(want));
  it.each([
    ['C76 medium please', 'C76 Medium ×1'],
    ['T77 medium please', 'T77 Medium ×1'],
    ['R71 M teal', 'R71 Teal M ×1'],
    ['R71 medium teal', 'R71 Teal M ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text, 'C76')).toBe(want));
});
