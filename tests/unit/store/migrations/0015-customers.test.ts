import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, NOW, tableNames } from './helpers';

describe('migration 0015 customers (the erase record)', () => {
  it('adds customer_erasures on top of version 13', () => {
    const db = dbAt(13);
    expect(tableNames(db)).not.toContain('customer_erasures');
    migrate(db, undefined, 15);
    expect(db.pragma('user_version', { simple: true })).toBe(15);
    expect(tableNames(db)).toContain('customer_erasures');
  });

  it('keeps the kept invoices as a JSON array with the law and refuses anything else', () => {
    const db = dbAt(15);
    db.pragma('foreign_keys = ON');
    const customer = Number(
      db.prepare("INSERT INTO customers (name, created_at) VALUES ('Erased customer #1', ?)").run(NOW).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO customer_erasures (customer_id, law, legal_basis, kept_invoices, order_lines, actor, at) VALUES (?, ?, 'basis', ?, ?, 'host', ?)`,
    );
    const kept = JSON.stringify([{ id: 1, number: 'FV/2026/11/1', kind: 'invoice', issuedAt: NOW, keptUntil: Date.UTC(2031, 11, 31) }]);
    insert.run(customer, 'pl', kept, 2, NOW);
    expect(() => insert.run(customer, 'de', kept, 2, NOW)).toThrow(/CHECK/);
    expect(() => insert.run(customer, 'kz', '{"id":1}', 2, NOW)).toThrow(/CHECK/);
    expect(() => insert.run(customer, 'kz', 'not json', 2, NOW)).toThrow(/CHECK/);
    expect(() => insert.run(customer, 'kz', '[]', -1, NOW)).toThrow(/CHECK/);
    expect(() => insert.run(customer + 99, 'kz', '[]', 0, NOW)).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT law, json_extract(kept_invoices, '$[0].number') AS n FROM customer_erasures").all()).toEqual([
      { law: 'pl', n: 'FV/2026/11/1' },
    ]);
  });
});
