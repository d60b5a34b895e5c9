// "Start demo show" from the seller's host window: a second studio on <data>/demo/demo.db, live, its
// recorded chat playing at live speed; the seller's database is not touched (no message, order,
// buyer, stock movement or show state change), and a restart begins from a fresh demo.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoStatus } from '../../../shared/contract';
import { connectClient, okResult, type TestClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';
import { waitUntil } from '../../support/waits';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Row counts of the tables a show writes, read from the file by a separate connection. */
function footprint(file: string): Record<string, number | string> {
  const db = new Database(file, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      chat: count('chat_messages'),
      orders: count('orders'),
      buyers: count('buyers'),
      questions: count('questions'),
      stock: (db.prepare('SELECT group_concat(stock) AS s FROM (SELECT stock FROM variants ORDER BY id)').get() as { s: string }).s,
      shows: (db.prepare('SELECT group_concat(state) AS s FROM shows').get() as { s: string }).s,
    };
  } finally {
    db.close();
  }
}

describe('the demo show beside the seller’s studio', () => {
  it('plays on its own database; the seller’s stays as it was; the demo offers the way back', async () => {
    const seller = await startTestStudio();
    cleanups.push(() => seller.dispose());
    const sellerDb = path.join(seller.dataDir, 'studio.db');
    const host: TestClient = await connectClient(seller.baseUrl, new URL(seller.hostUrl).hash.slice('#token='.length));
    cleanups.push(() => host.close());

    const before = footprint(sellerDb);
    expect(okResult<DemoStatus>(await host.call('demo.status', {}))).toMatchObject({ isDemo: false, firstRun: true, running: false });

    const { hostUrl } = okResult<{ hostUrl: string }>(await host.call('demo.start', {}));
    expect(new URL(hostUrl).port).not.toBe(String(seller.port));
    const demoDb = path.join(seller.dataDir, 'demo', 'demo.db');
    expect(fs.existsSync(demoDb)).toBe(true);

    // The demo's own host window: it is the demo, live, and orders and questions arrive by themselves.
    const demo = await connectClient(new URL(hostUrl).origin, new URL(hostUrl).hash.slice('#token='.length));
    cleanups.push(() => demo.close());
    const status = okResult<DemoStatus>(await demo.call('demo.status', {}));
    expect(status).toMatchObject({ isDemo: true, firstRun: false });
    expect(status.returnUrl).toBe(seller.hostUrl);
    await waitUntil(async () => {
      const orders = okResult<unknown[]>(await demo.call('orders.list', { limit: 50 }));
      return orders.length >= 3;
    }, 'three demo orders');
    await waitUntil(async () => okResult<unknown[]>(await demo.call('questions.list', {})).length >= 1, 'a demo question');
    expect((await demo.call('demo.start', {})).ok).toBe(false); // the demo does not start demos

    expect(footprint(sellerDb)).toEqual(before);
    expect(footprint(demoDb).orders).toBeGreaterThanOrEqual(3);
    expect(okResult<DemoStatus>(await host.call('demo.status', {}))).toMatchObject({ firstRun: true, running: true });

    // Starting again begins a fresh demo: the first one's orders are gone.
    const again = okResult<{ hostUrl: string }>(await host.call('demo.start', {}));
    expect(again.hostUrl).not.toBe(hostUrl);
    expect(footprint(demoDb).orders).toBeLessThan(3);
    expect(footprint(sellerDb)).toEqual(before);
  });
});
