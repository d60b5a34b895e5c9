import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError, type EventName } from '../../../shared/contract';
import { CatalogService } from '../../../electron/core/catalog/catalog-service';
import { StudioEvents } from '../../../electron/core/events';
import {
  adjustStock,
  assertStockInvariant,
  listMovements,
  setStock,
  StockError,
  stockInvariantViolations,
} from '../../../electron/core/store/stock';
import { claim, FIXTURES, importFile, variantId } from './helpers';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';

const open: { remove(): void }[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.remove();
});
/** A network where one address answers with a PNG, one never answers (timeout) and the rest refuse. */
const PNG = fs.readFileSync(path.join(FIXTURES, 'images', 'kolczyki.png'));
const fakeFetch: typeof fetch = async (url, init) => {
  if (String(url).endsWith('sukienka-1.jpg')) return new Response(PNG, { status: 200, headers: { 'content-type': 'image/png' } });
  if (String(url).endsWith('sukienka-2.jpg'))
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') });
};
function setup() {
  const t = tempDatabase('lss-catalog-');
  open.push(t);
  const events = new StudioEvents();
  const seen: { name: EventName; payload: unknown }[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  let now = 1_700_000_000_000;
  const catalog = new CatalogService({
    db: t.db,
    events,
    clock: () => ++now,
    imagesDir: path.join(t.dir, 'images'),
    watchMs: 0,
    imageTimeoutMs: 300,
    fetchImpl: fakeFetch,
  });
  return { ...t, catalog, events, seen };
}

describe('stock ledger', () => {
  it('logs every change with reason, actor, time and note; refuses to go below zero', () => {
    const { db } = setup();
    importFile(db, 'boutique.csv');
    const id = variantId(db, 'SUK-M-RED');
    expect(adjustStock(db, id, -2, 'manual', 'host', 10, { note: 'damaged' })).toMatchObject({ before: 5, stock: 3, delta: -2 });
    expect(setStock(db, id, 7, 'manual', 'host', 11)).toMatchObject({ before: 3, stock: 7, delta: 4 });
    expect(() => adjustStock(db, id, -8, 'manual', 'host', 12)).toThrow(StockError);
    expect(() => adjustStock(db, 999_999, 1, 'manual', 'host', 12)).toThrow(/No variant with id 999999/);
    expect(listMovements(db, id).map((m) => [m.delta, m.reason, m.actor, m.note, m.at])).toEqual([
      [4, 'manual', 'host', null, 11],
      [-2, 'manual', 'host', 'damaged', 10],
      [5, 'import', 'test', 'import (shopify-csv)', 1_700_000_000_000],
    ]);
    assertStockInvariant(db);
  });

  it('the invariant counts active orders and finds a stock change that bypassed the ledger', () => {
    const { db } = setup();
    importFile(db, 'boutique.csv');
    const show = insertLiveShow(db);
    claim(db, show, variantId(db, 'SUK-M-RED'), 2);
    claim(db, show, variantId(db, 'SUK-M-RED'), 1, 'shipped');
    claim(db, show, variantId(db, 'SUK-M-RED'), 4, 'cancelled');
    expect(stockInvariantViolations(db)).toEqual([]);
    db.prepare('UPDATE variants SET stock = stock + 1 WHERE sku = ?').run('SUK-S-RED');
    expect(stockInvariantViolations(db)).toEqual([{ variantId: variantId(db, 'SUK-S-RED'), ledger: 3, stock: 4, active: 0 }]);
    expect(() => assertStockInvariant(db)).toThrow(/stock invariant broken for 1 variant/);
  });
});

describe('catalog editing (service)', () => {
  it('creates, updates and deletes products, publishing catalog.changed and stock.changed', () => {
    const { db, catalog, seen } = setup();
    const p = catalog.create(
      {
        title: 'Bluzka łączka',
        optionNames: ['Rozmiar'],
        variants: [
          { options: ['S'], priceMinor: 5000, stock: 2, sku: null, compareAtMinor: null },
          { options: ['M'], priceMinor: 5000, stock: 0, sku: null, compareAtMinor: null },
        ],
      },
      'host',
    );
    expect(p).toMatchObject({ code: '1', handle: 'bluzka-laczka', title: 'Bluzka łączka' });
    expect(seen.at(-1)).toMatchObject({ name: 'catalog.changed', payload: { reason: 'edit', productIds: [p.id] } });
    const second = catalog.create(
      { title: 'Bluzka łączka', variants: [{ priceMinor: 1, stock: 0, sku: null, options: [], compareAtMinor: null }] },
      'host',
    );
    expect([second.code, second.handle]).toEqual(['2', 'bluzka-laczka-2']);
    expect(() =>
      catalog.create(
        { title: 'X', code: '1', variants: [{ priceMinor: 1, stock: 0, sku: null, options: [], compareAtMinor: null }] },
        'host',
      ),
    ).toThrow(/Claim code 1 is already used by Bluzka łączka/);
    expect(() =>
      catalog.create(
        { title: 'X', optionNames: ['Size'], variants: [{ priceMinor: 1, stock: 0, sku: null, options: [], compareAtMinor: null }] },
        'host',
      ),
    ).toThrow(StudioError);

    // Rename, swap two variants' option values, add one, drop one: one transaction.
    const [s, m] = p.variants;
    const updated = catalog.update(
      {
        productId: p.id,
        title: 'Bluzka w łączkę',
        code: 'B7',
        variants: [
          { id: s!.id, options: ['M'], priceMinor: 5500, sku: null, compareAtMinor: null, stock: 0 },
          { id: m!.id, options: ['S'], priceMinor: 5500, sku: null, compareAtMinor: null, stock: 0 },
          { options: ['L'], priceMinor: 6000, stock: 3, sku: 'BL-L', compareAtMinor: null },
        ],
      },
      'host',
    );
    expect(updated.code).toBe('B7');
    expect(updated.variants.map((v) => [v.options[0], v.priceMinor, v.stock])).toEqual([
      ['M', 5500, 2],
      ['S', 5500, 0],
      ['L', 6000, 3],
    ]);
    expect(seen.filter((e) => e.name === 'stock.changed').at(-1)!.payload).toMatchObject({ changes: [{ stock: 3 }] });
    catalog.delete(second.id);
    expect(() => catalog.get(second.id)).toThrow(/No product/);
    // A product with orders is archived, not deleted.
    claim(db, null, updated.variants[0]!.id, 1);
    expect(() => catalog.delete(p.id)).toThrow(/has 1 order\(s\): it cannot be deleted/);
    assertStockInvariant(db);
  });

  it('stock.adjust by delta and by set; a refused change writes nothing', () => {
    const { db, catalog, seen } = setup();
    importFile(db, 'boutique.csv');
    const id = variantId(db, 'SHP-48');
    expect(catalog.adjustStock({ variantId: id, delta: 4, note: 'delivery' }, 'host')).toMatchObject({ before: 1, stock: 5 });
    expect(catalog.adjustStock({ variantId: id, set: 2 }, 'host')).toMatchObject({ stock: 2, delta: -3 });
    const movements = listMovements(db, id).length;
    expect(() => catalog.adjustStock({ variantId: id, delta: -3 }, 'host')).toThrow(/has 2 in stock; cannot take away 3/);
    expect(listMovements(db, id)).toHaveLength(movements);
    expect(seen.filter((e) => e.name === 'stock.changed')).toHaveLength(2);
    assertStockInvariant(db);
  });

  it('copies local pictures into images/ after the commit; a missing one keeps the placeholder with a warning', async () => {
    const { db, dir, catalog, seen } = setup();
    const csv = fs
      .readFileSync(path.join(FIXTURES, 'boutique.csv'), 'utf8')
      .replace('images/kolczyki.png', path.join(FIXTURES, 'images', 'kolczyki.png'));
    const parsed = (await import('../../../electron/core/catalog/importer')).readImportFile(
      csv + 'missing-pic,Brak,,,,,,,,,,,,,,,,1,,,1.00,,,,,/nowhere/pic.png,1,,,,,,,,\r\n',
      'b.csv',
      'USD',
    );
    const { preview } = catalog.applyParsed(parsed, 'host', { from: 'file-system', baseDir: null });
    expect(preview.ok).toBe(true);
    expect(preview.warnings.map((w) => w.message)).toEqual([
      'picture /nowhere/pic.png: cannot read /nowhere/pic.png: ENOENT (placeholder shown)',
    ]);
    const earrings = catalog.list().products.find((p) => p.handle === 'kolczyki-srebrne')!;
    expect(earrings.images[0]).toMatchObject({ state: 'ready' });
    expect(fs.existsSync(path.join(dir, 'images', decodeURIComponent(earrings.images[0]!.url.split('/').pop()!)))).toBe(true);
    const missing = catalog.list().products.find((p) => p.handle === 'missing-pic')!;
    expect(missing.images[0]).toMatchObject({ state: 'failed', url: '/media/placeholder.svg' });
    // Remote pictures: still pending when the import returned; fetched after, one ready, one timed out into the placeholder.
    expect(
      catalog
        .list()
        .products.find((p) => p.code === 'A12')!
        .images.map((i) => i.state),
    ).toEqual(['pending', 'pending']);
    await catalog.imagesSettled;
    const dress = catalog.list().products.find((p) => p.code === 'A12')!;
    expect(dress.images.map((i) => i.state)).toEqual(['ready', 'failed']);
    expect(db.prepare('SELECT error FROM product_images WHERE state = ? AND source LIKE ?').get('failed', '%sukienka-2.jpg')).toEqual({
      error: 'no answer within 300 ms',
    });
    expect(seen.some((e) => e.name === 'catalog.changed' && (e.payload as { reason: string }).reason === 'images')).toBe(true);
  });
});
