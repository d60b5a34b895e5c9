import { describe, expect, it } from 'vitest';
import type { Catalog, Product } from '../../../shared/contract';
import { withStock } from '../../../renderer/lib/use-catalog';
import { contractProduct } from '../../support/products';

const product = (id: number, variants: [number, number][]): Product =>
  contractProduct({
    id,
    handle: `p${id}`,
    code: `C${id}`,
    title: `Product ${id}`,
    variants: variants.map(([vid, stock]) => ({ id: vid, sku: null, options: [`S${vid}`], priceMinor: 1000, compareAtMinor: null, stock })),
  });

describe('withStock: a stock.changed payload applied to the listed catalog', () => {
  const catalog: Catalog = {
    currency: 'PLN',
    products: [
      product(1, [
        [11, 3],
        [12, 5],
      ]),
      product(2, [[21, 1]]),
    ],
  };

  it('sets the variants’ free stock; untouched products keep their identity', () => {
    const next = withStock(catalog, [
      { variantId: 12, productId: 1, stock: 4 },
      { variantId: 11, productId: 1, stock: 0 },
    ]);
    expect(next.products[0]!.variants.map((v) => v.stock)).toEqual([0, 4]);
    expect(next.products[1]).toBe(catalog.products[1]);
    expect(next.products[0]!.variants[0]!.priceMinor).toBe(1000);
    expect(catalog.products[0]!.variants.map((v) => v.stock)).toEqual([3, 5]); // not mutated
  });

  it('returns the same catalog when nothing it lists changes (an unlisted variant, the same stock)', () => {
    expect(withStock(catalog, [{ variantId: 99, productId: 9, stock: 2 }])).toBe(catalog);
    expect(withStock(catalog, [{ variantId: 21, productId: 2, stock: 1 }])).toBe(catalog);
    expect(withStock(catalog, [])).toBe(catalog);
  });
});
