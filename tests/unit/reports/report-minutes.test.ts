import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportService } from '../../../electron/core/reports';
import { storeEndedShowChatTally } from '../../../electron/core/store/chat-tally';
import { ShowReportSchema, type ShowReport } from '../../../shared/contract';
import { timelineTickLabel } from '../../../shared/domain/report-format';
import { MIN, seedReportFixture, T0, type ReportFixture } from '../../support/report-fixture';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

// The fixture's show started 52 s into a minute (18:00:52 UTC): the report's minutes are still whole clock minutes,
// so the bar labelled 18:02 holds what happened from 18:02:00 to 18:02:59. Worked out by hand from the fixture's story.
const START = T0 + 52_000;

describe('the report’s minutes are minutes of the clock', () => {
  let temp: TempDatabase;
  let fixture: ReportFixture;
  const report = (): ShowReport =>
    ShowReportSchema.parse(
      new ReportService({ db: temp.db, clock: () => START + 60 * MIN, ownAccounts: () => new Set(['shop']) }).show(fixture.showId),
    );

  beforeEach(() => {
    temp = tempDatabase();
    fixture = seedReportFixture(temp.db, 'Friday linen', START);
  });
  afterEach(() => temp.remove());

  it('counts orders and chat in the clock minute they were received in, from the minute the show started in', () => {
    const r = report();
    expect(r.perMinute.map((m) => [m.minute, m.messages, m.orders, m.units, m.revenueMinor])).toEqual([
      [0, 1, 0, 0, 0], // Bob's hello at 18:00:22, before the start but in its minute
      [1, 2, 1, 1, 14_900], // Anna's shirt at 18:01:22, Dan's question at 18:01:52
      [2, 3, 1, 2, 29_800], // Bob's two shirts at 18:02:02; the moderator; Cat's shirt, cancelled
      [3, 1, 0, 0, 0],
      [4, 2, 0, 0, 0],
      [5, 2, 1, 1, 5_000],
      [6, 1, 1, 2, 10_000],
      [7, 1, 0, 0, 0],
      [8, 1, 0, 0, 0],
      [9, 1, 0, 0, 0],
      [10, 0, 0, 0, 0], // the show ended at 18:10:52: its last minute is there, quiet
    ]);
    expect(r.perMinute.map((m) => m.at - T0)).toEqual(r.perMinute.map((m) => m.minute * MIN));
    expect(timelineTickLabel(r.show, 2, 'en-GB')).toBe('18:02');
  });

  it('stores the ended show’s chat on the same minutes, and a report from the stored tally reads the same', () => {
    const counted = report().perMinute;
    storeEndedShowChatTally(temp.db, fixture.showId);
    expect(temp.db.prepare('SELECT origin FROM show_chat_tallies WHERE show_id = ?').pluck().get(fixture.showId)).toBe(T0);
    expect(report().perMinute).toEqual(counted);
  });
});
