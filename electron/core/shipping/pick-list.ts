import { stringify } from 'csv-stringify/sync';
import type { PickList, PickRow } from '../../../shared/contract';
import { cartReference } from '../../../shared/domain/shipping';
import { neutralise } from '../carts/csv';
import type { Db } from '../store/db';
import { cartsToShip, existingCartIds, shipItems } from '../store/shipping';
import { readTx } from '../store/sql';

/**
 * The pick list: what to take off the shelves for a show's carts to pack (paid, or cash on
 * delivery; not yet packed or shipped) or for a selection of carts (their lines holding stock
 * that are not packed or shipped yet). One row per variant with its units and the carts each
 * unit goes to, sorted for walking the shelves: by location (products without one last), then
 * SKU, then product code and options.
 */
export function pickList(db: Db, selection: { showId: number | null; cartIds?: readonly number[] }): PickList {
  return readTx(db, () => {
    const cartIds = selection.cartIds
      ? [...existingCartIds(db, selection.cartIds)].sort((a, b) => a - b)
      : cartsToShip(db, selection.showId);
    const rows = new Map<number, PickRow>();
    for (const item of shipItems(db, cartIds)) {
      if (item.state === 'packed' || item.state === 'shipped' || item.variantId === null) continue;
      let row = rows.get(item.variantId);
      if (!row) {
        row = {
          variantId: item.variantId,
          productId: item.productId,
          code: item.code,
          title: item.title,
          sku: item.sku,
          options: item.options,
          location: item.location,
          quantity: 0,
          carts: [],
        };
        rows.set(item.variantId, row);
      }
      row.quantity += item.quantity;
      const last = row.carts.at(-1);
      if (last?.cartId === item.cartId) last.quantity += item.quantity;
      else row.carts.push({ cartId: item.cartId, reference: cartReference(item.cartId), quantity: item.quantity });
    }
    const sorted = [...rows.values()].sort(walkOrder);
    return {
      showId: selection.cartIds ? null : selection.showId,
      rows: sorted,
      units: sorted.reduce((n, r) => n + r.quantity, 0),
      cartIds,
    };
  });
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function walkOrder(a: PickRow, b: PickRow): number {
  if (a.location !== b.location) {
    if (a.location === null) return 1;
    if (b.location === null) return -1;
    const byLocation = collator.compare(a.location, b.location);
    if (byLocation !== 0) return byLocation;
  }
  return (
    collator.compare(a.sku ?? '\uffff', b.sku ?? '\uffff') ||
    collator.compare(a.code, b.code) ||
    collator.compare(a.options.join(' / '), b.options.join(' / ')) ||
    a.variantId - b.variantId
  );
}

/** `studio export --what picklist --format csv`: a stable interface (README): columns are only added at the end. */
export const PICK_LIST_COLUMNS = ['location', 'sku', 'code', 'title', 'options', 'quantity', 'carts'] as const;

/** `carts` is each cart's reference with its units when more than one: `C000012, C000015 x2`. */
export function pickListCsv(list: PickList): string {
  return stringify(
    [
      [...PICK_LIST_COLUMNS],
      ...list.rows.map((r) =>
        [
          r.location ?? '',
          r.sku ?? '',
          r.code,
          r.title,
          r.options.join(' / '),
          String(r.quantity),
          r.carts.map((c) => (c.quantity > 1 ? `${c.reference} x${c.quantity}` : c.reference)).join(', '),
        ].map(neutralise),
      ),
    ],
    { record_delimiter: '\n' },
  );
}
