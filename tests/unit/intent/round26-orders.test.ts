import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): a hair toner sold by numbered shade ("5.1 Cool brown"), yoga
 * pants by a fractional length ("5/8") or full length × size, a poster by theme, a neck roll by filling, a puzzle box by
 * piece count, and a mug (no options) to guard what must stay unchanged.
 */
const index = buildCatalogIndex([
  {
    code: 'V81',
    title: 'Hair toner',
    optionNames: ['Shade'],
    variants: ['5.1 Cool brown', '7.0 Natural blonde', '9.12 Pearl blonde'].map((s) => ({ options: [s] })),
  },
  {
    code: 'V82',
    title: 'Yoga pants',
    optionNames: ['Length', 'Size'],
    variants: ['5/8', 'Full length'].flatMap((l) => ['XS', 'S', 'M'].map((z) => ({ options: [l, z] }))),
  },
  { code: 'V83', title: 'Enamel mug', optionNames: [], variants: [{ options: [] }] },
]);
const read = (text: string, featuredCode = 'V81') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 26: a shade named by its number alone', () => {
  it.each([
    ['V81 5.1 please', 'V81 5.1 Cool brown ×1'],
    ['V81 5,1', 'V81 5.1 Cool brown ×1'],
    ['biorę 7.0', 'V81 7.0 Natural blonde ×1'],
    ['мне 9.12 две штуки', 'V81 9.12 Pearl blonde ×2'],
    ['7,0 маған 2 дана', 'V81 7.0 Natural blonde ×2'],
    ['5.1 x2', 'V81 5.1 Cool brown ×2'],
    ['einmal 7,0 bitte', 'V81 7.0 Natural blonde ×1'],
  ])('%s -> %s', (text, want) => expect(read(text)).toBe(want));
  it('asks after the shade by its number', () => {
    const r = classify('is 5.1 still available?', index, { featuredCode: 'V81' });
    expect([r.intent, r.topic, r.options]).toEqual(['question', 'stock', { Shade: '5.1 Cool brown' }]);
  });
  it.each([
    ['V81 natural blonde', 'V81 7.0 Natural blonde ×1'],
    ['V83 2 szt', 'V83 ×2'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text)).toBe(want));
  it('unchanged: a price is no shade', () => {
    const r = classify('cena 19.99?', index, { featuredCode: 'V81' });
    expect([r.intent, r.options]).toEqual(['question', {}]);
  });
});

describe('issue 17, round 26: a length sold as a fraction, and the full length', () => {
  it.each([
    ['V82 5/8 length M please', 'V82 5/8 M ×1'],
    ['biorę skrócone, rozmiar M', 'V82 5/8 M ×1'],
    ['укороченные XS мне', 'V82 5/8 XS ×1'],
    ['cropped ones size S x2', 'V82 5/8 S ×2'],
    ['V82 die volle länge in M bitte', 'V82 Full length M ×1'],
    ['las largas en talla XS para mí', 'V82 Full length XS ×1'],
  ])('%s -> %s', (text, want) => expect(read(text, 'V82')).toBe(want));
  it('the option\'s own word is no second item ("5/8 length" is not also "Full length")', () => {
    const r = classify('V82 5/8 length in M', index, { featuredCode: 'V82' });
    expect([r.options, r.items]).toEqual([{ Length: '5/8', Size: 'M' }, undefined]);
  });
  it.each([
    ['V82 5/8 M', 'V82 5/8 M ×1'],
    ['V82 full length S', 'V82 Full length S ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(read(text, 'V82')).toBe(want));
});
