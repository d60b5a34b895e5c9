import { parse } from 'csv-parse/sync';
import { StudioError } from '../../../shared/contract';
import { parseMoney } from '../../../shared/domain/money';

/**
 * A bank statement CSV as the studio reads it: a header row naming the date, amount and title
 * columns (English, Polish, Russian or Kazakh names; `;` or `,` separated, as Polish banks export),
 * then one row per transfer. Amounts may use a decimal comma, spaces between thousands and a
 * currency after them; outgoing amounts are negative.
 */
export interface StatementRow {
  line: number;
  date: number | null;
  /** Null: unreadable; negative: money going out. */
  amountMinor: number | null;
  title: string;
}

const COLUMNS = {
  date: ['date', 'data', 'data operacji', 'data księgowania', 'дата', 'күні'],
  amount: ['amount', 'kwota', 'сумма', 'сома', 'credit', 'uznania'],
  title: [
    'title',
    'tytuł',
    'tytul',
    'tytuł operacji',
    'opis',
    'description',
    'details',
    'reference',
    'назначение',
    'назначение платежа',
    'мақсаты',
    'төлем мақсаты',
  ],
} as const;

function column(headers: string[], names: readonly string[]): number {
  const norm = headers.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/^\ufeff/, ''),
  );
  const exact = norm.findIndex((h) => names.includes(h));
  if (exact >= 0) return exact;
  return norm.findIndex((h) => names.some((n) => h.startsWith(n)));
}

/** "1 234,56 PLN" -> 123456, "-149.00" -> -14900; null when it is not an amount. */
export function statementAmount(text: string, currency: string): number | null {
  let t = text.replace(/[\s\u00a0\u202f']/g, '').replace(/[^\d,.\-+]/g, '');
  const negative = t.startsWith('-');
  t = t.replace(/^[-+]/, '');
  if (t.includes(',') && t.includes('.')) {
    const decimal = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
    t = t.split(decimal === ',' ? '.' : ',').join('');
  }
  try {
    const minor = parseMoney(t.replace(',', '.'), currency);
    return negative ? -minor : minor;
  } catch {
    return null;
  }
}

/** 2026-11-27, 27.11.2026, 27-11-2026, 27/11/2026 -> noon UTC of that day (the same date in every zone the studio is used in). */
export function statementDate(text: string): number | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})/.exec(t);
  if (m) return Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 12);
  return null;
}

export function readStatement(csv: string, currency: string): StatementRow[] {
  const text = csv.replace(/^\ufeff/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw StudioError.of('invalid_input', 'theBankStatementIsNotA', { error: (error as Error).message });
  }
  const [headers, ...rows] = records;
  if (!headers) throw StudioError.of('invalid_input', 'theBankStatementIsEmpty');
  const at = { date: column(headers, COLUMNS.date), amount: column(headers, COLUMNS.amount), title: column(headers, COLUMNS.title) };
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0);
  if (missing.length)
    throw StudioError.of('invalid_input', 'theBankStatementHasNoColumn', { missing: missing.join(', '), headers: headers.join(', ') });
  return rows.map((r, i) => ({
    line: i + 2,
    date: statementDate(r[at.date] ?? ''),
    amountMinor: statementAmount(r[at.amount] ?? '', currency),
    title: (r[at.title] ?? '').trim(),
  }));
}
