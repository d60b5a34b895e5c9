import { describe, expect, it } from 'vitest';
import { regularPrice } from '../../../shared/domain/regular-price';

describe('regularPrice', () => {
  it('is the cheapest variant, "from" when the variants differ', () => {
    const r = regularPrice([
      { id: 1, priceMinor: 14900 },
      { id: 2, priceMinor: 12900 },
      { id: 3, priceMinor: 14900 },
    ]);
    expect(r).toEqual({ cheapest: { id: 2, priceMinor: 12900 }, from: true });
  });

  it('has no "from" when every variant costs the same', () => {
    expect(
      regularPrice([
        { id: 1, priceMinor: 9900 },
        { id: 2, priceMinor: 9900 },
      ]),
    ).toEqual({
      cheapest: { id: 1, priceMinor: 9900 },
      from: false,
    });
  });

  it('is null for a product with no variants', () => {
    expect(regularPrice([])).toBeNull();
  });
});
