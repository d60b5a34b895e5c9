import type { Migration } from './types';

/**
 * The stock ledger's reasons narrowed to those the studio writes: 'initial' (a product's first
 * stock), 'manual' (a person's correction) and 'import'. 'order', 'cancel' and 'promotion' were
 * never written: orders hold stock without movements. SQLite cannot change a CHECK in place, so the
 * table is rebuilt with the same ids; a row with an old reason (only a hand-edited file could
 * have one) becomes 'manual' and says what it was in its note.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'stock-reasons',
  up(db) {
    db.exec(`
      CREATE TABLE stock_movements_new (
        id          INTEGER PRIMARY KEY,
        variant_id  INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
        delta       INTEGER NOT NULL,
        reason      TEXT NOT NULL CHECK (reason IN ('initial', 'manual', 'import')),
        actor       TEXT NOT NULL,
        order_id    INTEGER,
        note        TEXT,
        at          INTEGER NOT NULL
      );
      INSERT INTO stock_movements_new (id, variant_id, delta, reason, actor, order_id, note, at)
        SELECT id, variant_id, delta,
               CASE WHEN reason IN ('initial', 'manual', 'import') THEN reason ELSE 'manual' END,
               actor, order_id,
               CASE WHEN reason IN ('initial', 'manual', 'import') THEN note
                    ELSE coalesce(note || ' ', '') || '(was ' || reason || ')' END,
               at
        FROM stock_movements;
      DROP TABLE stock_movements;
      ALTER TABLE stock_movements_new RENAME TO stock_movements;
      CREATE INDEX stock_movements_variant ON stock_movements (variant_id, id);
    `);
  },
};
