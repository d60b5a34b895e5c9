import type { CartEvent, CartEventKind, CartShipping, CartState, OrderBuyer, OrderState, PaymentMethod } from '../../../shared/contract';
import { CASH_ON_DELIVERY, CartStateSchema, OrderStateSchema } from '../../../shared/contract';
import { CART_PROGRESS } from '../../../shared/domain/carts';
import { cartIdNamedBy } from '../../../shared/domain/shipping';
import { holdsStock, PENDING_STATES, UNPAID_STATES } from '../../../shared/domain/order-states';
import { ensureCustomer } from './customers';
import type { Db } from './db';
import { prepared } from './sql';

/**
 * Carts: one per buyer per show (orders without a show share one per buyer), found or made when
 * an order is inserted (store/orders.ts). A cart's `version` grows with every change of the cart
 * or of its lines, in the same transaction: an edit made against an older version is refused by
 * the carts service. Callers hold the transaction.
 */

export interface CartRow {
  id: number;
  showId: number | null;
  buyerId: number;
  combinedInto: number | null;
  version: number;
  shipping: CartShipping | null;
  paymentMethod: PaymentMethod | null;
  paymentRequestedAt: number | null;
  reminderAt: number | null;
  deadlineAt: number | null;
  paidAt: number | null;
  createdAt: number;
  updatedAt: number;
}

interface RawCartRow {
  id: number;
  show_id: number | null;
  buyer_id: number;
  combined_into: number | null;
  version: number;
  shipping_method_id: string | null;
  shipping_name: string | null;
  shipping_kind: CartShipping['kind'] | null;
  shipping_price_minor: number | null;
  shipping_free_over_minor: number | null;
  payment_method: PaymentMethod | null;
  payment_requested_at: number | null;
  reminder_at: number | null;
  deadline_at: number | null;
  paid_at: number | null;
  created_at: number;
  updated_at: number;
}

