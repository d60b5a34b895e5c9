/**
 * server.feature_under_flood_p99_ms (issue 18): a hostile moderator keeps 32 `orders.list` pages of
 * 2,000 rows in flight and the overlay's token keeps 16 `catalog.list` in flight — each reply, even a
 * `rate_limited` refusal, is answered at once by the next call — on a show with 5,000 order lines,
 * while the host features products. The figure is the p99 of the host's `show.feature` round trip
 * (emit → ack) under the flood; the floor is the same round trips on the same studio before the flood.
 * The hostile clients run in a process of their own (flood-client.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { upsertBuyer } from '../../electron/core/store/buyers';
import { writeTx } from '../../electron/core/store/sql';
import { adjustStock } from '../../electron/core/store/stock';
import { connectClient, type TestClient } from '../support/client';
import { startTestStudio } from '../support/studio';
import { percentile } from './percentiles';
import { seedLine } from './seed-line';
import type { BenchResult } from './types';

const ROUNDS = Number(process.env.LSS_FLOOD_ROUNDS ?? 300);
const ORDERS = 5000;
const tokenOf = (url: string) => new URL(url).hash.slice('#token='.length);
const here = path.dirname(fileURLToPath(import.meta.url));

async function featureRoundTrips(host: TestClient, codes: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const reply = await host.call('show.feature', { code: codes[i % codes.length]! });
    times.push(performance.now() - t0);
    if (!reply.ok) throw new Error(`show.feature failed: ${JSON.stringify(reply.error)}`);
  }
  return times;
}

/** Starts the hostile clients in their own process; resolves once they are flooding. */
async function startFlood(baseUrl: string, moderatorToken: string, overlayToken: string, showId: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'flood-client.ts'), baseUrl, moderatorToken, overlayToken, String(showId)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('flooding\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`flood client exited (${code}) before flooding`)));
  });
  return {
    stop: async (): Promise<Record<string, number>> => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
    },
  };
}

export default async function bench(): Promise<BenchResult[]> {
  const studio = await startTestStudio();
  const host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl), { checkContract: false });
  const show = studio.services.shows.current();
  if (!show) throw new Error('the demo boutique has no show');
  studio.services.shows.goLive(show.id, 'host');
  const products = studio.services.catalog.list().products;
  const variants = products.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })));
  let now = Date.now();
  writeTx(studio.db, () => {
    for (const { variant } of variants) adjustStock(studio.db, variant.id, ORDERS, 'initial', 'bench', now);
    for (let i = 0; i < ORDERS; i++) {
      const { product, variant } = variants[i % variants.length]!;
      const buyerId = upsertBuyer(studio.db, { platform: 'twitch', platformUserId: `u${i % 1000}`, displayName: `buyer ${i % 1000}` }, now);
      seedLine(
        studio.db,
        {
          showId: show.id,
          buyerId,
          productId: product.id,
          variantId: variant.id,
          unitPriceMinor: variant.priceMinor,
          actor: `chat:twitch:u${i % 1000}`,
        },
        now++,
      );
    }
  });
  const codes = products.map((p) => p.code);

  const invite = await host.call('access.invite', { role: 'moderator', actor: 'Flooder' });
  if (!invite.ok) throw new Error(JSON.stringify(invite.error));
  await featureRoundTrips(host, codes); // warm-up
  const quiet = await featureRoundTrips(host, codes);
  const flood = await startFlood(studio.baseUrl, tokenOf((invite.result as { url: string }).url), tokenOf(studio.overlayUrl), show.id);
  await new Promise((r) => setTimeout(r, 1000)); // the flood has spent its burst and runs at the rate limit
  const loud = await featureRoundTrips(host, codes);
  const counts = await flood.stop();
  const memoryMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  host.close();
  await studio.dispose();

  const value = Math.round(percentile(loud, 99) * 10) / 10;
  const floor = Math.round(percentile(quiet, 99) * 10) / 10;

  return [
    {
      name: 'server.feature_under_flood_p99_ms',
      value,
      unit: 'ms',
      floor,
      ratio: Math.round((value / floor) * 10) / 10,
      target: '< 50',
      clock: 'performance.now() in the benchmark process',
      start: `host client emits show.feature (${ROUNDS} rounds) while, from another process, a moderator token keeps 32 orders.list(limit 2000) and the overlay token 16 catalog.list in flight (${ORDERS} order lines)`,
      end: `the host's ack (floor: the same round trips before the flood); flood replies: orders.list ${counts.ordersOk} ok / ${counts.ordersLimited} rate_limited, catalog.list ${counts.catalogOk} ok / ${counts.catalogLimited} rate_limited; studio process RSS ${memoryMb} MB`,
    },
  ];
}
