import type { ClaimProof, HoldReason, Order, OrderEvent, OrderState } from '../../../shared/contract';
import { bumpCart, cartFor } from './carts';
import { buyerBadges } from './customers';
import type { Db } from './db';
import { ACTIVE_STATES_SQL, freeStock, holdForOrder } from './stock';
import { allRows, prepared } from './sql';

/**
 * Orders and their state log. Callers hold the transaction: an order, the
 * stock it holds and its log line are written together or not at all.
 *
 * Stock: an order in an active state (store/stock.ts ACTIVE_ORDER_STATES) holds
 * its units, taken and given back through store/stock.ts (holdForOrder,
 * releaseFromOrder). A variant's waitlist is its orders in the state
 * 'waitlisted', served strictly in id order (first come, first served).
 */

export interface OrderRow {
  id: number;
  showId: number | null;
  /** The buyer's cart for the show (found or made when the order is inserted). */
  cartId: number;
  buyerId: number;
  productId: number;
  variantId: number | null;
  quantity: number;
  unitPriceMinor: number | null;
  currency: string;
  isDeal: boolean;
  state: OrderState;
  holdReason: HoldReason | null;
  /** Units back after shipping; the line holds quantity - returnedQuantity while its state holds stock. */
  returnedQuantity: number;
  refundMinor: number;
  source: 'chat' | 'manual' | 'replay';
  sourceMessageSeq: number | null;
  note: string;
  createdAt: number;
  updatedAt: number;
}

/** What a new order is given; id, cart, note default, return fields and times come from the store. */
export type NewOrder = Omit<
  OrderRow,
  'id' | 'cartId' | 'holdReason' | 'returnedQuantity' | 'refundMinor' | 'note' | 'createdAt' | 'updatedAt'
> & {
  note?: string;
  holdReason?: HoldReason | null;
};

const ORDER_ROW_COLUMNS = `id, show_id AS showId, cart_id AS cartId, buyer_id AS buyerId, product_id AS productId, variant_id AS variantId, quantity,
  unit_price_minor AS unitPriceMinor, currency, is_deal AS isDeal, state, hold_reason AS holdReason, returned_quantity AS returnedQuantity,
  refund_minor AS refundMinor, source, source_message_seq AS sourceMessageSeq, note, created_at AS createdAt, updated_at AS updatedAt`;

