import type { Language, LineupItem, Show, TimelineEvent } from '../../../shared/contract';
import type { Db } from './db';
import { prepared, writeTx } from './sql';

interface ShowRow {
  id: number;
  title: string;
  state: Show['state'];
  time_zone: string;
  language: Language;
  featured_product_id: number | null;
  featured_at: number | null;
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
  stream_delay_ms: number;
}

interface LineupRow {
  id: number;
  position: number;
  product_id: number;
  scene_name: string | null;
  deal_price_minor: number | null;
  deal_quota: number | null;
  deal_seconds: number | null;
  deal_started_at: number | null;
  deal_ends_at: number | null;
  per_buyer_limit: number | null;
}

function toLineupItem(r: LineupRow): LineupItem {
  return {
    id: r.id,
    position: r.position,
    productId: r.product_id,
    sceneName: r.scene_name,
    dealPriceMinor: r.deal_price_minor,
    dealQuota: r.deal_quota,
    dealSeconds: r.deal_seconds,
    dealStartedAt: r.deal_started_at,
    dealEndsAt: r.deal_ends_at,
    perBuyerLimit: r.per_buyer_limit,
  };
}

export function listLineup(db: Db, showId: number): LineupItem[] {
  return prepared<LineupRow>(
    db,
    `SELECT id, position, product_id, scene_name, deal_price_minor, deal_quota, deal_seconds, deal_started_at, deal_ends_at, per_buyer_limit
     FROM lineup_items WHERE show_id = ? ORDER BY position, id`,
  )
    .all(showId)
    .map(toLineupItem);
}

export function getShow(db: Db, showId: number): Show | null {
  const row = prepared<ShowRow>(db, 'SELECT * FROM shows WHERE id = ?').get(showId);
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    state: row.state,
    timeZone: row.time_zone,
    language: row.language,
    featuredProductId: row.featured_product_id,
    featuredAt: row.featured_at,
    createdAt: row.created_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    streamDelaySeconds: row.stream_delay_ms / 1000,
    lineup: listLineup(db, row.id),
  };
}

/** The show the studio works on: the live one, else the newest draft. */
export function currentShowId(db: Db): number | null {
  const row = prepared<{ id: number }>(
    db,
    `SELECT id FROM shows WHERE state IN ('live', 'draft')
     ORDER BY state = 'live' DESC, created_at DESC, id DESC LIMIT 1`,
  ).get();
  return row?.id ?? null;
}

export interface NewShow {
  title: string;
  timeZone?: string;
  language?: Language;
  state?: Show['state'];
}

