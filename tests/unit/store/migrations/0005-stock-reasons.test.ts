import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertDemoProduct, NOW } from './helpers';

const movements = (db: ReturnType<typeof dbAt>) =>
  db.prepare('SELECT id, variant_id AS variantId, delta, reason, actor, note, at FROM stock_movements ORDER BY id').all();

describe('migration 0005 stock-reasons', () => {
  it('keeps every movement with its id; an unwritten old reason becomes manual and says so in its note', () => {
    const db = dbAt(4);
    const { variantId } = insertDemoProduct(db);
    const insert = db.prepare('INSERT INTO stock_movements (variant_id, delta, reason, actor, note, at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run(variantId, 3, 'initial', 'demo', null, NOW);
    insert.run(variantId, 2, 'promotion', 'host', 'flash sale', NOW + 1);
    insert.run(variantId, -1, 'order', 'studio', null, NOW + 2);
    migrate(db, undefined, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(movements(db)).toEqual([
      { id: 1, variantId, delta: 3, reason: 'initial', actor: 'demo', note: null, at: NOW },
      { id: 2, variantId, delta: 2, reason: 'manual', actor: 'host', note: 'flash sale (was promotion)', at: NOW + 1 },
      { id: 3, variantId, delta: -1, reason: 'manual', actor: 'studio', note: '(was order)', at: NOW + 2 },
    ]);
  });

  it('accepts only initial, manual and import, keeps the index and still cascades with its variant', () => {
    const db = dbAt(5);
    db.pragma('foreign_keys = ON');
    const { productId, variantId } = insertDemoProduct(db);
    const insert = db.prepare("INSERT INTO stock_movements (variant_id, delta, reason, actor, at) VALUES (?, 1, ?, 'host', ?)");
    for (const reason of ['initial', 'manual', 'import']) insert.run(variantId, reason, NOW);
    for (const reason of ['order', 'cancel', 'promotion']) expect(() => insert.run(variantId, reason, NOW)).toThrow(/CHECK/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stock_movements'").pluck().all()).toEqual([
      'stock_movements_variant',
    ]);
    db.prepare('DELETE FROM products WHERE id = ?').run(productId);
    expect(db.prepare('SELECT count(*) FROM stock_movements').pluck().get()).toBe(0);
  });
});
