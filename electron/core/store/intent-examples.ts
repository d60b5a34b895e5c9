import type { IntentExample, IntentExampleLabel } from '../../../shared/contract';
import type { Db } from './db';
import { prepared } from './sql';

/** The shop's labelled examples for the intent engine (migration 0013): moderators' fixes of parses. */

export interface NewIntentExample extends IntentExampleLabel {
  normText: string;
  featuredCode: string | null;
  text: string;
  language: string | null;
  orderId: number | null;
  createdBy: string;
  createdAt: number;
}

interface Row {
  id: number;
  normText: string;
  featuredCode: string;
  text: string;
  intent: IntentExample['intent'];
  code: string | null;
  optionsJson: string;
  quantity: number | null;
  topic: IntentExample['topic'];
  language: string | null;
  orderId: number | null;
  createdBy: string;
  createdAt: number;
}

const COLUMNS = `id, norm_text AS normText, featured_code AS featuredCode, text, intent, code, options_json AS optionsJson,
  quantity, topic, language, order_id AS orderId, created_by AS createdBy, created_at AS createdAt`;

const toExample = (r: Row): IntentExample => ({
  id: r.id,
  text: r.text,
  featuredCode: r.featuredCode === '' ? null : r.featuredCode,
  intent: r.intent,
  code: r.code,
  options: JSON.parse(r.optionsJson) as Record<string, string>,
  quantity: r.quantity,
  topic: r.topic,
  language: r.language,
  orderId: r.orderId,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
});

/** Stores a fix; the same normalised text on the same product replaces the earlier one (the last word wins). Returns its id. */
export function upsertIntentExample(db: Db, e: NewIntentExample): number {
  return prepared<{ id: number }>(
    db,
    `INSERT INTO intent_examples (norm_text, featured_code, text, intent, code, options_json, quantity, topic, language, order_id, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (norm_text, featured_code) DO UPDATE SET
       text = excluded.text, intent = excluded.intent, code = excluded.code, options_json = excluded.options_json,
       quantity = excluded.quantity, topic = excluded.topic, language = excluded.language, order_id = excluded.order_id,
       created_by = excluded.created_by, created_at = excluded.created_at
     RETURNING id`,
  ).get(
    e.normText,
    e.featuredCode ?? '',
    e.text,
    e.intent,
    e.code,
    JSON.stringify(e.options),
    e.quantity,
    e.topic,
    e.language,
    e.orderId,
    e.createdBy,
    e.createdAt,
  )!.id;
}

/** Every example, newest first. */
export function listIntentExamples(db: Db): IntentExample[] {
  return prepared<Row>(db, `SELECT ${COLUMNS} FROM intent_examples ORDER BY created_at DESC, id DESC`).all().map(toExample);
}

export function getIntentExample(db: Db, id: number): IntentExample | null {
  const row = prepared<Row>(db, `SELECT ${COLUMNS} FROM intent_examples WHERE id = ?`).get(id);
  return row ? toExample(row) : null;
}

/** Deletes one example; false when there was none. */
export function deleteIntentExample(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM intent_examples WHERE id = ?').run(id).changes === 1;
}
