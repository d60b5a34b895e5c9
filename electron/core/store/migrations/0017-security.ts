import type { Migration } from './types';

/**
 * Orders per state of each show, kept as the orders change (issue 18: ingest with commerce).
 * `commerce.summary` follows every committed chat batch; summing the show's orders each time made
 * ingest slower the longer a show ran (each batch re-read every order taken so far). Triggers on
 * `orders` keep the per-state count, line total and refunds beside them, in the same transaction as
 * the order write, whatever the path (chat, staff, carts, sweeps, a deleted show setting show_id to
 * NULL); `orderTotalsByState` reads these few rows. An index lets the summary's question figures read
 * only the show's questions. `show_key` is the show's id, 0 for orders of no show.
 */
export const migration0017: Migration = {
  version: 17,
  name: 'security',
  up(db) {
    db.exec(`
      CREATE TABLE order_state_totals (
        show_key          INTEGER NOT NULL,
        state             TEXT NOT NULL,
        count             INTEGER NOT NULL,
        line_total_minor  INTEGER NOT NULL,
        refund_minor      INTEGER NOT NULL,
        PRIMARY KEY (show_key, state)
      ) WITHOUT ROWID;

      -- The summary's question figures of one show (open count, oldest open) read its own rows, not every open question of every show.
      CREATE INDEX questions_show_state ON questions (show_id, state, asked_at);

      INSERT INTO order_state_totals (show_key, state, count, line_total_minor, refund_minor)
        SELECT ifnull(show_id, 0), state, count(*), coalesce(sum(quantity * coalesce(unit_price_minor, 0)), 0), coalesce(sum(refund_minor), 0)
        FROM orders GROUP BY ifnull(show_id, 0), state;

      CREATE TRIGGER order_state_totals_insert AFTER INSERT ON orders BEGIN
        INSERT INTO order_state_totals (show_key, state, count, line_total_minor, refund_minor)
          VALUES (ifnull(new.show_id, 0), new.state, 1, new.quantity * coalesce(new.unit_price_minor, 0), new.refund_minor)
          ON CONFLICT (show_key, state) DO UPDATE SET
            count = count + 1,
            line_total_minor = line_total_minor + excluded.line_total_minor,
            refund_minor = refund_minor + excluded.refund_minor;
      END;

      CREATE TRIGGER order_state_totals_delete AFTER DELETE ON orders BEGIN
        UPDATE order_state_totals SET
            count = count - 1,
            line_total_minor = line_total_minor - old.quantity * coalesce(old.unit_price_minor, 0),
            refund_minor = refund_minor - old.refund_minor
          WHERE show_key = ifnull(old.show_id, 0) AND state = old.state;
      END;

      CREATE TRIGGER order_state_totals_update AFTER UPDATE OF show_id, state, quantity, unit_price_minor, refund_minor ON orders BEGIN
        UPDATE order_state_totals SET
            count = count - 1,
            line_total_minor = line_total_minor - old.quantity * coalesce(old.unit_price_minor, 0),
            refund_minor = refund_minor - old.refund_minor
          WHERE show_key = ifnull(old.show_id, 0) AND state = old.state;
        INSERT INTO order_state_totals (show_key, state, count, line_total_minor, refund_minor)
          VALUES (ifnull(new.show_id, 0), new.state, 1, new.quantity * coalesce(new.unit_price_minor, 0), new.refund_minor)
          ON CONFLICT (show_key, state) DO UPDATE SET
            count = count + 1,
            line_total_minor = line_total_minor + excluded.line_total_minor,
            refund_minor = refund_minor + excluded.refund_minor;
      END;
    `);
  },
};
