import { CLOCK, CLOCK_WITH_DATE, hourOption } from '../../shared/domain/report-format';

/**
 * Dates and times as the seller reads them: in the UI's language, on the
 * show's clock (a Kazakh seller reviewing a show streamed for Warsaw sees
 * Warsaw's times). Formatters are built once per locale, zone and style:
 * the Review table formats thousands of them.
 *
 * A runtime may lack a language's date data: Chromium's ICU has no full
 * Kazakh, and formats `kk` dates with the root pattern ("2026 M11 27 23:04").
 * Such a locale gets numeric dates in the form used there (27.11.2026, 23:04)
 * instead of a month nobody reads.
 */
const formatters = new Map<string, Format>();

/**
 * One format per purpose, and one hour style per language: every time to the minute is the language's short time
 * (the same leading zero, or none, as the chat's times with seconds: "5:30 AM" and "5:30:01 AM", "05:30" and
 * "05:30:01"); seconds only where they matter (a chat line, a status since when). The Report's own times (core
 * and screen) take the same options from shared/domain/report-format.ts.
 */
const STYLES = {
  /** 27 Nov 2026, 19:04 */
  dateTime: CLOCK_WITH_DATE,
  /** 27 Nov, 19:04: a table cell (its hour as the language's short time writes it: see hourOption) */
  short: { month: 'short', day: 'numeric', minute: '2-digit' },
  /** 27 Nov 2026 */
  date: { dateStyle: 'medium' },
  /** 19:04:12: a chat line, where the second tells which came first */
  time: { timeStyle: 'medium' },
  /** 19:04: an order's time, the end of a range that started the same day */
  clock: CLOCK,
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type ShowTimeStyle = keyof typeof STYLES;

type Format = (at: number) => string;

const NUMERIC: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  numberingSystem: 'latn',
};

const monthNames = (locale: string) => {
  const f = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return [0, 5, 10].map((m) => f.formatToParts(Date.UTC(2026, m, 15)).find((p) => p.type === 'month')?.value ?? '');
};

/**
 * Whether this runtime can name months in the locale's language: not when it resolves the locale to another
 * language, prints the root pattern's "M11", or gives the English names for a language that is not English.
 */
export function hasMonthNames(locale: string): boolean {
  try {
    const language = new Intl.Locale(locale).language;
    if (new Intl.Locale(new Intl.DateTimeFormat(locale).resolvedOptions().locale).language !== language) return false;
    const names = monthNames(locale);
    if (names.some((n) => n === '' || /^M?\d+$/.test(n))) return false;
    return language === 'en' || names.join() !== monthNames('en').join();
  } catch {
    return false;
  }
}

/** Day.month.year, 24-hour time, from the numbers alone (the zone still applies). */
function numericFormat(timeZone: string | undefined, style: ShowTimeStyle): Format {
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-GB', { ...NUMERIC, timeZone });
  } catch {
    f = new Intl.DateTimeFormat('en-GB', NUMERIC);
  }
  return (at) => {
    const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
    const hm = `${p.hour}:${p.minute}`;
    if (style === 'dateTime') return `${p.day}.${p.month}.${p.year}, ${hm}`;
    if (style === 'short') return `${p.day}.${p.month}, ${hm}`;
    if (style === 'date') return `${p.day}.${p.month}.${p.year}`;
    if (style === 'clock') return hm;
    return `${hm}:${p.second}`;
  };
}

function optionsOf(locale: string, style: ShowTimeStyle): Intl.DateTimeFormatOptions {
  return style === 'short' ? { ...STYLES.short, hour: hourOption(locale) } : STYLES[style];
}

function formatter(locale: string, timeZone: string | undefined, style: ShowTimeStyle): Format {
  const key = `${locale}|${timeZone ?? ''}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    if (!hasMonthNames(locale)) f = numericFormat(timeZone, style);
    else {
      let intl: Intl.DateTimeFormat;
      try {
        intl = new Intl.DateTimeFormat(locale, { ...optionsOf(locale, style), timeZone });
      } catch {
        // A zone this runtime does not know: the machine's own rather than nothing.
        intl = new Intl.DateTimeFormat(locale, optionsOf(locale, style));
      }
      f = (at) => intl.format(at);
    }
    formatters.set(key, f);
  }
  return f;
}

/** A UTC millisecond time in the show's zone (the machine's when the zone is not known). */
export function formatShowTime(at: number, locale: string, timeZone: string | undefined, style: ShowTimeStyle = 'dateTime'): string {
  return formatter(locale, timeZone, style)(at);
}

/**
 * From one time to another in the show's zone, both to the minute: "Nov 27, 2026, 7:04 PM – 9:30 PM" when the
 * end falls on the start's day, the end's date too when it does not ("27.11.2026, 23:10 – 28.11.2026, 01:05").
 */
export function formatShowRange(from: number, to: number, locale: string, timeZone: string | undefined): string {
  const ends = formatShowRangeEnds(from, to, locale, timeZone);
  return `${ends.from} – ${ends.to}`;
}

/** formatShowRange's two ends, for a sentence that places them itself (the Report's "from – to (zone)"). */
export function formatShowRangeEnds(from: number, to: number, locale: string, timeZone: string | undefined): { from: string; to: string } {
  const sameDay = formatShowTime(from, locale, timeZone, 'date') === formatShowTime(to, locale, timeZone, 'date');
  return {
    from: formatShowTime(from, locale, timeZone, 'dateTime'),
    to: formatShowTime(to, locale, timeZone, sameDay ? 'clock' : 'dateTime'),
  };
}
