import type { Migration } from './types';

/**
 * Issue 16 (part A), one truth on the live screen:
 * - `price_history`: every price a variant was sold at, with its time span: its regular
 *   price (a row per change, open-ended while current) and each flash deal that ran on it.
 *   The Omnibus "was" price is read from it (commerce/pricing.ts). Existing variants start
 *   their history at their last update: nothing older is known.
 * - `shows.stream_delay_ms`: how late buyers see the stream; a claim received within that
 *   grace after a deal ends still gets the deal price.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'live-truth',
  up(db) {
    db.exec(`
      CREATE TABLE price_history (
        id           INTEGER PRIMARY KEY,
        variant_id   INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('regular', 'deal')),
        price_minor  INTEGER NOT NULL CHECK (price_minor >= 0),
        from_at      INTEGER NOT NULL,
        to_at        INTEGER CHECK (to_at IS NULL OR to_at >= from_at)
      );
      CREATE INDEX price_history_variant ON price_history (variant_id, from_at);
      INSERT INTO price_history (variant_id, kind, price_minor, from_at)
        SELECT id, 'regular', price_minor, updated_at FROM variants;

      ALTER TABLE shows ADD COLUMN stream_delay_ms INTEGER NOT NULL DEFAULT 0 CHECK (stream_delay_ms BETWEEN 0 AND 120000);
    `);
  },
};
