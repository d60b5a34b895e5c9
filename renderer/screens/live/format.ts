/** An age or a duration as a clock reads it: 0:07, 4:32, 1:02:09. */
export function formatAge(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A response time: seconds with one decimal under a minute ("3.4 s"), a clock above. */
export function formatResponse(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : formatAge(ms);
}

/** Wall-clock time of day in the UI language (chat and order timestamps). */
export function formatClock(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at);
}

/** Hours and minutes only, where seconds would be noise (an order's time). */
export function formatTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
}
