import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';
import { readDimension } from '../../../electron/core/commerce/intent/units';
import { normalizeText, tokenize } from '../../../electron/core/commerce/intent/normalize';

/** Bedding sold by dimensions, socks by ranges of sizes: values buyers write loosely. */
const index = buildCatalogIndex([
  {
    code: 'H8',
    optionNames: ['Size', 'Color'],
    variants: [{ options: ['150x200 cm', 'White'] }, { options: ['200x220 cm', 'Grey'] }],
  },
  { code: 'N5', optionNames: ['Size'], variants: [{ options: ['36-40'] }, { options: ['41-45'] }] },
  { code: 'Q2', optionNames: ['Size'], variants: [{ options: ['160 × 200'] }, { options: ['180×200'] }] },
]);
const run = (text: string, featuredCode: string | null = null) => classify(text, index, { featuredCode });

describe('dimensions and ranges written loosely', () => {
  it.each([
    ['H8 150x200cm', order('H8', { Size: '150x200 cm' })],
    ['H8 150x200 cm white', order('H8', { Size: '150x200 cm', Color: 'White' })],
    ['H8 150х200', order('H8', { Size: '150x200 cm' })], // Cyrillic х
    ['h8 200 x 220 grey', order('H8', { Size: '200x220 cm', Color: 'Grey' })],
    ['H8 200×220 x2', order('H8', { Size: '200x220 cm' }, 2)],
    ['беру H8 200*220 см', order('H8', { Size: '200x220 cm' })],
    ['N5 36-40', order('N5', { Size: '36-40' })],
    ['N5 41/45 x3', order('N5', { Size: '41-45' }, 3)],
    ['N5 41–45', order('N5', { Size: '41-45' })],
    ['Q2 160x200', order('Q2', { Size: '160 × 200' })],
    ['Q2 180 x 200 cm', order('Q2', { Size: '180×200' })],
  ])('%s', (text, want) => {
    expect(pick(run(text))).toEqual(want);
  });

  it('a dimension the catalog does not sell is no value, and its numbers are no quantity', () => {
    expect(run('H8 90x200').options).toEqual({});
    expect(run('H8 90x200').quantity).toBe(1);
  });

  it('reads the key whatever the spelling', () => {
    const key = (text: string) => readDimension(tokenize(normalizeText(text)), 0)?.key;
    for (const text of ['150x200', '150X200cm', '150х200', '150 × 200', '150*200 см', '150 x 200 cm']) expect(key(text)).toBe('d:150x200');
    expect(key('36-40')).toBe('r:36-40');
    expect(key('40 36')).toBeUndefined(); // not a range: the second number is smaller
    expect(key('150xl')).toBeUndefined();
  });
});
