// `studio search` and `studio export --what customers`, run as a user runs them (their own process)
// against a database the customers harness filled: folded Latin letters, Cyrillic and Kazakh as
// written, the show filter, JSON output; customers as CSV and JSON with the documented columns.
import { afterAll, describe, expect, it } from 'vitest';
import { runStudioCli } from '../../support/cli';
import { customersHarness } from '../customers/harness';

const h = customersHarness({ stock: 5 });
afterAll(() => h.close());
const host = { actor: 'host' };

describe('studio search and export --what customers', () => {
  const [s] = h.variantIds as [number, number];
  h.temp.db.prepare("UPDATE buyers SET platform = 'youtube', display_name = 'Ola, \"=SUM(A1)\"' WHERE id = ?").run(h.buyers[1]);
  const lodz = h.say(0, 'Czy wysyłacie do Łodzi?');
  const kaz = h.say(1, 'Қызыл түсі бар ма? Доставка в Алматы', 'youtube');
  h.claim(2, s, 2, 'biorę A12 S x2');
  h.customers.setTags({ customerId: h.customerOf(2), add: ['vip', 'Gdańsk'], remove: [] }, host);
  h.customers.update({ customerId: h.customerOf(1), name: '=SUM(A1)' }, host);
  h.customers.merge({ intoId: h.customerOf(0), fromId: h.customerOf(3) }, host);

  it('searches every show with folding and filters, as text and JSON', async () => {
    const text = await runStudioCli(['search', '--db', h.temp.file, 'lodzi']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/show \d+ {2}twitch {2}buyer0: Czy wysyłacie do Łodzi\? {2}\[other, #\d+\]\n$/);

    const json = await runStudioCli(['search', '--db', h.temp.file, 'қызыл', '--format', 'json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { hits: { seq: number; platform: string }[]; more: boolean };
    expect(parsed.hits.map((x) => [x.seq, x.platform])).toEqual([[kaz, 'youtube']]);
    expect(JSON.parse((await runStudioCli(['search', '--db', h.temp.file, 'кызыл', '--format', 'json'])).stdout).hits).toEqual([]);

    const other = await runStudioCli(['search', '--db', h.temp.file, 'lodzi', '--show', String(h.showId), '--format', 'json']);
    expect(JSON.parse(other.stdout).hits.map((x: { seq: number }) => x.seq)).toEqual([lodz]);
    expect((await runStudioCli(['search', '--db', h.temp.file, 'lodzi', '--show', '999'])).code).toBe(1);
    expect((await runStudioCli(['search', '--db', h.temp.file])).code).toBe(2);
    expect((await runStudioCli(['search', '--db', h.temp.file, 'x', '--intent', 'maybe'])).code).toBe(2);
  });

  it('exports customers as CSV and JSON with customer_id, name, platforms, orders, lifetime_spend, currency, tags', async () => {
    const csv = await runStudioCli(['export', '--db', h.temp.file, '--what', 'customers', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trimEnd().split('\n');
    expect(header).toBe(
      'customer_id,name,platforms,orders,lifetime_spend,currency,tags,identities,shows,first_seen_at,last_seen_at,non_payments,discount_percent,erased',
    );
    expect(rows).toHaveLength(3); // buyer3's customer was merged into buyer0's
    expect(rows.find((r) => r.startsWith(`${h.customerOf(2)},`))).toMatch(/^\d+,buyer2,twitch,1,298\.00,PLN,Gdańsk; vip,twitch:u2,1,/);
    expect(rows.find((r) => r.startsWith(`${h.customerOf(0)},`))).toMatch(/,twitch:u0 \/ twitch:u3,/);
    expect(rows.find((r) => r.startsWith(`${h.customerOf(1)},`))).toMatch(/^\d+,'=SUM\(A1\),youtube,0,0\.00,PLN,,youtube:u1,/);

    const json = await runStudioCli(['export', '--db', h.temp.file, '--what', 'customers', '--format', 'json']);
    const doc = JSON.parse(json.stdout);
    expect(doc.customers.find((c: { customer_id: number }) => c.customer_id === h.customerOf(2))).toMatchObject({
      name: 'buyer2',
      platforms: ['twitch'],
      orders: 1,
      lifetime_spend: '298.00',
      currency: 'PLN',
      tags: ['Gdańsk', 'vip'],
    });
  });
});
