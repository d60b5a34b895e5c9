import type { CartCustomer } from '../../../shared/contract';
import { ShippingAddressSchema } from '../../../shared/contract';
import type { Db } from './db';
import { STOCK_HOLDING_STATES } from '../../../shared/domain/order-states';
import { prepared } from './sql';

/**
 * Customers: one per buyer for now (a buyer is one platform identity; merging a person's
 * identities across platforms is the customers issue's). Non-payments are recorded per
 * customer when a cart is released for non-payment, and cleared (kept as history) when the buyer pays late.
 */

/** The buyer's customer, created (named after the buyer) the first time it is needed. */
export function ensureCustomer(db: Db, buyerId: number, now: number): number {
  const row = prepared<{ customer_id: number | null; display_name: string }>(
    db,
    'SELECT customer_id, display_name FROM buyers WHERE id = ?',
  ).get(buyerId);
  if (!row) throw new Error(`No buyer with id ${buyerId}.`);
  if (row.customer_id !== null) return row.customer_id;
  const id = Number(prepared(db, 'INSERT INTO customers (name, created_at) VALUES (?, ?)').run(row.display_name, now).lastInsertRowid);
  prepared(db, 'UPDATE buyers SET customer_id = ? WHERE id = ?').run(id, buyerId);
  return id;
}

interface CustomerRow {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  nonPayments: number;
}

/** A customer's contact and shipping details with their count of non-payments. */
export function getCustomer(db: Db, customerId: number): CartCustomer | null {
  const row = prepared<CustomerRow>(
    db,
    `SELECT id, name, email, phone, address, (SELECT count(*) FROM non_payments n WHERE n.customer_id = c.id AND n.cleared_at IS NULL) AS nonPayments
       FROM customers c WHERE id = ?`,
  ).get(customerId);
  if (!row) return null;
  return { ...row, address: parseAddress(row.address) };
}

