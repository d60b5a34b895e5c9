import { minorToDecimal } from '../../../shared/domain/money';
import { neutralise } from '../carts/csv';
import { listAllCustomerSummaries } from '../store/customers';
import type { Db } from '../store/db';
import { shopCurrency } from '../store/shop';
import { readTx } from '../store/sql';

/**
 * `studio export --what customers --format csv|json`: one row per customer (merged ones are rows of
 * the customer they were merged into). A stable interface: columns are only ever added at the end.
 */
export const CUSTOMER_COLUMNS = [
  'customer_id',
  'name',
  'platforms',
  'orders',
  'lifetime_spend',
  'currency',
  'tags',
  'identities',
  'shows',
  'first_seen_at',
  'last_seen_at',
  'non_payments',
  'discount_percent',
  'erased',
] as const;

export function customersExport(db: Db, format: 'csv' | 'json'): string {
  const { rows, currency } = readTx(db, () => ({
    rows: listAllCustomerSummaries(db),
    currency: shopCurrency(db),
  }));
  const iso = (at: number) => new Date(at).toISOString();
  if (format === 'json') {
    const customers = rows.map((r) => ({
      customer_id: r.id,
      name: r.name,
      platforms: r.platforms,
      orders: r.orders,
      lifetime_spend: minorToDecimal(r.lifetimeSpendMinor, currency),
      currency,
      tags: r.tags,
      identities: r.accounts === '' ? [] : r.accounts.split(' / '),
      shows: r.shows,
      first_seen_at: iso(r.firstSeenAt),
      last_seen_at: iso(r.lastSeenAt),
      non_payments: r.nonPayments,
      discount_percent: r.discountPercent,
      erased: r.erasedAt !== null,
    }));
    return `${JSON.stringify({ format: 'live-shopping-studio.customers/1', currency, customers }, null, 2)}\n`;
  }
  const body = rows.map((r) =>
    [
      r.id,
      r.name,
      r.platforms.join(' / '),
      r.orders,
      minorToDecimal(r.lifetimeSpendMinor, currency),
      currency,
      r.tags.join('; '),
      r.accounts,
      r.shows,
      iso(r.firstSeenAt),
      iso(r.lastSeenAt),
      r.nonPayments,
      r.discountPercent ?? '',
      r.erasedAt === null ? 'no' : 'yes',
    ].map((c) => csvCell(neutralise(String(c)))),
  );
  return [CUSTOMER_COLUMNS.join(','), ...body.map((cells) => cells.join(','))].join('\n') + '\n';
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled (20,000 rows: a generic stringifier costs seconds). */
function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
