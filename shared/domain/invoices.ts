/**
 * The arithmetic of invoices, defined once (the core, the PDFs, the screens and the tests use it).
 *
 * Prices include tax. Rates are percentages with at most two decimals (23, 8, 5, 0, 12, 7.5),
 * computed as whole basis points. **Rounding rule: tax per line, then summed.** For each line
 * (goods lines and the shipping line alike) the tax in it is
 *   tax = round(gross × rate / (100 + rate))
 * in integer minor units, rounded half away from zero (so a correction's negative line mirrors its
 * positive one); net = gross − tax. The invoice's totals are the sums of its lines' gross, net and
 * tax. A line without a rate (a VAT-exempt seller) has tax 0 and net = gross.
 */

/** 23 -> 2300, 7.5 -> 750. */
export function rateBasisPoints(ratePercent: number): number {
  const bp = Math.round(ratePercent * 100);
  if (!Number.isFinite(ratePercent) || bp < 0 || bp > 10_000) throw new RangeError(`tax rate ${ratePercent}% is not between 0 and 100`);
  return bp;
}

/** The tax contained in a tax-inclusive gross amount at this rate, in minor units (half away from zero). */
export function taxIncluded(grossMinor: number, ratePercent: number | null): number {
  if (ratePercent === null) return 0;
  if (!Number.isSafeInteger(grossMinor)) throw new RangeError(`${grossMinor} is not a whole number of minor units`);
  const bp = BigInt(rateBasisPoints(ratePercent));
  if (bp === 0n) return 0;
  const gross = BigInt(grossMinor);
  const negative = gross < 0n;
  const numerator = (negative ? -gross : gross) * bp * 2n;
  const denominator = (10_000n + bp) * 2n;
  // round(x / d) half up for x >= 0: floor((2x + d) / 2d), with x = |gross| × bp and d = 10000 + bp.
  const tax = (numerator + denominator / 2n) / denominator;
  return Number(negative ? -tax : tax);
}

export interface TaxedLine {
  grossMinor: number;
  ratePercent: number | null;
}

export interface LineTax {
  grossMinor: number;
  netMinor: number;
  taxMinor: number;
}

export function lineTax(line: TaxedLine): LineTax {
  const taxMinor = taxIncluded(line.grossMinor, line.ratePercent);
  return { grossMinor: line.grossMinor, netMinor: line.grossMinor - taxMinor, taxMinor };
}

export interface TaxSummary extends LineTax {
  /** Per rate ('23', '8', 'exempt'): the sums of its lines. */
  byRate: { ratePercent: number | null; grossMinor: number; netMinor: number; taxMinor: number }[];
}

/** Per line, then summed (the rounding rule above). */
export function sumTaxes(lines: readonly TaxedLine[]): TaxSummary {
  const byRate = new Map<string, TaxSummary['byRate'][number]>();
  let grossMinor = 0;
  let taxMinor = 0;
  for (const line of lines) {
    const t = lineTax(line);
    grossMinor += t.grossMinor;
    taxMinor += t.taxMinor;
    const key = line.ratePercent === null ? 'exempt' : String(line.ratePercent);
    const sum = byRate.get(key) ?? { ratePercent: line.ratePercent, grossMinor: 0, netMinor: 0, taxMinor: 0 };
    sum.grossMinor += t.grossMinor;
    sum.netMinor += t.netMinor;
    sum.taxMinor += t.taxMinor;
    byRate.set(key, sum);
  }
  return { grossMinor, netMinor: grossMinor - taxMinor, taxMinor, byRate: [...byRate.values()] };
}

// --- numbering ---------------------------------------------------------------------------------

export type SeriesPeriod = 'yearly' | 'monthly';

const calendars = new Map<string, Intl.DateTimeFormat>();

/** The year and month of `at` on the calendar of `timeZone` (an unknown zone counts in UTC). */
export function calendarOf(at: number, timeZone: string): { year: number; month: number } {
  let format = calendars.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'numeric' });
    }
    // Building a formatter costs far more than using one: one per zone.
    calendars.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  return {
    year: Number(parts.find((p) => p.type === 'year')!.value),
    month: Number(parts.find((p) => p.type === 'month')!.value),
  };
}

/** The series an invoice issued at `at` counts in: 'invoice:2026' (yearly) or 'invoice:2026-11' (monthly), in the shop's zone. */
export function seriesKey(kind: 'invoice' | 'correction', period: SeriesPeriod, at: number, timeZone: string): string {
  const { year, month } = calendarOf(at, timeZone);
  return period === 'yearly' ? `${kind}:${year}` : `${kind}:${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Why a numbering pattern cannot be used, or null. It needs {N} (the number in the series) and
 * the period's date parts, or two periods would print the same number: {YYYY} or {YY}, and {MM}
 * for a monthly series.
 */
export function patternProblem(pattern: string, period: SeriesPeriod): string | null {
  const unknown = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((k) => !/^(YYYY|YY|MM|N+)$/.test(k ?? ''));
  if (unknown.length) return `unknown placeholder {${unknown[0]}}: use {YYYY}, {YY}, {MM} and {N}`;
  if (!/\{N+\}/.test(pattern)) return 'the pattern needs {N}, the number in the series';
  if (!/\{(YYYY|YY)\}/.test(pattern)) return 'the pattern needs the year ({YYYY} or {YY})';
  if (period === 'monthly' && !pattern.includes('{MM}')) return 'a monthly series needs the month ({MM})';
  return null;
}

/** 'FV/{YYYY}/{MM}/{N}' with number 7 in November 2026 -> 'FV/2026/11/7'; {NNN} pads to 3 digits ('007'). */
export function formatNumber(pattern: string, n: number, at: number, timeZone: string): string {
  const { year, month } = calendarOf(at, timeZone);
  return pattern
    .replace(/\{YYYY\}/g, String(year))
    .replace(/\{YY\}/g, String(year % 100).padStart(2, '0'))
    .replace(/\{MM\}/g, String(month).padStart(2, '0'))
    .replace(/\{(N+)\}/g, (_w, ns: string) => String(n).padStart(ns.length, '0'));
}

// --- the cart's reference (transfer titles, bank statements) ----------------------------------

/** What a buyer writes in the transfer title: 'LS-123' for cart 123. */
export function cartReference(cartId: number): string {
  return `LS-${cartId}`;
}

/** Cart ids named in a transfer title ('LS-123', 'ls 123', 'LS123'), in order, without repeats. */
export function cartIdsInTitle(title: string): number[] {
  const ids = [...title.matchAll(/(?<![\p{L}\p{N}])LS[\s\-_#/.:]*0*(\d{1,9})(?!\p{N})/giu)].map((m) => Number(m[1]));
  return [...new Set(ids.filter((id) => id > 0))];
}
