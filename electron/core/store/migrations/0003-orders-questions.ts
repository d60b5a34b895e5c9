import type { Migration } from './types';

/**
 * Orders (with their unit price fixed at the moment they are taken) and their
 * state log; buyers' questions with response times.
 *
 * Order states: needs_details -> claimed -> confirmed -> paid -> packed -> shipped,
 * or cancelled / waitlisted. Only claimed..shipped hold stock ("active").
 */
export const migration0003: Migration = {
  version: 3,
  name: 'orders-questions',
  up(db) {
    db.exec(`
      CREATE TABLE orders (
        id                  INTEGER PRIMARY KEY,
        show_id             INTEGER REFERENCES shows(id) ON DELETE SET NULL,
        buyer_id            INTEGER NOT NULL REFERENCES buyers(id),
        product_id          INTEGER NOT NULL REFERENCES products(id),
        variant_id          INTEGER REFERENCES variants(id),   -- NULL while the order needs details
        quantity            INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_minor    INTEGER CHECK (unit_price_minor IS NULL OR unit_price_minor >= 0),
        currency            TEXT NOT NULL,
        is_deal             INTEGER NOT NULL DEFAULT 0,
        state               TEXT NOT NULL CHECK (state IN
                              ('needs_details', 'claimed', 'confirmed', 'paid', 'packed', 'shipped', 'cancelled', 'waitlisted')),
        source              TEXT NOT NULL CHECK (source IN ('chat', 'manual', 'replay')),
        source_message_seq  INTEGER REFERENCES chat_messages(seq),
        note                TEXT NOT NULL DEFAULT '',
        created_at          INTEGER NOT NULL,
        updated_at          INTEGER NOT NULL,
        CHECK (variant_id IS NOT NULL OR state IN ('needs_details', 'cancelled'))
      );
      CREATE INDEX orders_show ON orders (show_id, id);
      CREATE INDEX orders_buyer ON orders (buyer_id, id);
      CREATE INDEX orders_variant_state ON orders (variant_id, state, id);

      CREATE TABLE order_events (
        id          INTEGER PRIMARY KEY,
        order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        actor       TEXT NOT NULL,
        reason      TEXT,
        at          INTEGER NOT NULL
      );
      CREATE INDEX order_events_order ON order_events (order_id, id);

      CREATE TABLE questions (
        id                INTEGER PRIMARY KEY,
        show_id           INTEGER REFERENCES shows(id) ON DELETE SET NULL,
        message_seq       INTEGER NOT NULL UNIQUE REFERENCES chat_messages(seq),
        buyer_id          INTEGER NOT NULL REFERENCES buyers(id),
        product_id        INTEGER REFERENCES products(id) ON DELETE SET NULL,
        topic             TEXT NOT NULL DEFAULT 'other',
        language          TEXT NOT NULL DEFAULT 'en',
        state             TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered', 'dismissed')),
        suggested_answer  TEXT,
        answer            TEXT,
        answered_by       TEXT,
        auto_answered     INTEGER NOT NULL DEFAULT 0,
        asked_at          INTEGER NOT NULL,
        answered_at       INTEGER,
        response_ms       INTEGER
      );
      CREATE INDEX questions_open ON questions (state, asked_at);
    `);
  },
};
