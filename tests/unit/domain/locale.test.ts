import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/domain/locale';
import { formatMoney, numberLocale } from '../../../shared/domain/money';

const NBSP = '\u00a0';

describe('numbers and money per UI language', () => {
  it('formats plain numbers the way each language writes them', () => {
    expect(formatNumber(3.4, 'pl', { minimumFractionDigits: 1 })).toBe('3,4');
    expect(formatNumber(3.4, 'en', { minimumFractionDigits: 1 })).toBe('3.4');
    expect(formatNumber(1234.5, 'kk')).toBe(`1${NBSP}234,5`);
  });

  it('writes Kazakh money as the chat answer does, and a runtime without Kazakh data gets the same conventions', () => {
    expect(formatMoney(1250000, 'KZT', 'kk')).toBe(formatMoney(1250000, 'KZT', 'kk-KZ'));
    // Chromium's ICU formats 'kk' by the root pattern, as if it were English: the Kazakhstan conventions stand in.
    const chromiumLike = (locale: string) => (locale.startsWith('kk') ? '1,234.5' : new Intl.NumberFormat(locale).format(1234.5));
    expect(numberLocale('kk', chromiumLike)).toBe('ru-KZ');
    expect(new Intl.NumberFormat('ru-KZ', { style: 'currency', currency: 'KZT' }).format(12500)).toBe(
      new Intl.NumberFormat('kk-KZ', { style: 'currency', currency: 'KZT' }).format(12500),
    );
  });
});