function toCartRow(r: RawCartRow): CartRow {
  return {
    id: r.id,
    showId: r.show_id,
    buyerId: r.buyer_id,
    combinedInto: r.combined_into,
    version: r.version,
    shipping:
      r.shipping_method_id === null
        ? null
        : {
            methodId: r.shipping_method_id,
            name: r.shipping_name ?? '',
            kind: r.shipping_kind ?? 'courier',
            priceMinor: r.shipping_price_minor ?? 0,
            freeOverMinor: r.shipping_free_over_minor,
          },
    paymentMethod: r.payment_method,
    paymentRequestedAt: r.payment_requested_at,
    reminderAt: r.reminder_at,
    deadlineAt: r.deadline_at,
    paidAt: r.paid_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * The cart a new order of this buyer in this show goes into, made (with the buyer's customer)
 * when it is the first. A cart combined into another sends its new lines there.
 */
export function cartFor(db: Db, showId: number | null, buyerId: number, now: number): number {
  const found = prepared<{ id: number; combined_into: number | null }>(
    db,
    'SELECT id, combined_into FROM carts WHERE ifnull(show_id, 0) = ifnull(?, 0) AND buyer_id = ?',
  ).get(showId, buyerId);
  if (found) return found.combined_into ?? found.id;
  ensureCustomer(db, buyerId, now);
  return Number(
    prepared(db, 'INSERT INTO carts (show_id, buyer_id, created_at, updated_at) VALUES (?, ?, ?, ?)').run(showId, buyerId, now, now)
      .lastInsertRowid,
  );
}

export function getCartRow(db: Db, id: number): CartRow | null {
  const row = prepared<RawCartRow>(db, 'SELECT * FROM carts WHERE id = ?').get(id);
  return row ? toCartRow(row) : null;
}

export function getCartRows(db: Db, ids: readonly number[]): CartRow[] {
  if (ids.length === 0) return [];
  return prepared<RawCartRow>(db, 'SELECT * FROM carts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(ids))
    .map(toCartRow);
}

/** The cart changed (a line, its shipping, payment or deadline): its version grows. */
export function bumpCart(db: Db, cartId: number, now: number): void {
  prepared(db, 'UPDATE carts SET version = version + 1, updated_at = ? WHERE id = ?').run(now, cartId);
}

export function setCartShipping(db: Db, cartId: number, shipping: CartShipping | null, now: number): void {
  prepared(
    db,
    `UPDATE carts SET shipping_method_id = ?, shipping_name = ?, shipping_kind = ?, shipping_price_minor = ?, shipping_free_over_minor = ?
       WHERE id = ?`,
  ).run(
    shipping?.methodId ?? null,
    shipping?.name ?? null,
    shipping?.kind ?? null,
    shipping?.priceMinor ?? null,
    shipping?.freeOverMinor ?? null,
    cartId,
  );
  bumpCart(db, cartId, now);
}

export function setCartPaymentMethod(db: Db, cartId: number, method: PaymentMethod | null, now: number): void {
  prepared(db, 'UPDATE carts SET payment_method = ? WHERE id = ?').run(method, cartId);
  bumpCart(db, cartId, now);
}

export interface PaymentRequest {
  requestedAt: number;
  /** Null: no deadline runs (cash on delivery). */
  reminderAt: number | null;
  deadlineAt: number | null;
}

/** Starts (or, with null, clears) the cart's payment deadline; `keepRequest` clears only the deadline and reminder. */
export function setPaymentRequest(db: Db, cartId: number, request: PaymentRequest | null, now: number, keepRequest = false): void {
  if (request === null && keepRequest) prepared(db, 'UPDATE carts SET reminder_at = NULL, deadline_at = NULL WHERE id = ?').run(cartId);
  else
    prepared(db, 'UPDATE carts SET payment_requested_at = ?, reminder_at = ?, deadline_at = ? WHERE id = ?').run(
      request?.requestedAt ?? null,
      request?.reminderAt ?? null,
      request?.deadlineAt ?? null,
      cartId,
    );
  bumpCart(db, cartId, now);
}

export function setCartPaid(db: Db, cartId: number, paidAt: number | null, now: number): void {
  prepared(db, 'UPDATE carts SET paid_at = ? WHERE id = ?').run(paidAt, cartId);
  bumpCart(db, cartId, now);
}

/**
 * Moves every line of `fromId` into `intoId` (their show stays theirs) and marks `fromId`
 * combined into it; carts combined into `fromId` earlier now point at `intoId` too (one hop).
 * Writes no order_events: the caller logs the combine.
 */
export function combineCartInto(db: Db, fromId: number, intoId: number, now: number): number[] {
  const moved = prepared<{ id: number }>(db, 'SELECT id FROM orders WHERE cart_id = ? ORDER BY id')
    .all(fromId)
    .map((r) => r.id);
  prepared(db, 'UPDATE orders SET cart_id = ?, updated_at = ? WHERE cart_id = ?').run(intoId, now, fromId);
  prepared(db, 'UPDATE carts SET combined_into = ? WHERE combined_into = ?').run(intoId, fromId);
  prepared(db, 'UPDATE carts SET combined_into = ?, reminder_at = NULL, deadline_at = NULL WHERE id = ?').run(intoId, fromId);
  bumpCart(db, fromId, now);
  bumpCart(db, intoId, now);
  return moved;
}

/** One cart-level history line (a line's own changes are written by store/orders.ts). */
export function insertCartEvent(
  db: Db,
  cartId: number,
  kind: Exclude<CartEventKind, 'line'>,
  actor: string,
  reason: string | null,
  now: number,
) {
  prepared(
    db,
    'INSERT INTO order_events (order_id, cart_id, kind, from_state, to_state, actor, reason, at) VALUES (NULL, ?, ?, NULL, NULL, ?, ?, ?)',
  ).run(cartId, kind, actor, reason, now);
}

/** The cart's history, oldest first: its own lines and every line of its orders (also those written before a combine moved them here). */
export function listCartEvents(db: Db, cartId: number): CartEvent[] {
  return prepared<CartEvent>(
    db,
    `SELECT id, cart_id AS cartId, kind, order_id AS orderId, from_state AS fromState, to_state AS toState, actor, reason, at
       FROM order_events
       WHERE cart_id = ? OR order_id IN (SELECT id FROM orders WHERE cart_id = ?)
       ORDER BY at, id`,
  ).all(cartId, cartId);
}

// --- the Review table ---------------------------------------------------------------------

export interface CartHeader extends CartRow {
  showTitle: string | null;
  buyer: OrderBuyer;
  customerId: number;
}

export interface CartHeaderFilter {
  /** undefined: every show. */
  showId?: number;
  productId?: number;
  buyerId?: number;
  platform?: string;
  /** null: carts without a method. */
  paymentMethod?: PaymentMethod | null;
  search?: string;
  /** Only these carts. */
  ids?: readonly number[];
}

type RawHeader = RawCartRow & {
  show_title: string | null;
  platform: string;
  platform_user_id: string;
  display_name: string;
  language: string | null;
  customer_id: number | null;
};

const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause of a filter over `carts c JOIN buyers b LEFT JOIN customers cu` (the search's text bound by name, @search). */
function headerWhere(filter: CartHeaderFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.showId !== undefined) {
    // The show's own carts and the carts its lines were combined into (c.id IN (…) lets SQLite look them up by id).
    where.push('c.id IN (SELECT id FROM carts WHERE show_id = ? UNION SELECT cart_id FROM orders WHERE show_id = ?)');
    params.push(filter.showId, filter.showId);
  }
  if (filter.ids !== undefined) {
    where.push('c.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.productId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id AND o.product_id = ?)');
    params.push(filter.productId);
  }
  if (filter.buyerId !== undefined) {
    where.push('c.buyer_id = ?');
    params.push(filter.buyerId);
  }
  if (filter.platform !== undefined) {
    where.push('b.platform = ?');
    params.push(filter.platform);
  }
  if (filter.paymentMethod !== undefined) {
    where.push('c.payment_method IS ?');
    params.push(filter.paymentMethod);
  }
  if (filter.search) {
    where.push(`(b.display_name LIKE @search ESCAPE '\\' OR b.platform_user_id LIKE @search ESCAPE '\\' OR cu.name LIKE @search ESCAPE '\\'
                 OR cu.email LIKE @search ESCAPE '\\' OR cu.phone LIKE @search ESCAPE '\\'
                 OR EXISTS (SELECT 1 FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id
                            WHERE o.cart_id = c.id AND (p.code LIKE @search ESCAPE '\\' OR p.title LIKE @search ESCAPE '\\' OR v.sku LIKE @search ESCAPE '\\'))
                 OR c.id = @cartRef)`);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Runs a statement with the filter's parameters (positional, then the search by name). */
function runFiltered<Row>(db: Db, sql: string, filter: CartHeaderFilter, params: unknown[], extra: unknown[] = []): Row[] {
  const statement = prepared<Row>(db, sql);
  if (!filter.search) return statement.all(...params, ...extra);
  // A cart's reference (C000042, LS-42) finds that cart beside whatever else the text matches; -1 names no cart.
  return statement.all(...params, ...extra, { search: likeText(filter.search), cartRef: cartIdNamedBy(filter.search) ?? -1 });
}

/** Carts matching the filter with their buyer and show, by buyer name then id (states and money come from cartLineTotals). */
export function listCartHeaders(db: Db, filter: CartHeaderFilter): CartHeader[] {
  const where = headerWhere(filter);
  const sql = `SELECT c.*, s.title AS show_title, b.platform, b.platform_user_id, b.display_name, b.language, b.customer_id
                 FROM carts c JOIN buyers b ON b.id = c.buyer_id LEFT JOIN shows s ON s.id = c.show_id
                 LEFT JOIN customers cu ON cu.id = b.customer_id
                 ${where.sql}
                 ORDER BY b.display_name COLLATE NOCASE, c.id`;
  return runFiltered<RawHeader>(db, sql, filter, where.params).map((r) => ({
    ...toCartRow(r),
    showTitle: r.show_title,
    buyer: { id: r.buyer_id, platform: r.platform, platformUserId: r.platform_user_id, name: r.display_name, language: r.language },
    customerId: r.customer_id ?? 0,
  }));
}

// A cart's state in SQL: the same rules as cartState (shared/domain/carts.ts), written from the same
// lists of states, over a mask with one bit per order state its lines are in (the sum of the distinct
// bits is their OR). A property test holds the two to the same answers.
const STATE_BITS = new Map<OrderState, number>(OrderStateSchema.options.map((s, i) => [s, 1 << i]));
const maskOf = (states: readonly OrderState[]) => states.reduce((m, s) => m | STATE_BITS.get(s)!, 0);
const STATE_MASK_SQL = `CAST((SELECT total(DISTINCT CASE o.state ${[...STATE_BITS].map(([s, bit]) => `WHEN '${s}' THEN ${bit}`).join(' ')} END)
                               FROM orders o WHERE o.cart_id = c.id) AS INTEGER)`;
const has = (states: readonly OrderState[]) => `(mask & ${maskOf(states)}) != 0`;
const CART_STATE_SQL = `CASE
    WHEN combined_into IS NOT NULL THEN 'combined'
    WHEN ${has(UNPAID_STATES)} THEN
      CASE WHEN payment_requested_at IS NOT NULL AND payment_method IS NOT '${CASH_ON_DELIVERY}' THEN 'awaiting_payment' ELSE 'open' END
    WHEN ${has(PENDING_STATES)} THEN 'open'
    ${CART_PROGRESS.filter(holdsStock)
      .map((s) => `WHEN ${has([s])} THEN '${s}'`)
      .join(' ')}
    WHEN ${has(['released'])} THEN 'released'
    ELSE 'closed' END`;

/** The matching carts with their state, one row each: the mask is taken once per cart (MATERIALIZED), the state from it. */
const statedCarts = (whereSql: string) => `WITH masked AS MATERIALIZED (
    SELECT c.id, c.combined_into, c.payment_requested_at, c.payment_method, b.display_name AS name, ${STATE_MASK_SQL} AS mask
      FROM carts c JOIN buyers b ON b.id = c.buyer_id LEFT JOIN customers cu ON cu.id = b.customer_id
      ${whereSql}),
  stated AS (SELECT id, name, ${CART_STATE_SQL} AS state FROM masked)`;

export interface CartPage {
  /** The page's carts, by buyer name (case-insensitive) then id. */
  ids: number[];
  /** Carts matching the filter and the states, every page. */
  total: number;
  /** Carts matching the filter per cart state, before the state filter. */
  counts: Record<CartState, number>;
}

/** A matching cart and its state, in the list's order. */
export interface StatedCart {
  id: number;
  state: CartState;
}

/**
 * Every cart matching the filter with its state, by buyer name (case-insensitive) then id: the costly part of a
 * page (a mask over each cart's lines), so the carts service keeps it between identical reads (ReadMemo).
 */
export function statedCartList(db: Db, filter: CartHeaderFilter): StatedCart[] {
  const where = headerWhere(filter);
  return runFiltered<StatedCart>(
    db,
    `${statedCarts(where.sql)} SELECT id, state FROM stated ORDER BY name COLLATE NOCASE, id`,
    filter,
    where.params,
  );
}

/** One page of `stated` in these cart states (all when not given), with the counts per state before that filter. */
export function cartPageOf(
  stated: readonly StatedCart[],
  page: { states?: readonly CartState[]; offset: number; limit: number },
): CartPage {
  const counts = Object.fromEntries(CartStateSchema.options.map((s) => [s, 0])) as Record<CartState, number>;
  for (const row of stated) counts[row.state] += 1;
  const wanted = new Set(page.states ?? CartStateSchema.options);
  const matching = wanted.size === CartStateSchema.options.length ? stated : stated.filter((r) => wanted.has(r.state));
  const total = matching.length;
  const ids = matching.slice(page.offset, page.offset + page.limit).map((r) => r.id);
  return { ids, total, counts };
}

/**
 * One page of the carts matching the filter and (when given) in these cart states, with the counts
 * per state: states and order in SQL, so only the page's carts are built.
 */
export function listCartPage(
  db: Db,
  filter: CartHeaderFilter,
  page: { states?: readonly CartState[]; offset: number; limit: number },
): CartPage {
  return cartPageOf(statedCartList(db, filter), page);
}

export interface CartStateTotals {
  cartId: number;
  state: OrderState;
  lines: number;
  /** quantity - returned_quantity, summed. */
  units: number;
  /** quantity x unit price, summed. */
  grossMinor: number;
  refundMinor: number;
}

/** Per cart and line state: lines, units kept, line totals and refunds. */
export function cartLineTotals(db: Db, cartIds: readonly number[]): CartStateTotals[] {
  if (cartIds.length === 0) return [];
  return prepared<CartStateTotals>(
    db,
    `SELECT cart_id AS cartId, state, count(*) AS lines, sum(quantity - returned_quantity) AS units,
            sum(quantity * coalesce(unit_price_minor, 0)) AS grossMinor, sum(refund_minor) AS refundMinor
       FROM orders WHERE cart_id IN (SELECT value FROM json_each(?)) GROUP BY cart_id, state`,
  ).all(JSON.stringify(cartIds));
}

/** The carts these orders are in (a commit's orders -> the carts to announce). */
export function cartIdsOfOrders(db: Db, orderIds: readonly number[]): number[] {
  if (orderIds.length === 0) return [];
  return prepared<{ id: number }>(db, 'SELECT DISTINCT cart_id AS id FROM orders WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(orderIds))
    .map((r) => r.id);
}

/** Per cart: the shows its lines come from. */
export function cartShowIds(db: Db, cartIds: readonly number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  if (cartIds.length === 0) return map;
  const rows = prepared<{ cartId: number; showId: number }>(
    db,
    `SELECT DISTINCT cart_id AS cartId, show_id AS showId FROM orders
       WHERE cart_id IN (SELECT value FROM json_each(?)) AND show_id IS NOT NULL ORDER BY cart_id, show_id`,
  ).all(JSON.stringify(cartIds));
  for (const r of rows) map.set(r.cartId, [...(map.get(r.cartId) ?? []), r.showId]);
  return map;
}

/** Per cart: the carts combined into it. */
export function cartsCombinedInto(db: Db, cartIds: readonly number[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  if (cartIds.length === 0) return map;
  const rows = prepared<{ id: number; into: number }>(
    db,
    `SELECT id, combined_into AS "into" FROM carts WHERE combined_into IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(cartIds));
  for (const r of rows) map.set(r.into, [...(map.get(r.into) ?? []), r.id]);
  return map;
}

// --- deadlines ----------------------------------------------------------------------------

const UNPAID_LINE = `EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id AND o.state IN ('claimed', 'confirmed'))`;

/**
 * Carts whose deadline fell in (after, upTo] with lines still unpaid, never cash on delivery
 * nor combined away: what the sweeper releases (after = the studio's start) or lists for the seller.
 */
export function cartsPastDeadline(db: Db, after: number | null, upTo: number): number[] {
  return prepared<{ id: number }>(
    db,
    `SELECT c.id FROM carts c
       WHERE c.deadline_at IS NOT NULL AND c.deadline_at > ? AND c.deadline_at <= ? AND c.combined_into IS NULL
         AND c.payment_method IS NOT 'cash_on_delivery' AND ${UNPAID_LINE}
       ORDER BY c.deadline_at, c.id`,
  )
    .all(after ?? -1, upTo)
    .map((r) => r.id);
}

/** As cartsPastDeadline, for deadlines in any of the spans (after, upTo]: the gaps in the sweeper's ticks. */
export function cartsPastDeadlineIn(db: Db, spans: readonly { after: number; upTo: number }[]): number[] {
  if (spans.length === 0) return [];
  return prepared<{ id: number }>(
    db,
    `SELECT c.id FROM carts c
       WHERE c.deadline_at IS NOT NULL AND c.combined_into IS NULL AND c.payment_method IS NOT 'cash_on_delivery' AND ${UNPAID_LINE}
         AND EXISTS (SELECT 1 FROM json_each(?) j
                       WHERE c.deadline_at > json_extract(j.value, '$.after') AND c.deadline_at <= json_extract(j.value, '$.upTo'))
       ORDER BY c.deadline_at, c.id`,
  )
    .all(JSON.stringify(spans))
    .map((r) => r.id);
}

/** Carts whose payment reminder fell due in (after, upTo] with lines still unpaid. */
export function cartsReminderDue(db: Db, after: number, upTo: number): number[] {
  return prepared<{ id: number }>(
    db,
    `SELECT c.id FROM carts c
       WHERE c.reminder_at IS NOT NULL AND c.reminder_at > ? AND c.reminder_at <= ? AND c.combined_into IS NULL
         AND c.payment_method IS NOT 'cash_on_delivery' AND ${UNPAID_LINE}
       ORDER BY c.reminder_at, c.id`,
  )
    .all(after, upTo)
    .map((r) => r.id);
}

/** Waitlisted orders of shows whose carts closed (ended at or before `endedBy`): their waitlists end. */
export function waitlistedOfClosedShows(db: Db, endedBy: number): number[] {
  return prepared<{ id: number }>(
    db,
    `SELECT o.id FROM orders o JOIN shows s ON s.id = o.show_id
       WHERE o.state = 'waitlisted' AND s.state = 'ended' AND s.ended_at <= ? ORDER BY o.id`,
  )
    .all(endedBy)
    .map((r) => r.id);
}
