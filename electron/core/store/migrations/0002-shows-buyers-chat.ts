import type { Migration } from './types';

/**
 * Shows (draft -> live -> ended) with their lineup and timeline; buyers as
 * platform identities (optionally linked to a customer later); chat messages.
 *
 * `seq` columns are AUTOINCREMENT so they never reuse a number: they are the
 * monotonic ingest sequence clients use to order and resume.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'shows-buyers-chat',
  up(db) {
    db.exec(`
      CREATE TABLE shows (
        id                   INTEGER PRIMARY KEY,
        title                TEXT NOT NULL CHECK (length(trim(title)) > 0),
        state                TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'live', 'ended')),
        time_zone            TEXT NOT NULL DEFAULT 'UTC',
        language             TEXT NOT NULL DEFAULT 'en',
        featured_product_id  INTEGER REFERENCES products(id) ON DELETE SET NULL,
        featured_at          INTEGER,
        created_at           INTEGER NOT NULL,
        started_at           INTEGER,
        ended_at             INTEGER
      );
      -- At most one show is live at a time.
      CREATE UNIQUE INDEX shows_one_live ON shows (state) WHERE state = 'live';

      CREATE TABLE lineup_items (
        id                INTEGER PRIMARY KEY,
        show_id           INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        product_id        INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        scene_name        TEXT,
        deal_price_minor  INTEGER CHECK (deal_price_minor IS NULL OR deal_price_minor >= 0),
        deal_quota        INTEGER CHECK (deal_quota IS NULL OR deal_quota > 0),
        deal_seconds      INTEGER CHECK (deal_seconds IS NULL OR deal_seconds > 0),
        deal_started_at   INTEGER,
        deal_ends_at      INTEGER,
        per_buyer_limit   INTEGER CHECK (per_buyer_limit IS NULL OR per_buyer_limit > 0),
        UNIQUE (show_id, product_id)
      );
      CREATE INDEX lineup_items_show ON lineup_items (show_id, position);

      -- The show's timeline: feature changes, scene switches, stream/record, connector gaps, state changes.
      CREATE TABLE show_events (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        show_id  INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
        type     TEXT NOT NULL,
        at       INTEGER NOT NULL,
        actor    TEXT NOT NULL,
        data     TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX show_events_show ON show_events (show_id, seq);

      CREATE TABLE customers (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        email       TEXT,
        phone       TEXT,
        address     TEXT,            -- JSON, shape owned by the review issue
        note        TEXT NOT NULL DEFAULT '',
        created_at  INTEGER NOT NULL
      );

      -- One row per platform identity. Manual orders get a buyer with platform 'manual'.
      CREATE TABLE buyers (
        id                INTEGER PRIMARY KEY,
        platform          TEXT NOT NULL,
        platform_user_id  TEXT NOT NULL,
        display_name      TEXT NOT NULL,
        language          TEXT,
        customer_id       INTEGER REFERENCES customers(id) ON DELETE SET NULL,
        first_seen_at     INTEGER NOT NULL,
        last_seen_at      INTEGER NOT NULL,
        UNIQUE (platform, platform_user_id)
      );

      CREATE TABLE chat_messages (
        seq                  INTEGER PRIMARY KEY AUTOINCREMENT,
        show_id              INTEGER REFERENCES shows(id) ON DELETE CASCADE,
        platform             TEXT NOT NULL,
        platform_message_id  TEXT NOT NULL,
        channel              TEXT NOT NULL,
        buyer_id             INTEGER NOT NULL REFERENCES buyers(id),
        text                 TEXT NOT NULL,
        parts                TEXT,             -- JSON: text and emote parts
        badges               TEXT NOT NULL DEFAULT '[]',
        is_action            INTEGER NOT NULL DEFAULT 0,
        paid_minor           INTEGER,          -- bits, Super Chat: in the paid currency's minor units
        paid_currency        TEXT,             -- ISO code, or 'BITS'
        sent_at              INTEGER,          -- the platform's own timestamp
        received_at          INTEGER NOT NULL, -- when the studio got it
        deleted_at           INTEGER,          -- deletions and bans mark, never erase
        deleted_reason       TEXT,
        UNIQUE (platform, platform_message_id)
      );
      CREATE INDEX chat_messages_show ON chat_messages (show_id, seq);
      CREATE INDEX chat_messages_buyer ON chat_messages (buyer_id, seq);
    `);
  },
};
