import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateOptions, formatNumber, numberLocale, resetFormattingLocales } from '../../../shared/domain/locale';
import { formatMoney } from '../../../shared/domain/money';

const NBSP = '\u00a0';
afterEach(() => {
  vi.restoreAllMocks();
  resetFormattingLocales();
});

/** A runtime like Chromium's ICU: no Kazakh data, so 'kk' formats by the root pattern. */
function withoutKazakhData() {
  const Real = Intl.NumberFormat;
  vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
    return new Real(String(locales).startsWith('kk') ? 'und' : locales, options);
  } as never);
  resetFormattingLocales();
}

describe('numbers, money and dates per UI language', () => {
  it('formats numbers the way each language writes them', () => {
    expect(formatNumber(3.4, 'pl', { minimumFractionDigits: 1 })).toBe('3,4');
    expect(formatNumber(3.4, 'en', { minimumFractionDigits: 1 })).toBe('3.4');
    expect(formatNumber(1234.5, 'kk')).toBe(`1${NBSP}234,5`);
  });

  it('formats Kazakh money the Kazakh way, the same as the chat answer, even where the runtime lacks Kazakh data', () => {
    const chatAnswer = formatMoney(1250000, 'KZT', 'kk-KZ'); // what Node's chat answer says
    expect(formatMoney(1250000, 'KZT', 'kk')).toBe(chatAnswer);
    withoutKazakhData();
    expect(new Intl.NumberFormat('kk', { style: 'currency', currency: 'KZT' }).format(12500)).toMatch(/12,500/); // the runtime's own fallback
    expect(numberLocale('kk')).toBe('ru-KZ');
    // A fresh formatter (not cached from above): a currency no earlier test used.
    expect(formatMoney(149900, 'PLN', 'kk')).toBe(`1${NBSP}499,00${NBSP}PLN`);
    expect(formatNumber(1234.5, 'kk')).toBe(`1${NBSP}234,5`);
  });

  it('writes dates with numbers only where a stand-in locale formats them (no Russian month names in a Kazakh window)', () => {
    expect(dateOptions('pl', { dateStyle: 'medium' })).toEqual({ locale: 'pl', options: { dateStyle: 'medium' } });
    withoutKazakhData();
    const { locale, options } = dateOptions('kk', { dateStyle: 'medium', timeStyle: 'short' });
    expect(locale).toBe('ru-KZ');
    expect(new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(2026, 10, 27, 19, 4))).toBe(
      '27.11.2026, 19:04',
    );
    expect(dateOptions('kk', { month: 'short', day: 'numeric' }).options).toEqual({ month: '2-digit', day: 'numeric' });
  });
});
