import { SettingsSchema, type Settings } from '../../../shared/contract/settings';
import type { Db } from './db';
import { prepared, writeTx } from './sql';

/**
 * One typed store: each top-level key of Settings is a row holding JSON.
 * Reads fill defaults from the schema, so a new setting needs no migration.
 */
export function readSettings(db: Db): Settings {
  const rows = prepared<{ key: string; value: string }>(db, 'SELECT key, value FROM settings').all();
  const raw: Record<string, unknown> = {};
  for (const r of rows) raw[r.key] = JSON.parse(r.value);
  // Section by section: one this build cannot read (a newer build's, a hand edit) falls back to its
  // defaults alone rather than failing start-up or resetting every other section.
  for (const key of Object.keys(raw)) {
    if (!(key in SettingsSchema.shape) || !SettingsSchema.shape[key as keyof Settings].safeParse(raw[key]).success) delete raw[key];
  }
  return SettingsSchema.parse(raw);
}

export function writeSettings(db: Db, patch: Partial<Settings>, now: number): Settings {
  const next = SettingsSchema.parse({ ...readSettings(db), ...patch });
  const upsert = prepared(
    db,
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  writeTx(db, () => {
    for (const key of Object.keys(patch) as (keyof Settings)[]) upsert.run(key, JSON.stringify(next[key]), now);
  });
  return next;
}
