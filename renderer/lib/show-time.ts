/**
 * Dates and times as the seller reads them: in the UI's language, on the
 * show's clock (a Kazakh seller reviewing a show streamed for Warsaw sees
 * Warsaw's times). Formatters are built once per locale, zone and style:
 * the Review table formats thousands of them.
 */
import { dateOptions } from '../../shared/domain/locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

const STYLES = {
  /** 27 Nov 2026, 19:04 */
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** 27 Nov, 19:04: a table cell */
  short: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  /** 27 Nov 2026 */
  date: { dateStyle: 'medium' },
  /** 19:04:12 */
  time: { timeStyle: 'medium' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type ShowTimeStyle = keyof typeof STYLES;

function formatter(locale: string, timeZone: string | undefined, style: ShowTimeStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const { locale: use, options } = dateOptions(locale, STYLES[style]);
    try {
      f = new Intl.DateTimeFormat(use, { ...options, timeZone });
    } catch {
      // A zone this runtime does not know: the machine's own rather than nothing.
      f = new Intl.DateTimeFormat(use, options);
    }
    formatters.set(key, f);
  }
  return f;
}

/** A UTC millisecond time in the show's zone (the machine's when the zone is not known). */
export function formatShowTime(at: number, locale: string, timeZone: string | undefined, style: ShowTimeStyle = 'dateTime'): string {
  return formatter(locale, timeZone, style).format(at);
}
