import type { Migration } from './types';

/**
 * The erase record (issue 15's leftovers): one row per erasure of a customer's personal data, with
 * the issued invoices kept unchanged (they are immutable snapshots that tax and accounting law makes
 * the seller keep, buyer's name and address included), the law that applies (shared/domain/invoice-retention.ts)
 * and the legal basis text as the seller was shown it, and how many order lines were kept.
 * kept_invoices: JSON array of { id, number, kind, issuedAt, keptUntil } (keptUntil null where the
 * retention period is national law's and not known here).
 */
export const migration0015: Migration = {
  version: 15,
  name: 'customers-erasures',
  up(db) {
    db.exec(`
      CREATE TABLE customer_erasures (
        id             INTEGER PRIMARY KEY,
        customer_id    INTEGER NOT NULL REFERENCES customers(id),
        law            TEXT NOT NULL CHECK (law IN ('pl', 'kz', 'other')),
        legal_basis    TEXT NOT NULL,
        kept_invoices  TEXT NOT NULL CHECK (json_valid(kept_invoices) AND json_type(kept_invoices) = 'array'),
        order_lines    INTEGER NOT NULL CHECK (order_lines >= 0),
        actor          TEXT NOT NULL,
        at             INTEGER NOT NULL
      );
      CREATE INDEX customer_erasures_customer ON customer_erasures (customer_id, id);
    `);
  },
};
