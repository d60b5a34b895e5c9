import fs from 'node:fs';
import type { ChatMessage, DeletionReason, StoredChatMessage } from '../../../shared/contract/chat';
import type { Db } from './db';
import { forgetCachedBuyers, upsertBuyerCached } from './buyers';
import { buyerBadges } from './customers';
import { prepared, writeTx } from './sql';

interface RawChatRow {
  seq: number;
  show_id: number | null;
  platform: string;
  platform_message_id: string;
  channel: string;
  buyer_id: number;
  platform_user_id: string;
  display_name: string;
  text: string;
  parts: string | null;
  badges: string;
  is_action: number;
  paid_minor: number | null;
  paid_currency: string | null;
  sent_at: number | null;
  received_at: number;
  deleted_at: number | null;
  deleted_reason: string | null;
}

const SELECT_CHAT = `
  SELECT m.seq, m.show_id, m.platform, m.platform_message_id, m.channel, m.buyer_id,
         b.platform_user_id, b.display_name, m.text, m.parts, m.badges, m.is_action,
         m.paid_minor, m.paid_currency, m.sent_at, m.received_at, m.deleted_at, m.deleted_reason
  FROM chat_messages m JOIN buyers b ON b.id = m.buyer_id`;

// run() reports changes = 0 for a duplicate and the new seq as lastInsertRowid: cheaper than RETURNING.
const INSERT_MESSAGE = `INSERT INTO chat_messages (show_id, platform, platform_message_id, channel, buyer_id, text, parts, badges,
                                                   is_action, paid_minor, paid_currency, sent_at, received_at, deleted_at, deleted_reason)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (platform, platform_message_id) DO NOTHING`;

/**
 * Stores a batch of normalised messages in one transaction. A message whose
 * (platform, platformMessageId) is already stored is dropped: only the new
 * ones come back, with their seq and buyer id, in insertion order.
 */
export function insertChatBatch(db: Db, showId: number | null, messages: readonly ChatMessage[]): StoredChatMessage[] {
  try {
    return writeTx(db, () => insertMessages(db, showId, messages));
  } catch (error) {
    forgetCachedBuyers(db); // ids created in the rolled-back transaction do not exist
    throw error;
  }
}

function insertMessages(db: Db, showId: number | null, messages: readonly ChatMessage[]): StoredChatMessage[] {
  const insert = prepared(db, INSERT_MESSAGE);
  const stored: StoredChatMessage[] = [];
  for (const m of messages) {
    const buyerId = upsertBuyerCached(
      db,
      { platform: m.platform, platformUserId: m.author.platformUserId, displayName: m.author.name },
      m.receivedAt,
    );
    const result = insert.run(
      showId,
      m.platform,
      m.platformMessageId,
      m.channel,
      buyerId,
      m.text,
      m.parts ? JSON.stringify(m.parts) : null,
      JSON.stringify(m.author.badges),
      m.isAction ? 1 : 0,
      m.paid?.amountMinor ?? null,
      m.paid?.currency ?? null,
      m.sentAt,
      m.receivedAt,
      m.deletedAt ?? null,
      m.deletedAt != null ? 'deleted' : null,
    );
    if (result.changes === 0) continue; // duplicate
    // A literal of fixed shape, not a spread: this runs for every message and the spread helper costs more than the insert.
    stored.push({
      platform: m.platform,
      platformMessageId: m.platformMessageId,
      channel: m.channel,
      author: m.author,
      text: m.text,
      parts: m.parts,
      isAction: m.isAction,
      paid: m.paid,
      sentAt: m.sentAt,
      receivedAt: m.receivedAt,
      seq: Number(result.lastInsertRowid),
      showId,
      buyerId,
      deletedAt: m.deletedAt ?? null,
      deletedReason: m.deletedAt != null ? 'deleted' : null,
    });
  }
  return stored;
}

/** Marks one message deleted; returns the seqs it changed (empty when unknown or already marked). */
export function markMessageDeleted(
  db: Db,
  platform: string,
  platformMessageId: string,
  at: number,
  reason: DeletionReason = 'deleted',
): number[] {
  return prepared<{ seq: number }>(
    db,
    `UPDATE chat_messages SET deleted_at = ?, deleted_reason = ?
     WHERE platform = ? AND platform_message_id = ? AND deleted_at IS NULL
     RETURNING seq`,
  )
    .all(at, reason, platform, platformMessageId)
    .map((r) => r.seq);
}

export interface AuthorDeletion {
  platform: string;
  channel: string;
  platformUserId: string;
  at: number;
  reason: DeletionReason;
  /** Limit to one show's messages; null marks the author's messages in the channel across shows. */
  showId: number | null;
}

/** A ban or timeout: marks the author's not-yet-marked messages in that channel. */
export function markAuthorMessagesDeleted(db: Db, d: AuthorDeletion): number[] {
  return prepared<{ seq: number }>(
    db,
    `UPDATE chat_messages SET deleted_at = ?, deleted_reason = ?
     WHERE buyer_id = (SELECT id FROM buyers WHERE platform = ? AND platform_user_id = ?)
       AND channel = ? AND deleted_at IS NULL AND (? IS NULL OR show_id = ?)
     RETURNING seq`,
  )
    .all(d.at, d.reason, d.platform, d.platformUserId, d.channel, d.showId, d.showId)
    .map((r) => r.seq);
}

