/**
 * Two processes on one SQLite file: `studio import` in a child process while
 * the running studio (this process) adjusts stock through its socket.
 * Nothing is lost, the ledger invariant holds, and the studio shows the import.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog, EventPayload, StockMovement } from '../../../shared/contract';
import { applyImport, readImportFile } from '../../../electron/core/catalog/importer';
import { openDatabase } from '../../../electron/core/store/db';
import { saveShop } from '../../../electron/core/store/shop';
import { assertStockInvariant, stockInvariantViolations } from '../../../electron/core/store/stock';
import { connectClient, okResult, type TestClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';
import { listWholeCatalog } from '../../support/catalog-pages';
import { tempDir } from '../../support/temp-db';
import { generateShopifyCsv } from '../../fixtures/shopify/generate';

const studioBin = path.resolve('bin/studio.mjs');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function runImport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [studioBin, 'import', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const ok = okResult;

describe('a CLI import while the studio adjusts stock on the same database file', () => {
  it('loses nothing, keeps the invariant, and the studio sees the import', async () => {
    const dir = tempDir('lss-2proc-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dbFile = path.join(dir, 'studio.db');

    // The shop's existing catalog: 200 products x 6 variants, stock 5 each.
    const seed = openDatabase({ file: dbFile });
    saveShop(seed, { name: 'Pracownia', currency: 'PLN', language: 'pl', timeZone: 'Europe/Warsaw' }, 0);
    applyImport(seed, readImportFile(generateShopifyCsv(200, 6, { handlePrefix: 'old', qty: () => 5 }), 'old.csv', 'PLN'), 'seed', 1);
    seed.close();

    // The file the CLI imports: 1500 new products x 6 variants, and 100 of the old ones re-stocked to 9.
    const file = path.join(dir, 'shopify-export.csv');
    const fresh = generateShopifyCsv(1500, 6, { handlePrefix: 'new' });
    const restock = generateShopifyCsv(100, 6, { handlePrefix: 'old', qty: () => 9 }).replace(/^\uFEFF[^\r]*\r\n/, '');
    fs.writeFileSync(file, fresh + restock);

    const studio = await startTestStudio({ dataDir: dir, demo: false });
    cleanups.push(() => studio.dispose());
    const client: TestClient = await connectClient(studio.baseUrl, studio.issueToken('host', 'host'));
    cleanups.push(() => client.close());
    const before = ok<Catalog>(await client.call('catalog.list', {}));
    expect(before.products).toHaveLength(200);
    // Variants the studio keeps adjusting: 3 the import re-stocks (old-0..2) and 3 it does not touch (old-150..152).
    const watched = [0, 1, 2, 150, 151, 152].map((p) => before.products.find((x) => x.handle === `old-${p}`)!.variants[0]!.id);
    const external = client.next('catalog.changed', (p: EventPayload<'catalog.changed'>) => p.reason === 'external', 30_000);

    const applied = new Map<number, number>(watched.map((id) => [id, 0]));
    let calls = 0;
    let rounds = 0;
    const failures: unknown[] = [];
    const adjustRound = async () => {
      const delta = rounds++ % 2 === 0 ? 1 : -1;
      for (const variantId of watched) {
        const reply = await client.call('stock.adjust', { variantId, delta, note: `studio ${calls}` });
        calls++;
        if (reply.ok) applied.set(variantId, applied.get(variantId)! + delta);
        else failures.push(reply.error);
      }
    };

    // A round before the import starts and one after it has exited make "before and after its
    // transaction" certain on a loaded machine; the rounds while it runs are the overlap.
    await adjustRound();
    const child = runImport(['--db', dbFile, '--no-images', file]);
    let done = false;
    void child.then(() => (done = true));
    let roundsWhileImporting = 0;
    while (!done) {
      await adjustRound();
      roundsWhileImporting++;
      // A person at the host window, fast: six changes every 25 ms stay inside the host's command
      // budget (server/limits.ts), which a loop without a pause exceeds on a slow import.
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const result = await child;
    await adjustRound();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported shopify-export\.csv \(Shopify CSV\): 1500 added, 100 updated, 0 unchanged\./);
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(6);
    expect(roundsWhileImporting).toBeGreaterThan(0);

    // The studio noticed the other process's commit and told its windows.
    await external;
    // More than a page now: read the way the windows do, page by page.
    const after = await listWholeCatalog(client);
    expect(after.pages).toBeGreaterThan(1);
    expect(after.products).toHaveLength(1700);

    // Nothing lost: every studio adjustment is in the ledger next to the import's movements.
    for (const variantId of watched) {
      const movements = ok<StockMovement[]>(await client.call('stock.movements', { variantId, limit: 1000 }));
      const manual = movements.filter((m) => m.reason === 'manual');
      expect(manual.reduce((n, m) => n + m.delta, 0)).toBe(applied.get(variantId));
      expect(manual.length).toBe(rounds);
    }
    // The two really overlapped: the studio wrote before and after the import's one transaction.
    const ledger = ok<StockMovement[]>(await client.call('stock.movements', { variantId: watched[0]!, limit: 1000 }));
    const importId = ledger.find((m) => m.reason === 'import' && m.actor === 'cli')!.id;
    expect(ledger.some((m) => m.reason === 'manual' && m.id < importId)).toBe(true);
    expect(ledger.some((m) => m.reason === 'manual' && m.id > importId)).toBe(true);
    console.info(`studio made ${calls} stock adjustments while the CLI import ran`);
    // Untouched by the file: exactly 5 + the studio's net adjustments.
    for (const p of [150, 151, 152]) {
      const v = after.products.find((x) => x.handle === `old-${p}`)!.variants[0]!;
      expect(v.stock).toBe(5 + applied.get(v.id)!);
    }
    expect(stockInvariantViolations(studio.db)).toEqual([]);
    assertStockInvariant(studio.db);
    const check = openDatabase({ file: dbFile });
    cleanups.push(() => void check.close());
    expect(stockInvariantViolations(check)).toEqual([]);
  });
});
