/**
 * Why an erased customer's issued invoices stay (GDPR art. 17(3)(b): erasure does not reach data a
 * legal obligation makes the seller keep) and until when. The law is the shop's: its currency names
 * it (PLN: Poland, KZT: Kazakhstan), else its time zone; any other shop gets the general EU note and
 * no date (national tax law sets it). The seller sees the translated text (i18n
 * `customers.erasure.basis.<law>`); the erase record keeps this English one beside the law's code.
 */
export type RetentionLaw = 'pl' | 'kz' | 'other';

export const RETENTION_BASIS: Record<RetentionLaw, string> = {
  pl:
    'Issued invoices are kept unchanged as Polish law requires: VAT act art. 112 (until the tax liability expires, ' +
    'Tax Ordinance art. 70 § 1: 5 years from the end of the year the VAT was due) and the Accounting Act art. 74 (5 years); ' +
    'GDPR art. 17(3)(b).',
  kz:
    'Issued invoices are kept unchanged as Kazakh law requires: the Tax Code (tax accounting documents are kept for the ' +
    'limitation period) and the Law on Accounting and Financial Reporting (primary documents at least 5 years); ' +
    'the Law on Personal Data and their Protection allows keeping data a law requires.',
  other:
    'Issued invoices are kept unchanged because tax and accounting law requires them (GDPR art. 17(3)(b)); ' +
    'they are kept for the period your national tax law sets.',
};

/** The basis in a few words, for the order history line of each kept line. */
export const RETENTION_SHORT: Record<RetentionLaw, string> = {
  pl: 'VAT act art. 112, Accounting Act art. 74',
  kz: 'Tax Code, Law on Accounting and Financial Reporting',
  other: 'tax and accounting law',
};

export function retentionLaw(currency: string, timeZone: string): RetentionLaw {
  if (currency === 'PLN' || timeZone === 'Europe/Warsaw') return 'pl';
  if (currency === 'KZT' || /^Asia\/(Almaty|Aqtau|Aqtobe|Atyrau|Oral|Qostanay|Qyzylorda)$/.test(timeZone)) return 'kz';
  return 'other';
}

/**
 * The last day an invoice must be kept (31 December of a year, as UTC midnight of that date), or
 * null where the law is not known here.
 * Poland: VAT of an invoice issued in month M is due on the 25th of M+1; the liability expires 5
 * years after the end of that year (so a December invoice is kept a year longer). Kazakhstan: 5
 * full years after the year of issue.
 */
export function keptUntil(law: RetentionLaw, issuedAt: number, timeZone: string): number | null {
  if (law === 'other') return null;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(new Date(issuedAt));
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  const dueYear = law === 'pl' && month === 12 ? year + 1 : year;
  return Date.UTC(dueYear + 5, 11, 31);
}