/**
 * The windows' chat lines carry their buyer's badges (issue 15), from the same function as the order
 * rows (customers.ts buyerBadges): one statement for the whole batch, whatever its size.
 */
export function withChatBadges(db: Db, messages: StoredChatMessage[]): StoredChatMessage[] {
  if (messages.length === 0) return messages;
  const badges = buyerBadges(
    db,
    messages.map((m) => ({ buyerId: m.buyerId, showId: m.showId })),
  );
  return messages.map((m) => {
    const b = badges.get(`${m.buyerId}:${m.showId}`);
    return b ? { ...m, buyerBadges: b } : m;
  });
}

/** A show's chat after a seq, oldest first. */
export function listChatByShow(db: Db, showId: number, afterSeq = 0, limit = 500): StoredChatMessage[] {
  return prepared<RawChatRow>(db, `${SELECT_CHAT} WHERE m.show_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?`)
    .all(showId, afterSeq, limit)
    .map(toStoredMessage);
}

/** A show's chat just before a message, newest first: what was said since `since` (the context a short reply answers). */
export function recentChatBefore(db: Db, showId: number, beforeSeq: number, since: number, limit = 30): StoredChatMessage[] {
  return prepared<RawChatRow>(
    db,
    `${SELECT_CHAT} WHERE m.show_id = ? AND m.seq < ? AND m.received_at >= ? AND m.deleted_at IS NULL ORDER BY m.seq DESC LIMIT ?`,
  )
    .all(showId, beforeSeq, since, limit)
    .map(toStoredMessage);
}

/** All chat after a seq regardless of show (messages ingested with no show have show_id NULL). */
export function listChat(db: Db, afterSeq = 0, limit = 500): StoredChatMessage[] {
  return prepared<RawChatRow>(db, `${SELECT_CHAT} WHERE m.seq > ? ORDER BY m.seq LIMIT ?`).all(afterSeq, limit).map(toStoredMessage);
}

/** One JSON ChatMessage per line, as the contract defines it, oldest first. */
export function* chatJsonlLines(db: Db, showId: number, pageSize = 5000): Generator<string> {
  let after = 0;
  for (;;) {
    const page = listChatByShow(db, showId, after, pageSize);
    for (const m of page) yield JSON.stringify(m);
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.seq;
  }
}

/** Writes a show's chat as JSONL to a file; returns the number of lines. */
export function exportChatJsonl(db: Db, showId: number, file: string): number {
  const fd = fs.openSync(file, 'w');
  let count = 0;
  try {
    for (const line of chatJsonlLines(db, showId)) {
      fs.writeSync(fd, `${line}\n`);
      count++;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return count;
}

function toStoredMessage(r: RawChatRow): StoredChatMessage {
  const message: StoredChatMessage = {
    platform: r.platform as StoredChatMessage['platform'],
    platformMessageId: r.platform_message_id,
    channel: r.channel,
    author: { platformUserId: r.platform_user_id, name: r.display_name, badges: JSON.parse(r.badges) },
    text: r.text,
    isAction: r.is_action === 1,
    paid: r.paid_minor != null && r.paid_currency != null ? { amountMinor: r.paid_minor, currency: r.paid_currency } : null,
    sentAt: r.sent_at,
    receivedAt: r.received_at,
    seq: r.seq,
    showId: r.show_id,
    buyerId: r.buyer_id,
    deletedAt: r.deleted_at,
    deletedReason: r.deleted_reason as StoredChatMessage['deletedReason'],
  };
  if (r.parts != null) message.parts = JSON.parse(r.parts);
  return message;
}

/** A message by its ingest sequence (what a chat reply answers to). */
export function getChatMessage(db: Db, seq: number): StoredChatMessage | null {
  const row = prepared<RawChatRow>(db, `${SELECT_CHAT} WHERE m.seq = ?`).get(seq);
  return row ? toStoredMessage(row) : null;
}

/** A message by its platform identity (the dedupe key). */
export function findChatMessage(db: Db, platform: string, platformMessageId: string): StoredChatMessage | null {
  const row = prepared<RawChatRow>(db, `${SELECT_CHAT} WHERE m.platform = ? AND m.platform_message_id = ?`).get(
    platform,
    platformMessageId,
  );
  return row ? toStoredMessage(row) : null;
}

/** Records that the commerce engine failed on a stored message (kept until a retry handles it). */
export function markCommerceUnhandled(db: Db, seq: number, error: string, at: number): void {
  prepared(
    db,
    `INSERT INTO commerce_unhandled (seq, error, failed_at) VALUES (?, ?, ?)
     ON CONFLICT (seq) DO UPDATE SET error = excluded.error, failed_at = excluded.failed_at, attempts = attempts + 1`,
  ).run(seq, error.slice(0, 500), at);
}

/** The messages the commerce engine has not handled yet, oldest first. */
export function commerceUnhandled(db: Db, limit = 500): StoredChatMessage[] {
  return prepared<RawChatRow>(db, `${SELECT_CHAT} JOIN commerce_unhandled u ON u.seq = m.seq ORDER BY m.seq LIMIT ?`)
    .all(limit)
    .map(toStoredMessage);
}

/** The commerce engine has now handled this message. */
export function clearCommerceUnhandled(db: Db, seq: number): void {
  prepared(db, 'DELETE FROM commerce_unhandled WHERE seq = ?').run(seq);
}