// The address is JSON written by the customers screen; an unreadable one is shown as none rather than failing the cart.
function parseAddress(text: string | null): CartCustomer['address'] {
  if (text === null) return null;
  try {
    const parsed = ShippingAddressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface NonPayment {
  cartId: number;
  buyerId: number;
  customerId: number | null;
  showId: number | null;
  lines: number;
  amountMinor: number;
  actor: string;
  at: number;
  /** The buyer paid after all (late): kept as history, no longer counted. */
  clearedAt?: number | null;
  clearedBy?: string | null;
  clearedReason?: string | null;
}

export function insertNonPayment(db: Db, n: NonPayment): number {
  return Number(
    prepared(
      db,
      `INSERT INTO non_payments (cart_id, buyer_id, customer_id, show_id, lines, amount_minor, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(n.cartId, n.buyerId, n.customerId, n.showId, n.lines, n.amountMinor, n.actor, n.at).lastInsertRowid,
  );
}

export function listNonPayments(db: Db, customerId: number): NonPayment[] {
  return prepared<NonPayment>(
    db,
    `SELECT cart_id AS cartId, buyer_id AS buyerId, customer_id AS customerId, show_id AS showId, lines, amount_minor AS amountMinor, actor, at,
            cleared_at AS clearedAt, cleared_by AS clearedBy, cleared_reason AS clearedReason
       FROM non_payments WHERE customer_id = ? ORDER BY id`,
  ).all(customerId);
}

/** The cart's non-payments not yet cleared are made good (the buyer paid late): each keeps its row, marked cleared. Returns how many. */
export function clearNonPayments(db: Db, cartId: number, actor: string, reason: string, at: number): number {
  return prepared(
    db,
    'UPDATE non_payments SET cleared_at = ?, cleared_by = ?, cleared_reason = ? WHERE cart_id = ? AND cleared_at IS NULL',
  ).run(at, actor, reason, cartId).changes;
}

// --- Customers across shows and platforms (issue 15) ----------------------------------------------

/** The lines that count for orders and spend: shared/domain/order-states.ts's states holding stock. */
const HOLDING_SQL = STOCK_HOLDING_STATES.map((s) => `'${s}'`).join(', ');

/** The customer a buyer belongs to now (reports follow the current links: a merge changes past shows' figures). */
export function customerIdOfBuyer(db: Db, buyerId: number): number | null {
  return prepared<{ id: number | null }>(db, 'SELECT customer_id AS id FROM buyers WHERE id = ?').get(buyerId)?.id ?? null;
}

/**
 * The first show in which the customer (through any of their current buyers) has an order line,
 * by the show's start (creation when never started): a customer is *new* in that show and
 * *returning* in every later one. Null when they never ordered in a show.
 */
export function customerFirstShow(db: Db, customerId: number): number | null {
  return (
    prepared<{ id: number }>(
      db,
      `SELECT s.id FROM orders o JOIN buyers b ON b.id = o.buyer_id JOIN shows s ON s.id = o.show_id
        WHERE b.customer_id = ? ORDER BY coalesce(s.started_at, s.created_at), s.id LIMIT 1`,
    ).get(customerId)?.id ?? null
  );
}

/** A show's ordering customers split into new (their first show) and returning, from the current links. */
export function newAndReturningCustomers(db: Db, showId: number): { newCustomers: number[]; returningCustomers: number[] } {
  const rows = prepared<{ customerId: number; earlier: number }>(
    db,
    `WITH mine AS (SELECT DISTINCT b.customer_id AS cid FROM orders o JOIN buyers b ON b.id = o.buyer_id
                    WHERE o.show_id = ? AND b.customer_id IS NOT NULL),
          me AS (SELECT coalesce(started_at, created_at) AS at, id FROM shows WHERE id = ?)
     SELECT mine.cid AS customerId,
            EXISTS (SELECT 1 FROM buyers b2 JOIN orders o2 ON o2.buyer_id = b2.id JOIN shows s2 ON s2.id = o2.show_id, me
                     WHERE b2.customer_id = mine.cid AND (coalesce(s2.started_at, s2.created_at) < me.at
                           OR (coalesce(s2.started_at, s2.created_at) = me.at AND s2.id < me.id))) AS earlier
       FROM mine ORDER BY mine.cid`,
  ).all(showId, showId);
  return {
    newCustomers: rows.filter((r) => !r.earlier).map((r) => r.customerId),
    returningCustomers: rows.filter((r) => r.earlier).map((r) => r.customerId),
  };
}

export interface CustomerRecord {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  note: string;
  mergedInto: number | null;
  discountPercent: number | null;
  erasedAt: number | null;
  createdAt: number;
}

export function getCustomerRecord(db: Db, id: number): CustomerRecord | null {
  return (
    prepared<CustomerRecord>(
      db,
      `SELECT id, name, email, phone, address, note, merged_into AS mergedInto, discount_percent AS discountPercent, erased_at AS erasedAt,
              created_at AS createdAt FROM customers WHERE id = ?`,
    ).get(id) ?? null
  );
}

export function updateCustomerFields(
  db: Db,
  id: number,
  fields: Partial<Pick<CustomerRecord, 'name' | 'email' | 'phone' | 'address' | 'note'>>,
): void {
  const current = getCustomerRecord(db, id);
  if (!current) throw new Error(`No customer with id ${id}.`);
  const next = { ...current, ...fields };
  prepared(db, 'UPDATE customers SET name = ?, email = ?, phone = ?, address = ?, note = ? WHERE id = ?').run(
    next.name,
    next.email,
    next.phone,
    next.address,
    next.note,
    id,
  );
}

export function setCustomerMergedInto(db: Db, id: number, into: number | null): void {
  prepared(db, 'UPDATE customers SET merged_into = ? WHERE id = ?').run(into, id);
}

export function setCustomerDiscount(db: Db, id: number, percent: number | null): void {
  prepared(db, 'UPDATE customers SET discount_percent = ? WHERE id = ?').run(percent, id);
}

// --- tags

export function customerTags(db: Db, customerId: number): string[] {
  return prepared<{ tag: string }>(db, 'SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag')
    .all(customerId)
    .map((r) => r.tag);
}

/** True when the tag was not there before. */
export function addCustomerTag(db: Db, customerId: number, tag: string, actor: string, now: number): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO customer_tags (customer_id, tag, actor, added_at) VALUES (?, ?, ?, ?)').run(
      customerId,
      tag,
      actor,
      now,
    ).changes === 1
  );
}

/** True when the tag was there. */
export function removeCustomerTag(db: Db, customerId: number, tag: string): boolean {
  return prepared(db, 'DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?').run(customerId, tag).changes === 1;
}

/** Whether the buyer's customer carries the tag (the claim path asks it for do_not_sell). */
export function buyerHasTag(db: Db, buyerId: number, tag: string): boolean {
  return (
    prepared(db, 'SELECT 1 AS yes FROM buyers b JOIN customer_tags t ON t.customer_id = b.customer_id WHERE b.id = ? AND t.tag = ?').get(
      buyerId,
      tag,
    ) !== undefined
  );
}

// --- prices

export interface CustomerPrice {
  productId: number;
  code: string;
  title: string;
  priceMinor: number;
}

export function customerPriceList(db: Db, customerId: number): CustomerPrice[] {
  return prepared<CustomerPrice>(
    db,
    `SELECT p.id AS productId, p.code, p.title, cp.price_minor AS priceMinor FROM customer_prices cp JOIN products p ON p.id = cp.product_id
      WHERE cp.customer_id = ? ORDER BY p.code`,
  ).all(customerId);
}

export function setCustomerPrice(db: Db, customerId: number, productId: number, priceMinor: number | null): void {
  if (priceMinor === null) prepared(db, 'DELETE FROM customer_prices WHERE customer_id = ? AND product_id = ?').run(customerId, productId);
  else
    prepared(
      db,
      `INSERT INTO customer_prices (customer_id, product_id, price_minor) VALUES (?, ?, ?)
       ON CONFLICT (customer_id, product_id) DO UPDATE SET price_minor = excluded.price_minor`,
    ).run(customerId, productId, priceMinor);
}

/** What the buyer's customer pays for a product by their own terms: their price-list entry and their discount percent. */
export function buyerTerms(db: Db, buyerId: number, productId: number): { priceMinor: number | null; discountPercent: number | null } {
  const row = prepared<{ priceMinor: number | null; discountPercent: number | null }>(
    db,
    `SELECT (SELECT price_minor FROM customer_prices cp WHERE cp.customer_id = c.id AND cp.product_id = ?) AS priceMinor,
            c.discount_percent AS discountPercent
       FROM buyers b JOIN customers c ON c.id = b.customer_id WHERE b.id = ?`,
  ).get(productId, buyerId);
  return row ?? { priceMinor: null, discountPercent: null };
}

// --- buyers of a customer, merges

export interface CustomerIdentityRow {
  buyerId: number;
  customerId: number;
  platform: string;
  platformUserId: string;
  name: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

export function customerIdentities(db: Db, customerIds: readonly number[]): CustomerIdentityRow[] {
  if (customerIds.length === 0) return [];
  return prepared<CustomerIdentityRow>(
    db,
    `SELECT id AS buyerId, customer_id AS customerId, platform, platform_user_id AS platformUserId, display_name AS name,
            first_seen_at AS firstSeenAt, last_seen_at AS lastSeenAt
       FROM buyers WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY customer_id, id`,
  ).all(JSON.stringify(customerIds));
}

/** Moves buyers (their carts, orders, questions follow the buyer) and their non-payments to another customer. */
export function moveBuyers(db: Db, buyerIds: readonly number[], toCustomerId: number): void {
  const ids = JSON.stringify(buyerIds);
  prepared(db, 'UPDATE buyers SET customer_id = ? WHERE id IN (SELECT value FROM json_each(?))').run(toCustomerId, ids);
  prepared(db, 'UPDATE non_payments SET customer_id = ? WHERE buyer_id IN (SELECT value FROM json_each(?))').run(toCustomerId, ids);
}

export interface MergeRecord {
  id: number;
  intoId: number;
  fromId: number;
  buyerIds: number[];
  added: MergeAdded;
  actor: string;
  at: number;
  undoneAt: number | null;
}

/** What a merge added to the customer kept: taken back by the unmerge. */
export interface MergeAdded {
  tags: string[];
  fields: Partial<Record<'email' | 'phone' | 'address', string>>;
  /** The note as it was and as the merge left it (both notes joined). */
  note: { before: string; after: string } | null;
  prices: { productId: number; priceMinor: number }[];
  discountPercent: number | null;
}

interface RawMerge {
  id: number;
  intoId: number;
  fromId: number;
  buyerIds: string;
  added: string;
  actor: string;
  at: number;
  undoneAt: number | null;
}
const MERGE_COLUMNS = `id, into_id AS intoId, from_id AS fromId, buyer_ids AS buyerIds, added, actor, at, undone_at AS undoneAt`;
const toMerge = (r: RawMerge): MergeRecord => ({
  ...r,
  buyerIds: JSON.parse(r.buyerIds) as number[],
  added: JSON.parse(r.added) as MergeAdded,
});

export function insertMerge(db: Db, m: Omit<MergeRecord, 'id' | 'undoneAt'>): number {
  return Number(
    prepared(db, 'INSERT INTO customer_merges (into_id, from_id, buyer_ids, added, actor, at) VALUES (?, ?, ?, ?, ?, ?)').run(
      m.intoId,
      m.fromId,
      JSON.stringify(m.buyerIds),
      JSON.stringify(m.added),
      m.actor,
      m.at,
    ).lastInsertRowid,
  );
}

export function getMerge(db: Db, id: number): MergeRecord | null {
  const r = prepared<RawMerge>(db, `SELECT ${MERGE_COLUMNS} FROM customer_merges WHERE id = ?`).get(id);
  return r ? toMerge(r) : null;
}

/** Merges into the customer that are not undone, newest first. */
export function activeMergesInto(db: Db, customerId: number): MergeRecord[] {
  return prepared<RawMerge>(db, `SELECT ${MERGE_COLUMNS} FROM customer_merges WHERE into_id = ? AND undone_at IS NULL ORDER BY id DESC`)
    .all(customerId)
    .map(toMerge);
}

export function markMergeUndone(db: Db, id: number, actor: string, now: number): void {
  prepared(db, 'UPDATE customer_merges SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, actor, id);
}

/** Forgets what merges involving these customers copied (an erasure leaves no contact detail in the merge log). */
export function scrubMerges(db: Db, customerIds: readonly number[]): void {
  prepared(
    db,
    `UPDATE customer_merges SET added = json_set(added, '$.fields', json('{}'), '$.note', json('null'))
      WHERE into_id IN (SELECT value FROM json_each(@p)) OR from_id IN (SELECT value FROM json_each(@p))`,
  ).run({ p: JSON.stringify(customerIds) });
}

/** Customers merged into this one (and into those, transitively), not undone. */
export function customersMergedInto(db: Db, customerId: number): number[] {
  return prepared<{ id: number }>(
    db,
    `WITH RECURSIVE m(id) AS (SELECT id FROM customers WHERE merged_into = ? UNION SELECT c.id FROM customers c JOIN m ON c.merged_into = m.id)
     SELECT id FROM m ORDER BY id`,
  )
    .all(customerId)
    .map((r) => r.id);
}

/** The carts of these buyers. */
export function customerCartIdsOfBuyers(db: Db, buyerIds: readonly number[]): number[] {
  return prepared<{ id: number }>(db, 'SELECT id FROM carts WHERE buyer_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(buyerIds))
    .map((r) => r.id);
}

/** Carts holding lines of these buyers and of other buyers at once (combined across them): an unmerge would split a parcel. */
export function crossingCombinedCarts(db: Db, buyerIds: readonly number[]): number[] {
  return prepared<{ id: number }>(
    db,
    `SELECT DISTINCT c.id FROM carts c JOIN orders o ON o.cart_id = c.id
      WHERE (c.buyer_id IN (SELECT value FROM json_each(@p))) != (o.buyer_id IN (SELECT value FROM json_each(@p)))
      ORDER BY c.id`,
  )
    .all({ p: JSON.stringify(buyerIds) })
    .map((r) => r.id);
}

// --- events

export type CustomerEventKind = 'merged' | 'unmerged' | 'tagged' | 'untagged' | 'discount' | 'prices' | 'edited' | 'exported' | 'erased';

export function insertCustomerEvent(db: Db, customerId: number, kind: CustomerEventKind, detail: string, actor: string, at: number): void {
  prepared(db, 'INSERT INTO customer_events (customer_id, kind, detail, actor, at) VALUES (?, ?, ?, ?, ?)').run(
    customerId,
    kind,
    detail,
    actor,
    at,
  );
}

export function listCustomerEvents(
  db: Db,
  customerId: number,
): { id: number; kind: CustomerEventKind; detail: string; actor: string; at: number }[] {
  return prepared<{ id: number; kind: CustomerEventKind; detail: string; actor: string; at: number }>(
    db,
    'SELECT id, kind, detail, actor, at FROM customer_events WHERE customer_id = ? ORDER BY id DESC LIMIT 200',
  ).all(customerId);
}

// --- the list and the page

export interface CustomerSummaryRow {
  id: number;
  name: string;
  orders: number;
  lifetimeSpendMinor: number;
  shows: number;
  firstSeenAt: number;
  lastSeenAt: number;
  nonPayments: number;
  discountPercent: number | null;
  erasedAt: number | null;
  tags: string[];
  platforms: string[];
  /** The customer's accounts as `platform:user id`, joined with ' / ' (the export's identities column). */
  accounts: string;
}

export interface CustomerListFilter {
  search?: string;
  tag?: string;
  sort: 'lastSeen' | 'spend' | 'name';
  offset: number;
  limit: number;
  /** Only these customers (merged ones included when named). */
  ids?: readonly number[];
}

/** The page's order: last seen over the customer's buyers, lifetime spend, or name. */
const SORT_KEY = {
  lastSeen: { key: '(SELECT max(last_seen_at) FROM buyers sb WHERE sb.customer_id = c.id)', order: 'k DESC, c.id DESC' },
  spend: {
    key: `(SELECT coalesce(sum(o.quantity * coalesce(o.unit_price_minor, 0) - o.refund_minor), 0) FROM buyers sb JOIN orders o ON o.buyer_id = sb.id
            WHERE sb.customer_id = c.id AND o.state IN (${HOLDING_SQL}))`,
    order: 'k DESC, c.id DESC',
  },
  name: { key: 'c.name', order: 'k COLLATE NOCASE, c.id' },
} as const;

/**
 * Customers with their figures, in two steps: the page (filter, order, offset and limit, with the
 * total) picked first, then the figures for the page's customers only — orders and spend from
 * their current buyers' lines (revenue's one definition), shows they wrote or ordered in, first
 * and last seen over their buyers, non-payments, tags and platforms. Customers merged into
 * another are left out unless named by id.
 */
export function listCustomerSummaries(db: Db, filter: CustomerListFilter): { rows: CustomerSummaryRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) {
    where.push('c.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  } else where.push('c.merged_into IS NULL');
  if (filter.search) {
    const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(`(lower(c.name) LIKE ? ESCAPE '\\' OR lower(coalesce(c.email, '')) LIKE ? ESCAPE '\\' OR coalesce(c.phone, '') LIKE ? ESCAPE '\\'
                 OR EXISTS (SELECT 1 FROM buyers sb WHERE sb.customer_id = c.id
                             AND (lower(sb.display_name) LIKE ? ESCAPE '\\' OR lower(sb.platform_user_id) LIKE ? ESCAPE '\\')))`);
    params.push(like, like, like, like, like);
  }
  if (filter.tag) {
    where.push('EXISTS (SELECT 1 FROM customer_tags ft WHERE ft.customer_id = c.id AND ft.tag = ?)');
    params.push(filter.tag);
  }
  const sort = SORT_KEY[filter.sort];
  const page = prepared<{ id: number; total: number }>(
    db,
    `SELECT c.id, ${sort.key} AS k, count(*) OVER () AS total FROM customers c WHERE ${where.join(' AND ')} ORDER BY ${sort.order} LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit, filter.offset);
  const total = page[0]?.total ?? (filter.offset > 0 ? countCustomers(db, filter) : 0);
  if (page.length === 0) return { rows: [], total };
  const figures = prepared<Omit<CustomerSummaryRow, 'tags' | 'platforms'> & { tags: string; platforms: string }>(
    db,
    `WITH pg(cid) AS (SELECT value FROM json_each(?)),
    pb AS MATERIALIZED (SELECT b.id AS bid, b.customer_id AS cid FROM pg CROSS JOIN buyers b ON b.customer_id = pg.cid),
    ob AS (
      SELECT pb.cid,
             sum(CASE WHEN o.state IN (${HOLDING_SQL}) THEN 1 ELSE 0 END) AS orders,
             sum(CASE WHEN o.state IN (${HOLDING_SQL}) THEN o.quantity * coalesce(o.unit_price_minor, 0) - o.refund_minor ELSE 0 END) AS spend
        FROM pb CROSS JOIN orders o ON o.buyer_id = pb.bid GROUP BY pb.cid),
    sb AS (
      SELECT x.cid, count(DISTINCT x.show_id) AS shows
        FROM (SELECT pb.cid, m.show_id FROM pb CROSS JOIN chat_messages m ON m.buyer_id = pb.bid WHERE m.show_id IS NOT NULL
              UNION SELECT pb.cid, o.show_id FROM pb CROSS JOIN orders o ON o.buyer_id = pb.bid WHERE o.show_id IS NOT NULL) x
       GROUP BY x.cid),
    bb AS (
      SELECT pb.cid, min(b.first_seen_at) AS firstSeen, max(b.last_seen_at) AS lastSeen, group_concat(DISTINCT b.platform) AS platforms,
             group_concat(b.platform || ':' || b.platform_user_id, ' / ') AS accounts
        FROM pb JOIN buyers b ON b.id = pb.bid GROUP BY pb.cid),
    np AS (SELECT n.customer_id AS cid, count(*) AS n FROM pg JOIN non_payments n ON n.customer_id = pg.cid WHERE n.cleared_at IS NULL GROUP BY n.customer_id),
    tg AS (SELECT cid, json_group_array(tag) AS tags FROM (SELECT t.customer_id AS cid, t.tag FROM pg JOIN customer_tags t ON t.customer_id = pg.cid ORDER BY t.tag)
           GROUP BY cid)
    SELECT c.id, c.name, coalesce(ob.orders, 0) AS orders, coalesce(ob.spend, 0) AS lifetimeSpendMinor, coalesce(sb.shows, 0) AS shows,
           coalesce(bb.firstSeen, c.created_at) AS firstSeenAt, coalesce(bb.lastSeen, c.created_at) AS lastSeenAt,
           coalesce(np.n, 0) AS nonPayments, c.discount_percent AS discountPercent, c.erased_at AS erasedAt,
           coalesce(tg.tags, '[]') AS tags, coalesce(bb.platforms, '') AS platforms, coalesce(bb.accounts, '') AS accounts
      FROM pg JOIN customers c ON c.id = pg.cid
      LEFT JOIN ob ON ob.cid = c.id LEFT JOIN sb ON sb.cid = c.id LEFT JOIN bb ON bb.cid = c.id
      LEFT JOIN np ON np.cid = c.id LEFT JOIN tg ON tg.cid = c.id`,
  ).all(JSON.stringify(page.map((p) => p.id)));
  const byId = new Map(figures.map((r) => [r.id, r]));
  return {
    total,
    rows: page.map(({ id }) => {
      const r = byId.get(id)!;
      return { ...r, tags: JSON.parse(r.tags) as string[], platforms: r.platforms === '' ? [] : r.platforms.split(',').sort() };
    }),
  };
}

/**
 * Every customer not merged into another, by name, with the figures of `listCustomerSummaries` in
 * one statement for the whole export (`studio export --what customers`): each figure is grouped
 * once over its table instead of per page of ids — shows from the (buyer, show) pairs the chat
 * index gives, with the order lines' pairs, counted distinct per customer.
 */
export function listAllCustomerSummaries(db: Db): CustomerSummaryRow[] {
  return prepared<Omit<CustomerSummaryRow, 'tags' | 'platforms'> & { tags: string | null; platforms: string }>(
    db,
    `WITH
    ob AS (
      SELECT b.customer_id AS cid,
             sum(CASE WHEN o.state IN (${HOLDING_SQL}) THEN 1 ELSE 0 END) AS orders,
             sum(CASE WHEN o.state IN (${HOLDING_SQL}) THEN o.quantity * coalesce(o.unit_price_minor, 0) - o.refund_minor ELSE 0 END) AS spend
        FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.customer_id IS NOT NULL GROUP BY b.customer_id),
    pairs AS (
      SELECT buyer_id AS bid, show_id FROM chat_messages WHERE show_id IS NOT NULL AND buyer_id IS NOT NULL GROUP BY buyer_id, show_id
      UNION ALL SELECT buyer_id, show_id FROM orders WHERE show_id IS NOT NULL),
    sb AS (
      SELECT b.customer_id AS cid, count(DISTINCT p.show_id) AS shows
        FROM pairs p JOIN buyers b ON b.id = p.bid WHERE b.customer_id IS NOT NULL GROUP BY b.customer_id),
    bb AS (
      SELECT customer_id AS cid, min(first_seen_at) AS firstSeen, max(last_seen_at) AS lastSeen, group_concat(DISTINCT platform) AS platforms,
             group_concat(platform || ':' || platform_user_id, ' / ') AS accounts
        FROM (SELECT customer_id, first_seen_at, last_seen_at, platform, platform_user_id FROM buyers WHERE customer_id IS NOT NULL ORDER BY customer_id, id)
       GROUP BY customer_id),
    np AS (SELECT customer_id AS cid, count(*) AS n FROM non_payments WHERE cleared_at IS NULL AND customer_id IS NOT NULL GROUP BY customer_id),
    tg AS (SELECT cid, json_group_array(tag) AS tags FROM (SELECT customer_id AS cid, tag FROM customer_tags ORDER BY customer_id, tag) GROUP BY cid)
    SELECT c.id, c.name, coalesce(ob.orders, 0) AS orders, coalesce(ob.spend, 0) AS lifetimeSpendMinor, coalesce(sb.shows, 0) AS shows,
           coalesce(bb.firstSeen, c.created_at) AS firstSeenAt, coalesce(bb.lastSeen, c.created_at) AS lastSeenAt,
           coalesce(np.n, 0) AS nonPayments, c.discount_percent AS discountPercent, c.erased_at AS erasedAt,
           tg.tags AS tags, coalesce(bb.platforms, '') AS platforms, coalesce(bb.accounts, '') AS accounts
      FROM customers c
      LEFT JOIN ob ON ob.cid = c.id LEFT JOIN sb ON sb.cid = c.id LEFT JOIN bb ON bb.cid = c.id
      LEFT JOIN np ON np.cid = c.id LEFT JOIN tg ON tg.cid = c.id
     WHERE c.merged_into IS NULL
     ORDER BY c.name COLLATE NOCASE, c.id`,
  )
    .all()
    .map((r) => ({
      ...r,
      tags: r.tags === null ? [] : (JSON.parse(r.tags) as string[]),
      platforms: r.platforms === '' ? [] : r.platforms.split(',').sort(),
    }));
}

function countCustomers(db: Db, filter: CustomerListFilter): number {
  return listCustomerSummaries(db, { ...filter, offset: 0, limit: 1 }).total;
}

/** Ids of a customer's order lines, newest first (the page shows them). */
export function customerOrderIds(db: Db, customerId: number, limit: number): number[] {
  return prepared<{ id: number }>(
    db,
    'SELECT o.id FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.customer_id = ? ORDER BY o.id DESC LIMIT ?',
  )
    .all(customerId, limit)
    .map((r) => r.id);
}

export function customerCartIds(db: Db, customerId: number): number[] {
  return prepared<{ id: number }>(
    db,
    'SELECT c.id FROM carts c JOIN buyers b ON b.id = c.buyer_id WHERE b.customer_id = ? ORDER BY c.id DESC',
  )
    .all(customerId)
    .map((r) => r.id);
}

export function customerQuestions(
  db: Db,
  customerId: number,
): { id: number; showId: number | null; text: string; state: 'open' | 'answered' | 'dismissed'; askedAt: number }[] {
  return prepared<{ id: number; showId: number | null; text: string; state: 'open' | 'answered' | 'dismissed'; askedAt: number }>(
    db,
    `SELECT q.id, q.show_id AS showId, m.text, q.state, q.asked_at AS askedAt
       FROM questions q JOIN buyers b ON b.id = q.buyer_id JOIN chat_messages m ON m.seq = q.message_seq
      WHERE b.customer_id = ? ORDER BY q.id DESC LIMIT 200`,
  ).all(customerId);
}

export function customerShows(db: Db, customerId: number): { id: number; title: string; at: number }[] {
  return prepared<{ id: number; title: string; at: number }>(
    db,
    `SELECT s.id, s.title, coalesce(s.started_at, s.created_at) AS at FROM shows s
      WHERE s.id IN (SELECT m.show_id FROM chat_messages m JOIN buyers b ON b.id = m.buyer_id WHERE b.customer_id = @p
                     UNION SELECT o.show_id FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.customer_id = @p)
      ORDER BY at DESC, s.id DESC`,
  ).all({ p: customerId });
}

/** Other customers that may be the same person: the same name (of the customer or a buyer), phone (digits) or e-mail. */
export function mergeCandidates(db: Db, customerId: number): { id: number; reason: 'name' | 'phone' | 'email' }[] {
  return prepared<{ id: number; reason: 'name' | 'phone' | 'email' }>(
    db,
    `WITH me AS (SELECT id, lower(trim(name)) AS name, lower(trim(email)) AS email,
                        nullif(substr(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), -9), '') AS phone
                   FROM customers WHERE id = @p),
          names AS (SELECT name FROM me UNION SELECT lower(trim(display_name)) FROM buyers WHERE customer_id = @p),
          others AS (SELECT c.id, lower(trim(c.name)) AS name, lower(trim(c.email)) AS email,
                            nullif(substr(replace(replace(replace(replace(replace(c.phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), -9), '') AS phone
                       FROM customers c WHERE c.id != @p AND c.merged_into IS NULL AND c.erased_at IS NULL)
     SELECT o.id, 'name' AS reason FROM others o WHERE o.name IN (SELECT name FROM names)
        OR EXISTS (SELECT 1 FROM buyers b WHERE b.customer_id = o.id AND lower(trim(b.display_name)) IN (SELECT name FROM names))
     UNION SELECT o.id, 'phone' FROM others o, me WHERE o.phone IS NOT NULL AND o.phone = me.phone
     UNION SELECT o.id, 'email' FROM others o, me WHERE o.email IS NOT NULL AND o.email != '' AND o.email = me.email
     ORDER BY 1 LIMIT 60`,
  ).all({ p: customerId });
}

// --- erasure

export const ERASED_NAME = 'Erased customer';

/**
 * Replaces a customer's personal data everywhere the studio keeps it, inside the caller's
 * transaction: the customer's names and contact and shipping details, each buyer's name and
 * platform id, their chat text (the search index follows by trigger; no
 * term behind once the index is merged: store/search.ts purgeChatSearch), their questions' answers (they may quote or greet them), their order notes and
 * the buyer actor names in the order history. Order lines, amounts, carts and non-payments stay.
 * Returns the ids of the orders kept (the caller writes their order_events lines).
 */
export function eraseCustomerData(
  db: Db,
  customerIds: readonly number[],
  now: number,
): { buyerIds: number[]; orderIds: number[]; examplesRemoved: number } {
  const ids = JSON.stringify(customerIds);
  // Other customers' history may name them ("customer 7 (Anna K) merged in"): those names go too.
  const names = prepared<{ id: number; name: string }>(
    db,
    'SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?))',
  ).all(ids);
  for (const n of names)
    prepared(db, `UPDATE customer_events SET detail = replace(detail, ?, ?) WHERE instr(detail, ?) > 0`).run(
      `customer ${n.id} (${n.name})`,
      `customer ${n.id} (${ERASED_NAME} #${n.id})`,
      `customer ${n.id} (${n.name})`,
    );
  const buyers = prepared<{ id: number; platform: string }>(
    db,
    'SELECT id, platform FROM buyers WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(ids);
  const buyerIds = JSON.stringify(buyers.map((b) => b.id));
  // The buyer is the only chat actor on their own lines ('chat:<platform>:<display name>').
  for (const b of buyers)
    prepared(
      db,
      `UPDATE order_events SET actor = ? WHERE actor LIKE 'chat:%' AND order_id IN (SELECT id FROM orders WHERE buyer_id = ?)`,
    ).run(`chat:${b.platform}:erased-${b.id}`, b.id);
  prepared(
    db,
    `UPDATE buyers SET display_name = ?, platform_user_id = 'erased-' || id, language = NULL WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(ERASED_NAME, buyerIds);
  prepared(
    db,
    `UPDATE chat_messages SET text = '', parts = NULL, badges = '[]' WHERE buyer_id IN (SELECT value FROM json_each(?)) AND text != ''`,
  ).run(buyerIds);
  prepared(
    db,
    `UPDATE questions SET answer = CASE WHEN answer IS NULL THEN NULL ELSE '' END, suggested_answer = NULL
      WHERE buyer_id IN (SELECT value FROM json_each(?))`,
  ).run(buyerIds);
  prepared(db, `UPDATE orders SET note = '' WHERE buyer_id IN (SELECT value FROM json_each(?)) AND note != ''`).run(buyerIds);
  // A packing note is written for the parcel (it may name the buyer or their door): it goes too.
  prepared(
    db,
    `UPDATE carts SET packing_note = '' WHERE packing_note != ''
       AND (buyer_id IN (SELECT value FROM json_each(@b)) OR id IN (SELECT cart_id FROM orders WHERE buyer_id IN (SELECT value FROM json_each(@b))))`,
  ).run({ b: buyerIds });
  // The parser's examples learned from their messages quote them as written: the studio forgets them.
  const examplesRemoved = prepared(
    db,
    'DELETE FROM intent_examples WHERE order_id IN (SELECT id FROM orders WHERE buyer_id IN (SELECT value FROM json_each(?)))',
  ).run(buyerIds).changes;
  prepared(
    db,
    `UPDATE customers SET name = ? || ' #' || id, email = NULL, phone = NULL, address = NULL, locker_id = NULL, note = '', erased_at = ?
      WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(ERASED_NAME, now, ids);
  scrubMerges(db, customerIds);
  const orderIds = prepared<{ id: number }>(db, 'SELECT id FROM orders WHERE buyer_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(buyerIds)
    .map((r) => r.id);
  return { buyerIds: buyers.map((b) => b.id), orderIds, examplesRemoved };
}

/** An issued invoice (or correction) that an erasure keeps: its number, its cart, and the time zone its year is read in. */
export interface KeptInvoiceRow {
  id: number;
  cartId: number;
  number: string;
  kind: 'invoice' | 'correction';
  issuedAt: number;
  currency: string;
  timeZone: string;
}

/** The issued invoices and corrections of these buyers' carts (their own carts and the carts holding their lines), in issue order. */
export function invoicesOfBuyers(db: Db, buyerIds: readonly number[]): KeptInvoiceRow[] {
  return prepared<KeptInvoiceRow>(
    db,
    `SELECT id, cart_id AS cartId, number, kind, issued_at AS issuedAt, currency,
            coalesce(json_extract(snapshot, '$.timeZone'), 'UTC') AS timeZone
       FROM invoices
      WHERE cart_id IN (SELECT id FROM carts WHERE buyer_id IN (SELECT value FROM json_each(@b))
                        UNION SELECT cart_id FROM orders WHERE buyer_id IN (SELECT value FROM json_each(@b)))
      ORDER BY id`,
  ).all({ b: JSON.stringify(buyerIds) });
}

export interface ErasureRecord {
  id: number;
  customerId: number;
  law: 'pl' | 'kz' | 'other';
  legalBasis: string;
  keptInvoices: { id: number; number: string; kind: 'invoice' | 'correction'; issuedAt: number; keptUntil: number | null }[];
  orderLines: number;
  actor: string;
  at: number;
}

export function insertErasure(db: Db, e: Omit<ErasureRecord, 'id'>): number {
  return Number(
    prepared(
      db,
      `INSERT INTO customer_erasures (customer_id, law, legal_basis, kept_invoices, order_lines, actor, at)
       VALUES (@customerId, @law, @legalBasis, @keptInvoices, @orderLines, @actor, @at)`,
    ).run({ ...e, keptInvoices: JSON.stringify(e.keptInvoices) }).lastInsertRowid,
  );
}

/** The customer's erase record (the latest: a customer is erased once), or null. */
export function getErasure(db: Db, customerId: number): ErasureRecord | null {
  const row = prepared<Omit<ErasureRecord, 'keptInvoices'> & { keptInvoices: string }>(
    db,
    `SELECT id, customer_id AS customerId, law, legal_basis AS legalBasis, kept_invoices AS keptInvoices, order_lines AS orderLines, actor, at
       FROM customer_erasures WHERE customer_id = ? ORDER BY id DESC LIMIT 1`,
  ).get(customerId);
  return row ? { ...row, keptInvoices: JSON.parse(row.keptInvoices) as ErasureRecord['keptInvoices'] } : null;
}

/** Writes the WAL back into the database file and empties it (after an erasure: the old pages leave the WAL). */
export function checkpointTruncate(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

type ExportedMessage = {
  seq: number;
  showId: number | null;
  platform: string;
  buyerId: number;
  text: string;
  sentAt: number | null;
  receivedAt: number;
};
type ExportedOrderEvent = {
  orderId: number | null;
  cartId: number;
  kind: string;
  fromState: string | null;
  toState: string | null;
  actor: string;
  reason: string | null;
  at: number;
};

/** Every chat message and order history line of a customer's buyers (the personal-data export). */
export function listCustomerDataForExport(
  db: Db,
  customerId: number,
): {
  messages: ExportedMessage[];
  orderEvents: ExportedOrderEvent[];
} {
  const messages = prepared<ExportedMessage>(
    db,
    `SELECT m.seq, m.show_id AS showId, m.platform, m.buyer_id AS buyerId, m.text, m.sent_at AS sentAt, m.received_at AS receivedAt
       FROM chat_messages m JOIN buyers b ON b.id = m.buyer_id WHERE b.customer_id = ? ORDER BY m.seq`,
  ).all(customerId);
  const orderEvents = prepared<ExportedOrderEvent>(
    db,
    `SELECT e.order_id AS orderId, e.cart_id AS cartId, e.kind, e.from_state AS fromState, e.to_state AS toState, e.actor, e.reason, e.at
       FROM order_events e JOIN carts c ON c.id = e.cart_id JOIN buyers b ON b.id = c.buyer_id WHERE b.customer_id = ? ORDER BY e.id`,
  ).all(customerId);
  return { messages, orderEvents };
}

/**
 * The badges beside buyers' names, for (buyer, show) pairs in one statement: first-time or
 * returning in that show (an order in a show that started before it, through any of the customer's
 * current buyers), VIP, do-not-sell, non-payments.
 */
export function buyerBadges(
  db: Db,
  pairs: readonly { buyerId: number; showId: number | null }[],
): Map<string, { customerId: number | null; visit: 'first' | 'returning'; vip: boolean; doNotSell: boolean; nonPayments: number }> {
  const out = new Map<
    string,
    { customerId: number | null; visit: 'first' | 'returning'; vip: boolean; doNotSell: boolean; nonPayments: number }
  >();
  if (pairs.length === 0) return out;
  const rows = prepared<{
    buyerId: number;
    showId: number | null;
    customerId: number | null;
    vip: number;
    dns: number;
    np: number;
    earlier: number;
  }>(
    db,
    `WITH p AS (SELECT DISTINCT json_extract(value, '$[0]') AS buyer_id, json_extract(value, '$[1]') AS show_id FROM json_each(?))
     SELECT p.buyer_id AS buyerId, p.show_id AS showId, b.customer_id AS customerId,
            EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = b.customer_id AND t.tag = 'vip') AS vip,
            EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = b.customer_id AND t.tag = 'do_not_sell') AS dns,
            (SELECT count(*) FROM non_payments n WHERE n.customer_id = b.customer_id AND n.cleared_at IS NULL) AS np,
            EXISTS (SELECT 1 FROM buyers b2 JOIN orders o2 ON o2.buyer_id = b2.id JOIN shows s2 ON s2.id = o2.show_id
                     WHERE b2.customer_id = b.customer_id AND s2.id IS NOT p.show_id
                       AND coalesce(s2.started_at, s2.created_at) <
                           coalesce((SELECT coalesce(started_at, created_at) FROM shows WHERE id = p.show_id), 9e15)) AS earlier
       FROM p JOIN buyers b ON b.id = p.buyer_id`,
  ).all(JSON.stringify(pairs.map((x) => [x.buyerId, x.showId])));
  for (const r of rows)
    out.set(`${r.buyerId}:${r.showId}`, {
      customerId: r.customerId,
      visit: r.earlier ? 'returning' : 'first',
      vip: r.vip === 1,
      doNotSell: r.dns === 1,
      nonPayments: r.np,
    });
  return out;
}
