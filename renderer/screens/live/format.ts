import { formatNumber } from '../../../shared/domain/locale';

/** An age or a duration as a clock reads it: 0:07, 4:32, 1:02:09. */
export function formatAge(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A response time: seconds with one decimal under a minute ("3.4 s", "3,4 s" in Polish), a clock above. */
export function formatResponse(ms: number, locale = 'en'): string {
  if (ms >= 60_000) return formatAge(ms);
  return `${formatNumber(Math.floor(ms / 100) / 10, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}

/**
 * One formatter per locale and shape: building an Intl.DateTimeFormat costs far more than using one,
 * and every chat line and order row formats a time (the live board at 500 lines a second made
 * thousands a second).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function timeFormat(locale: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${seconds ? 's' : 'm'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale,
      seconds ? { hour: '2-digit', minute: '2-digit', second: '2-digit' } : { hour: '2-digit', minute: '2-digit' },
    );
    formatters.set(key, f);
  }
  return f;
}

/** Wall-clock time of day in the UI language (chat and order timestamps). */
export function formatClock(at: number, locale: string): string {
  return timeFormat(locale, true).format(at);
}

/** Hours and minutes only, where seconds would be noise (an order's time). */
export function formatTime(at: number, locale: string): string {
  return timeFormat(locale, false).format(at);
}
