import type { OrderState, Platform } from '../../../shared/contract';
import { STOCK_HOLDING_STATES } from '../../../shared/domain/order-states';
import type { Db } from './db';
import { prepared } from './sql';

/**
 * The show report's reads (electron/core/reports/ computes the figures from them). Times are the
 * studio's receive times: an order from chat is timed by its message's received_at, never by the
 * platform's sent_at.
 */

const HOLDING_SQL = STOCK_HOLDING_STATES.map((s) => `'${s}'`).join(', ');

export interface ReportLineRow {
  id: number;
  productId: number;
  buyerId: number;
  /** The buyer's customer (one person across platforms), else the negated buyer id. */
  personKey: number;
  cartId: number;
  quantity: number;
  returnedQuantity: number;
  unitPriceMinor: number | null;
  refundMinor: number;
  state: OrderState;
  /** When the studio received the claim (its chat message), else when the line was made. */
  at: number;
}

type RawLine = [number, number, number, number, number, number, number, number | null, number, OrderState, number];

/**
 * Every order line of the show, whatever its state. Read as arrays (the statement's raw mode: this SQL text is
 * used here only) and made into objects here: better-sqlite3 builds 20,000 row objects key by key at twice the cost.
 */
export function reportLines(db: Db, showId: number): ReportLineRow[] {
  const statement = prepared<RawLine>(
    db,
    `SELECT o.id, o.product_id, o.buyer_id, coalesce(b.customer_id, -b.id), o.cart_id,
            o.quantity, o.returned_quantity, o.unit_price_minor, o.refund_minor, o.state, coalesce(m.received_at, o.created_at)
       FROM orders o
       JOIN buyers b ON b.id = o.buyer_id
       LEFT JOIN chat_messages m ON m.seq = o.source_message_seq
      WHERE o.show_id = ?`,
  ).raw(true);
  return statement.all(showId).map((r) => ({
    id: r[0],
    productId: r[1],
    buyerId: r[2],
    personKey: r[3],
    cartId: r[4],
    quantity: r[5],
    returnedQuantity: r[6],
    unitPriceMinor: r[7],
    refundMinor: r[8],
    state: r[9],
    at: r[10],
  }));
}

/** The people (customer, else buyer) among `keys` who bought (a line that holds stock) in a show that started before `before`. */
export function returningPeople(db: Db, showId: number, before: number): Set<number> {
  const rows = prepared<{ k: number }>(
    db,
    `SELECT DISTINCT coalesce(b.customer_id, -b.id) AS k
       FROM orders o
       JOIN shows s ON s.id = o.show_id
       JOIN buyers b ON b.id = o.buyer_id
      WHERE s.id != ? AND s.started_at IS NOT NULL AND s.started_at < ? AND o.state IN (${HOLDING_SQL})
        AND o.buyer_id IN (SELECT b2.id FROM buyers b2 WHERE coalesce(b2.customer_id, -b2.id) IN (
              SELECT coalesce(b3.customer_id, -b3.id) FROM orders o3 JOIN buyers b3 ON b3.id = o3.buyer_id
               WHERE o3.show_id = ? AND o3.state IN (${HOLDING_SQL})))`,
  ).all(showId, before, showId);
  return new Set(rows.map((r) => r.k));
}

/**
 * Chat messages per minute from `origin` (floor; negative before it), by receive time, of the show's messages after
 * `afterSeq` (0: all), and the last seq counted. Chat rows are only ever added (a deletion marks, never erases), so a
 * caller may keep these counts and ask only for what came after.
 */
export function chatPerMinute(
  db: Db,
  showId: number,
  origin: number,
  afterSeq = 0,
): { minutes: { minute: number; messages: number }[]; lastSeq: number } {
  const minutes = prepared<{ minute: number; messages: number }>(
    db,
    `SELECT CASE WHEN received_at >= @origin THEN (received_at - CAST(@origin AS INTEGER)) / 60000
                 ELSE -1 - ((CAST(@origin AS INTEGER) - received_at - 1) / 60000) END AS minute,
            count(*) AS messages
       FROM chat_messages WHERE show_id = @showId AND seq > @afterSeq GROUP BY minute ORDER BY minute`,
  ).all({ origin, showId, afterSeq });
  const lastSeq =
    prepared<{ seq: number | null }>(db, 'SELECT max(seq) AS seq FROM chat_messages WHERE show_id = ?').get(showId)?.seq ?? afterSeq;
  return { minutes, lastSeq };
}

export interface ReportAuthorRow {
  buyerId: number;
  platform: string;
  platformUserId: string;
  name: string;
  owner: number;
  moderator: number;
}

