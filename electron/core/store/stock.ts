import { MAX_STOCK } from '../../../shared/contract/catalog';
import { STOCK_HOLDING_STATES } from '../../../shared/domain/order-states';
import type { Db } from './db';
import { prepared, writeTx } from './sql';

/**
 * The stock ledger. `variants.stock` is what is still free to claim; every
 * change of it goes through here, in a transaction, with a stock_movements row
 * saying by how much, why, who and when. The invariant, for every variant:
 *
 *   sum(stock_movements.delta) = stock + sum(quantity - returned_quantity of its active orders)
 *
 * (active = the order states that hold stock, defined once in shared/domain/order-states.ts; a
 * partially returned line holds only the units the buyer kept).
 */
export const ACTIVE_ORDER_STATES = STOCK_HOLDING_STATES;
/** Orders whose units are held but not yet out of the door: what a live re-import must leave room for. */
export const HELD_ORDER_STATES = ['claimed', 'confirmed', 'paid', 'packed'] as const;

/**
 * Why a movement happened: a product's first stock, a person's correction, a catalog import, a
 * returned unit written off (it came back but cannot be sold). Orders hold stock without movements.
 */
export type StockReason = 'initial' | 'manual' | 'import' | 'write_off';

export class StockError extends Error {
  constructor(
    message: string,
    readonly variantId: number,
  ) {
    super(message);
    this.name = 'StockError';
  }
}

export interface StockChange {
  variantId: number;
  productId: number;
  before: number;
  stock: number;
  delta: number;
  movementId: number | null;
}

export interface MovementOptions {
  orderId?: number | null;
  note?: string | null;
}

const sqlList = (states: readonly string[]) => states.map((s) => `'${s}'`).join(', ');
export const ACTIVE_STATES_SQL = sqlList(ACTIVE_ORDER_STATES);

/**
 * Changes one variant's free stock by `delta` and writes the movement, in one
 * transaction (a savepoint when the caller already has one). Refuses to go below zero.
 */
