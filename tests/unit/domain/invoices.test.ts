import { describe, expect, it } from 'vitest';
import { cartIdsInTitle, formatNumber, patternProblem, seriesKey, sumTaxes, taxIncluded } from '../../../shared/domain/invoices';

// 2026-11-30 23:30 UTC is already December 1st in Warsaw (UTC+1) and Almaty (UTC+5).
const LATE_NOVEMBER_UTC = Date.UTC(2026, 10, 30, 23, 30);
const NEW_YEAR_EVE_UTC = Date.UTC(2026, 11, 31, 23, 30);

describe('tax included in a gross price (hand-computed)', () => {
  it.each([
    // gross, rate, tax: gross × rate / (100 + rate), half away from zero
    [14900, 23, 2786], // 149.00 × 23/123 = 27.8617… -> 27.86
    [12300, 23, 2300], // exactly 23.00
    [100, 23, 19], // 18.699… -> 19
    [1, 23, 0], // 0.187 -> 0
    [3, 23, 1], // 0.561 -> 1
    [1299, 8, 96], // 12.99 × 8/108 = 0.96222 -> 0.96
    [250000, 12, 26786], // 2500 ₸ × 12/112 = 267.857 -> 267.86 (tiyn)
    [10500, 5, 500], // exactly 5.00
    [1075, 7.5, 75], // 10.75 × 7.5/107.5 = 0.75
    [9999, 0, 0],
  ])('%i at %d percent contains %i', (gross, rate, tax) => {
    expect(taxIncluded(gross, rate)).toBe(tax);
    expect(taxIncluded(-gross, rate)).toBe(0 - tax);
  });

  it('a half rounds away from zero', () => {
    // 5 at 100%: 5 × 100/200 = 2.5 exactly -> 3 (and -2.5 -> -3).
    expect(taxIncluded(5, 100)).toBe(3);
    expect(taxIncluded(-5, 100)).toBe(-3);
  });

  it('no rate (VAT-exempt seller): no tax', () => {
    expect(taxIncluded(14900, null)).toBe(0);
  });

  it('sums per line, then adds: not the tax of the summed total', () => {
    // Three lines of 1.00 at 23%: 0.187 each -> 0.19 each -> 0.57; the total 3.00 would give 0.56.
    const sum = sumTaxes([
      { grossMinor: 100, ratePercent: 23 },
      { grossMinor: 100, ratePercent: 23 },
      { grossMinor: 100, ratePercent: 23 },
    ]);
    expect(sum).toMatchObject({ grossMinor: 300, taxMinor: 57, netMinor: 243 });
    expect(taxIncluded(300, 23)).toBe(56);
  });

  it('groups by rate', () => {
    const sum = sumTaxes([
      { grossMinor: 14900, ratePercent: 23 },
      { grossMinor: 2 * 4990, ratePercent: 8 },
      { grossMinor: 1299, ratePercent: 23 },
    ]);
    // 2786 + round(9980 × 8/108 = 739.259) 739 + round(1299 × 23/123 = 242.902) 243
    expect(sum.taxMinor).toBe(2786 + 739 + 243);
    expect(sum.byRate).toEqual([
      { ratePercent: 23, grossMinor: 16199, netMinor: 16199 - 3029, taxMinor: 3029 },
      { ratePercent: 8, grossMinor: 9980, netMinor: 9241, taxMinor: 739 },
    ]);
  });
});

describe('numbering', () => {
  it('counts the series on the shop’s calendar', () => {
    expect(seriesKey('invoice', 'monthly', LATE_NOVEMBER_UTC, 'UTC')).toBe('invoice:2026-11');
    expect(seriesKey('invoice', 'monthly', LATE_NOVEMBER_UTC, 'Europe/Warsaw')).toBe('invoice:2026-12');
    expect(seriesKey('invoice', 'yearly', NEW_YEAR_EVE_UTC, 'Asia/Almaty')).toBe('invoice:2027');
    expect(seriesKey('correction', 'yearly', NEW_YEAR_EVE_UTC, 'UTC')).toBe('correction:2026');
    expect(seriesKey('invoice', 'yearly', NEW_YEAR_EVE_UTC, 'Not/AZone')).toBe('invoice:2026');
  });

  it('prints the pattern', () => {
    expect(formatNumber('FV/{YYYY}/{MM}/{N}', 7, LATE_NOVEMBER_UTC, 'Europe/Warsaw')).toBe('FV/2026/12/7');
    expect(formatNumber('{NNNN}/{YY}', 42, LATE_NOVEMBER_UTC, 'UTC')).toBe('0042/26');
  });

  it('refuses patterns that would repeat a number', () => {
    expect(patternProblem('FV/{YYYY}/{MM}/{N}', 'monthly')).toBeNull();
    expect(patternProblem('FV/{YYYY}/{N}', 'yearly')).toBeNull();
    expect(patternProblem('FV/{YYYY}/{N}', 'monthly')).toMatch(/month/);
    expect(patternProblem('FV/{MM}/{N}', 'monthly')).toMatch(/year/);
    expect(patternProblem('FV/{YYYY}', 'yearly')).toMatch(/\{N\}/);
    expect(patternProblem('FV/{YYYY}/{X}/{N}', 'yearly')).toMatch(/unknown placeholder \{X\}/);
  });
});

describe('cart references in transfer titles', () => {
  it.each([
    ['Zamówienie LS-123', [123]],
    ['ls 45 i LS-46', [45, 46]],
    ['LS0012 opłata', [12]],
    ['Tапсырыс LS#7', [7]],
    ['ALS-9 BLS12', []],
    ['przelew za sukienkę', []],
    ['LS-12 LS-12', [12]],
  ])('%s -> %j', (title, ids) => {
    expect(cartIdsInTitle(title)).toEqual(ids);
  });
});