/**
 * Everyone who wrote in the show's chat (after `afterSeq`, up to `upToSeq`), once each, with whether any of their
 * messages carried the owner or moderator badge. `messages`, when the caller has counted them, is how many messages
 * that range holds.
 *
 * A show's messages usually lie in one stretch of seq (chat is stored as it arrives and a show is live for one
 * stretch of time), so its authors are read from that stretch of the table itself, in rowid order, not through the
 * (show_id, seq) index, which costs a lookup into the table per message; badges are looked at only where there are
 * any. With 200,000 messages: ~50 ms instead of ~95. A stretch mostly made of other shows' chat (a rehearsal's
 * messages long before the show) is read through the index.
 */
export function chatAuthors(db: Db, showId: number, afterSeq = 0, upToSeq = Number.MAX_SAFE_INTEGER, messages?: number): ReportAuthorRow[] {
  // Each end found by one seek of the index (min() and max() together with a range would walk it).
  const first = prepared<{ seq: number }>(
    db,
    'SELECT seq FROM chat_messages WHERE show_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT 1',
  ).get(showId, afterSeq, upToSeq)?.seq;
  const last = prepared<{ seq: number }>(
    db,
    'SELECT seq FROM chat_messages WHERE show_id = ? AND seq > ? AND seq <= ? ORDER BY seq DESC LIMIT 1',
  ).get(showId, afterSeq, upToSeq)?.seq;
  if (first === undefined || last === undefined) return [];
  if (messages === undefined || last - first + 1 > 2 * messages + 1_000)
    return prepared<ReportAuthorRow>(
      db,
      `SELECT a.buyer_id AS buyerId, b.platform, b.platform_user_id AS platformUserId, b.display_name AS name, a.owner, a.moderator
         FROM (SELECT buyer_id, max(instr(badges, '"owner"') > 0) AS owner, max(instr(badges, '"moderator"') > 0) AS moderator
                 FROM chat_messages WHERE show_id = ? AND seq >= ? AND seq <= ? GROUP BY buyer_id) a
         JOIN buyers b ON b.id = a.buyer_id`,
    ).all(showId, first, last);
  const stretch = { showId, first, last };
  const badged = prepared<{ buyerId: number; owner: number; moderator: number }>(
    db,
    `SELECT buyer_id AS buyerId, max(instr(badges, '"owner"') > 0) AS owner, max(instr(badges, '"moderator"') > 0) AS moderator
       FROM chat_messages NOT INDEXED
      WHERE seq BETWEEN @first AND @last AND show_id = @showId AND badges != '[]'
      GROUP BY buyer_id`,
  ).all(stretch);
  const badgesOf = new Map(badged.map((b) => [b.buyerId, b]));
  const authors = prepared<{ buyerId: number; platform: string; platformUserId: string; name: string }>(
    db,
    `SELECT b.id AS buyerId, b.platform, b.platform_user_id AS platformUserId, b.display_name AS name
       FROM buyers b
      WHERE b.id IN (SELECT buyer_id FROM chat_messages NOT INDEXED WHERE seq BETWEEN @first AND @last AND show_id = @showId)`,
  ).all(stretch);
  return authors.map((a) => ({ ...a, owner: badgesOf.get(a.buyerId)?.owner ?? 0, moderator: badgesOf.get(a.buyerId)?.moderator ?? 0 }));
}

export interface ReportQuestionRow {
  id: number;
  state: 'open' | 'answered' | 'dismissed';
  autoAnswered: number;
  answeredAt: number | null;
  /** The question's message as the studio received it. */
  receivedAt: number;
  platform: Platform;
  text: string;
  buyer: string;
  productCode: string | null;
}

export function reportQuestions(db: Db, showId: number): ReportQuestionRow[] {
  return prepared<ReportQuestionRow>(
    db,
    `SELECT q.id, q.state, q.auto_answered AS autoAnswered, q.answered_at AS answeredAt, m.received_at AS receivedAt,
            m.platform, m.text, b.display_name AS buyer, p.code AS productCode
       FROM questions q
       JOIN chat_messages m ON m.seq = q.message_seq
       JOIN buyers b ON b.id = q.buyer_id
       LEFT JOIN products p ON p.id = q.product_id
      WHERE q.show_id = ?
      ORDER BY m.received_at, q.id`,
  ).all(showId);
}

export interface ReportTimelineRow {
  type: 'feature' | 'obs.scene_switched';
  at: number;
  productId: number | null;
  scene: string | null;
}

