import type { Language, Question, QuestionState, QuestionTopic } from '../../../shared/contract';
import type { Db } from './db';
import { prepared } from './sql';

/** Buyers' questions (one per chat message), their suggested and given answers, and response times. */

export interface NewQuestion {
  showId: number | null;
  messageSeq: number;
  buyerId: number;
  productId: number | null;
  topic: QuestionTopic;
  language: Language;
  suggestedAnswer: string | null;
  askedAt: number;
}

/** Stores a question; a message already asked about is not stored twice (returns null). */
export function insertQuestion(db: Db, q: NewQuestion): number | null {
  const result = prepared(
    db,
    `INSERT INTO questions (show_id, message_seq, buyer_id, product_id, topic, language, suggested_answer, asked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_seq) DO NOTHING`,
  ).run(q.showId, q.messageSeq, q.buyerId, q.productId, q.topic, q.language, q.suggestedAnswer, q.askedAt);
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

interface QuestionViewRow {
  id: number;
  showId: number | null;
  messageSeq: number;
  buyerId: number;
  buyerPlatform: string;
  buyerPlatformUserId: string;
  buyerName: string;
  buyerLanguage: string | null;
  platform: Question['platform'];
  platformMessageId: string;
  text: string;
  productId: number | null;
  productCode: string | null;
  topic: QuestionTopic;
  language: Language;
  state: QuestionState;
  suggestedAnswer: string | null;
  answer: string | null;
  answeredBy: string | null;
  autoAnswered: number;
  askedAt: number;
  answeredAt: number | null;
  responseMs: number | null;
}

const VIEW_SELECT = `
  SELECT q.id, q.show_id AS showId, q.message_seq AS messageSeq, q.buyer_id AS buyerId,
         b.platform AS buyerPlatform, b.platform_user_id AS buyerPlatformUserId, b.display_name AS buyerName, b.language AS buyerLanguage,
         m.platform, m.platform_message_id AS platformMessageId, m.text,
         q.product_id AS productId, p.code AS productCode, q.topic, q.language, q.state, q.suggested_answer AS suggestedAnswer,
         q.answer, q.answered_by AS answeredBy, q.auto_answered AS autoAnswered, q.asked_at AS askedAt, q.answered_at AS answeredAt,
         q.response_ms AS responseMs
  FROM questions q
  JOIN buyers b ON b.id = q.buyer_id
  JOIN chat_messages m ON m.seq = q.message_seq
  LEFT JOIN products p ON p.id = q.product_id`;

function toQuestion(r: QuestionViewRow): Question {
  return {
    id: r.id,
    showId: r.showId,
    messageSeq: r.messageSeq,
    buyer: {
      id: r.buyerId,
      platform: r.buyerPlatform,
      platformUserId: r.buyerPlatformUserId,
      name: r.buyerName,
      language: r.buyerLanguage,
    },
    platform: r.platform,
    platformMessageId: r.platformMessageId,
    text: r.text,
    productId: r.productId,
    productCode: r.productCode,
    topic: r.topic,
    language: r.language,
    state: r.state,
    suggestedAnswer: r.suggestedAnswer,
    answer: r.answer,
    answeredBy: r.answeredBy,
    autoAnswered: r.autoAnswered === 1,
    askedAt: r.askedAt,
    answeredAt: r.answeredAt,
    responseMs: r.responseMs,
  };
}

export function getQuestions(db: Db, ids: readonly number[]): Question[] {
  if (ids.length === 0) return [];
  return (
    prepared(db, `${VIEW_SELECT} WHERE q.id IN (${ids.map(() => '?').join(', ')}) ORDER BY q.id`).all(...ids) as QuestionViewRow[]
  ).map(toQuestion);
}

export function getQuestion(db: Db, id: number): Question | null {
  return getQuestions(db, [id])[0] ?? null;
}

export interface QuestionFilter {
  /** undefined: every show. */
  showId?: number | null;
  states: readonly QuestionState[];
  limit: number;
}

export function listQuestions(db: Db, filter: QuestionFilter): Question[] {
  const where = [`q.state IN (${filter.states.map(() => '?').join(', ')})`];
  const params: unknown[] = [...filter.states];
  if (filter.showId !== undefined) {
    where.push('q.show_id IS ?');
    params.push(filter.showId);
  }
  return (
    prepared(db, `${VIEW_SELECT} WHERE ${where.join(' AND ')} ORDER BY q.asked_at, q.id LIMIT ?`).all(
      ...params,
      filter.limit,
    ) as QuestionViewRow[]
  ).map(toQuestion);
}

/** A show's open questions about these products, oldest first (at most `limit`): their suggested answers follow stock and prices. */
export function openQuestionsOn(db: Db, showId: number | null, productIds: readonly number[], limit: number): Question[] {
  if (productIds.length === 0) return [];
  return (
    prepared(
      db,
      `${VIEW_SELECT} WHERE q.state = 'open' AND q.show_id IS ? AND q.product_id IN (${productIds.map(() => '?').join(', ')})
         ORDER BY q.asked_at, q.id LIMIT ?`,
    ).all(showId, ...productIds, limit) as QuestionViewRow[]
  ).map(toQuestion);
}

/** Marks an open question answered and stores its response time; false when it was no longer open. */
export function markAnswered(db: Db, id: number, answer: string, by: string, auto: boolean, at: number): boolean {
  return (
    prepared(
      db,
      `UPDATE questions SET state = 'answered', answer = ?, answered_by = ?, auto_answered = ?, answered_at = ?,
                              response_ms = max(0, ? - asked_at)
         WHERE id = ? AND state = 'open'`,
    ).run(answer, by, auto ? 1 : 0, at, at, id).changes === 1
  );
}

export function markDismissed(db: Db, id: number, by: string, at: number): boolean {
  return (
    prepared(db, `UPDATE questions SET state = 'dismissed', answered_by = ?, answered_at = ? WHERE id = ? AND state = 'open'`).run(
      by,
      at,
      id,
    ).changes === 1
  );
}

export interface QuestionStats {
  open: number;
  oldestOpenAt: number | null;
  medianResponseMs: number | null;
}

export function questionStats(db: Db, showId: number | null): QuestionStats {
  // The count is kept by triggers (migration 0020); the oldest is the first entry of the show's open ones in questions_show_state.
  const open = {
    n: prepared<{ n: number }>(db, 'SELECT open AS n FROM question_open_totals WHERE show_key = ifnull(?, 0)').get(showId)?.n ?? 0,
    oldest:
      prepared<{ oldest: number | null }>(db, `SELECT min(asked_at) AS oldest FROM questions WHERE state = 'open' AND show_id IS ?`).get(
        showId,
      )?.oldest ?? null,
  };
  const times = (
    prepared(
      db,
      `SELECT response_ms AS ms FROM questions WHERE state = 'answered' AND response_ms IS NOT NULL AND show_id IS ? ORDER BY response_ms`,
    ).all(showId) as {
      ms: number;
    }[]
  ).map((r) => r.ms);
  const median = times.length === 0 ? null : (times[Math.floor((times.length - 1) / 2)] as number);
  return { open: open.n, oldestOpenAt: open.oldest, medianResponseMs: median };
}

export interface Fact {
  productId: number | null;
  topic: string;
  language: string;
  text: string;
}

/** Facts on a topic for a product and the shop-wide ones (product_id NULL), the product's first. */
export function factsOn(db: Db, productId: number | null, topic: string): Fact[] {
  return prepared(
    db,
    `SELECT product_id AS productId, topic, language, text FROM product_facts
       WHERE topic = ? AND (product_id IS NULL OR product_id IS ?)
       ORDER BY product_id IS NULL, id`,
  ).all(topic, productId) as Fact[];
}
