import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { questionStats } from '../../../../electron/core/store/questions';
import type { Db } from '../../../../electron/core/store/db';
import { dbAt, insertBuyerWithCart, insertDemoProduct, NOW } from './helpers';

const indexes = (db: Db) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
    (r) => r.name,
  );
const plan = (db: Db, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 0020 ingest', () => {
  it('drops the two indexes another index covers and the search insert trigger, on top of version 17, keeping the rows and the index', () => {
    const db = dbAt(17);
    const { productId, variantId } = insertDemoProduct(db);
    const { buyerId: buyer, cartId: cart } = insertBuyerWithCart(db);
    db.prepare(
      `INSERT INTO orders (cart_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, state, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, 14900, 'PLN', 'claimed', 'chat', ?, ?)`,
    ).run(cart, buyer, productId, variantId, NOW, NOW);
    db.prepare(
      "INSERT INTO chat_messages (platform, platform_message_id, channel, buyer_id, text, received_at) VALUES ('twitch', 'm1', 'c', ?, 'A12 M', ?)",
    ).run(buyer, NOW);
    expect(indexes(db)).toEqual(expect.arrayContaining(['orders_cart', 'chat_messages_buyer']));

    migrate(db, undefined, 20);

    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(indexes(db)).not.toContain('orders_cart');
    expect(indexes(db)).not.toContain('chat_messages_buyer');
    expect(indexes(db)).toEqual(
      expect.arrayContaining(['orders_cart_state', 'chat_messages_buyer_show', 'orders_show', 'orders_show_cart']),
    );
    expect(db.prepare('SELECT count(*) FROM orders WHERE cart_id = ?').pluck().get(cart)).toBe(1);
    expect(db.prepare('SELECT count(*) FROM chat_messages WHERE buyer_id = ?').pluck().get(buyer)).toBe(1);
    // The message there before was indexed by the old trigger: the index starts after it, and it stays found.
    expect(db.prepare('SELECT indexed_seq FROM chat_search_progress').pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM chat_search WHERE chat_search MATCH 'a12'").pluck().get()).toBe(1);
    // Editing an indexed message still re-indexes it in the same transaction.
    db.prepare("UPDATE chat_messages SET text = 'B7 L' WHERE seq = 1").run();
    expect(db.prepare("SELECT count(*) FROM chat_search WHERE chat_search MATCH 'a12'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM chat_search WHERE chat_search MATCH 'b7'").pluck().get()).toBe(1);
    // A new message is not indexed by its insert any more (store/search.ts indexPendingChat does it).
    db.prepare(
      "INSERT INTO chat_messages (platform, platform_message_id, channel, buyer_id, text, received_at) VALUES ('twitch', 'm2', 'c', ?, 'C3', ?)",
    ).run(buyer, NOW);
    expect(db.prepare("SELECT count(*) FROM chat_search WHERE chat_search MATCH 'c3'").pluck().get()).toBe(0);
  });

  it('still reads by cart and by buyer through an index, never a scan of the table', () => {
    const db = dbAt(20);
    expect(plan(db, 'SELECT id FROM orders WHERE cart_id = ? ORDER BY id', 1)).toMatch(/INDEX orders_cart_state \(cart_id=\?\)/);
    expect(plan(db, 'UPDATE orders SET cart_id = 1 WHERE cart_id = ?', 2)).toMatch(/INDEX orders_cart_state \(cart_id=\?\)/);
    // The carts foreign key (deleting a cart) looks its lines up by the same index.
    expect(plan(db, 'DELETE FROM carts WHERE id = ?', 1)).toMatch(/orders USING COVERING INDEX orders_cart_state/);
    expect(
      plan(
        db,
        `UPDATE chat_messages SET deleted_at = 1 WHERE buyer_id = (SELECT id FROM buyers WHERE platform = 'twitch' AND platform_user_id = 'u')
           AND channel = 'c' AND deleted_at IS NULL`,
      ),
    ).toMatch(/chat_messages USING INDEX chat_messages_buyer_show \(buyer_id=\?\)/);
    expect(plan(db, "UPDATE chat_messages SET text = '' WHERE buyer_id IN (SELECT value FROM json_each(?)) AND text != ''", '[1]')).toMatch(
      /chat_messages USING (COVERING )?INDEX chat_messages_buyer_show \(buyer_id=\?\)/,
    );
    expect(plan(db, 'DELETE FROM buyers WHERE id = ?', 1)).toMatch(/chat_messages USING COVERING INDEX chat_messages_buyer_show/);
  });

  it("keeps each show's open questions counted as questions are asked, answered, moved and deleted, filled from those there before", () => {
    const db = dbAt(17);
    const show = (title: string) =>
      Number(db.prepare(`INSERT INTO shows (title, state, created_at) VALUES (?, 'ended', ?)`).run(title, NOW).lastInsertRowid);
    const a = show('A');
    const b = show('B');
    const buyer = db
      .prepare(
        "INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('twitch', 'u', 'U', ?, ?)",
      )
      .run(NOW, NOW).lastInsertRowid;
    let m = 0;
    const ask = (showId: number | null, at: number) => {
      m++;
      const seq = db
        .prepare(
          "INSERT INTO chat_messages (show_id, platform, platform_message_id, channel, buyer_id, text, received_at) VALUES (?, 'twitch', ?, 'c', ?, 'ile?', ?)",
        )
        .run(showId, `q${m}`, buyer, at).lastInsertRowid;
      return Number(
        db.prepare('INSERT INTO questions (show_id, message_seq, buyer_id, asked_at) VALUES (?, ?, ?, ?)').run(showId, seq, buyer, at)
          .lastInsertRowid,
      );
    };
    const counted = (showId: number | null) =>
      db.prepare("SELECT count(*) FROM questions WHERE state = 'open' AND show_id IS ?").pluck().get(showId) as number;
    ask(a, NOW + 1);
    ask(a, NOW + 2);
    ask(null, NOW + 3);
    migrate(db, undefined, 20);
    expect(questionStats(db, a)).toMatchObject({ open: 2, oldestOpenAt: NOW + 1 });
    expect(questionStats(db, null)).toMatchObject({ open: 1 });
    expect(questionStats(db, b)).toMatchObject({ open: 0, oldestOpenAt: null });

    const q3 = ask(a, NOW + 4);
    const q4 = ask(b, NOW + 5);
    const first = db.prepare('SELECT id FROM questions WHERE show_id = ? ORDER BY asked_at LIMIT 1').pluck().get(a) as number;
    db.prepare("UPDATE questions SET state = 'answered', answered_at = ?, response_ms = 10 WHERE id = ?").run(NOW + 9, first);
    db.prepare('UPDATE questions SET show_id = ? WHERE id = ?').run(b, q3);
    db.prepare("UPDATE questions SET state = 'dismissed' WHERE id = ?").run(q4);
    db.prepare("UPDATE questions SET state = 'open' WHERE id = ?").run(q4);
    db.prepare('DELETE FROM questions WHERE id = ?').run(q4);
    db.prepare("UPDATE questions SET topic = 'price' WHERE show_id = ?").run(a); // not a change the totals care about
    // Questions of a deleted show become questions of no show (the foreign key's SET NULL is this update).
    db.prepare('UPDATE questions SET show_id = NULL WHERE show_id = ?').run(b);
    for (const s of [a, b, null]) expect(questionStats(db, s).open).toBe(counted(s));
    expect(questionStats(db, a)).toMatchObject({ open: 1, oldestOpenAt: NOW + 2, medianResponseMs: 10 });
    expect(questionStats(db, null).open).toBe(2);
  });
});
