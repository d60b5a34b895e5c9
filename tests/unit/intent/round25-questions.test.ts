import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/** Invented products (codes and titles in no corpus file): a linen apron by colour and a bird feeder by size. */
const index = buildCatalogIndex([
  { code: 'A81', title: 'Linen apron', optionNames: ['Color'], variants: [{ options: ['Rust'] }, { options: ['Olive'] }] },
  {
    code: 'B82',
    title: 'Bird feeder',
    optionNames: ['Size'],
    variants: [{ options: ['Small'] }, { options: ['Large'] }],
  },
]);
const read = (text: string, featuredCode = 'A81') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 25: a Spanish past subjunctive after "si" supposes, it claims nothing', () => {
  it.each([
    ['si lo vendieran en verde lo pedía para mi madre', 'other'],
    ['si me lo rebajaran lo compraba para mí', 'other'],
    ['si la trajeran en azul me la quedaba pa mi', 'other'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
  it.each([
    ['si, para mí el rust', 'A81 Rust ×1'],
    ['sí porfa, olive para mi madre', 'A81 Olive ×1'],
    ['si, la clara para mí', 'A81 ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text)).toBe(want));
});

describe('issue 17, round 25: a possessive compared ("que la mía") is no claim', () => {
  it.each([
    ['el tuyo es más grande que el mío', 'other'],
    ['es igual q la mia jaja', 'other'],
    ['uy, más bonito como el mío', 'other'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
  it.each([
    ['mía!', 'A81 ×1'],
    ['la mía en olive', 'A81 Olive ×1'],
    ['quiero uno como el mío pero en rust', 'A81 Rust ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text)).toBe(want));
});
