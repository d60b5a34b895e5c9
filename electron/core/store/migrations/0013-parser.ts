import type { Migration } from './types';

/**
 * The shop's labelled examples (issue 17): a moderator's fix of a parse (picked the variant,
 * changed the intent, marked "not an order"), keyed by the message's normalised text and the
 * product on screen when it was sent. The intent engine reads them for later messages; moderators
 * see and delete them. One example per key: a later fix of the same text on the same product replaces it.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'parser',
  up(db) {
    db.exec(`
      CREATE TABLE intent_examples (
        id             INTEGER PRIMARY KEY,
        norm_text      TEXT NOT NULL CHECK (length(norm_text) BETWEEN 1 AND 2000),  -- the intent engine's normalised tokens, space-joined
        featured_code  TEXT NOT NULL DEFAULT '',                                    -- the product on screen ('' = none)
        text           TEXT NOT NULL,                                               -- the message as written (what the list shows)
        intent         TEXT NOT NULL CHECK (intent IN ('order', 'cancel', 'question', 'other')),
        code           TEXT,
        options_json   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options_json) AND json_type(options_json) = 'object'),
        quantity       INTEGER CHECK (quantity IS NULL OR quantity BETWEEN 1 AND 999),
        topic          TEXT CHECK (topic IS NULL OR topic IN ('price', 'size', 'stock', 'shipping', 'material', 'payment', 'other')),
        language       TEXT,
        order_id       INTEGER REFERENCES orders(id) ON DELETE SET NULL,            -- the order the fix was made on
        created_by     TEXT NOT NULL,
        created_at     INTEGER NOT NULL,
        UNIQUE (norm_text, featured_code)
      );
    `);
  },
};
