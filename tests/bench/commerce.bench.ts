// claim.commit.p99: from a chat message handed to ingest (which runs the commerce engine inside its
// transaction) to that transaction committed, one message per commit, on a SQLite file with the
// durability the studio ships with (openDatabase: WAL, synchronous=FULL). Floor: a bare better-sqlite3
// single-row INSERT transaction on the same kind of file and settings, in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ChatIngest } from '../../electron/core/chat/ingest';
import { headlessCommerce } from '../../electron/core/commerce/headless';
import { openDatabase } from '../../electron/core/store/db';
import { assertStockInvariant } from '../../electron/core/store/stock';
import { SettingsSchema } from '../../shared/contract';
import { seedShop } from '../unit/commerce/helpers';
import type { BenchResult } from './types';
import { tempDir } from '../support/temp-db';

const WARMUP = 50;
const SAMPLES = 1000;

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number;
const round = (x: number) => Math.round(x * 1000) / 1000;

export default async function bench(): Promise<BenchResult[]> {
  const dir = tempDir('lss-bench-commerce-');
  try {
    const db = openDatabase({ file: path.join(dir, 'studio.db') });
    const fixture = seedShop(db, { stock: 100_000 });
    const settings = SettingsSchema.parse({}).commerce;
    const engine = headlessCommerce({
      db,
      showId: fixture.showId,
      extraIntentRules: () => settings.extraIntentRules,
      log: () => {},
    }).engine;
    const ingest = new ChatIngest({ db, clock: Date.now, showId: () => fixture.showId, hook: engine });

    const times: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const now = Date.now();
      const message = {
        platform: 'twitch' as const,
        platformMessageId: `m${i}`,
        channel: 'bench',
        author: { platformUserId: `u${i}`, name: `buyer${i}`, badges: [] },
        text: i % 2 ? 'biorę A12 M' : 'sold A12 S x1',
        isAction: false,
        paid: null,
        sentAt: now,
        receivedAt: now,
      };
      const start = performance.now();
      ingest.push({ kind: 'message', message });
      ingest.flush();
      const ms = performance.now() - start;
      if (i >= WARMUP) times.push(ms);
    }
    await ingest.drain();
    ingest.close();
    const orders = (db.prepare(`SELECT count(*) AS n FROM orders WHERE state = 'claimed'`).get() as { n: number }).n;
    if (orders !== WARMUP + SAMPLES) throw new Error(`expected ${WARMUP + SAMPLES} claimed orders, found ${orders}`);
    assertStockInvariant(db);
    db.close();

    // Floor: the least a commit costs on this disk with these settings.
    const floorDb = openDatabase({ file: path.join(dir, 'floor.db') });
    floorDb.exec('CREATE TABLE floor (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = floorDb.prepare('INSERT INTO floor (text) VALUES (?)');
    const tx = floorDb.transaction((text: string) => insert.run(text));
    const floorTimes: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const start = performance.now();
      tx(`biorę A12 M ${i}`);
      const ms = performance.now() - start;
      if (i >= WARMUP) floorTimes.push(ms);
    }
    floorDb.close();

    const value = round(p(times, 0.99));
    const floor = round(p(floorTimes, 0.99));
    const common = {
      clock: 'performance.now() in the benchmark process',
      start: 'ChatIngest.push() of one chat message (the commerce engine is ingest’s in-transaction hook)',
      end: `ChatIngest.flush() returned: chat row, order and stock committed and fsynced (WAL, synchronous=FULL; ${SAMPLES} samples after ${WARMUP} warm-up, one message per commit)`,
    };
    return [
      { name: 'claim.commit.p99', value, unit: 'ms', floor, ratio: Math.round((value / floor) * 10) / 10, target: '< 10', ...common },
      { name: 'claim.commit.p50', value: round(p(times, 0.5)), unit: 'ms', floor: round(p(floorTimes, 0.5)), ...common },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
