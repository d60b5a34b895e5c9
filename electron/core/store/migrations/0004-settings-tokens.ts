import type { Migration } from './types';

/**
 * Settings: one typed store (key -> JSON value; the shape lives in
 * shared/contract/settings.ts). Secrets never come here: see core/secrets.
 *
 * Access tokens: only a SHA-256 hash is stored, so a copy of the database
 * opens nothing. The role and actor name come from the token on connect.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'settings-tokens',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key         TEXT PRIMARY KEY,
        value       TEXT NOT NULL,
        updated_at  INTEGER NOT NULL
      );

      CREATE TABLE access_tokens (
        id            INTEGER PRIMARY KEY,
        token_hash    TEXT NOT NULL UNIQUE,
        role          TEXT NOT NULL CHECK (role IN ('host', 'moderator', 'overlay')),
        actor         TEXT NOT NULL CHECK (length(trim(actor)) > 0),
        label         TEXT NOT NULL DEFAULT '',
        created_at    INTEGER NOT NULL,
        last_used_at  INTEGER,
        revoked_at    INTEGER
      );
    `);
  },
};
