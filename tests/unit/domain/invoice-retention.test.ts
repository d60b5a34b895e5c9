import { describe, expect, it } from 'vitest';
import { keptUntil, RETENTION_BASIS, retentionLaw } from '../../../shared/domain/invoice-retention';

describe('invoice retention (why and until when an erased customer’s invoices stay)', () => {
  it('reads the law from the shop’s currency, else its time zone', () => {
    expect(retentionLaw('PLN', 'UTC')).toBe('pl');
    expect(retentionLaw('EUR', 'Europe/Warsaw')).toBe('pl');
    expect(retentionLaw('KZT', 'UTC')).toBe('kz');
    expect(retentionLaw('USD', 'Asia/Almaty')).toBe('kz');
    expect(retentionLaw('EUR', 'Europe/Berlin')).toBe('other');
    expect(RETENTION_BASIS.pl).toMatch(/art\. 112/);
    expect(RETENTION_BASIS.kz).toMatch(/Tax Code/);
  });

  it('Poland: 5 years from the end of the year the VAT fell due (a December invoice one year longer); Kazakhstan: 5 years after the year', () => {
    const may = Date.UTC(2026, 4, 10, 12);
    expect(keptUntil('pl', may, 'Europe/Warsaw')).toBe(Date.UTC(2031, 11, 31));
    expect(keptUntil('pl', Date.UTC(2026, 11, 15, 12), 'Europe/Warsaw')).toBe(Date.UTC(2032, 11, 31));
    // 31 December 23:30 UTC is already 1 January in Warsaw: the year is the invoice's own, in its time zone.
    expect(keptUntil('pl', Date.UTC(2026, 11, 31, 23, 30), 'Europe/Warsaw')).toBe(Date.UTC(2032, 11, 31));
    expect(keptUntil('pl', Date.UTC(2026, 10, 30, 23, 30), 'Europe/Warsaw')).toBe(Date.UTC(2032, 11, 31));
    expect(keptUntil('kz', Date.UTC(2026, 11, 15), 'Asia/Almaty')).toBe(Date.UTC(2031, 11, 31));
    expect(keptUntil('other', may, 'Europe/Berlin')).toBeNull();
  });
});
