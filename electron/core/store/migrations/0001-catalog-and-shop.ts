import type { Migration } from './types';

/**
 * The shop (one row: its currency and language), the catalog (products, up to
 * three options, variants with their own stock, case-insensitive claim codes,
 * images, facts for answers) and the stock ledger every stock change writes to.
 *
 * Money is integer minor units; the currency is the shop's (ISO 4217).
 * Stock is what is still free to claim: claimed orders have already taken theirs,
 * so for every variant: sum(stock_movements.delta) = stock + active order quantity.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'catalog-and-shop',
  up(db) {
    db.exec(`
      CREATE TABLE shop (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        name        TEXT NOT NULL,
        currency    TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
        language    TEXT NOT NULL DEFAULT 'en',
        time_zone   TEXT NOT NULL DEFAULT 'UTC',
        created_at  INTEGER NOT NULL
      );

      CREATE TABLE products (
        id           INTEGER PRIMARY KEY,
        handle       TEXT NOT NULL UNIQUE,
        code         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) BETWEEN 1 AND 16),
        title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description  TEXT NOT NULL DEFAULT '',
        vendor       TEXT NOT NULL DEFAULT '',
        product_type TEXT NOT NULL DEFAULT '',
        tags         TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings
        option1_name TEXT,
        option2_name TEXT,
        option3_name TEXT,
        status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'draft', 'archived')),
        product_url  TEXT,                                -- shop page, for the overlay's QR code
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        CHECK (option2_name IS NULL OR option1_name IS NOT NULL),
        CHECK (option3_name IS NULL OR option2_name IS NOT NULL)
      );

      CREATE TABLE variants (
        id                INTEGER PRIMARY KEY,
        product_id        INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        sku               TEXT,
        option1           TEXT,
        option2           TEXT,
        option3           TEXT,
        price_minor       INTEGER NOT NULL CHECK (price_minor >= 0),
        compare_at_minor  INTEGER CHECK (compare_at_minor IS NULL OR compare_at_minor >= 0),
        stock             INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX variants_options ON variants (product_id, ifnull(option1, ''), ifnull(option2, ''), ifnull(option3, ''));
      CREATE INDEX variants_product ON variants (product_id, position);

      CREATE TABLE product_images (
        id          INTEGER PRIMARY KEY,
        product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL DEFAULT 0,
        source      TEXT NOT NULL,                      -- where it came from: a URL or a file path
        file        TEXT,                               -- file name inside the data folder's images/, once it is there
        state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'ready', 'failed')),
        error       TEXT,
        alt         TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX product_images_product ON product_images (product_id, position);

      -- Facts the studio answers questions from: topic is price|size|stock|shipping|material|payment|care|other.
      CREATE TABLE product_facts (
        id          INTEGER PRIMARY KEY,
        product_id  INTEGER REFERENCES products(id) ON DELETE CASCADE,  -- NULL: a shop-wide fact (shipping, payment)
        topic       TEXT NOT NULL,
        language    TEXT NOT NULL DEFAULT 'en',
        text        TEXT NOT NULL,
        UNIQUE (product_id, topic, language)
      );

      -- The ledger: every change of a variant's stock, with who, when and why.
      CREATE TABLE stock_movements (
        id          INTEGER PRIMARY KEY,
        variant_id  INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
        delta       INTEGER NOT NULL,
        reason      TEXT NOT NULL CHECK (reason IN ('initial', 'manual', 'import', 'order', 'cancel', 'promotion')),
        actor       TEXT NOT NULL,
        order_id    INTEGER,
        note        TEXT,
        at          INTEGER NOT NULL
      );
      CREATE INDEX stock_movements_variant ON stock_movements (variant_id, id);
    `);
  },
};
