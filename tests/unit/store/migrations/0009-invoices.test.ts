import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, NOW, tableNames } from './helpers';

function cartOn(db: ReturnType<typeof dbAt>): number {
  const buyer = db
    .prepare("INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('manual', 'u', 'U', ?, ?)")
    .run(NOW, NOW).lastInsertRowid;
  return Number(db.prepare('INSERT INTO carts (buyer_id, created_at, updated_at) VALUES (?, ?, ?)').run(buyer, NOW, NOW).lastInsertRowid);
}

describe('migration 0009 invoices', () => {
  it('adds invoice series, invoices and payments on top of version 8', () => {
    const db = dbAt(8);
    migrate(db, undefined, 9);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['invoice_series', 'invoices', 'payments']));
  });

  it('keeps an issued invoice as it was: no update, no delete, one number once', () => {
    const db = dbAt(9);
    const cartId = cartOn(db);
    const insert = db.prepare(
      `INSERT INTO invoices (cart_id, kind, corrects_id, series, seq, number, issued_at, actor, currency, gross_minor, tax_minor, snapshot)
       VALUES (?, ?, ?, 'invoice:2026', ?, ?, ?, 'host', 'PLN', 14900, 2786, '{}')`,
    );
    const id = insert.run(cartId, 'invoice', null, 1, 'FV/2026/1', NOW).lastInsertRowid;
    expect(() => db.prepare('UPDATE invoices SET gross_minor = 1 WHERE id = ?').run(id)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM invoices WHERE id = ?').run(id)).toThrow(/never deleted/);
    expect(() => insert.run(cartId, 'invoice', null, 2, 'FV/2026/1', NOW)).toThrow(/UNIQUE/);
    expect(() => insert.run(cartId, 'invoice', null, 1, 'FV/2026/1b', NOW)).toThrow(/UNIQUE/);
    // A correction names what it corrects; an invoice does not.
    expect(() => insert.run(cartId, 'correction', null, 2, 'KOR/2026/1', NOW)).toThrow(/CHECK/);
    expect(() => insert.run(cartId, 'invoice', id, 2, 'FV/2026/2', NOW)).toThrow(/CHECK/);
  });

  it('records only positive payments in a known method', () => {
    const db = dbAt(9);
    const cartId = cartOn(db);
    const pay = db.prepare(
      "INSERT INTO payments (cart_id, method, amount_minor, currency, paid_at, source, actor, created_at) VALUES (?, ?, ?, 'PLN', ?, 'manual', 'host', ?)",
    );
    pay.run(cartId, 'blik', 100, NOW, NOW);
    expect(() => pay.run(cartId, 'blik', 0, NOW, NOW)).toThrow(/CHECK/);
    expect(() => pay.run(cartId, 'cheque', 100, NOW, NOW)).toThrow(/CHECK/);
  });
});
