import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): wool socks sold by a pack of pairs × a range of shoe sizes,
 * cycling shorts by a fractional length or full length × size, trail shoes by single sizes and a mug (no options) to guard
 * what must stay unchanged.
 */
const index = buildCatalogIndex([
  {
    code: 'W91',
    title: 'Wool socks',
    optionNames: ['Pack', 'Size'],
    variants: ['4 pairs', '8 pairs'].flatMap((p) => ['34-37', '38-41', '42-45'].map((z) => ({ options: [p, z] }))),
  },
  {
    code: 'W92',
    title: 'Cycling shorts',
    optionNames: ['Length', 'Size'],
    variants: ['3/8', '7/8', 'Full length'].flatMap((l) => ['S', 'M', 'L'].map((z) => ({ options: [l, z] }))),
  },
  {
    code: 'W93',
    title: 'Trail shoes',
    optionNames: ['Size'],
    variants: ['39', '40', '41'].map((z) => ({ options: [z] })),
  },
  { code: 'W94', title: 'Enamel mug', optionNames: [], variants: [{ options: [] }] },
]);
const read = (text: string, featuredCode = 'W91') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 27: a pack of pairs', () => {
  it.each([
    ['biorę 4 pary 34-37', 'W91 4 pairs 34-37 ×1'],
    ['W91 восемь пар 42-45 беру', 'W91 8 pairs 42-45 ×1'],
    ['4 жұп 38-41 аламын', 'W91 4 pairs 38-41 ×1'],
    ['me llevo 8 pares 42-45', 'W91 8 pairs 42-45 ×1'],
    ['W91 4 paar 34-37 bitte', 'W91 4 pairs 34-37 ×1'],
    ['2 packs of eight pairs, size 43', 'W91 8 pairs 42-45 ×2'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
});

describe('issue 17, round 27: one shoe size inside a range', () => {
  it.each([
    ['W91 8 pairs size 40', 'W91 8 pairs 38-41 ×1'],
    ['noszę 36, biorę 4 pary', 'W91 4 pairs 34-37 ×1'],
    ['возьму 8 пар на 44 ногу', 'W91 8 pairs 42-45 ×1'],
    ['W91 4 pares, calzo 39', 'W91 4 pairs 38-41 ×1'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
  it.each([
    ['W93 40', 'W93 40 ×1', 'W93'],
    ['W94 2 szt', 'W94 ×2', 'W94'],
    ['W91 8 pairs', 'W91 8 pairs ×1', 'W91'],
    ['W91 8 pairs 38-41', 'W91 8 pairs 38-41 ×1', 'W91'],
    ['2 packs of 8 pairs 38-41', 'W91 8 pairs 38-41 ×2', 'W91'],
  ])('unchanged: %s -> %s', (text, want, featured) => expect(read(text, featured)).toBe(want));
  it('unchanged: two sizes in two ranges name neither', () => {
    expect(read('W91 8 pairs 36 or 40')).not.toContain('-');
  });
});

describe('issue 17, round 27: eighths said in words and full length said short', () => {
  it.each([
    ['W92 seven eighths M', 'W92 7/8 M ×1'],
    ['W92 trzy ósme L biorę', 'W92 3/8 L ×1'],
    ['семь восьмых S беру', 'W92 7/8 S ×1'],
    ['сегізден үш M аламын', 'W92 3/8 M ×1'],
    ['tres octavos talla S porfa', 'W92 3/8 S ×1'],
    ['die siebenachtel, größe L', 'W92 7/8 L ×1'],
    ['W92 pełne M poproszę', 'W92 Full length M ×1'],
    ['W92 полные L беру', 'W92 Full length L ×1'],
    ['mne w92 dlinnye razmer s', 'W92 Full length S ×1'],
    ['W92 толық M аламын', 'W92 Full length M ×1'],
    ['W92 completo talla M', 'W92 Full length M ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'W92')).toBe(want));
  it.each([
    ['W92 7/8 M', 'W92 7/8 M ×1'],
    ['W92 full length S', 'W92 Full length S ×1'],
    ['W94 three', 'W94 ×3'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text, 'W92')).toBe(want));
});
