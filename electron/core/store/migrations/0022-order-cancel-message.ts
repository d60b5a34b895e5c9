import type { Migration } from './types';

/**
 * The chat message that cancelled an order ("anuluję A12", "бас тарттым B3"): the live chat feed tags
 * that line with the order it cancelled, as it tags the line that made an order, so the host sees the
 * message did something. Null for orders not cancelled from chat (and for those cancelled before this version).
 */
export const migration0022: Migration = {
  version: 22,
  name: 'order-cancel-message',
  up(db) {
    db.exec(`ALTER TABLE orders ADD COLUMN cancel_message_seq INTEGER REFERENCES chat_messages(seq);`);
  },
};
