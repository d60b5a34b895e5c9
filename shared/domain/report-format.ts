import type { ShowReport } from '../contract/reports';
import { numberLocale } from './money';
import { reportMinuteStart } from './report-minutes';

/**
 * How the show report's figures read, the same on the screen, in the HTML page and in the PDF
 * (README: Report definitions). Money goes through shared/domain/money.ts.
 */

/** 45000 -> "45 s" (`seconds` says it in the UI's language), 150000 -> "2:30", null -> "–". */
export function formatResponse(ms: number | null, seconds: (n: number) => string = (n) => `${n} s`): string {
  if (ms === null) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return seconds(s);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

// Intl formatters are costly to build (the report formats hundreds of cells): each is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, percent: boolean, digits: number): Intl.NumberFormat {
  const key = `${locale}|${percent ? '%' : ''}${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(locale), { ...(percent ? { style: 'percent' } : {}), maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

/** A share 0..1 as a whole percent in the locale's way; null -> "–". */
export function formatShare(share: number | null, locale: string): string {
  if (share === null) return '–';
  return numberFormat(locale, true, share < 0.1 && share > 0 ? 1 : 0).format(share);
}

/** A plain number with at most `digits` decimals in the locale's way; null -> "–". */
export function formatNumber(n: number | null, locale: string, digits = 0): string {
  if (n === null) return '–';
  return numberFormat(locale, false, digits).format(n);
}

/** Minutes from seconds, one decimal. */
export function formatMinutes(seconds: number, locale: string): string {
  return formatNumber(seconds / 60, locale, 1);
}

/**
 * A time of day to the minute, as the language writes its short time ("5:30 AM", "05:30"): the one hour style of
 * the Report (screen, HTML, PDF) and of the windows' times (renderer/lib/show-time.ts uses these options).
 */
export const CLOCK = { timeStyle: 'short' } as const satisfies Intl.DateTimeFormatOptions;
/** The date and a time to the minute: "Nov 27, 2026, 5:30 AM", "27 lis 2026, 05:30". */
export const CLOCK_WITH_DATE = { dateStyle: 'medium', timeStyle: 'short' } as const satisfies Intl.DateTimeFormatOptions;

const hourOptions = new Map<string, '2-digit' | 'numeric'>();
/**
 * The hour option that writes the hour as the language's short time does (a leading zero or none), for formats
 * built from fields (a month and day with a time): "hour: 'numeric'" alone gives Polish "5:30" beside "05:30".
 */
export function hourOption(locale: string): '2-digit' | 'numeric' {
  let option = hourOptions.get(locale);
  if (!option) {
    let hour = '';
    try {
      const parts = new Intl.DateTimeFormat(locale, { ...CLOCK, timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 0, 1, 5, 7));
      hour = parts.find((p) => p.type === 'hour')?.value ?? '';
    } catch {
      hour = '';
    }
    option = hour.length === 2 ? '2-digit' : 'numeric';
    hourOptions.set(locale, option);
  }
  return option;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** A time of day (or date and time) to the minute in the show's time zone, in the language's short time. */
export function formatClock(at: number, timeZone: string, locale: string, withDate = false): string {
  const key = `${locale}|${timeZone}|${withDate}`;
  let format = clockFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { ...(withDate ? CLOCK_WITH_DATE : CLOCK), timeZone };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
    clockFormats.set(key, format);
  }
  return format.format(at);
}

/** Colours of the featured-product segments, one per product in the order first featured: they read on dark and white paper. */
export const SEGMENT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7', '#9c755f'];

/** One colour per featured product, in the order they were first featured: the screen, the HTML page and the PDF alike. */
export function segmentColours(report: Pick<ShowReport, 'segments'>): Map<number, string> {
  const colours = new Map<number, string>();
  for (const s of report.segments.featured)
    if (s.productId !== null && !colours.has(s.productId))
      colours.set(s.productId, SEGMENT_COLOURS[colours.size % SEGMENT_COLOURS.length]!);
  return colours;
}

/** A timeline tick's label: the clock time in the show's zone of the start of minute `minute` (report-minutes.ts). */
export function timelineTickLabel(show: { from: number; timeZone: string }, minute: number, locale: string): string {
  return formatClock(reportMinuteStart(show.from, minute), show.timeZone, locale);
}
