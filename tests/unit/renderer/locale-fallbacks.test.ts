// Dates and money in a language the runtime has no data for. Chromium's ICU lacks Kazakh: it formats
// `kk` dates with the root pattern ("2026 M11 27 23:04") and `kk` numbers as English. Node has full
// ICU, so the missing data is simulated: an unknown locale for dates, a probe for numbers.
import { describe, expect, it } from 'vitest';
import { formatMoney, numberLocale } from '../../../shared/domain/money';
import { formatShowTime, hasMonthNames } from '../../../renderer/lib/show-time';

const AT = Date.UTC(2026, 10, 27, 18, 4, 12);

describe('dates where the runtime cannot name the months', () => {
  it('languages with month names keep Intl’s own formats', () => {
    expect(hasMonthNames('en')).toBe(true);
    expect(hasMonthNames('pl')).toBe(true);
    expect(formatShowTime(AT, 'pl', 'Europe/Warsaw')).toBe('27 lis 2026, 19:04');
  });

  it('a language without month names gets day.month.year and 24-hour time, on the show’s clock', () => {
    expect(hasMonthNames('xx')).toBe(false);
    expect(formatShowTime(AT, 'xx', 'Asia/Almaty', 'dateTime')).toBe('27.11.2026, 23:04');
    expect(formatShowTime(AT, 'xx', 'Asia/Almaty', 'short')).toBe('27.11, 23:04');
    expect(formatShowTime(AT, 'xx', 'Europe/Warsaw', 'date')).toBe('27.11.2026');
    expect(formatShowTime(AT, 'xx', 'Europe/Warsaw', 'time')).toBe('19:04:12');
  });
});

describe('money where the runtime lacks the language’s number data', () => {
  const chromiumLike = (locale: string) => new Intl.NumberFormat(locale.startsWith('kk') ? 'en' : locale).format(1234.5);

  it('Kazakh takes Kazakhstan’s conventions (ru-KZ) when its own data is missing, and keeps its own when present', () => {
    expect(numberLocale('kk', chromiumLike)).toBe('ru-KZ');
    expect(numberLocale('kk-KZ', chromiumLike)).toBe('ru-KZ');
    expect(numberLocale('kk')).toBe('kk'); // Node's full ICU has Kazakh
    expect(numberLocale('pl', chromiumLike)).toBe('pl');
    expect(numberLocale('en', chromiumLike)).toBe('en');
  });

  it('what the fallback prints: grouped by spaces, decimal comma, tenge as ₸', () => {
    expect(formatMoney(123456750, 'KZT', 'ru-KZ').replace(/\s/g, ' ')).toBe('1 234 567,50 ₸');
    expect(formatMoney(3900, 'PLN', 'ru-KZ').replace(/\s/g, ' ')).toBe('39,00 PLN');
  });
});
