/**
 * `catalog.list` is bounded (issue 18: long lists paged): one answer carries at most
 * CATALOG_PAGE_MAX products, a bigger page is refused, and paging with nextOffset reads the whole
 * catalog once, in claim-code order, through the real socket.io transport.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG_PAGE_MAX, type CatalogPage } from '../../../shared/contract';
import { insertProduct, listProducts } from '../../../electron/core/store/catalog';
import { writeTx } from '../../../electron/core/store/sql';
import { connectClient, okResult } from '../../support/client';
import { startTestStudio } from '../../support/studio';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const PRODUCTS = 2 * CATALOG_PAGE_MAX + 37;

describe('catalog.list in pages', () => {
  it('answers at most a page, refuses a bigger one, and pages through every product once in order', async () => {
    const studio = await startTestStudio({ demo: false });
    cleanups.push(() => studio.dispose());
    writeTx(studio.db, () => {
      for (let i = 0; i < PRODUCTS; i++) {
        insertProduct(
          studio.db,
          {
            handle: `p-${i}`,
            code: `P${String(i).padStart(4, '0')}`,
            title: `Product ${i}`,
            optionNames: ['Size'],
            variants: [
              { options: ['S'], priceMinor: 1000 + i, stock: 1 },
              { options: ['M'], priceMinor: 1000 + i, stock: 2 },
            ],
          },
          'test',
          0,
        );
      }
    });
    const overlay = await connectClient(studio.baseUrl, studio.issueToken('overlay', 'obs'));
    cleanups.push(() => overlay.close());

    const first = okResult<CatalogPage>(await overlay.call('catalog.list', {}));
    expect(first.products).toHaveLength(CATALOG_PAGE_MAX);
    expect(first).toMatchObject({ total: PRODUCTS, nextOffset: CATALOG_PAGE_MAX });

    expect(await overlay.call('catalog.list', { limit: CATALOG_PAGE_MAX + 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });

    const seen: string[] = [];
    let offset: number | null = 0;
    let pages = 0;
    while (offset !== null) {
      const page: CatalogPage = okResult<CatalogPage>(await overlay.call('catalog.list', { offset, limit: 300 }));
      expect(page.products.length).toBeLessThanOrEqual(300);
      seen.push(...page.products.map((p) => p.code));
      offset = page.nextOffset;
      pages++;
    }
    expect(pages).toBe(Math.ceil(PRODUCTS / 300));
    expect(seen).toEqual(listProducts(studio.db).map((p) => p.code));
    expect(new Set(seen).size).toBe(PRODUCTS);
    // Past the end: an empty page, no next.
    expect(okResult<CatalogPage>(await overlay.call('catalog.list', { offset: PRODUCTS }))).toMatchObject({
      products: [],
      nextOffset: null,
    });
  });
});
