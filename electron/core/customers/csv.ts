import { stringify } from 'csv-stringify/sync';
import { minorToDecimal } from '../../../shared/domain/money';
import { neutralise } from '../carts/csv';
import { customerIdentities, listCustomerSummaries } from '../store/customers';
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
  const { rows, identities, currency } = readTx(db, () => {
    const { rows } = listCustomerSummaries(db, { sort: 'name', offset: 0, limit: -1 });
    return {
      rows,
      identities: customerIdentities(
        db,
        rows.map((r) => r.id),
      ),
      currency: shopCurrency(db),
    };
  });
  const byCustomer = new Map<number, string[]>();
  for (const i of identities) byCustomer.set(i.customerId, [...(byCustomer.get(i.customerId) ?? []), `${i.platform}:${i.platformUserId}`]);
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
      identities: byCustomer.get(r.id) ?? [],
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
      (byCustomer.get(r.id) ?? []).join(' / '),
      r.shows,
      iso(r.firstSeenAt),
      iso(r.lastSeenAt),
      r.nonPayments,
      r.discountPercent ?? '',
      r.erasedAt === null ? 'no' : 'yes',
    ].map((c) => neutralise(String(c))),
  );
  return stringify([[...CUSTOMER_COLUMNS], ...body], { record_delimiter: '\n' });
}
