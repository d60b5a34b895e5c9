import type { Db } from './db';
import { prepared } from './sql';

/** A buyer as one platform identity; buyers(platform, platform_user_id) is unique. */
export interface BuyerIdentity {
  platform: string;
  platformUserId: string;
  displayName: string;
}

export interface BuyerRow extends BuyerIdentity {
  id: number;
  language: string | null;
  customerId: number | null;
  firstSeenAt: number;
  lastSeenAt: number;
}

interface RawBuyerRow {
  id: number;
  platform: string;
  platform_user_id: string;
  display_name: string;
  language: string | null;
  customer_id: number | null;
  first_seen_at: number;
  last_seen_at: number;
}

/** Creates the buyer or refreshes its display name and last-seen time; returns its id. */
export function upsertBuyer(db: Db, identity: BuyerIdentity, at: number): number {
  const row = prepared<{ id: number }>(
    db,
    `INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (platform, platform_user_id) DO UPDATE SET
       display_name = excluded.display_name,
       last_seen_at = max(buyers.last_seen_at, excluded.last_seen_at)
     RETURNING id`,
  ).get(identity.platform, identity.platformUserId, identity.displayName, at, at);
  if (!row) throw new Error(`buyer upsert returned nothing for ${identity.platform}/${identity.platformUserId}`);
  return row.id;
}

export function findBuyer(db: Db, platform: string, platformUserId: string): BuyerRow | null {
  const row = prepared<RawBuyerRow>(db, 'SELECT * FROM buyers WHERE platform = ? AND platform_user_id = ?').get(platform, platformUserId);
  return row ? toBuyer(row) : null;
}

export function getBuyer(db: Db, id: number): BuyerRow | null {
  const row = prepared<RawBuyerRow>(db, 'SELECT * FROM buyers WHERE id = ?').get(id);
  return row ? toBuyer(row) : null;
}

/** Remembers the language a buyer writes in (what chat replies to them are written in). */
export function setBuyerLanguage(db: Db, buyerId: number, language: string): void {
  prepared(db, 'UPDATE buyers SET language = ? WHERE id = ? AND language IS NOT ?').run(language, buyerId, language);
}

function toBuyer(row: RawBuyerRow): BuyerRow {
  return {
    id: row.id,
    platform: row.platform,
    platformUserId: row.platform_user_id,
    displayName: row.display_name,
    language: row.language,
    customerId: row.customer_id,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
  };
}

/** How stale a cached buyer's last_seen_at may get before ingest writes it again. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

interface CachedBuyer {
  id: number;
  name: string;
  lastSeenWritten: number;
}

// Per connection: platform -> platform user id -> cached row (nested maps: no key string built per message).
const caches = new WeakMap<Db, Map<string, Map<string, CachedBuyer>>>();
const MAX_CACHED_PER_PLATFORM = 200_000;

/**
 * upsertBuyer for the ingest hot path: a busy chat repeats the same authors, so
 * ids are remembered per connection and the row is only written when the name
 * changes or last_seen_at is a minute behind. Call forgetCachedBuyers() when a
 * transaction that used it rolled back (its new ids may not exist).
 */
export function upsertBuyerCached(db: Db, identity: BuyerIdentity, at: number): number {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let platform = cache.get(identity.platform);
  if (!platform) {
    platform = new Map();
    cache.set(identity.platform, platform);
  }
  const hit = platform.get(identity.platformUserId);
  if (hit !== undefined && hit.name === identity.displayName && at - hit.lastSeenWritten < LAST_SEEN_RESOLUTION_MS) return hit.id;
  const id = upsertBuyer(db, identity, at);
  if (platform.size > MAX_CACHED_PER_PLATFORM) platform.clear(); // bound memory over a very long show
  platform.set(identity.platformUserId, { id, name: identity.displayName, lastSeenWritten: at });
  return id;
}

export function forgetCachedBuyers(db: Db): void {
  caches.delete(db);
}
