import type { OrderState } from '../../shared/contract';
import type { Db } from '../../electron/core/store/db';
import { insertOrder } from '../../electron/core/store/orders';
import { holdForOrder } from '../../electron/core/store/stock';

/**
 * One chat claim of a seeded show, as the engine leaves it: one unit held from the variant's stock
 * and the order line written (in its buyer's cart) — the benches' large shows are built of these.
 */
export function seedLine(
  db: Db,
  line: {
    showId: number;
    buyerId: number;
    productId: number;
    variantId: number;
    unitPriceMinor: number;
    state?: OrderState;
    actor: string;
  },
  at: number,
): number {
  if (!holdForOrder(db, line.variantId, 1, at)) throw new Error('seed: out of stock');
  return insertOrder(
    db,
    {
      showId: line.showId,
      buyerId: line.buyerId,
      productId: line.productId,
      variantId: line.variantId,
      quantity: 1,
      unitPriceMinor: line.unitPriceMinor,
      currency: 'PLN',
      isDeal: false,
      state: line.state ?? 'claimed',
      holdReason: null,
      source: 'chat',
      sourceMessageSeq: null,
    },
    line.actor,
    null,
    at,
  );
}
