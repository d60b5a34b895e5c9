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

// Times of day (chat lines, orders, their history) are on the show's clock: formatShowTime, renderer/lib/show-time.ts.
