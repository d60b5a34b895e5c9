import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyPlain, minorDigits, minorToDecimal, parseMoney } from '../../../shared/domain/money';
import { money } from '../../../shared/overlay/format';

// Intl puts narrow/no-break spaces in some locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money: integer minor units to text and back, without floats', () => {
  it('knows the minor digits of currencies with 0, 2 and 3 of them', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('PLN')).toBe(2);
    expect(minorDigits('KZT')).toBe(2);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('writes the plain decimal a price field holds', () => {
    expect(minorToDecimal(8990, 'PLN')).toBe('89.90');
    expect(minorToDecimal(5, 'PLN')).toBe('0.05');
    expect(minorToDecimal(0, 'PLN')).toBe('0.00');
    expect(minorToDecimal(-5, 'PLN')).toBe('-0.05');
    expect(minorToDecimal(-14900, 'PLN')).toBe('-149.00');
    expect(minorToDecimal(1200, 'JPY')).toBe('1200');
    expect(minorToDecimal(1234, 'KWD')).toBe('1.234');
    expect(minorToDecimal(7, 'KWD')).toBe('0.007');
    // 0.1 + 0.2 as floats is 0.30000000000000004; as minor units it is 10 + 20.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(minorToDecimal(parseMoney('0.1', 'PLN') + parseMoney('0.2', 'PLN'), 'PLN')).toBe('0.30');
    expect(() => minorToDecimal(1.5, 'PLN')).toThrow(/whole number/);
  });

  it('formats for people in the locale’s way', () => {
    expect(plain(formatMoney(14900, 'PLN', 'pl'))).toBe('149,00 zł');
    expect(formatMoney(10 + 20, 'USD', 'en')).toBe('$0.30');
    expect(formatMoney(123456, 'JPY', 'en')).toBe('¥123,456');
    expect(plain(formatMoney(1234, 'KWD', 'en'))).toBe('KWD 1.234');
    expect(plain(formatMoney(-150, 'PLN', 'pl'))).toBe('-1,50 zł');
    expect(plain(formatMoney(149990, 'KZT', 'kk'))).toBe('1 499,90 ₸');
    // The largest exact amount keeps its last cent (dividing by 100 as a float would print …09.90).
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en')).toBe('$90,071,992,547,409.91');
  });

  it('parses what a seller types: a comma or a point, spaces, fewer decimals', () => {
    expect(parseMoney('12,5', 'PLN')).toBe(1250);
    expect(parseMoney('12.50', 'PLN')).toBe(1250);
    expect(parseMoney(' 1 234,50 ', 'PLN')).toBe(123450);
    expect(parseMoney('149', 'PLN')).toBe(14900);
    expect(parseMoney('0.07', 'PLN')).toBe(7);
    expect(parseMoney('1200', 'JPY')).toBe(1200);
    expect(parseMoney('1.5', 'KWD')).toBe(1500);
    expect(parseMoney('1,234', 'KWD')).toBe(1234);
    // Every amount survives the trip to its field text and back.
    for (const minor of [0, 1, 9, 10, 99, 100, 8990, 10950, 123456789]) {
      expect(parseMoney(minorToDecimal(minor, 'PLN'), 'PLN')).toBe(minor);
      expect(parseMoney(minorToDecimal(minor, 'JPY'), 'JPY')).toBe(minor);
      expect(parseMoney(minorToDecimal(minor, 'KWD'), 'KWD')).toBe(minor);
    }
  });

  it('refuses what is not a plain non-negative amount', () => {
    expect(() => parseMoney('-5', 'PLN')).toThrow('"-5" is not an amount');
    expect(() => parseMoney('', 'PLN')).toThrow(/not an amount/);
    expect(() => parseMoney('1e3', 'PLN')).toThrow(/not an amount/);
    expect(() => parseMoney('12.', 'PLN')).toThrow(/not an amount/);
    expect(() => parseMoney('trzydzieści', 'PLN')).toThrow(/not an amount/);
    expect(() => parseMoney('12.505', 'PLN')).toThrow('more than 2 decimal places for PLN');
    expect(() => parseMoney('12.5', 'JPY')).toThrow('more than 0 decimal places for JPY');
    expect(() => parseMoney('99999999999999999', 'PLN')).toThrow(/too large/);
  });

  it('a currency code Intl refuses still shows an amount (the overlay never blanks)', () => {
    expect(() => formatMoney(14900, 'zł', 'pl')).toThrow(RangeError);
    expect(formatMoneyPlain(14900, 'zł')).toBe('149.00 zł');
    expect(formatMoneyPlain(-5, 'zł')).toBe('-0.05 zł');
    expect(money(14900, 'zł', 'pl')).toBe('149.00 zł');
    expect(plain(money(14900, 'PLN', 'kk'))).toMatch(/^149,00\sPLN$/);
  });
});