export function createShow(db: Db, show: NewShow, now: number): number {
  const state = show.state ?? 'draft';
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO shows (title, state, time_zone, language, created_at, started_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(show.title, state, show.timeZone ?? 'UTC', show.language ?? 'en', now, state === 'live' ? now : null);
  return Number(lastInsertRowid);
}

export interface NewLineupItem {
  productId: number;
  sceneName?: string | null;
  dealPriceMinor?: number | null;
  dealQuota?: number | null;
  dealSeconds?: number | null;
  perBuyerLimit?: number | null;
}

const INSERT_LINEUP_ITEM = `INSERT INTO lineup_items (show_id, position, product_id, scene_name, deal_price_minor, deal_quota, deal_seconds, per_buyer_limit)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** Inserts one lineup row at `position` as given (callers renumber). Returns the new item id. */
function insertLineupItem(db: Db, showId: number, position: number, item: NewLineupItem): number {
  const { lastInsertRowid } = prepared(db, INSERT_LINEUP_ITEM).run(
    showId,
    position,
    item.productId,
    item.sceneName ?? null,
    item.dealPriceMinor ?? null,
    item.dealQuota ?? null,
    item.dealSeconds ?? null,
    item.perBuyerLimit ?? null,
  );
  return Number(lastInsertRowid);
}

/** Replaces the show's lineup with the given order. */
export function replaceLineup(db: Db, showId: number, items: NewLineupItem[]): void {
  prepared(db, 'DELETE FROM lineup_items WHERE show_id = ?').run(showId);
  items.forEach((item, position) => insertLineupItem(db, showId, position, item));
}

export function appendTimeline(
  db: Db,
  showId: number,
  type: string,
  actor: string,
  data: Record<string, unknown>,
  now: number,
): TimelineEvent {
  const { lastInsertRowid } = prepared(db, 'INSERT INTO show_events (show_id, type, at, actor, data) VALUES (?, ?, ?, ?, ?)').run(
    showId,
    type,
    now,
    actor,
    JSON.stringify(data),
  );
  return { seq: Number(lastInsertRowid), showId, type, at: now, actor, data };
}

export function listTimeline(db: Db, showId: number, afterSeq: number, limit: number): TimelineEvent[] {
  const rows = prepared<{ seq: number; show_id: number; type: string; at: number; actor: string; data: string }>(
    db,
    'SELECT seq, show_id, type, at, actor, data FROM show_events WHERE show_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  ).all(showId, afterSeq, limit);
  return rows.map((r) => ({ seq: r.seq, showId: r.show_id, type: r.type, at: r.at, actor: r.actor, data: JSON.parse(r.data) }));
}

/**
 * Sets the featured product and records it in the timeline, in one transaction: the one way a
 * feature change reaches the store, live (show.feature) or from a recording (a replay's feature
 * lines, inside chat ingest's transaction). A recording's change already on the timeline (the same
 * recording replayed again) is not recorded twice, but still sets what is featured; its event is returned.
 */
export function setFeatured(
  db: Db,
  showId: number,
  productId: number | null,
  actor: string,
  at: number,
  /** A replayed change: its code, and the recording's own time, by which the same change replayed again is known. */
  recording: { code: string | null; recordedAt: number } | null = null,
): TimelineEvent {
  return writeTx(db, () => {
    prepared(db, 'UPDATE shows SET featured_product_id = ?, featured_at = ? WHERE id = ?').run(productId, at, showId);
    if (recording === null) return appendTimeline(db, showId, 'feature', actor, { productId }, at);
    const seen = prepared<{ seq: number; data: string }>(
      db,
      `SELECT seq, data FROM show_events
        WHERE show_id = ? AND type = 'feature' AND actor = ? AND coalesce(json_extract(data, '$.recordedAt'), at) = ?
          AND json_extract(data, '$.productId') IS ?`,
    ).get(showId, actor, recording.recordedAt, productId);
    if (seen) return { seq: seen.seq, showId, type: 'feature', at, actor, data: JSON.parse(seen.data) as Record<string, unknown> };
    return appendTimeline(db, showId, 'feature', actor, { productId, code: recording.code, recordedAt: recording.recordedAt }, at);
  });
}

/** The claim code of the show's featured product (what "this one" in chat means), or null. */
export function featuredProductCode(db: Db, showId: number): string | null {
  return (
    prepared<{ code: string }>(db, 'SELECT p.code FROM shows s JOIN products p ON p.id = s.featured_product_id WHERE s.id = ?').get(showId)
      ?.code ?? null
  );
}

/** The show's language (its chat and overlay speak it), or null when there is no such show. */
export function showLanguage(db: Db, showId: number): Language | null {
  return prepared<{ language: Language }>(db, 'SELECT language FROM shows WHERE id = ?').get(showId)?.language ?? null;
}

export function lastFeatureSeq(db: Db, showId: number): number {
  return (
    prepared<{ seq: number | null }>(db, `SELECT max(seq) AS seq FROM show_events WHERE show_id = ? AND type = 'feature'`).get(showId)!
      .seq ?? 0
  );
}

// --- lineup editing: each renumbers positions 0..n-1; callers hold the transaction --

export function lineupItemShow(db: Db, itemId: number): number | null {
  return prepared<{ show_id: number }>(db, 'SELECT show_id FROM lineup_items WHERE id = ?').get(itemId)?.show_id ?? null;
}

function writePositions(db: Db, showId: number, itemIds: number[]): void {
  const set = prepared(db, 'UPDATE lineup_items SET position = ? WHERE id = ? AND show_id = ?');
  itemIds.forEach((id, position) => set.run(position, id, showId));
}

const lineupIds = (db: Db, showId: number) =>
  prepared<{ id: number }>(db, 'SELECT id FROM lineup_items WHERE show_id = ? ORDER BY position, id')
    .all(showId)
    .map((r) => r.id);

/** Inserts a product at `position` (clamped; the end when left out). Returns the new item id. */
export function addLineupItem(db: Db, showId: number, item: NewLineupItem, position?: number): number {
  const ids = lineupIds(db, showId);
  const id = insertLineupItem(db, showId, ids.length, item);
  const at = Math.min(position ?? ids.length, ids.length);
  ids.splice(at, 0, id);
  writePositions(db, showId, ids);
  return id;
}

export function removeLineupItem(db: Db, itemId: number): void {
  const showId = lineupItemShow(db, itemId);
  if (showId === null) return;
  prepared(db, 'DELETE FROM lineup_items WHERE id = ?').run(itemId);
  writePositions(db, showId, lineupIds(db, showId));
}

/** Moves an item to `toPosition` (clamped to the end). */
export function moveLineupItem(db: Db, itemId: number, toPosition: number): void {
  const showId = lineupItemShow(db, itemId);
  if (showId === null) return;
  const ids = lineupIds(db, showId).filter((id) => id !== itemId);
  ids.splice(Math.min(toPosition, ids.length), 0, itemId);
  writePositions(db, showId, ids);
}

/** Sets the order; itemIds must be exactly the show's items (the caller checks). */
export function reorderLineup(db: Db, showId: number, itemIds: number[]): void {
  writePositions(db, showId, itemIds);
}

export function lineupItemIds(db: Db, showId: number): number[] {
  return lineupIds(db, showId);
}

export type LineupDealPatch = Partial<Pick<NewLineupItem, 'sceneName' | 'dealPriceMinor' | 'dealQuota' | 'dealSeconds' | 'perBuyerLimit'>>;

export function updateLineupItem(db: Db, itemId: number, patch: LineupDealPatch): void {
  const columns: Record<keyof LineupDealPatch, string> = {
    sceneName: 'scene_name',
    dealPriceMinor: 'deal_price_minor',
    dealQuota: 'deal_quota',
    dealSeconds: 'deal_seconds',
    perBuyerLimit: 'per_buyer_limit',
  };
  const keys = (Object.keys(columns) as (keyof LineupDealPatch)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return;
  prepared(db, `UPDATE lineup_items SET ${keys.map((k) => `${columns[k]} = ?`).join(', ')} WHERE id = ?`).run(
    ...keys.map((k) => patch[k] ?? null),
    itemId,
  );
}

export interface ShowSummary {
  id: number;
  title: string;
  state: Show['state'];
  timeZone: string;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
}

/** Newest first. */
export function listShows(db: Db, limit = 100): ShowSummary[] {
  return prepared<ShowSummary>(
    db,
    `SELECT id, title, state, time_zone AS timeZone, created_at AS createdAt, started_at AS startedAt, ended_at AS endedAt
     FROM shows ORDER BY created_at DESC, id DESC LIMIT ?`,
  ).all(limit);
}

export function countShows(db: Db): number {
  return prepared<{ n: number }>(db, 'SELECT count(*) AS n FROM shows').get()!.n;
}

export function liveShowId(db: Db): number | null {
  return prepared<{ id: number }>(db, `SELECT id FROM shows WHERE state = 'live'`).get()?.id ?? null;
}

/**
 * The newest show that has started (live or ended): what `--show last` names. A draft, even a
 * newer one (next week's show), has nothing in it yet.
 */
export function lastStartedShowId(db: Db): number | null {
  return (
    prepared<{ id: number }>(db, 'SELECT id FROM shows WHERE started_at IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT 1').get()?.id ??
    null
  );
}

/** draft -> live -> ended; the caller checks that the move is allowed. */
export function setShowState(db: Db, showId: number, state: Show['state'], now: number): void {
  if (state === 'live') prepared(db, `UPDATE shows SET state = 'live', started_at = coalesce(started_at, ?) WHERE id = ?`).run(now, showId);
  else if (state === 'ended') prepared(db, `UPDATE shows SET state = 'ended', ended_at = ? WHERE id = ?`).run(now, showId);
  else prepared(db, `UPDATE shows SET state = ? WHERE id = ?`).run(state, showId);
}

export function updateShowDetails(
  db: Db,
  showId: number,
  patch: { title?: string; timeZone?: string; language?: Show['language']; streamDelaySeconds?: number },
): void {
  prepared(
    db,
    `UPDATE shows SET title = coalesce(?, title), time_zone = coalesce(?, time_zone), language = coalesce(?, language),
                      stream_delay_ms = coalesce(?, stream_delay_ms) WHERE id = ?`,
  ).run(
    patch.title ?? null,
    patch.timeZone ?? null,
    patch.language ?? null,
    patch.streamDelaySeconds === undefined ? null : Math.round(patch.streamDelaySeconds * 1000),
    showId,
  );
}

/** How late buyers see the stream of this show (ms): claims within it after a deal ends keep the deal price. */
export function streamDelayMs(db: Db, showId: number): number {
  return prepared<{ ms: number }>(db, 'SELECT stream_delay_ms AS ms FROM shows WHERE id = ?').get(showId)?.ms ?? 0;
}

/** A draft show is a rehearsal: its claims are test orders that take no stock. */
export function isDraftShow(db: Db, showId: number | null): boolean {
  if (showId === null) return false;
  return prepared<{ state: string }>(db, 'SELECT state FROM shows WHERE id = ?').get(showId)?.state === 'draft';
}

/**
 * Discards a rehearsal when its show goes live: every order of the draft that holds no stock (all of
 * them: a draft's claims take none) with its history, and the carts left without lines. A cart that
 * something still refers to (money recorded on it before such payments were refused, a non-payment, a cart
 * combined into it) stays, empty: deleting it would break that record, and going live must never fail
 * on it. Returns the number of orders discarded.
 */
export function discardRehearsalOrders(db: Db, showId: number): number {
  const { changes } = prepared(
    db,
    `DELETE FROM orders WHERE show_id = ? AND state NOT IN ('claimed', 'confirmed', 'paid', 'packed', 'shipped')`,
  ).run(showId);
  const empty = `SELECT c.id FROM carts c WHERE c.show_id = ?
    AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.cart_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.cart_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM non_payments n WHERE n.cart_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM carts k WHERE k.combined_into = c.id)`;
  prepared(db, `DELETE FROM order_events WHERE cart_id IN (${empty})`).run(showId);
  prepared(db, `DELETE FROM carts WHERE id IN (${empty})`).run(showId);
  return changes;
}
