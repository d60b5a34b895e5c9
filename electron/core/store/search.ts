import type { Db } from './db';
import { FOLD_SQL } from './migrations/0011-customers';
import { prepared, writeTx } from './sql';

/**
 * Chat search over every show (issue 15): the FTS5 table `chat_search` (migration 0011) holds the
 * folded words of every chat message; a hit joins back to the message, its show and its buyer.
 * The caller builds the MATCH expression (shared/domain/search-fold.ts ftsQuery).
 */
export interface ChatSearchFilter {
  match: string;
  showId?: number;
  platform?: string;
  customerId?: number;
  intent?: 'order' | 'question' | 'other';
  limit: number;
}

export interface ChatSearchRow {
  seq: number;
  showId: number | null;
  showTitle: string | null;
  platform: string;
  buyerId: number;
  buyerName: string;
  customerId: number | null;
  text: string;
  at: number;
  intent: 'order' | 'question' | 'other';
}

const INTENT_SQL = `CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.source_message_seq = m.seq) THEN 'order'
                         WHEN EXISTS (SELECT 1 FROM questions q WHERE q.message_seq = m.seq) THEN 'question' ELSE 'other' END`;

/**
 * Writes the search index of the messages committed since the last call (at most `limit`, oldest
 * first) in a transaction of its own: chat ingest commits a claim without it (migration 0020) and
 * calls this shortly after; every read of the index calls it first, so a search finds every
 * committed message. Returns how many messages it indexed.
 */
export function indexPendingChat(db: Db, limit = Number.MAX_SAFE_INTEGER): number {
  // The common case (nothing new) reads two rows, takes no write lock.
  const indexedSeq = () => prepared<{ seq: number }>(db, 'SELECT indexed_seq AS seq FROM chat_search_progress').get()!.seq;
  const last = prepared<{ seq: number | null }>(db, 'SELECT max(seq) AS seq FROM chat_messages').get()!.seq ?? 0;
  if (last <= indexedSeq()) return 0;
  return writeTx(db, () => {
    const from = indexedSeq();
    const next = prepared<{ n: number; upTo: number | null }>(
      db,
      'SELECT count(*) AS n, max(seq) AS upTo FROM (SELECT seq FROM chat_messages WHERE seq > ? ORDER BY seq LIMIT ?)',
    ).get(from, limit)!;
    if (next.n === 0 || next.upTo === null) return 0;
    prepared(
      db,
      `INSERT INTO chat_search (rowid, body) SELECT seq, ${FOLD_SQL('text')} FROM chat_messages WHERE seq > ? AND seq <= ? ORDER BY seq`,
    ).run(from, next.upTo);
    prepared(db, 'UPDATE chat_search_progress SET indexed_seq = ?').run(next.upTo);
    return next.n;
  });
}

/** Newest first; one row more than `limit` tells the caller there are more. */
export function searchChat(db: Db, filter: ChatSearchFilter): ChatSearchRow[] {
  indexPendingChat(db);
  const where = ['chat_search MATCH ?'];
  const params: unknown[] = [filter.match];
  if (filter.showId !== undefined) {
    where.push('m.show_id = ?');
    params.push(filter.showId);
  }
  if (filter.platform !== undefined) {
    where.push('m.platform = ?');
    params.push(filter.platform);
  }
  if (filter.customerId !== undefined) {
    where.push('b.customer_id = ?');
    params.push(filter.customerId);
  }
  if (filter.intent !== undefined) {
    where.push(`${INTENT_SQL} = ?`);
    params.push(filter.intent);
  }
  const sql = `SELECT m.seq, m.show_id AS showId, s.title AS showTitle, m.platform, m.buyer_id AS buyerId, b.display_name AS buyerName,
                      b.customer_id AS customerId, m.text, m.received_at AS at, ${INTENT_SQL} AS intent
                 FROM chat_search f
                 JOIN chat_messages m ON m.seq = f.rowid
                 JOIN buyers b ON b.id = m.buyer_id
                 LEFT JOIN shows s ON s.id = m.show_id
                WHERE ${where.join(' AND ')}
                ORDER BY f.rowid DESC LIMIT ?`;
  return prepared<ChatSearchRow>(db, sql).all(...params, filter.limit + 1);
}

/** How many index entries hold a term (erasure tests look for a word left behind). */
export function chatSearchCount(db: Db, match: string): number {
  indexPendingChat(db);
  return prepared<{ n: number }>(db, 'SELECT count(*) AS n FROM chat_search WHERE chat_search MATCH ?').get(match)!.n;
}

/**
 * Rewrites the chat index into one segment without the rows deleted or changed since: an erased
 * message's words leave the file (a contentless FTS5 table only marks deleted rows, secure-delete
 * or not, until its segments are merged). Run inside the erasure's transaction.
 */
export function purgeChatSearch(db: Db): void {
  prepared(db, "INSERT INTO chat_search (chat_search) VALUES ('optimize')").run();
}

const ROW_SELECT = `SELECT m.seq, m.show_id AS showId, s.title AS showTitle, m.platform, m.buyer_id AS buyerId, b.display_name AS buyerName,
                          b.customer_id AS customerId, m.text, m.received_at AS at, ${INTENT_SQL} AS intent
                     FROM chat_messages m JOIN buyers b ON b.id = m.buyer_id LEFT JOIN shows s ON s.id = m.show_id`;

/** A message's show's chat around it (by ingest order), oldest first: where a search hit opens. */
export function chatAround(db: Db, seq: number, before: number, after: number): ChatSearchRow[] {
  const at = prepared<{ showId: number | null }>(db, 'SELECT show_id AS showId FROM chat_messages WHERE seq = ?').get(seq);
  if (!at) return [];
  const earlier = prepared<ChatSearchRow>(db, `${ROW_SELECT} WHERE m.show_id IS ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?`).all(
    at.showId,
    seq,
    before,
  );
  const rest = prepared<ChatSearchRow>(db, `${ROW_SELECT} WHERE m.show_id IS ? AND m.seq >= ? ORDER BY m.seq LIMIT ?`).all(
    at.showId,
    seq,
    after + 1,
  );
  return [...earlier.reverse(), ...rest];
}