/** Feature changes and OBS scene switches, in the order they happened. */
export function featureAndSceneEvents(db: Db, showId: number): ReportTimelineRow[] {
  return prepared<ReportTimelineRow>(
    db,
    `SELECT type, at, json_extract(data, '$.productId') AS productId, json_extract(data, '$.scene') AS scene
       FROM show_events WHERE show_id = ? AND type IN ('feature', 'obs.scene_switched') ORDER BY at, seq`,
  ).all(showId);
}

export function productLabels(db: Db, productIds: readonly number[]): { id: number; code: string; title: string }[] {
  if (productIds.length === 0) return [];
  return prepared<{ id: number; code: string; title: string }>(
    db,
    `SELECT id, code, title FROM products WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(productIds));
}

export interface ProductStockAtStart {
  productId: number;
  /** The ledger's sum up to the start: free stock plus what orders then held. */
  ledgerAtStart: number;
  /** Units orders held at the start (their state at that instant, from their history). */
  heldAtStart: number;
  /** Positive movements after the start, up to the end. */
  added: number;
}

/**
 * Per product, from the stock ledger and the orders' history: what was there to sell at `start`, and what came in until
 * `end`. Units held at the start by the show's own lines (claims taken before it went live) are not subtracted: they are its sales.
 */
export function stockAtStart(db: Db, showId: number, productIds: readonly number[], start: number, end: number): ProductStockAtStart[] {
  if (productIds.length === 0) return [];
  const ids = JSON.stringify(productIds);
  const ledger = prepared<{ productId: number; ledgerAtStart: number; added: number }>(
    db,
    `SELECT v.product_id AS productId,
            coalesce(sum(CASE WHEN sm.at <= @start THEN sm.delta END), 0) AS ledgerAtStart,
            coalesce(sum(CASE WHEN sm.at > @start AND sm.at <= @end AND sm.delta > 0 THEN sm.delta END), 0) AS added
       FROM variants v JOIN stock_movements sm ON sm.variant_id = v.id
      WHERE v.product_id IN (SELECT value FROM json_each(@ids))
      GROUP BY v.product_id`,
  ).all({ ids, start, end });
  const held = prepared<{ productId: number; held: number }>(
    db,
    `SELECT o.product_id AS productId, sum(o.quantity) AS held
       FROM orders o
      WHERE o.variant_id IN (SELECT v.id FROM variants v WHERE v.product_id IN (SELECT value FROM json_each(@ids)))
        AND o.created_at <= @start AND o.show_id IS NOT @showId
        AND (SELECT e.to_state FROM order_events e WHERE e.order_id = o.id AND e.at <= @start ORDER BY e.id DESC LIMIT 1) IN (${HOLDING_SQL})
      GROUP BY o.product_id`,
  ).all({ ids, start, showId });
  const heldBy = new Map(held.map((h) => [h.productId, h.held]));
  const byProduct = new Map(ledger.map((l) => [l.productId, l]));
  return productIds.map((productId) => ({
    productId,
    ledgerAtStart: byProduct.get(productId)?.ledgerAtStart ?? 0,
    heldAtStart: heldBy.get(productId) ?? 0,
    added: byProduct.get(productId)?.added ?? 0,
  }));
}

/** Shows that started before `before`, newest first. */
export function earlierShowIds(db: Db, before: number, limit: number): number[] {
  return prepared<{ id: number }>(
    db,
    'SELECT id FROM shows WHERE started_at IS NOT NULL AND started_at < ? ORDER BY started_at DESC, id DESC LIMIT ?',
  )
    .all(before, limit)
    .map((r) => r.id);
}

/**
 * What a finished show's report depends on that can still change, as one string: any order line anywhere
 * (a new history line), the show's carts (every change of a cart or its lines grows its version), the
 * stock ledger, and the show's questions. Equal strings: the report computed before still holds.
 */
export function reportFingerprint(db: Db, showId: number): string {
  const events = prepared<{ n: number | null }>(db, 'SELECT max(id) AS n FROM order_events').get()!.n ?? 0;
  const carts = prepared<{ n: number; v: number | null }>(
    db,
    'SELECT count(*) AS n, sum(version) AS v FROM carts WHERE ifnull(show_id, 0) = ?',
  ).get(showId)!;
  const stock = prepared<{ n: number | null }>(db, 'SELECT max(id) AS n FROM stock_movements').get()!.n ?? 0;
  const questions = prepared<{ n: number; open: number; at: number | null }>(
    db,
    `SELECT count(*) AS n, sum(state = 'open') AS open, max(answered_at) AS at FROM questions WHERE show_id = ?`,
  ).get(showId)!;
  return [events, carts.n, carts.v ?? 0, stock, questions.n, questions.open ?? 0, questions.at ?? 0].join(':');
}
