// A show's chat counted once at its end (store/chat-tally.ts, migration 0021): later reports start from the stored
// tally instead of scanning the show's chat, and must come out exactly as if they had scanned it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatTallyBackfill, ReportService } from '../../../electron/core/reports';
import { StudioEvents } from '../../../electron/core/events';
import { ShowService } from '../../../electron/core/shows/show-service';
import { insertChatBatch } from '../../../electron/core/store/chat';
import { storeEndedShowChatTally } from '../../../electron/core/store/chat-tally';
import type { ShowReport } from '../../../shared/contract';
import { MIN, seedReportFixture, T0, type ReportFixture } from '../../support/report-fixture';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

const reportOf = (temp: TempDatabase, showId: number): ShowReport => {
  const service = new ReportService({ db: temp.db, clock: () => T0 + 60 * MIN, ownAccounts: () => new Set(['shop']) });
  return service.show(showId);
};
const storedRow = (temp: TempDatabase, showId: number) =>
  temp.db.prepare('SELECT last_seq AS lastSeq, minutes, authors FROM show_chat_tallies WHERE show_id = ?').get(showId) as
    { lastSeq: number; minutes: string; authors: string } | undefined;
const lateMessage = (id: string, who: string, at: number) => ({
  platform: 'twitch' as const,
  platformMessageId: id,
  channel: 'shop',
  author: { platformUserId: who.toLowerCase(), name: who, badges: [] },
  text: 'missed it!',
  isAction: false,
  paid: null,
  sentAt: null,
  receivedAt: at,
});

describe('a show’s chat tally stored at its end', () => {
  let temp: TempDatabase;
  let fixture: ReportFixture;

  beforeEach(() => {
    temp = tempDatabase();
    fixture = seedReportFixture(temp.db);
  });
  afterEach(() => temp.remove());

  it('ending a show through the show service stores its chat counted up to its last message', () => {
    temp.db.prepare("UPDATE shows SET state = 'live', ended_at = NULL WHERE id = ?").run(fixture.showId);
    const shows = new ShowService({
      db: temp.db,
      events: new StudioEvents(),
      clock: () => T0 + 10 * MIN,
      overlay: { unpin: () => undefined, clearDeal: () => undefined },
    });
    expect(storedRow(temp, fixture.showId)).toBeUndefined();
    shows.end(fixture.showId, 'host');
    const row = storedRow(temp, fixture.showId)!;
    expect(row.lastSeq).toBe(temp.db.prepare('SELECT max(seq) FROM chat_messages WHERE show_id = ?').pluck().get(fixture.showId));
    // 15 messages of the show (as the report test counts them by hand), by minute from the start; 8 authors.
    const minutes = JSON.parse(row.minutes) as [number, number][];
    expect(minutes.reduce((sum, [, n]) => sum + n, 0)).toBe(15);
    expect(new Map(minutes).get(-1)).toBe(1); // Bob, 30 s before the start
    expect((JSON.parse(row.authors) as unknown[]).length).toBe(8);
  });

  it('a report from the stored tally is the report from the chat itself, figure for figure', () => {
    const scanned = reportOf(temp, fixture.showId);
    storeEndedShowChatTally(temp.db, fixture.showId);
    const fromStored = reportOf(temp, fixture.showId);
    expect(fromStored).toEqual(scanned);
    expect(fromStored.chatters).toBe(4);
    expect(fromStored.messages).toBe(15);
  });

  it('the stored tally is what a new service reads (not the chat), and only for the show’s own creation time and start', () => {
    storeEndedShowChatTally(temp.db, fixture.showId);
    // Change the stored count of minute 0 behind the store's back: a report that scanned the chat would not see it.
    const row = storedRow(temp, fixture.showId)!;
    const minutes = (JSON.parse(row.minutes) as [number, number][]).map(([m, n]) => [m, m === 0 ? n + 100 : n]);
    temp.db.prepare('UPDATE show_chat_tallies SET minutes = ? WHERE show_id = ?').run(JSON.stringify(minutes), fixture.showId);
    expect(reportOf(temp, fixture.showId).messages).toBe(115);
    // A tally counted from another start's minute no longer applies: the chat is counted again.
    temp.db.prepare('UPDATE shows SET started_at = started_at + 60000 WHERE id = ?').run(fixture.showId);
    expect(reportOf(temp, fixture.showId).messages).toBe(15);
  });

  it('chat stored after the end is added to the stored tally; authors are looked up as they are now', () => {
    storeEndedShowChatTally(temp.db, fixture.showId);
    insertChatBatch(temp.db, fixture.showId, [lateMessage('late-1', 'Eve', T0 + 9 * MIN + 30_000)]);
    // Dan's account now shows as a known bot's name: not a chatter any more, in the stored tally as in the chat.
    temp.db.prepare("UPDATE buyers SET display_name = 'Nightbot' WHERE display_name = 'Dan'").run();
    const report = reportOf(temp, fixture.showId);
    expect(report.messages).toBe(16);
    expect(report.chatters).toBe(4); // Anna, Bob, Cat and Eve
    temp.db.prepare('DELETE FROM show_chat_tallies').run();
    expect(reportOf(temp, fixture.showId)).toEqual(report);
    storeEndedShowChatTally(temp.db, fixture.showId);
    expect(report.perMinute.find((m) => m.minute === 9)!.messages).toBe(2);
    // Stored again, the late message is in it.
    expect(storedRow(temp, fixture.showId)!.lastSeq).toBe(temp.db.prepare('SELECT max(seq) FROM chat_messages').pluck().get());
    expect(reportOf(temp, fixture.showId)).toEqual(report);
  });

  it('a show that has not ended stores nothing', () => {
    temp.db.prepare("UPDATE shows SET state = 'live', ended_at = NULL WHERE id = ?").run(fixture.showId);
    expect(storeEndedShowChatTally(temp.db, fixture.showId)).toBeNull();
    expect(storedRow(temp, fixture.showId)).toBeUndefined();
  });

  it('shows that ended without a stored tally are counted in the background, newest first, each once', () => {
    const errors: unknown[] = [];
    const backfill = new ChatTallyBackfill({ db: temp.db, onError: (e) => errors.push(e) });
    const stored = () => (temp.db.prepare('SELECT show_id FROM show_chat_tallies ORDER BY show_id').pluck().all() as number[]).sort();
    expect(stored()).toEqual([]);
    expect(backfill.step()).toBe(true);
    expect(stored()).toEqual([fixture.showId]); // the newer show first
    expect(backfill.step()).toBe(true);
    expect(stored()).toEqual([fixture.earlierShowId, fixture.showId].sort());
    expect(backfill.step()).toBe(false);
    backfill.close();
    expect(errors).toEqual([]);
    // The stored tallies are the chat's own counts: the reports are the same as counted from the chat.
    const fromStored = reportOf(temp, fixture.showId);
    temp.db.prepare('DELETE FROM show_chat_tallies').run();
    expect(reportOf(temp, fixture.showId)).toEqual(fromStored);
  });
});