export function adjustStock(
  db: Db,
  variantId: number,
  delta: number,
  reason: StockReason,
  actor: string,
  now: number,
  options: MovementOptions = {},
): StockChange {
  if (!Number.isInteger(delta)) throw new StockError(`A stock change must be a whole number, got ${delta}.`, variantId);
  const change = (): StockChange => {
    const row = prepared<{ product_id: number; stock: number }>(db, 'SELECT product_id, stock FROM variants WHERE id = ?').get(variantId);
    if (!row) throw new StockError(`No variant with id ${variantId}.`, variantId);
    const stock = row.stock + delta;
    if (stock < 0) {
      throw new StockError(`Variant ${variantId} has ${row.stock} in stock; cannot take away ${-delta}.`, variantId);
    }
    // Every path (edits, imports, repeated adjustments) meets the same ceiling the contract sets.
    if (stock > MAX_STOCK) throw new StockError(`Stock is at most ${MAX_STOCK}; variant ${variantId} would have ${stock}.`, variantId);
    if (delta === 0) return { variantId, productId: row.product_id, before: row.stock, stock, delta, movementId: null };
    prepared(db, 'UPDATE variants SET stock = ?, updated_at = ? WHERE id = ?').run(stock, now, variantId);
    const { lastInsertRowid } = prepared(
      db,
      'INSERT INTO stock_movements (variant_id, delta, reason, actor, order_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(variantId, delta, reason, actor, options.orderId ?? null, options.note ?? null, now);
    return { variantId, productId: row.product_id, before: row.stock, stock, delta, movementId: Number(lastInsertRowid) };
  };
  // Inside the caller's transaction no savepoint is needed: every check comes before the first write.
  return db.inTransaction ? change() : writeTx(db, change);
}

/** Sets a variant's free stock to `target` (a movement of the difference). */
export function setStock(
  db: Db,
  variantId: number,
  target: number,
  reason: StockReason,
  actor: string,
  now: number,
  options: MovementOptions = {},
): StockChange {
  if (!Number.isInteger(target) || target < 0) throw new StockError(`Stock must be a whole number of 0 or more, got ${target}.`, variantId);
  return writeTx(db, () => {
    const row = prepared<{ stock: number }>(db, 'SELECT stock FROM variants WHERE id = ?').get(variantId);
    if (!row) throw new StockError(`No variant with id ${variantId}.`, variantId);
    return adjustStock(db, variantId, target - row.stock, reason, actor, now, options);
  });
}

// Orders hold stock without the ledger: taking units for an order and giving them back change
// variants.stock only, so sum(movements) = stock + active order quantity keeps holding.

/** Takes `quantity` of a variant's free stock for an order if it is all there; false (and nothing changed) otherwise. */
export function holdForOrder(db: Db, variantId: number, quantity: number, now: number): boolean {
  return (
    prepared(db, 'UPDATE variants SET stock = stock - ?, updated_at = ? WHERE id = ? AND stock >= ?').run(
      quantity,
      now,
      variantId,
      quantity,
    ).changes === 1
  );
}

/** Gives an order's units back to the variant's free stock (a cancel, a release). */
export function releaseFromOrder(db: Db, variantId: number, quantity: number, now: number): void {
  prepared(db, 'UPDATE variants SET stock = stock + ?, updated_at = ? WHERE id = ?').run(quantity, now, variantId);
}

/**
 * Returned units that cannot be sold again: they leave the order (its returned quantity grows) and
 * never reach free stock, so the ledger records them as gone (a movement of -units, stock unchanged).
 */
export function writeOffReturned(
  db: Db,
  variantId: number,
  units: number,
  actor: string,
  now: number,
  options: MovementOptions = {},
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO stock_movements (variant_id, delta, reason, actor, order_id, note, at) VALUES (?, ?, 'write_off', ?, ?, ?, ?)`,
    ).run(variantId, -units, actor, options.orderId ?? null, options.note ?? null, now).lastInsertRowid,
  );
}

/** A variant's free stock (0 for an unknown variant). */
export function freeStock(db: Db, variantId: number): number {
  return prepared<{ stock: number }>(db, 'SELECT stock FROM variants WHERE id = ?').get(variantId)?.stock ?? 0;
}

/** The free stock of these variants, as the stock.changed event carries it. */
export function freeStockOf(db: Db, variantIds: readonly number[]): { variantId: number; productId: number; stock: number }[] {
  if (variantIds.length === 0) return [];
  return prepared<{ variantId: number; productId: number; stock: number }>(
    db,
    `SELECT id AS variantId, product_id AS productId, stock FROM variants WHERE id IN (${variantIds.map(() => '?').join(', ')})`,
  ).all(...variantIds);
}

/** The free stock of each variant of a product, by variant id. */
export function productStock(db: Db, productId: number): Map<number, number> {
  const rows = prepared<{ id: number; stock: number }>(db, 'SELECT id, stock FROM variants WHERE product_id = ?').all(productId);
  return new Map(rows.map((r) => [r.id, r.stock]));
}

/** Units of each variant held by orders in the given states (default: every active state). */
export function orderQuantities(db: Db, states: readonly string[] = ACTIVE_ORDER_STATES, showId?: number): Map<number, number> {
  const rows = prepared<{ variant_id: number; q: number }>(
    db,
    `SELECT variant_id, sum(quantity - returned_quantity) AS q FROM orders
       WHERE variant_id IS NOT NULL AND state IN (${sqlList(states)}) ${showId === undefined ? '' : 'AND show_id = ?'}
       GROUP BY variant_id`,
  ).all(...(showId === undefined ? [] : [showId]));
  return new Map(rows.map((r) => [r.variant_id, r.q]));
}

export interface StockMovement {
  id: number;
  variantId: number;
  delta: number;
  reason: StockReason;
  actor: string;
  orderId: number | null;
  note: string | null;
  at: number;
}

export function listMovements(db: Db, variantId: number, limit = 100): StockMovement[] {
  return prepared<StockMovement>(
    db,
    `SELECT id, variant_id AS variantId, delta, reason, actor, order_id AS orderId, note, at
     FROM stock_movements WHERE variant_id = ? ORDER BY id DESC LIMIT ?`,
  ).all(variantId, limit);
}

export interface InvariantViolation {
  variantId: number;
  ledger: number;
  stock: number;
  active: number;
}

/** Every variant for which sum(movements) != stock + active order quantity. Empty when the ledger is right. */
export function stockInvariantViolations(db: Db): InvariantViolation[] {
  return prepared<InvariantViolation>(
    db,
    `SELECT v.id AS variantId,
              coalesce((SELECT sum(delta) FROM stock_movements m WHERE m.variant_id = v.id), 0) AS ledger,
              v.stock AS stock,
              coalesce((SELECT sum(quantity - returned_quantity) FROM orders o WHERE o.variant_id = v.id AND o.state IN (${ACTIVE_STATES_SQL})), 0) AS active
       FROM variants v
       WHERE coalesce((SELECT sum(delta) FROM stock_movements m WHERE m.variant_id = v.id), 0)
             != v.stock + coalesce((SELECT sum(quantity - returned_quantity) FROM orders o WHERE o.variant_id = v.id AND o.state IN (${ACTIVE_STATES_SQL})), 0)
       ORDER BY v.id`,
  ).all();
}

export function assertStockInvariant(db: Db): void {
  const bad = stockInvariantViolations(db);
  if (bad.length > 0) {
    const shown = bad
      .slice(0, 10)
      .map((b) => `variant ${b.variantId}: ledger ${b.ledger} != stock ${b.stock} + active orders ${b.active}`)
      .join('; ');
    throw new Error(`stock invariant broken for ${bad.length} variant(s): ${shown}`);
  }
}
