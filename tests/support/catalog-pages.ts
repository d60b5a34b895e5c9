import type { Catalog, CatalogPage, Product } from '../../shared/contract';
import { okResult, type TestClient } from './client';

/** The whole catalog over the contract, page by page, as the windows read it (`catalog.list` is bounded). */
export async function listWholeCatalog(client: TestClient): Promise<Catalog & { pages: number }> {
  const products: Product[] = [];
  let offset: number | null = 0;
  let currency = '';
  let pages = 0;
  while (offset !== null) {
    const page: CatalogPage = okResult<CatalogPage>(await client.call('catalog.list', { offset }));
    currency = page.currency;
    products.push(...page.products);
    offset = page.nextOffset;
    pages++;
  }
  return { currency, products, pages };
}
