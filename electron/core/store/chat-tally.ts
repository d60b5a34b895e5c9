import { minuteGridStart } from '../../../shared/domain/report-minutes';
import type { Db } from './db';
import { chatAuthors, chatPerMinute, type ReportAuthorRow } from './reports';
import { prepared, readTx, writeTx } from './sql';

/**
 * A show's chat, counted: messages per minute from the show's origin (the clock minute it started in), and each author once (with
 * whether any of their messages carried the owner or moderator badge), up to `lastSeq`. Chat rows are
 * only ever added (a deletion marks, never erases), so a tally stays true and is topped up with what
 * came after its last seq. The report keeps tallies in memory and a show's tally is stored when it ends
 * (table `show_chat_tallies`, migration 0021), so a long show's chat is not scanned for every report.
 */
export interface ChatTally {
  /** The show's creation time and the origin the minutes count from: a tally of other ones does not apply. */
  createdAt: number;
  origin: number;
  lastSeq: number;
  minutes: Map<number, number>;
  authors: Map<number, ReportAuthorRow>;
}

export function emptyChatTally(createdAt: number, origin: number): ChatTally {
  return { createdAt, origin, lastSeq: 0, minutes: new Map(), authors: new Map() };
}

/** Adds the show's messages after `tally.lastSeq` to it, in place. Call inside a read (or write) transaction. */
export function topUpChatTally(db: Db, showId: number, tally: ChatTally): ChatTally {
  const { minutes, lastSeq } = chatPerMinute(db, showId, tally.origin, tally.lastSeq);
  if (lastSeq <= tally.lastSeq) return tally;
  let messages = 0;
  for (const m of minutes) {
    tally.minutes.set(m.minute, (tally.minutes.get(m.minute) ?? 0) + m.messages);
    messages += m.messages;
  }
  for (const a of chatAuthors(db, showId, tally.lastSeq, lastSeq, messages)) {
    const had = tally.authors.get(a.buyerId);
    tally.authors.set(a.buyerId, had ? { ...a, owner: had.owner | a.owner, moderator: had.moderator | a.moderator } : a);
  }
  tally.lastSeq = lastSeq;
  return tally;
}

type StoredRow = { createdAt: number; origin: number; lastSeq: number; minutes: string; authors: string };

/**
 * The tally stored when the show ended, if it was counted for this creation time and origin; the
 * authors' names and platforms are read now (a buyer renamed since shows under the new name).
 */
export function storedChatTally(db: Db, showId: number, createdAt: number, origin: number): ChatTally | null {
  const row = prepared<StoredRow>(
    db,
    `SELECT show_created_at AS createdAt, origin, last_seq AS lastSeq, minutes, authors FROM show_chat_tallies WHERE show_id = ?`,
  ).get(showId);
  if (!row || row.createdAt !== createdAt || row.origin !== origin) return null;
  const badges = JSON.parse(row.authors) as [buyerId: number, owner: number, moderator: number][];
  const flags = new Map(badges.map((b) => [b[0], b]));
  // Raw rows (arrays): better-sqlite3 builds a few thousand row objects key by key at several times the cost.
  const buyers = prepared<[number, string, string, string]>(
    db,
    `SELECT id, platform, platform_user_id, display_name FROM buyers WHERE id IN (SELECT value ->> 0 FROM json_each(?))`,
  )
    .raw(true)
    .all(row.authors);
  const authors = new Map<number, ReportAuthorRow>();
  for (const [buyerId, platform, platformUserId, name] of buyers) {
    const [, owner, moderator] = flags.get(buyerId)!;
    authors.set(buyerId, { buyerId, platform, platformUserId, name, owner, moderator });
  }
  return {
    createdAt: row.createdAt,
    origin: row.origin,
    lastSeq: row.lastSeq,
    minutes: new Map(JSON.parse(row.minutes) as [number, number][]),
    authors,
  };
}

export function storeChatTally(db: Db, showId: number, tally: ChatTally): void {
  prepared(
    db,
    `INSERT INTO show_chat_tallies (show_id, show_created_at, origin, last_seq, minutes, authors) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (show_id) DO UPDATE SET show_created_at = excluded.show_created_at, origin = excluded.origin,
       last_seq = excluded.last_seq, minutes = excluded.minutes, authors = excluded.authors`,
  ).run(
    showId,
    tally.createdAt,
    tally.origin,
    tally.lastSeq,
    JSON.stringify([...tally.minutes]),
    JSON.stringify([...tally.authors.values()].map((a) => [a.buyerId, a.owner, a.moderator])),
  );
}

/**
 * Counts an ended show's chat and stores the tally: read in one snapshot (not holding the writer while
 * it scans), then written in a short transaction of its own. A show not ended, or gone, is left alone.
 */
export function storeEndedShowChatTally(db: Db, showId: number): ChatTally | null {
  const tally = readTx(db, () => {
    const show = prepared<{ state: string; createdAt: number; from: number }>(
      db,
      'SELECT state, created_at AS createdAt, coalesce(started_at, created_at) AS "from" FROM shows WHERE id = ?',
    ).get(showId);
    if (!show || show.state !== 'ended') return null;
    const origin = minuteGridStart(show.from); // the report's minutes (shared/domain/report-minutes.ts)
    return topUpChatTally(db, showId, storedChatTally(db, showId, show.createdAt, origin) ?? emptyChatTally(show.createdAt, origin));
  });
  if (tally) writeTx(db, () => storeChatTally(db, showId, tally));
  return tally;
}

/** The newest ended show below `belowId` whose chat has no stored tally (one that ended before migration 0021), if any. */
export function endedShowWithoutChatTally(db: Db, belowId = Number.MAX_SAFE_INTEGER): number | null {
  return (
    prepared<{ id: number }>(
      db,
      `SELECT id FROM shows
        WHERE id < ? AND state = 'ended' AND id NOT IN (SELECT show_id FROM show_chat_tallies) ORDER BY id DESC LIMIT 1`,
    ).get(belowId)?.id ?? null
  );
}
