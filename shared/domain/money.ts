/**
 * Money is integer minor units plus an ISO 4217 currency; this module is the
 * one place that turns it into text and back. Intl knows each currency's
 * minor digits (PLN 2, JPY 0, KWD 3 …); the decimal text is built from the
 * integer's digits, never by dividing a float (0.1 + 0.2 stays 0.30, and the
 * largest amounts keep their last cent).
 */
// Intl formatters are costly to build and are used per order and per answer: build each once.
const digitsByCurrency = new Map<string, number>();
const formatters = new Map<string, Intl.NumberFormat>();

/** How many minor digits the currency has; throws for a code Intl does not accept. */
export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** 1250 with 2 digits -> "12.50", -5 -> "-0.05", 1200 with 0 digits -> "1200". */
function decimalText(minor: number, digits: number): `${number}` {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not a whole number of minor units`);
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(minor));
  if (digits === 0) return `${sign}${units}` as `${number}`;
  const padded = units.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}` as `${number}`;
}

/** The amount as a plain decimal, as a price field holds it: 8990 PLN -> "89.90", 1200 JPY -> "1200". */
export function minorToDecimal(minor: number, currency: string): string {
  return decimalText(minor, minorDigits(currency));
}

/**
 * A runtime may lack a language's number data: Chromium's ICU has no Kazakh, and formats `kk`
 * as English ("PLN 1,234.50"). Such a language then takes the conventions of the country it is
 * spoken in from a locale the runtime has (Kazakhstan: "1 234,50 PLN", "₸" for tenge).
 */
const NUMBER_FALLBACK: Readonly<Record<string, string>> = { kk: 'ru-KZ' };
const numberLocales = new Map<string, string>();
const sample = (locale: string) => new Intl.NumberFormat(locale).format(1234.5);

/** The locale whose number data formats for `locale` here (itself, unless this runtime lacks its data). `probe` is for tests. */
export function numberLocale(locale: string, probe: (locale: string) => string = sample): string {
  let chosen = probe === sample ? numberLocales.get(locale) : undefined;
  if (chosen === undefined) {
    chosen = locale;
    try {
      const fallback = NUMBER_FALLBACK[new Intl.Locale(locale).language];
      if (fallback && probe(locale) === probe('en')) chosen = fallback;
    } catch {
      // Not a locale Intl can read: Intl decides below, as before.
    }
    if (probe === sample) numberLocales.set(locale, chosen);
  }
  return chosen;
}

/** The amount for people to read, in the locale's way: 14900 PLN -> "149,00 zł" (pl), "PLN 149.00" (en). */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const digits = minorDigits(currency);
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(numberLocale(locale), {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  // Intl formats a decimal string exactly; a number would first be rounded to a float.
  return formatter.format(decimalText(minor, digits));
}

/** For a currency code Intl refuses (a typo in the shop settings): "149.00 zl" rather than nothing; two minor digits assumed. */
export function formatMoneyPlain(minor: number, currency: string): string {
  return `${decimalText(minor, 2)} ${currency}`;
}

/** "149.00" / "149,00" / "149" -> 14900 for PLN. Refuses anything that is not a plain non-negative amount. */
export function parseMoney(text: string, currency: string): number {
  const digits = minorDigits(currency);
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) throw new Error(`"${text}" is not an amount`);
  const [whole = '0', fraction = ''] = cleaned.split('.');
  if (fraction.length > digits) throw new Error(`"${text}" has more than ${digits} decimal places for ${currency}`);
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) throw new Error(`"${text}" is too large an amount`);
  return minor;
}
