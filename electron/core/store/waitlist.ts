import type { Db } from './db';
import { ORDER_ROW_COLUMNS, toOrderRow, type OrderRow, type RawOrderRow } from './orders';
import { prepared } from './sql';
import { freeStock, holdStock } from './stock';

/**
 * A variant's waitlist: its orders in the state 'waitlisted', served strictly in id order
 * (first come, first served). Callers hold the transaction.
 */

/** The head of a variant's waitlist: the oldest waitlisted order. */
export function oldestWaitlisted(db: Db, variantId: number): OrderRow | null {
  return toOrderRow(
    prepared<RawOrderRow>(
      db,
      `SELECT ${ORDER_ROW_COLUMNS} FROM orders WHERE variant_id = ? AND state = 'waitlisted' ORDER BY id LIMIT 1`,
    ).get(variantId),
  );
}

/** The ids of everyone waiting for a variant, in line order. */
export function waitlistedOn(db: Db, variantId: number): number[] {
  return prepared<{ id: number }>(db, `SELECT id FROM orders WHERE variant_id = ? AND state = 'waitlisted' ORDER BY id`)
    .all(variantId)
    .map((r) => r.id);
}

function anyoneWaiting(db: Db, variantId: number): boolean {
  return prepared(db, `SELECT 1 AS yes FROM orders WHERE variant_id = ? AND state = 'waitlisted' LIMIT 1`).get(variantId) !== undefined;
}

/**
 * Holds stock for a new claim in turn: never past someone already waiting for
 * the variant (they are served first, by promotion). False: join the line.
 */
export function holdStockInTurn(db: Db, variantId: number, quantity: number, now: number): boolean {
  if (anyoneWaiting(db, variantId)) return false;
  return holdStock(db, variantId, quantity, now);
}

/** Variants whose waitlist could move: free stock and someone waiting (of `among` when given: one indexed look-up each). */
export function variantsWithWaitlistAndStock(db: Db, among?: readonly number[]): number[] {
  if (among) return among.filter((id) => anyoneWaiting(db, id) && freeStock(db, id) > 0);
  return prepared<{ id: number }>(
    db,
    `SELECT DISTINCT o.variant_id AS id FROM orders o JOIN variants v ON v.id = o.variant_id
       WHERE o.state = 'waitlisted' AND v.stock > 0 ORDER BY o.variant_id`,
  )
    .all()
    .map((r) => r.id);
}
