/**
 * Export of the catalog: Shopify product CSV (with the claim code as a
 * `code:` tag) or the studio JSON backup. Deterministic: the same catalog
 * gives the same bytes, so import → export → import → export is byte-identical.
 *
 * The quantity written is what the shop has for sale: free stock plus, while
 * a show is live, what that show has claimed (the mirror of the importer).
 */
import { factsByProduct, readStoredCatalog } from '../store/catalog';
import type { Db } from '../store/db';
import { shopCurrency } from '../store/shop';
import { liveShowId } from '../store/shows';
import { readTx } from '../store/sql';
import { HELD_ORDER_STATES, orderQuantities } from '../store/stock';
import { productFieldsOf } from './product-fields';
import { toShopifyCsv, type ExportProduct } from './shopify-csv';
import { STUDIO_JSON_FORMAT, STUDIO_JSON_VERSION, toStudioJson, type StudioCatalogJson } from './studio-json';

export type CatalogExportFormat = 'shopify-csv' | 'json';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

function exportProducts(db: Db): (ExportProduct & { id: number; productUrl: string | null })[] {
  const live = liveShowId(db);
  const claimed = live !== null ? orderQuantities(db, HELD_ORDER_STATES, live) : new Map<number, number>();
  return readStoredCatalog(db).map((p) => ({
    id: p.id,
    ...productFieldsOf(p),
    images: p.images.map((i) => ({ src: i.source, alt: i.alt })),
    variants: p.variants.map((v) => ({
      sku: v.sku,
      options: v.options,
      priceMinor: v.priceMinor,
      compareAtMinor: v.compareAtMinor,
      stock: v.stock + (claimed.get(v.id) ?? 0),
    })),
  }));
}

export function exportCatalog(db: Db, format: CatalogExportFormat): ExportFile {
  // One read transaction: a consistent snapshot even while another process writes.
  return readTx(db, () => {
    const currency = shopCurrency(db);
    const products = exportProducts(db);
    if (format === 'shopify-csv') {
      return { fileName: 'catalog.csv', mimeType: 'text/csv; charset=utf-8', text: toShopifyCsv(products, currency) };
    }
    const facts = factsByProduct(db);
    const json: StudioCatalogJson = {
      format: STUDIO_JSON_FORMAT,
      version: STUDIO_JSON_VERSION,
      currency,
      products: products.map(({ id, ...p }) => ({
        ...productFieldsOf(p),
        images: p.images,
        variants: p.variants,
        facts: facts.get(id) ?? [],
      })),
    };
    return { fileName: 'catalog.json', mimeType: 'application/json', text: toStudioJson(json) };
  });
}
