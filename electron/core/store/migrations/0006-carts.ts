import type { Migration } from './types';

/**
 * After the show (issue 11): carts, one per buyer per show, and the order states that follow a
 * sale. SQLite cannot change a CHECK in place, so `orders` and `order_events` are rebuilt with
 * the same ids:
 *
 * - orders: the states held (with hold_reason), released and returned; returned_quantity and
 *   refund_minor (a partial return keeps the line shipped); cart_id (every order has a cart).
 *   A line holds quantity - returned_quantity units while its state holds stock.
 * - order_events: cart_id, and cart-level lines (order_id NULL, kind says what changed).
 * - carts: one per (show, buyer) — orders without a show share one per buyer —; version (grows
 *   with every change: edits name it), combined_into, the shipping method as chosen (price kept),
 *   payment method, payment request / reminder / deadline times, paid_at.
 * - customers: one per buyer (buyers.customer_id); merging across platforms is another issue's.
 * - non_payments: a buyer's released-for-non-payment carts.
 * - stock_movements: the reason 'write_off' (a returned unit that cannot be sold again).
 *
 * With foreign keys on, DROP TABLE deletes its rows first and cascades: order_events is copied
 * out of the way before orders is dropped, so no history is lost.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'carts',
  up(db) {
    // One customer per buyer, in buyer order.
    const insertCustomer = db.prepare('INSERT INTO customers (name, created_at) VALUES (?, ?)');
    const linkCustomer = db.prepare('UPDATE buyers SET customer_id = ? WHERE id = ?');
    const unlinked = db
      .prepare('SELECT id, display_name AS name, first_seen_at AS at FROM buyers WHERE customer_id IS NULL ORDER BY id')
      .all() as { id: number; name: string; at: number }[];
    for (const buyer of unlinked) linkCustomer.run(Number(insertCustomer.run(buyer.name, buyer.at).lastInsertRowid), buyer.id);

    db.exec(`
      CREATE TABLE carts (
        id                        INTEGER PRIMARY KEY,
        show_id                   INTEGER REFERENCES shows(id) ON DELETE SET NULL,
        buyer_id                  INTEGER NOT NULL REFERENCES buyers(id),
        combined_into             INTEGER REFERENCES carts(id),
        version                   INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
        shipping_method_id        TEXT,
        shipping_name             TEXT,
        shipping_kind             TEXT CHECK (shipping_kind IS NULL OR shipping_kind IN ('locker', 'courier', 'pickup')),
        shipping_price_minor      INTEGER CHECK (shipping_price_minor IS NULL OR shipping_price_minor >= 0),
        shipping_free_over_minor  INTEGER CHECK (shipping_free_over_minor IS NULL OR shipping_free_over_minor >= 0),
        payment_method            TEXT CHECK (payment_method IS NULL OR payment_method IN
                                    ('bank_transfer', 'blik', 'card', 'paypal', 'payment_link', 'kaspi', 'cash', 'cash_on_delivery')),
        payment_requested_at      INTEGER,
        reminder_at               INTEGER,
        deadline_at               INTEGER,
        paid_at                   INTEGER,
        created_at                INTEGER NOT NULL,
        updated_at                INTEGER NOT NULL,
        CHECK (shipping_method_id IS NULL OR (shipping_name IS NOT NULL AND shipping_kind IS NOT NULL AND shipping_price_minor IS NOT NULL)),
        CHECK (combined_into IS NULL OR combined_into != id)
      );
      CREATE UNIQUE INDEX carts_show_buyer ON carts (ifnull(show_id, 0), buyer_id);
      CREATE INDEX carts_buyer ON carts (buyer_id);
      CREATE INDEX carts_deadline ON carts (deadline_at) WHERE deadline_at IS NOT NULL;
      CREATE INDEX carts_combined ON carts (combined_into) WHERE combined_into IS NOT NULL;

      INSERT INTO carts (show_id, buyer_id, created_at, updated_at)
        SELECT show_id, buyer_id, min(created_at), max(updated_at) FROM orders GROUP BY show_id, buyer_id ORDER BY min(id);

      CREATE TABLE order_events_keep AS SELECT id, order_id, from_state, to_state, actor, reason, at FROM order_events;
      DROP TABLE order_events;

      CREATE TABLE orders_new (
        id                  INTEGER PRIMARY KEY,
        show_id             INTEGER REFERENCES shows(id) ON DELETE SET NULL,
        cart_id             INTEGER NOT NULL REFERENCES carts(id),
        buyer_id            INTEGER NOT NULL REFERENCES buyers(id),
        product_id          INTEGER NOT NULL REFERENCES products(id),
        variant_id          INTEGER REFERENCES variants(id),   -- NULL while the order needs details (or is held before it had one)
        quantity            INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_minor    INTEGER CHECK (unit_price_minor IS NULL OR unit_price_minor >= 0),
        currency            TEXT NOT NULL,
        is_deal             INTEGER NOT NULL DEFAULT 0,
        state               TEXT NOT NULL CHECK (state IN
                              ('needs_details', 'claimed', 'confirmed', 'paid', 'packed', 'shipped', 'cancelled', 'waitlisted',
                               'held', 'released', 'returned')),
        hold_reason         TEXT,                              -- why a held order waits (the contract's HoldReasonSchema)
        returned_quantity   INTEGER NOT NULL DEFAULT 0,
        refund_minor        INTEGER NOT NULL DEFAULT 0 CHECK (refund_minor >= 0),
        source              TEXT NOT NULL CHECK (source IN ('chat', 'manual', 'replay')),
        source_message_seq  INTEGER REFERENCES chat_messages(seq),
        note                TEXT NOT NULL DEFAULT '',
        created_at          INTEGER NOT NULL,
        updated_at          INTEGER NOT NULL,
        CHECK (variant_id IS NOT NULL OR state IN ('needs_details', 'cancelled', 'held')),
        CHECK (state != 'held' OR hold_reason IS NOT NULL),
        CHECK (returned_quantity BETWEEN 0 AND quantity),
        CHECK (state != 'returned' OR returned_quantity = quantity)
      );
      INSERT INTO orders_new (id, show_id, cart_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, is_deal, state,
                              source, source_message_seq, note, created_at, updated_at)
        SELECT o.id, o.show_id, c.id, o.buyer_id, o.product_id, o.variant_id, o.quantity, o.unit_price_minor, o.currency, o.is_deal, o.state,
               o.source, o.source_message_seq, o.note, o.created_at, o.updated_at
        FROM orders o JOIN carts c ON ifnull(c.show_id, 0) = ifnull(o.show_id, 0) AND c.buyer_id = o.buyer_id;
      DROP TABLE orders;
      ALTER TABLE orders_new RENAME TO orders;
      CREATE INDEX orders_show ON orders (show_id, id);
      CREATE INDEX orders_buyer ON orders (buyer_id, id);
      CREATE INDEX orders_variant_state ON orders (variant_id, state, id);
      CREATE INDEX orders_cart ON orders (cart_id, id);

      CREATE TABLE order_events (
        id          INTEGER PRIMARY KEY,
        order_id    INTEGER REFERENCES orders(id) ON DELETE CASCADE,  -- NULL: a change of the cart itself
        cart_id     INTEGER NOT NULL REFERENCES carts(id),
        kind        TEXT NOT NULL DEFAULT 'line' CHECK (kind IN
                      ('line', 'combined', 'shipping', 'payment_method', 'payment_requested', 'paid', 'release_kept', 'non_payment')),
        from_state  TEXT,
        to_state    TEXT,
        actor       TEXT NOT NULL,
        reason      TEXT,
        at          INTEGER NOT NULL,
        CHECK ((kind = 'line') = (order_id IS NOT NULL)),
        CHECK (kind != 'line' OR to_state IS NOT NULL)
      );
      INSERT INTO order_events (id, order_id, cart_id, kind, from_state, to_state, actor, reason, at)
        SELECT e.id, e.order_id, o.cart_id, 'line', e.from_state, e.to_state, e.actor, e.reason, e.at
        FROM order_events_keep e JOIN orders o ON o.id = e.order_id;
      DROP TABLE order_events_keep;
      CREATE INDEX order_events_order ON order_events (order_id, id);
      CREATE INDEX order_events_cart ON order_events (cart_id, id);

      CREATE TABLE non_payments (
        id            INTEGER PRIMARY KEY,
        cart_id       INTEGER NOT NULL REFERENCES carts(id),
        buyer_id      INTEGER NOT NULL REFERENCES buyers(id),
        customer_id   INTEGER REFERENCES customers(id) ON DELETE SET NULL,
        show_id       INTEGER REFERENCES shows(id) ON DELETE SET NULL,
        lines         INTEGER NOT NULL CHECK (lines > 0),
        amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
        actor         TEXT NOT NULL,
        at            INTEGER NOT NULL
      );
      CREATE INDEX non_payments_customer ON non_payments (customer_id, at);
      CREATE INDEX non_payments_buyer ON non_payments (buyer_id, at);

      CREATE TABLE stock_movements_new (
        id          INTEGER PRIMARY KEY,
        variant_id  INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
        delta       INTEGER NOT NULL,
        reason      TEXT NOT NULL CHECK (reason IN ('initial', 'manual', 'import', 'write_off')),
        actor       TEXT NOT NULL,
        order_id    INTEGER,
        note        TEXT,
        at          INTEGER NOT NULL
      );
      INSERT INTO stock_movements_new SELECT id, variant_id, delta, reason, actor, order_id, note, at FROM stock_movements;
      DROP TABLE stock_movements;
      ALTER TABLE stock_movements_new RENAME TO stock_movements;
      CREATE INDEX stock_movements_variant ON stock_movements (variant_id, id);
    `);
  },
};
