import { useCallback, useEffect, useRef, useState } from 'react';
import type { Catalog, CatalogPage, EventPayload, Product } from '../../shared/contract';
import { CATALOG_PAGE_MAX } from '../../shared/contract/catalog-values';
import { useFrameBatch } from './frame-batch';
import type { StudioClient } from './studio-client';
import { useConnectionPhase, useEvent } from './use-studio';

type StockChanges = EventPayload<'stock.changed'>['changes'];

/**
 * The product with each variant's free stock replaced by the one a
 * `stock.changed` carries; the same object when nothing of it changed. The
 * overlay applies it to its featured product, the windows to their catalog:
 * one event, so every screen shows the same stock.
 */
export function productWithStock<P extends Product>(product: P, changes: StockChanges): P {
  let hit = false;
  const variants = product.variants.map((variant) => {
    const change = changes.find((c) => c.variantId === variant.id);
    if (change === undefined || change.stock === variant.stock) return variant;
    hit = true;
    return { ...variant, stock: change.stock };
  });
  return hit ? { ...product, variants } : product;
}

/**
 * The catalog with each variant's free stock replaced by the one a
 * `stock.changed` carries. Products and catalogs nothing changed in keep their
 * identity, so memoised rows do not redraw. A variant not listed yet (a product
 * just added) is left to the re-list its `catalog.changed` brings.
 */
export function withStock(catalog: Catalog, changes: StockChanges): Catalog {
  const touched = new Set(changes.map((c) => c.productId));
  let changed = false;
  const products = catalog.products.map((product) => {
    if (!touched.has(product.id)) return product;
    const next = productWithStock(
      product,
      changes.filter((c) => c.productId === product.id),
    );
    if (next !== product) changed = true;
    return next;
  });
  return changed ? { ...catalog, products } : catalog;
}

/**
 * The catalog a window shows: listed on every (re)connect and on
 * `catalog.changed` (an edit, an import, also by another process); a sale or a
 * stock edit only updates stock from the `stock.changed` payload, without
 * listing the whole catalog again.
 */
export function useCatalog(client: StudioClient): Catalog | undefined {
  const [catalog, setCatalog] = useState<Catalog>();
  const phase = useConnectionPhase(client);
  // Only the newest listing is shown: an older one still paging when catalog.changed comes again is dropped.
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    listWholeCatalog(client).then(
      (whole) => {
        if (mine === generation.current) setCatalog(whole);
      },
      () => undefined,
    );
  }, [client]);
  useEffect(() => {
    if (phase === 'connected') reload();
  }, [phase, reload]);
  useEvent(client, 'catalog.changed', reload);
  // Stock changes reach React once per animation frame (a busy show sends one per commit): the latest per variant.
  const takeChanges = useFrameBatch<StockChanges[number]>(
    useCallback(
      (changes: StockChanges) => {
        const latest = [...new Map(changes.map((c) => [c.variantId, c])).values()];
        setCatalog((c) => c && withStock(c, latest));
      },
      [setCatalog],
    ),
  );
  useEvent(
    client,
    'stock.changed',
    useCallback(({ changes }: EventPayload<'stock.changed'>) => takeChanges(changes), [takeChanges]),
  );
  return catalog;
}

/** The whole catalog, read page by page (`catalog.list` answers with at most CATALOG_PAGE_MAX products at a time). */
export async function listWholeCatalog(client: StudioClient): Promise<Catalog> {
  const products: Product[] = [];
  let offset: number | null = 0;
  let currency = '';
  while (offset !== null) {
    const page: CatalogPage = await client.call('catalog.list', { offset, limit: CATALOG_PAGE_MAX });
    currency = page.currency;
    products.push(...page.products);
    offset = page.nextOffset;
  }
  return { currency, products };
}
