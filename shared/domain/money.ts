/**
 * Money is integer minor units plus an ISO 4217 currency. Formatting goes
 * through Intl, which knows each currency's minor digits (KZT 2, JPY 0 …).
 */
// Intl formatters are costly to build and are used per order and per answer: build each once.
const digitsByCurrency = new Map<string, number>();
const formatters = new Map<string, Intl.NumberFormat>();

export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const digits = minorDigits(currency);
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(minor / 10 ** digits);
}

/** "149.00" / "149,00" / "149" -> 14900 for PLN. Refuses anything that is not a plain non-negative amount. */
export function parseMoney(text: string, currency: string): number {
  const digits = minorDigits(currency);
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) throw new Error(`"${text}" is not an amount`);
  const [whole = '0', fraction = ''] = cleaned.split('.');
  if (fraction.length > digits) throw new Error(`"${text}" has more than ${digits} decimal places for ${currency}`);
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
