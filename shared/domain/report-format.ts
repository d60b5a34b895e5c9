import { numberLocale } from './money';

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

/** A share 0..1 as a whole percent in the locale's way; null -> "–". */
export function formatShare(share: number | null, locale: string): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: share < 0.1 && share > 0 ? 1 : 0 }).format(
    share,
  );
}

/** A plain number with at most `digits` decimals in the locale's way; null -> "–". */
export function formatNumber(n: number | null, locale: string, digits = 0): string {
  if (n === null) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: digits }).format(n);
}

/** Minutes from seconds, one decimal. */
export function formatMinutes(seconds: number, locale: string): string {
  return formatNumber(seconds / 60, locale, 1);
}

/** A time of day (or date and time) in the show's time zone. */
export function formatClock(at: number, timeZone: string, locale: string, withDate = false): string {
  const options: Intl.DateTimeFormatOptions = withDate
    ? { timeZone, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
    : { timeZone, hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(at);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
  }
}

/** Colours of the featured-product segments, one per product in the order first featured: they read on dark and white paper. */
export const SEGMENT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7', '#9c755f'];
