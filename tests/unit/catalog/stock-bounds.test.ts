// Stock is bounded in the contract (what a client may send) and in the ledger (every path:
// edits, imports, repeated adjustments), so the invariant always holds in exact arithmetic.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, MAX_STOCK, MAX_STOCK_DELTA } from '../../../shared/contract';
import { adjustStock, assertStockInvariant, StockError } from '../../../electron/core/store/stock';
import { ImportRefused } from '../../../electron/core/catalog/importer';
import { importFile, variantId } from './helpers';
import { tempDatabase } from '../../support/temp-db';

const open: { remove(): void }[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.remove();
});

const adjust = commands['stock.adjust'].input;
const create = commands['catalog.product.create'].input;

describe('bounds on stock', () => {
  it('the contract refuses deltas past ±1,000,000 and stock past 10,000,000', () => {
    expect(adjust.safeParse({ variantId: 1, delta: MAX_STOCK_DELTA }).success).toBe(true);
    expect(adjust.safeParse({ variantId: 1, delta: -MAX_STOCK_DELTA }).success).toBe(true);
    for (const delta of [MAX_STOCK_DELTA + 1, -MAX_STOCK_DELTA - 1, 2 ** 53, -(2 ** 53), 2 ** 53 + 2]) {
      expect(adjust.safeParse({ variantId: 1, delta }).success, `delta ${delta}`).toBe(false);
    }
    expect(adjust.safeParse({ variantId: 1, set: MAX_STOCK }).success).toBe(true);
    expect(adjust.safeParse({ variantId: 1, set: MAX_STOCK + 1 }).success).toBe(false);
    const product = (stock: number) => ({ title: 'T', variants: [{ priceMinor: 100, stock }] });
    expect(create.safeParse(product(MAX_STOCK)).success).toBe(true);
    expect(create.safeParse(product(MAX_STOCK + 1)).success).toBe(false);
  });

  it('the ledger never goes past the ceiling, however it is reached, and the invariant holds', () => {
    const t = tempDatabase('lss-stock-bounds-');
    open.push(t);
    importFile(t.db, 'boutique.csv');
    const id = variantId(t.db, 'SHP-48');
    for (let i = 0; i < 9; i++) adjustStock(t.db, id, MAX_STOCK_DELTA, 'manual', 'host', i);
    const stock = () => (t.db.prepare('SELECT stock FROM variants WHERE id = ?').get(id) as { stock: number }).stock;
    const before = stock();
    expect(before).toBeLessThanOrEqual(MAX_STOCK);
    expect(() => adjustStock(t.db, id, MAX_STOCK_DELTA, 'manual', 'host', 10)).toThrow(StockError);
    expect(() => adjustStock(t.db, id, 2 ** 53, 'manual', 'host', 10)).toThrow(StockError);
    expect(stock()).toBe(before);
    adjustStock(t.db, id, MAX_STOCK - before, 'manual', 'host', 11);
    expect(stock()).toBe(MAX_STOCK);
    assertStockInvariant(t.db);
  });

  it('an import with more than the ceiling is a row error, not a stored number', () => {
    const t = tempDatabase('lss-stock-bounds-');
    open.push(t);
    const csv = 'Handle,Title,Variant Inventory Qty,Variant Price\r\nbig,Big,10000001,1.00\r\n';
    let refused: unknown;
    try {
      importFile(t.db, Buffer.from(csv), 'big.csv');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ImportRefused);
    expect((refused as ImportRefused).preview.errors.map((e) => e.message)).toEqual([expect.stringMatching(/too large/)]);
    expect(t.db.prepare('SELECT count(*) AS n FROM variants').get()).toEqual({ n: 0 });
  });
});
