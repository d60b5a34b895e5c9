/**
 * Plain numbers in the UI's language ("3,4" in Polish, "1 234,5" in Kazakh), through the same locale
 * choice as money (shared/domain/money.ts `numberLocale`: where the runtime lacks a language's number
 * data, as Chromium lacks Kazakh, the conventions of the country it is spoken in).
 */
import { numberLocale } from './money';

export function formatNumber(n: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(numberLocale(locale), options).format(n);
}
