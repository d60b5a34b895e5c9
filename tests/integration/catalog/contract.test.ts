/** The catalog, import and lineup commands through the real socket.io transport of a running studio. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog, ImportPreview, Lineup } from '../../../shared/contract';
import { assertStockInvariant } from '../../../electron/core/store/stock';
import { connectClient, okResult } from '../../support/client';
import { startTestStudio } from '../../support/studio';
import { fixture } from '../../unit/catalog/helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const ok = okResult;

async function setup(demo = false) {
  const studio = await startTestStudio({ demo });
  cleanups.push(() => studio.dispose());
  const host = await connectClient(studio.baseUrl, studio.issueToken('host', 'host'));
  const moderator = await connectClient(studio.baseUrl, studio.issueToken('moderator', 'Ola'));
  const overlay = await connectClient(studio.baseUrl, studio.issueToken('overlay', 'obs'));
  cleanups.push(
    () => host.close(),
    () => moderator.close(),
    () => overlay.close(),
  );
  return { studio, host, moderator, overlay };
}

describe('catalog commands over the socket', () => {
  it('previews, then applies a CSV import; every window hears catalog.changed; moderators may not import', async () => {
    const { studio, host, moderator, overlay } = await setup();
    const text = fixture('boutique.csv').toString('utf8');
    const before = ok<Catalog>(await host.call('catalog.list', {}));
    const preview = ok<ImportPreview>(await host.call('catalog.import.preview', { fileName: 'boutique.csv', text }));
    expect(preview).toMatchObject({ ok: true, applied: false });
    expect(preview.added.map((a) => a.code)).toEqual(['A12', 'Ш-1', '1', '2']);
    expect(ok<Catalog>(await host.call('catalog.list', {})).products).toHaveLength(before.products.length);

    const refused = await moderator.call('catalog.import.apply', { fileName: 'boutique.csv', text });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const heard = overlay.next('catalog.changed', (p) => p.reason === 'import');
    const applied = ok<ImportPreview>(await host.call('catalog.import.apply', { fileName: 'boutique.csv', text }));
    expect(applied).toMatchObject({ ok: true, applied: true });
    expect((await heard).productIds).toHaveLength(4);
    expect(ok<Catalog>(await host.call('catalog.list', {})).products).toHaveLength(before.products.length + 4);

    const bad = ok<ImportPreview>(
      await host.call('catalog.import.apply', { fileName: 'bad.csv', text: fixture('bad-rows.csv').toString('utf8') }),
    );
    expect(bad).toMatchObject({ ok: false, applied: false });
    expect(bad.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    assertStockInvariant(studio.db);
  });

  it('accepts a large file in parts, exports it back, and refuses a part out of order', async () => {
    const { host } = await setup();
    const csv = fixture('boutique.csv').toString('utf8');
    const id = 'upload-test-1';
    const half = Math.floor(csv.length / 2);
    ok(await host.call('catalog.import.upload', { uploadId: id, part: 0, text: csv.slice(0, half) }));
    expect(await host.call('catalog.import.upload', { uploadId: id, part: 2, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    ok(await host.call('catalog.import.upload', { uploadId: id, part: 1, text: csv.slice(half) }));
    const applied = ok<ImportPreview>(await host.call('catalog.import.apply', { fileName: 'boutique.csv', uploadId: id }));
    expect(applied.added).toHaveLength(4);
    const exported = ok<{ fileName: string; text: string }>(await host.call('catalog.export', { format: 'shopify-csv' }));
    expect(exported.fileName).toBe('catalog.csv');
    expect(exported.text).toContain('"lato, len, code:A12"');
  });

  it('edits the lineup: add, move, deal fields; lineup.changed reaches the overlay', async () => {
    const { host, overlay } = await setup(true);
    const lineup = ok<Lineup>(await host.call('lineup.get', {}));
    expect(lineup.items.length).toBeGreaterThan(1);
    const last = lineup.items.at(-1)!;
    const heard = overlay.next('lineup.changed');
    const moved = ok<Lineup>(await host.call('lineup.move', { itemId: last.id, toPosition: 0 }));
    expect(moved.items[0]!.id).toBe(last.id);
    expect((await heard).items[0]!.id).toBe(last.id);
    const edited = ok<Lineup>(
      await host.call('lineup.update', { itemId: last.id, dealPriceMinor: 4900, dealQuota: 3, perBuyerLimit: 1, sceneName: 'Close-up' }),
    );
    expect(edited.items[0]).toMatchObject({ dealPriceMinor: 4900, dealQuota: 3, perBuyerLimit: 1, sceneName: 'Close-up' });
    expect(await host.call('lineup.update', { itemId: last.id, dealQuota: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const featured = ok<{ product: { id: number } }>(await host.call('show.feature', { position: 0 }));
    expect(featured.product.id).toBe(last.productId);
  });
});
