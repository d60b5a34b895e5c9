/**
 * Which locale Intl formats numbers, money and dates with, for a UI or show language. Node carries
 * full ICU data; Chromium's ICU (the host window, the consoles, OBS's browser source) has no Kazakh
 * number or date data and falls back to the root pattern ("KZT 12,500.00", "1970 M01 1"), while the
 * chat answer, formatted in Node, reads "12 500,00 ₸". Where the runtime lacks Kazakh data, Russian
 * as used in Kazakhstan (ru-KZ) stands in: CLDR gives it the same number pattern, separators and
 * currency symbols as kk-KZ, so every screen and the chat agree. Dates then take numeric forms only
 * (no Russian month names in a Kazakh window).
 */
const STAND_INS: Record<string, string> = { kk: 'ru-KZ' };
const resolved = new Map<string, { locale: string; standIn: boolean }>();

/** Whether this runtime formats the locale's numbers by its own rules (not the root fallback). */
function hasNumberData(locale: string): boolean {
  try {
    // Every stand-in language groups thousands and writes a decimal comma; the root pattern does neither.
    return new Intl.NumberFormat(locale).format(1234.5) !== '1,234.5';
  } catch {
    return false;
  }
}

export function formattingLocale(locale: string): { locale: string; standIn: boolean } {
  let r = resolved.get(locale);
  if (!r) {
    const language = locale.toLowerCase().split('-')[0] ?? locale;
    const standIn = STAND_INS[language];
    r = standIn && !hasNumberData(locale) ? { locale: standIn, standIn: true } : { locale, standIn: false };
    resolved.set(locale, r);
  }
  return r;
}

/** The locale to give Intl.NumberFormat (money, counts, percentages) for this UI language. */
export const numberLocale = (locale: string): string => formattingLocale(locale).locale;

/** A plain number in the locale's way ("3,4" in Polish, "1 234,5" in Kazakh). */
export function formatNumber(n: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(numberLocale(locale), options).format(n);
}

/**
 * Date options for this locale: unchanged where the runtime has its data; where a stand-in is used,
 * month names become numbers (27.11.2026), so no word of another language appears.
 */
export function dateOptions(locale: string, options: Intl.DateTimeFormatOptions): { locale: string; options: Intl.DateTimeFormatOptions } {
  const { locale: use, standIn } = formattingLocale(locale);
  if (!standIn) return { locale, options };
  const o: Intl.DateTimeFormatOptions = { ...options };
  if (o.dateStyle) {
    delete o.dateStyle;
    Object.assign(o, { year: 'numeric', month: '2-digit', day: '2-digit' });
  }
  if (o.timeStyle) {
    const style = o.timeStyle;
    delete o.timeStyle;
    Object.assign(o, { hour: '2-digit', minute: '2-digit' }, style === 'medium' || style === 'long' ? { second: '2-digit' } : {});
  }
  if (o.month === 'short' || o.month === 'long' || o.month === 'narrow') o.month = '2-digit';
  if (o.weekday) delete o.weekday;
  return { locale: use, options: o };
}

/** For tests: forget what was resolved (a test that fakes a runtime without Kazakh data). */
export function resetFormattingLocales(): void {
  resolved.clear();
}