const INSERT_ORDER = `INSERT INTO orders (show_id, cart_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, is_deal, state,
                                           hold_reason, source, source_message_seq, note, created_at, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_EVENT = 'INSERT INTO order_events (order_id, cart_id, from_state, to_state, actor, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)';

type RawOrderRow = Omit<OrderRow, 'isDeal'> & { isDeal: number };
const toOrderRow = (r: RawOrderRow | undefined): OrderRow | null => (r ? { ...r, isDeal: r.isDeal === 1 } : null);

/** Inserts the order into its buyer's cart for the show (the cart's version grows) with its first history line. */
export function insertOrder(db: Db, o: NewOrder, actor: string, reason: string | null, now: number): number {
  const cartId = cartFor(db, o.showId, o.buyerId, now);
  const id = Number(
    prepared(db, INSERT_ORDER).run(
      o.showId,
      cartId,
      o.buyerId,
      o.productId,
      o.variantId,
      o.quantity,
      o.unitPriceMinor,
      o.currency,
      o.isDeal ? 1 : 0,
      o.state,
      o.holdReason ?? null,
      o.source,
      o.sourceMessageSeq,
      o.note ?? '',
      now,
      now,
    ).lastInsertRowid,
  );
  prepared(db, INSERT_EVENT).run(id, cartId, null, o.state, actor, reason, now);
  bumpCart(db, cartId, now);
  return id;
}

export function getOrderRow(db: Db, id: number): OrderRow | null {
  return toOrderRow(prepared<RawOrderRow>(db, `SELECT ${ORDER_ROW_COLUMNS} FROM orders WHERE id = ?`).get(id));
}

export interface OrderUpdate {
  variantId?: number | null;
  quantity?: number;
  unitPriceMinor?: number | null;
  isDeal?: boolean;
  state?: OrderState;
  holdReason?: HoldReason | null;
  returnedQuantity?: number;
  refundMinor?: number;
  note?: string;
}

/** Writes the changed fields (its cart's version grows); logs a line when the state changes or a reason is given. */
export function updateOrder(db: Db, before: OrderRow, change: OrderUpdate, actor: string, reason: string | null, now: number): OrderRow {
  const after: OrderRow = { ...before, ...change, updatedAt: now };
  // A hold reason belongs to the held state only.
  if (after.state !== 'held') after.holdReason = null;
  prepared(
    db,
    `UPDATE orders SET variant_id = ?, quantity = ?, unit_price_minor = ?, is_deal = ?, state = ?, hold_reason = ?, returned_quantity = ?,
                       refund_minor = ?, note = ?, updated_at = ? WHERE id = ?`,
  ).run(
    after.variantId,
    after.quantity,
    after.unitPriceMinor,
    after.isDeal ? 1 : 0,
    after.state,
    after.holdReason,
    after.returnedQuantity,
    after.refundMinor,
    after.note,
    now,
    after.id,
  );
  if (after.state !== before.state || reason !== null)
    prepared(db, INSERT_EVENT).run(after.id, after.cartId, before.state, after.state, actor, reason, now);
  bumpCart(db, after.cartId, now);
  return after;
}

/** The chat message that cancelled the order (the feed tags that line); written with the cancel, in its transaction. */
export function setCancelMessage(db: Db, orderId: number, seq: number): void {
  prepared(db, 'UPDATE orders SET cancel_message_seq = ? WHERE id = ?').run(seq, orderId);
}

/** The orders of a cart, oldest first, as rows for changing them. */
export function cartOrderRows(db: Db, cartId: number): OrderRow[] {
  return allRows<RawOrderRow>(db, `SELECT ${ORDER_ROW_COLUMNS} FROM orders WHERE cart_id = ? ORDER BY id`, cartId).map((r) =>
    toOrderRow(r)!,
  );
}

/** The shows these orders belong to, and the show/product pairs of their deal lines: what a bulk change must announce. */
export function showsAndDealsOf(db: Db, ids: readonly number[]): { showIds: number[]; deals: { showId: number; productId: number }[] } {
  if (ids.length === 0) return { showIds: [], deals: [] };
  const rows = prepared<{ showId: number; productId: number; deal: number }>(
    db,
    `SELECT show_id AS showId, product_id AS productId, max(is_deal) AS deal FROM orders
      WHERE id IN (SELECT value FROM json_each(?)) AND show_id IS NOT NULL GROUP BY show_id, product_id`,
  ).all(JSON.stringify(ids));
  return {
    showIds: [...new Set(rows.map((r) => r.showId))],
    deals: rows.filter((r) => r.deal === 1).map(({ showId, productId }) => ({ showId, productId })),
  };
}

/** Orders by id, as rows for changing them (unknown ids left out). */
export function getOrderRows(db: Db, ids: readonly number[]): OrderRow[] {
  if (ids.length === 0) return [];
  return prepared<RawOrderRow>(db, `SELECT ${ORDER_ROW_COLUMNS} FROM orders WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(ids))
    .map((r) => toOrderRow(r)!);
}

/** When the order last moved to shipped (its history says); null if never. */
export function shippedAt(db: Db, orderId: number): number | null {
  return (
    prepared<{ at: number | null }>(
      db,
      `SELECT max(at) AS at FROM order_events WHERE order_id = ? AND to_state = 'shipped' AND from_state IS NOT 'shipped'`,
    ).get(orderId)?.at ?? null
  );
}

