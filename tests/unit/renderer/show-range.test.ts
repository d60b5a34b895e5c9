// An ended show's range in the show picker: both ends to the minute, in one format ("02:33 – 02:36:08" mixed
// a minute with a second), the end's date only when the show ran past midnight on its own clock.
import { describe, expect, it } from 'vitest';
import { formatShowRange } from '../../../renderer/lib/show-time';

const START = Date.UTC(2026, 10, 27, 18, 4, 12); // 19:04:12 in Warsaw, 23:04:12 in Almaty

describe('a show’s start-to-end range', () => {
  it('ends on the same day: the date once, both times to the minute', () => {
    const end = START + (2 * 60 + 26) * 60_000 + 56_000; // 21:31:08 in Warsaw
    expect(formatShowRange(START, end, 'en', 'Europe/Warsaw')).toBe('Nov 27, 2026, 7:04 PM – 9:31 PM');
    expect(formatShowRange(START, end, 'pl', 'Europe/Warsaw')).toBe('27 lis 2026, 19:04 – 21:31');
    // A language the runtime has no month names for (Kazakh in Chromium): the numeric form, still to the minute.
    expect(formatShowRange(START, end, 'xx', 'Europe/Warsaw')).toBe('27.11.2026, 19:04 – 21:31');
  });

  it('runs past midnight on the show’s clock: the end carries its date', () => {
    const end = START + 2 * 60 * 60_000; // 01:04:12 next day in Almaty, 21:04:12 in Warsaw
    expect(formatShowRange(START, end, 'xx', 'Asia/Almaty')).toBe('27.11.2026, 23:04 – 28.11.2026, 01:04');
    expect(formatShowRange(START, end, 'xx', 'Europe/Warsaw')).toBe('27.11.2026, 19:04 – 21:04');
  });
});
