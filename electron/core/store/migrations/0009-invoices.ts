import type { Migration } from './types';

/**
 * Invoices and payments (issue 12).
 *
 * - invoice_series: one row per numbering series ('invoice:2026-11', 'correction:2026', …) with the
 *   last number given. Issuing reads and bumps it inside the `BEGIN IMMEDIATE` write lock, so the
 *   numbers of a series have no gaps and no repeats, also between two processes on one file.
 * - invoices: an issued invoice (or correction invoice) is an immutable snapshot (JSON) of what it
 *   says — seller, buyer, lines, tax, totals — with its number; triggers refuse UPDATE and DELETE.
 *   A correction names the invoice it corrects. Payment requests and pro-formas take no number
 *   and are not stored: released carts leave no gaps.
 * - payments: money received for a cart (method, amount, when, reference; typed in or from a bank
 *   statement). Partial payments add up; more than the total is an overpayment.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'invoices',
  up(db) {
    db.exec(`
      CREATE TABLE invoice_series (
        series       TEXT PRIMARY KEY,
        last_number  INTEGER NOT NULL CHECK (last_number > 0)
      );

      CREATE TABLE invoices (
        id           INTEGER PRIMARY KEY,
        cart_id      INTEGER NOT NULL REFERENCES carts(id),
        kind         TEXT NOT NULL CHECK (kind IN ('invoice', 'correction')),
        corrects_id  INTEGER REFERENCES invoices(id),
        series       TEXT NOT NULL,
        seq          INTEGER NOT NULL CHECK (seq > 0),
        number       TEXT NOT NULL UNIQUE,
        issued_at    INTEGER NOT NULL,
        actor        TEXT NOT NULL,
        currency     TEXT NOT NULL,
        gross_minor  INTEGER NOT NULL,
        tax_minor    INTEGER NOT NULL,
        snapshot     TEXT NOT NULL CHECK (json_valid(snapshot)),
        UNIQUE (series, seq),
        CHECK ((kind = 'correction') = (corrects_id IS NOT NULL))
      );
      CREATE INDEX invoices_cart ON invoices (cart_id, id);
      CREATE TRIGGER invoices_immutable BEFORE UPDATE ON invoices
        BEGIN SELECT RAISE(ABORT, 'an issued invoice is immutable: issue a correction invoice'); END;
      CREATE TRIGGER invoices_kept BEFORE DELETE ON invoices
        BEGIN SELECT RAISE(ABORT, 'an issued invoice is never deleted: issue a correction invoice'); END;

      CREATE TABLE payments (
        id            INTEGER PRIMARY KEY,
        cart_id       INTEGER NOT NULL REFERENCES carts(id),
        method        TEXT NOT NULL CHECK (method IN
                        ('bank_transfer', 'blik', 'card', 'paypal', 'payment_link', 'kaspi', 'cash', 'cash_on_delivery')),
        amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
        currency      TEXT NOT NULL,
        paid_at       INTEGER NOT NULL,
        reference     TEXT NOT NULL DEFAULT '',
        source        TEXT NOT NULL CHECK (source IN ('manual', 'bank_statement')),
        actor         TEXT NOT NULL,
        created_at    INTEGER NOT NULL
      );
      CREATE INDEX payments_cart ON payments (cart_id, id);
    `);
  },
};
