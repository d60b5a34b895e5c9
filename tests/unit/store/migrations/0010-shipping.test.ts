import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertDemoProduct, NOW } from './helpers';

const columns = (db: ReturnType<typeof dbAt>, table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((r) => r.name);

describe('migration 0010 shipping', () => {
  it('adds the shipping details of customers, products and carts on top of version 9', () => {
    const db = dbAt(9);
    migrate(db, undefined, 10);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(columns(db, 'customers')).toEqual(expect.arrayContaining(['preferred_method_id', 'locker_id']));
    expect(columns(db, 'products')).toEqual(expect.arrayContaining(['location', 'parcel_size', 'weight_grams']));
    expect(columns(db, 'carts')).toEqual(
      expect.arrayContaining(['parcel_size', 'weight_grams', 'packing_note', 'tracking_number', 'shipped_at']),
    );
  });

  it('moves a locker id kept in the address JSON to its column', () => {
    const db = dbAt(9);
    db.prepare('INSERT INTO customers (name, address, created_at) VALUES (?, ?, ?)').run(
      'Anna',
      JSON.stringify({ name: 'Anna', line1: '', postalCode: '', city: '', country: 'PL', lockerId: ' KRA010 ' }),
      NOW,
    );
    db.prepare('INSERT INTO customers (name, address, created_at) VALUES (?, ?, ?)').run('Bob', 'not json', NOW);
    migrate(db, undefined, 10);
    expect(db.prepare('SELECT name, locker_id AS lockerId FROM customers ORDER BY id').all()).toEqual([
      { name: 'Anna', lockerId: 'KRA010' },
      { name: 'Bob', lockerId: null },
    ]);
  });

  it('refuses a parcel size other than A, B or C and a tracking number on two carts', () => {
    const db = dbAt(10);
    const { productId } = insertDemoProduct(db);
    expect(() => db.prepare("UPDATE products SET parcel_size = 'D' WHERE id = ?").run(productId)).toThrow(/CHECK/);
    db.prepare("UPDATE products SET parcel_size = 'B', location = 'R1-S2' WHERE id = ?").run(productId);
    const buyer = (id: string) =>
      db
        .prepare("INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('manual', ?, ?, ?, ?)")
        .run(id, id, NOW, NOW).lastInsertRowid;
    const cart = (b: number | bigint) =>
      db.prepare('INSERT INTO carts (buyer_id, created_at, updated_at) VALUES (?, ?, ?)').run(b, NOW, NOW).lastInsertRowid;
    const [c1, c2] = [cart(buyer('a')), cart(buyer('b'))];
    db.prepare("UPDATE carts SET tracking_number = 'TRK1' WHERE id = ?").run(c1);
    expect(() => db.prepare("UPDATE carts SET tracking_number = 'TRK1' WHERE id = ?").run(c2)).toThrow(/UNIQUE/);
  });
});
