import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertDemoProduct, NOW, tableNames } from './helpers';

describe('migration 0012 live-truth', () => {
  it('adds the price history, seeded with every variant’s current price from its last update, and a stream delay per show', () => {
    const db = dbAt(7);
    const { variantId } = insertDemoProduct(db);
    migrate(db, undefined, 12);
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(tableNames(db)).toContain('price_history');
    expect(db.prepare('SELECT variant_id AS v, kind, price_minor AS p, from_at AS f, to_at AS t FROM price_history').all()).toEqual([
      { v: variantId, kind: 'regular', p: 14900, f: NOW, t: null },
    ]);
    const show = db.prepare("INSERT INTO shows (title, created_at) VALUES ('S', ?)").run(NOW).lastInsertRowid;
    expect(db.prepare('SELECT stream_delay_ms AS ms FROM shows WHERE id = ?').get(show)).toEqual({ ms: 0 });
  });

  it('refuses a negative price, a span that ends before it starts and a stream delay over two minutes; history goes with its variant', () => {
    const db = dbAt(12);
    const { variantId } = insertDemoProduct(db);
    const add = db.prepare('INSERT INTO price_history (variant_id, kind, price_minor, from_at, to_at) VALUES (?, ?, ?, ?, ?)');
    expect(() => add.run(variantId, 'regular', -1, NOW, null)).toThrow(/CHECK/);
    expect(() => add.run(variantId, 'deal', 100, NOW, NOW - 1)).toThrow(/CHECK/);
    expect(() => add.run(variantId, 'promo', 100, NOW, null)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO shows (title, created_at, stream_delay_ms) VALUES ('S', ?, 120001)").run(NOW)).toThrow(/CHECK/);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM variants WHERE id = ?').run(variantId);
    expect(db.prepare('SELECT count(*) AS n FROM price_history').get()).toEqual({ n: 0 });
  });
});
