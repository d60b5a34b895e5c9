// One time format per purpose, one hour style per language: chat rows said "5:30:01 AM" beside order rows'
// "05:30 AM", and the Report's header "5:29 AM – 05:35 AM". Every time to the minute (an order, a range's end, the
// Report's own times in the core's HTML/PDF too) is the language's short time; seconds only on a chat line.
import { describe, expect, it } from 'vitest';
import { formatShowRangeEnds, formatShowTime } from '../../../renderer/lib/show-time';
import { formatClock, timelineTickLabel } from '../../../shared/domain/report-format';

const ZONE = 'Europe/Warsaw';
const AT = Date.UTC(2026, 10, 29, 4, 30, 1); // 05:30:01 in Warsaw
const LATER = AT + 5 * 60_000; // 05:35:01

/** The hour as written, with its leading zero or not. */
const hourOf = (text: string) => /(\d{1,2}):\d{2}/.exec(text)?.[1];

describe('times in a window and in the Report', () => {
  for (const lang of ['en', 'pl', 'kk']) {
    it(`${lang}: one hour style, seconds only on the chat line`, () => {
      const chat = formatShowTime(AT, lang, ZONE, 'time');
      const order = formatShowTime(AT, lang, ZONE, 'clock');
      const cell = formatShowTime(AT, lang, ZONE, 'short');
      const withDate = formatShowTime(AT, lang, ZONE, 'dateTime');
      const report = formatClock(AT, ZONE, lang);
      const reportWithDate = formatClock(AT, ZONE, lang, true);
      const tick = timelineTickLabel({ from: AT, timeZone: ZONE }, 0, lang);
      const range = formatShowRangeEnds(AT, LATER, lang, ZONE);
      const hour = hourOf(chat);
      expect(hour).toBeDefined();
      for (const text of [order, cell, withDate, report, reportWithDate, tick, range.from, range.to])
        expect(hourOf(text), `${lang}: "${text}" beside the chat's "${chat}"`).toBe(hour);
      // The same minute, written the same way by the window and by the Report.
      expect(report).toBe(order);
      expect(tick).toBe(order);
      expect(range.to).toBe(formatShowTime(LATER, lang, ZONE, 'clock'));
      // Seconds on the chat line only.
      expect(chat).toMatch(/\d:30:01/);
      for (const text of [order, cell, withDate, report, range.from, range.to]) expect(text).not.toMatch(/\d:\d{2}:\d{2}/);
    });
  }

  it('en writes no leading zero, pl and kk do (the languages’ own short time)', () => {
    expect(formatShowTime(AT, 'en', ZONE, 'clock')).toBe('5:30 AM');
    expect(formatClock(AT, ZONE, 'en')).toBe('5:30 AM');
    expect(formatShowTime(AT, 'pl', ZONE, 'clock')).toBe('05:30');
    expect(formatShowTime(AT, 'pl', ZONE, 'short')).toBe('29 lis, 05:30');
    expect(formatShowTime(AT, 'en', ZONE, 'short')).toBe('Nov 29, 5:30 AM');
  });
});
