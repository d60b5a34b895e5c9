// `studio export --what orders|carts --format csv` in its own process on a real database file:
// the documented columns, money as decimal strings in major units, and cells a spreadsheet
// would run as formulas neutralised.
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { CART_COLUMNS, ORDER_COLUMNS } from '../../../electron/core/carts/csv';
import { runStudioCli } from '../../support/cli';
import { cartsHarness, type Harness } from '../carts/harness';

let h: Harness;
afterEach(() => h?.close());

const rowsOf = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe('studio export --what orders|carts', () => {
  it('writes the documented columns with decimal money and neutralised formula cells', async () => {
    h = cartsHarness({ stock: 5 });
    const [s, m] = h.variantIds as [number, number];
    const names = ['=HYPERLINK("http://evil","click")', '+48 600 100 200', '-2+3', '@SUM(A1)'];
    names.forEach((name, i) => h.temp.db.prepare('UPDATE buyers SET display_name = ? WHERE id = ?').run(name, h.buyers[i]));
    h.claim(0, s, 2, '=1+1 SOLD A12 S');
    h.claim(1, m, 1, 'SOLD A12 M, "the blue one"\nplease');
    h.claim(2, s, 1);
    h.claim(3, s, 3); // 2 of S left: this one waits
    const cartId = h.cartOf(1);
    h.carts.setShipping({ cartId, version: h.carts.get(cartId).version, methodId: 'courier' }, { actor: 'host' });
    h.temp.db.close();

    const orders = await runStudioCli(['export', '--db', h.temp.file, '--what', 'orders', '--show', 'last']);
    expect(orders.stderr).toBe('');
    expect(orders.code).toBe(0);
    expect(orders.stdout.split('\n')[0]).toBe(ORDER_COLUMNS.join(','));
    for (const col of [
      'order_id',
      'buyer',
      'platform',
      'platform_user_id',
      'code',
      'sku',
      'options',
      'quantity',
      'unit_price',
      'line_total',
      'currency',
      'state',
      'created_at',
    ])
      expect(ORDER_COLUMNS).toContain(col);
    const lines = rowsOf(orders.stdout);
    expect(lines.map((l) => [l.buyer, l.code, l.options, l.quantity, l.unit_price, l.line_total, l.currency, l.state])).toEqual([
      [`'${names[0]}`, 'A12', 'S', '2', '149.00', '298.00', 'PLN', 'claimed'],
      [`'${names[1]}`, 'A12', 'M', '1', '149.00', '149.00', 'PLN', 'claimed'],
      [`'${names[2]}`, 'A12', 'S', '1', '149.00', '149.00', 'PLN', 'claimed'],
      [`'${names[3]}`, 'A12', 'S', '3', '149.00', '447.00', 'PLN', 'waitlisted'],
    ]);
    expect(lines[0]!.message).toBe("'=1+1 SOLD A12 S");
    // Commas, quotes and line breaks survive RFC 4180 quoting.
    expect(lines[1]!.message).toBe('SOLD A12 M, "the blue one"\nplease');
    expect(lines[0]!.created_at).toBe('2023-11-14T22:13:20.000Z');

    const carts = await runStudioCli(['export', '--db', h.temp.file, '--what', 'carts', '--format', 'csv', '--show', String(h.showId)]);
    expect(carts.code).toBe(0);
    expect(carts.stdout.split('\n')[0]).toBe(CART_COLUMNS.join(','));
    const rows = rowsOf(carts.stdout);
    // Lines, units and total count only lines that hold stock (the waitlisted claim is none of them).
    expect(rows.map((r) => [r.buyer, r.lines, r.units, r.shipping, r.total, r.currency, r.state, r.payment_method])).toEqual([
      [`'${names[1]}`, '1', '1', '18.99', '167.99', 'PLN', 'open', ''],
      [`'${names[2]}`, '1', '1', '0.00', '149.00', 'PLN', 'open', ''],
      [`'${names[0]}`, '1', '2', '0.00', '298.00', 'PLN', 'open', ''],
      [`'${names[3]}`, '0', '0', '0.00', '0.00', 'PLN', 'open', ''],
    ]);
  });
});
