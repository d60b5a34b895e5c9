import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify, type ClassifyResult } from '../../../electron/core/commerce/intent';

/** A cosmetics and jewellery catalog: sizes with units and spaces, as the replayed show had them. */
const index = buildCatalogIndex([
  { code: 'P3', optionNames: ['Size'], variants: [{ options: ['30 ml'] }, { options: ['50 ml'] }] },
  { code: 'N8', optionNames: ['Length'], variants: [{ options: ['40cm'] }, { options: ['45 cm'] }] },
  { code: 'S2', optionNames: ['Size'], variants: [{ options: ['EU 38'] }, { options: ['EU 39'] }] },
  { code: 'W1', optionNames: ['Volume'], variants: [{ options: ['0,5 l'] }, { options: ['1 l'] }] },
  { code: 'T4', optionNames: ['Size', 'Color'], variants: [{ options: ['M', 'Red'] }, { options: ['L', 'Red'] }] },
]);
const run = (text: string, featuredCode: string | null = null) => classify(text, index, { featuredCode });
const pick = (r: ClassifyResult) => ({ intent: r.intent, code: r.code, options: r.options, quantity: r.quantity });
const order = (code: string | null, options: Record<string, string> = {}, quantity = 1) => ({ intent: 'order', code, options, quantity });

describe('units and spacing (the replayed show: claims spelled exactly as the variant)', () => {
  it.each([
    ['SOLD P3 50 ml', order('P3', { Size: '50 ml' })],
    ['SOLD P3 30 ml x2', order('P3', { Size: '30 ml' }, 2)],
    ['sold p3 50ml', order('P3', { Size: '50 ml' })],
    ['P3 30ML', order('P3', { Size: '30 ml' })],
    ['беру P3 50 мл', order('P3', { Size: '50 ml' })],
    ['P3 50мл 2 шт', order('P3', { Size: '50 ml' }, 2)],
    ['P3 50', order('P3', { Size: '50 ml' })],
    ['N8 45cm', order('N8', { Length: '45 cm' })],
    ['N8 40 cm', order('N8', { Length: '40cm' })],
    ['N8 45 см', order('N8', { Length: '45 cm' })],
    ['S2 38', order('S2', { Size: 'EU 38' })],
    ['S2 eu39', order('S2', { Size: 'EU 39' })],
    ['sold S2 39 EU', order('S2', { Size: 'EU 39' })],
    ['W1 0.5 l', order('W1', { Volume: '0,5 l' })],
    ['W1 0,5л', order('W1', { Volume: '0,5 l' })],
  ])('%s', (text, want) => {
    expect(pick(run(text))).toEqual(want);
  });

  it('a unit the catalog does not use for that number is no size of the product', () => {
    expect(pick(run('P3 75 ml'))).toEqual(order('P3'));
  });

  it('"2 L" is two in size L where the catalog sells nothing by the litre', () => {
    expect(pick(run('T4 2 L'))).toEqual(order('T4', { Size: 'L' }, 2));
  });
});