// --- the waitlist -----------------------------------------------------------------

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
  // One look-up for both: someone waiting, and the units claims held for review keep (issue 17: a claim held for a
  // moderator keeps its first-come place, so later claims do not take the units it asked for; it holds no stock itself).
  const turn = prepared<{ waiting: number; kept: number }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM orders WHERE variant_id = ? AND state = 'waitlisted') AS waiting,
            (SELECT coalesce(sum(quantity), 0) FROM orders WHERE variant_id = ? AND state = 'held' AND hold_reason = 'low_confidence') AS kept`,
  ).get(variantId, variantId)!;
  if (turn.waiting === 1) return false;
  if (turn.kept > 0 && freeStock(db, variantId) - turn.kept < quantity) return false;
  return holdForOrder(db, variantId, quantity, now);
}

/**
 * Units that claims held for review (low confidence) written before this order keep on the variant: they
 * hold no stock, but a waitlist promotion must not give their units to someone who came after them (issue 17).
 */
export function keptForReviewBefore(db: Db, variantId: number, orderId: number): number {
  return prepared<{ kept: number }>(
    db,
    `SELECT coalesce(sum(quantity), 0) AS kept FROM orders
       WHERE variant_id = ? AND state = 'held' AND hold_reason = 'low_confidence' AND id < ?`,
  ).get(variantId, orderId)!.kept;
}

/** Someone waiting for the variant who came before this order (they are served first). */
export function waitingBefore(db: Db, variantId: number, orderId: number): boolean {
  return (
    prepared(db, `SELECT 1 AS yes FROM orders WHERE variant_id = ? AND state = 'waitlisted' AND id < ? LIMIT 1`).get(variantId, orderId) !==
    undefined
  );
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

/** Units a buyer has asked for of a product in a show, cancelled and released orders left out (what a per-buyer limit counts). */
export function buyerUnits(db: Db, showId: number | null, buyerId: number, productId: number): number {
  return prepared<{ n: number }>(
    db,
    `SELECT coalesce(sum(quantity), 0) AS n FROM orders
       WHERE buyer_id = ? AND product_id = ? AND show_id IS ? AND state NOT IN ('cancelled', 'released')`,
  ).get(buyerId, productId, showId)!.n;
}

/** Units sold at the deal price since the deal started (what the deal quota counts). */
export function dealUnits(db: Db, showId: number, productId: number, dealStartedAt: number): number {
  return prepared<{ n: number }>(
    db,
    `SELECT coalesce(sum(quantity), 0) AS n FROM orders
     WHERE show_id = ? AND product_id = ? AND is_deal = 1 AND created_at >= ? AND state IN (${ACTIVE_STATES_SQL})`,
  ).get(showId, productId, dealStartedAt)!.n;
}

/** The buyer's same claim (product, variant, quantity) made since `since`, if any: a repeat is not a new order. */
export function recentSameClaim(
  db: Db,
  buyerId: number,
  productId: number,
  variantId: number | null,
  quantity: number,
  since: number,
): OrderRow | null {
  return toOrderRow(
    prepared<RawOrderRow>(
      db,
      `SELECT ${ORDER_ROW_COLUMNS} FROM orders
       WHERE buyer_id = ? AND product_id = ? AND variant_id IS ? AND quantity = ? AND state != 'cancelled' AND created_at >= ?
       ORDER BY id DESC LIMIT 1`,
    ).get(buyerId, productId, variantId, quantity, since),
  );
}

/** The buyer's newest order in one of `states` (of a product when given): what a correction or a cancel in chat applies to. */
export function lastOrderOfBuyer(
  db: Db,
  buyerId: number,
  showId: number | null,
  states: readonly OrderState[],
  productId?: number,
): OrderRow | null {
  const params: unknown[] = [buyerId, showId, ...states];
  let sql = `SELECT ${ORDER_ROW_COLUMNS} FROM orders WHERE buyer_id = ? AND show_id IS ? AND state IN (${states.map(() => '?').join(', ')})`;
  if (productId !== undefined) {
    sql += ' AND product_id = ?';
    params.push(productId);
  }
  return toOrderRow(prepared<RawOrderRow>(db, `${sql} ORDER BY id DESC LIMIT 1`).get(...params));
}

/** The buyer's newest order of a variant that holds stock or waits for it: what "cancel A12 M" names. */
export function lastOpenOrderOfVariant(db: Db, buyerId: number, showId: number | null, variantId: number): OrderRow | null {
  return toOrderRow(
    prepared<RawOrderRow>(
      db,
      `SELECT ${ORDER_ROW_COLUMNS} FROM orders
       WHERE buyer_id = ? AND show_id IS ? AND variant_id = ? AND state IN ('claimed', 'waitlisted', 'confirmed') ORDER BY id DESC LIMIT 1`,
    ).get(buyerId, showId, variantId),
  );
}

// --- reading orders for clients ----------------------------------------------

interface OrderViewRow extends RawOrderRow {
  cancelMessageSeq: number | null;
  buyerPlatform: string;
  buyerPlatformUserId: string;
  buyerName: string;
  buyerLanguage: string | null;
  productCode: string;
  productTitle: string;
  option1Name: string | null;
  option2Name: string | null;
  option3Name: string | null;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  messageText: string | null;
  waitlistPosition: number | null;
  messagePlatform: string | null;
  platformMessageId: string | null;
  messageSentAt: number | null;
  messageReceivedAt: number | null;
  messageDeletedAt: number | null;
  sku: string | null;
}

const VIEW_SELECT = `
  SELECT o.id, o.show_id AS showId, o.cart_id AS cartId, o.buyer_id AS buyerId, o.product_id AS productId, o.variant_id AS variantId,
         o.quantity, o.unit_price_minor AS unitPriceMinor, o.currency, o.is_deal AS isDeal, o.state, o.hold_reason AS holdReason,
         o.returned_quantity AS returnedQuantity, o.refund_minor AS refundMinor, o.source, o.source_message_seq AS sourceMessageSeq,
         o.cancel_message_seq AS cancelMessageSeq,
         o.note, o.created_at AS createdAt, o.updated_at AS updatedAt,
         b.platform AS buyerPlatform, b.platform_user_id AS buyerPlatformUserId, b.display_name AS buyerName, b.language AS buyerLanguage,
         p.code AS productCode, p.title AS productTitle, p.option1_name AS option1Name, p.option2_name AS option2Name, p.option3_name AS option3Name,
         v.option1, v.option2, v.option3, v.sku, m.text AS messageText, m.platform AS messagePlatform,
         m.platform_message_id AS platformMessageId, m.sent_at AS messageSentAt, m.received_at AS messageReceivedAt,
         m.deleted_at AS messageDeletedAt,
         CASE WHEN o.state = 'waitlisted' THEN
           (SELECT count(*) FROM orders w WHERE w.variant_id = o.variant_id AND w.state = 'waitlisted' AND w.id <= o.id) END AS waitlistPosition
  FROM orders o
  JOIN buyers b ON b.id = o.buyer_id
  JOIN products p ON p.id = o.product_id
  LEFT JOIN variants v ON v.id = o.variant_id
  LEFT JOIN chat_messages m ON m.seq = o.source_message_seq`;

function toOrder(r: OrderViewRow): Order {
  const optionNames = [r.option1Name, r.option2Name, r.option3Name].filter((n): n is string => n !== null);
  return {
    id: r.id,
    showId: r.showId,
    buyer: {
      id: r.buyerId,
      platform: r.buyerPlatform,
      platformUserId: r.buyerPlatformUserId,
      name: r.buyerName,
      language: r.buyerLanguage,
    },
    productId: r.productId,
    productCode: r.productCode,
    productTitle: r.productTitle,
    optionNames,
    variantId: r.variantId,
    variantOptions: r.variantId === null ? [] : [r.option1, r.option2, r.option3].slice(0, optionNames.length).map((v) => v ?? ''),
    requestedOptions: {},
    quantity: r.quantity,
    unitPriceMinor: r.unitPriceMinor,
    currency: r.currency,
    isDeal: r.isDeal === 1,
    state: r.state,
    holdReason: r.holdReason,
    source: r.source,
    sourceMessageSeq: r.sourceMessageSeq,
    cancelMessageSeq: r.cancelMessageSeq,
    messageText: r.messageText,
    waitlistPosition: r.waitlistPosition,
    note: r.note,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function getOrders(db: Db, ids: readonly number[]): Order[] {
  if (ids.length === 0) return [];
  // One cached statement whatever the count (a sweep publishes thousands): the ids travel as one JSON array.
  const rows = allRows<OrderViewRow>(
    db,
    `${VIEW_SELECT} WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.id`,
    JSON.stringify(ids),
  );
  return withBadges(db, rows.map(toOrder));
}

/** The live screens' order rows carry the buyer's badges (issue 15), computed once here for the whole batch. */
function withBadges(db: Db, orders: Order[]): Order[] {
  const badges = buyerBadges(
    db,
    orders.map((o) => ({ buyerId: o.buyer.id, showId: o.showId })),
  );
  for (const o of orders) {
    const b = badges.get(`${o.buyer.id}:${o.showId}`);
    if (b) o.buyer.badges = b;
  }
  return orders;
}

export interface OrderFilter {
  /** undefined: every show. */
  showId?: number | null;
  states?: readonly OrderState[];
  buyerId?: number;
  beforeId?: number;
  limit: number;
}

export function listOrders(db: Db, filter: OrderFilter): Order[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.showId !== undefined) {
    where.push('o.show_id IS ?');
    params.push(filter.showId);
  }
  if (filter.states?.length) {
    where.push(`o.state IN (${filter.states.map(() => '?').join(', ')})`);
    params.push(...filter.states);
  }
  if (filter.buyerId !== undefined) {
    where.push('o.buyer_id = ?');
    params.push(filter.buyerId);
  }
  if (filter.beforeId !== undefined) {
    where.push('o.id < ?');
    params.push(filter.beforeId);
  }
  const sql = `${VIEW_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.id DESC LIMIT ?`;
  return withBadges(db, allRows<OrderViewRow>(db, sql, ...params, filter.limit).map(toOrder));
}

export function listOrderEvents(db: Db, orderId: number): OrderEvent[] {
  return prepared(
    db,
    `SELECT id, order_id AS orderId, from_state AS fromState, to_state AS toState, actor, reason, at
       FROM order_events WHERE order_id = ? ORDER BY id`,
  ).all(orderId) as OrderEvent[];
}

/** A cart's line as the store reads it: the order as clients see it, and what a cart adds. */
export interface CartLineRow {
  order: Order;
  cartId: number;
  returnedQuantity: number;
  refundMinor: number;
  sku: string | null;
  proof: ClaimProof | null;
}

function toProof(r: OrderViewRow): ClaimProof | null {
  if (r.sourceMessageSeq === null || r.messageText === null || r.messageReceivedAt === null) return null;
  return {
    messageSeq: r.sourceMessageSeq,
    platform: r.messagePlatform as ClaimProof['platform'],
    platformMessageId: r.platformMessageId ?? '',
    text: r.messageText,
    sentAt: r.messageSentAt,
    receivedAt: r.messageReceivedAt,
    deleted: r.messageDeletedAt !== null,
  };
}

function toCartLineRow(r: OrderViewRow): CartLineRow {
  return {
    order: toOrder(r),
    cartId: r.cartId,
    returnedQuantity: r.returnedQuantity,
    refundMinor: r.refundMinor,
    sku: r.sku,
    proof: toProof(r),
  };
}

/** The lines of these carts, by cart then id, with the chat message each came from. */
export function listCartLines(db: Db, cartIds: readonly number[]): CartLineRow[] {
  if (cartIds.length === 0) return [];
  const rows = allRows<OrderViewRow>(
    db,
    `${VIEW_SELECT} WHERE o.cart_id IN (SELECT value FROM json_each(?)) ORDER BY o.cart_id, o.id`,
    JSON.stringify(cartIds),
  );
  return rows.map(toCartLineRow);
}

/** The lines of a show (every show when null), by id: what `export --what orders` writes. */
export function listShowLines(db: Db, showId: number | null): CartLineRow[] {
  const sql = showId === null ? `${VIEW_SELECT} ORDER BY o.id` : `${VIEW_SELECT} WHERE o.show_id = ? ORDER BY o.id`;
  const rows = allRows<OrderViewRow>(db, sql, ...(showId === null ? [] : [showId]));
  return rows.map(toCartLineRow);
}

export interface StateTotals {
  state: OrderState;
  count: number;
  lineTotalMinor: number;
  refundMinor: number;
}

/** A show's orders per state with their line totals and refunds (revenue is shared/domain/order-states.ts's revenueMinor of these). */
export function orderTotalsByState(db: Db, showId: number | null): StateTotals[] {
  // Kept by triggers on orders (migration 0017): a few rows, however many orders the show has taken.
  return prepared<StateTotals>(
    db,
    `SELECT state, count, line_total_minor AS lineTotalMinor, refund_minor AS refundMinor
       FROM order_state_totals WHERE show_key = ifnull(?, 0) AND count > 0 ORDER BY state`,
  ).all(showId);
}
