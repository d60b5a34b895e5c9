import type { Migration } from './types';

/**
 * The report's minutes are whole clock minutes (shared/domain/report-minutes.ts): a show's chat tally is counted
 * from the clock minute the show started in, no longer from its start's second. A tally stored before this version
 * counted from a start that was not on a whole minute is dropped, so the tally backfill (reports/chat-tally-backfill.ts)
 * counts that show's chat again on the new minutes; until then its report counts from the chat, as for a show with none.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'report-minutes-on-the-clock',
  up(db) {
    db.exec(`DELETE FROM show_chat_tallies WHERE origin % 60000 != 0;`);
  },
};
