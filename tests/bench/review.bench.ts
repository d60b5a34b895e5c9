/**
 * The Review screen in real Chromium (playwright-core, /usr/bin/chromium), on a show with
 * 20,000 order lines from 5,000 buyers (4 lines each, one cart per buyer).
 *
 * review.cold_to_first_rows.p95: each round opens a new browser context (no cache, no
 * storage: a cold navigation) at the host window's address for the show's Review tab; the
 * start is performance.now() in this process just before page.goto, the end is the page's
 * first frame with cart rows in it (a MutationObserver sees the first row, then the next
 * requestAnimationFrame plus a task: the frame that shows it has been produced), taken on the
 * page's clock and put on this process's timeline (page-clock.ts: both read the system clock; the
 * binding's trip back waited for this process's event loop, which also runs the core, busy after the
 * first paint with the next page of rows: up to ~150 ms in a figure that is no part of what the
 * user sees, counted until 2026-11-27). Floor: in the same rounds, a bare Node socket.io client with
 * the host token asking carts.list for the same first page (no browser, no page load, no React).
 * review.cached_window_to_first_rows.p95 (no target: the desktop case beside the cold figure): the same
 * address in a newly launched Chromium whose profile has the pages cached from two earlier windows, as
 * the Electron host window's profile has after its first launch (page-paint.ts).
 * LSS_REVIEW_ROUNDS shortens a run (LSS_REVIEW_CACHED_ROUNDS the cached one); LSS_REVIEW_DEBUG=1 prints percentiles to stderr.
 */
import { chromium } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import { upsertBuyer } from '../../electron/core/store/buyers';
import { writeTx } from '../../electron/core/store/sql';
import { adjustStock } from '../../electron/core/store/stock';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { timeCachedWindows, timeInNewContext } from './page-paint';
import { connectClient } from '../support/client';
import { startTestStudio } from '../support/studio';
import { p95AgainstFloor, percentile } from './percentiles';
import { seedLine } from './seed-line';
import type { BenchResult } from './types';

const BUYERS = 5000;
const LINES_PER_BUYER = 4;
const ROUNDS = Number(process.env.LSS_REVIEW_ROUNDS ?? 30);
const WARMUP = 3;
const CACHED_ROUNDS = Number(process.env.LSS_REVIEW_CACHED_ROUNDS ?? 15);
const round1 = (x: number) => Math.round(x * 10) / 10;
const tokenOf = (url: string) => new URL(url).hash.slice('#token='.length);

export default async function bench(): Promise<BenchResult[]> {
  const studio = await startTestStudio();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    // The show: 5,000 buyers with 4 claimed lines each, over the demo catalog's variants (stock raised to hold them all).
    const show = studio.services.shows.current();
    if (!show) throw new Error('the demo boutique has no show');
    studio.services.shows.goLive(show.id, 'host');
    const products = studio.services.catalog.list().products;
    const variants = products.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })));
    const db = studio.db;
    let now = Date.now();
    writeTx(db, () => {
      for (const { variant } of variants) adjustStock(db, variant.id, BUYERS, 'initial', 'bench', now);
      for (let b = 0; b < BUYERS; b++) {
        const buyerId = upsertBuyer(
          db,
          { platform: b % 5 ? 'twitch' : 'youtube', platformUserId: `u${b}`, displayName: `buyer ${b}` },
          now,
        );
        for (let l = 0; l < LINES_PER_BUYER; l++) {
          const { product, variant } = variants[(b * LINES_PER_BUYER + l) % variants.length]!;
          seedLine(
            db,
            {
              showId: show.id,
              buyerId,
              productId: product.id,
              variantId: variant.id,
              unitPriceMinor: variant.priceMinor,
              actor: `chat:twitch:u${b}`,
            },
            now++,
          );
        }
      }
    });
    studio.services.shows.end(show.id, 'host');

    const url = `${studio.hostUrl}&tab=review&show=${show.id}`;
    const bare = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl), { checkContract: false });
    const check = await bare.call('carts.list', { showId: show.id, limit: 1 });
    if (!check.ok || (check.result as { total: number }).total !== BUYERS)
      throw new Error(`expected ${BUYERS} carts: ${JSON.stringify(check)}`);

    const rowsShown = `document.querySelector('[data-testid=cart-row]')`;
    const toRows: number[] = [];
    const toList: number[] = [];
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      const tRows = await timeInNewContext(browser, url, rowsShown, 'cart rows');
      const l0 = performance.now();
      await bare.call('carts.list', { showId: show.id, limit: 100 });
      const tList = performance.now();
      if (i >= WARMUP) {
        toRows.push(tRows);
        toList.push(tList - l0);
      }
    }
    const cached = await timeCachedWindows(url, rowsShown, 'cart rows', CACHED_ROUNDS);
    bare.close();

    if (process.env.LSS_REVIEW_DEBUG)
      console.error({
        rows: [50, 90, 95, 99].map((p) => percentile(toRows, p).toFixed(1)),
        list: [50, 90, 95, 99].map((p) => percentile(toList, p).toFixed(1)),
        cached: [50, 90, 95, 99].map((p) => percentile(cached, p).toFixed(1)),
      });
    const figures = p95AgainstFloor(toRows, toList);
    return [
      {
        name: 'review.cold_to_first_rows.p95',
        ...figures,
        value: round1(figures.value),
        floor: round1(figures.floor),
        ratio: round1(figures.ratio),
        target: '< 300',
        clock: 'performance.now() in the benchmark process',
        start: `page.goto of the host window's Review tab in a new browser context (${ROUNDS} rounds; ${BUYERS} carts, ${BUYERS * LINES_PER_BUYER} lines)`,
        end: 'the first frame with cart rows (MutationObserver, then requestAnimationFrame + a task), on the page’s clock (floor: a Node host client gets carts.list’s first page)',
      },
      {
        name: 'review.cached_window_to_first_rows.p95',
        value: round1(percentile(cached, 95)),
        unit: 'ms',
        target: 'none (the desktop case beside the cold figure)',
        clock: 'performance.now() in the benchmark process',
        start: `page.goto in a newly launched Chromium whose profile has the studio's pages cached from two earlier windows (${CACHED_ROUNDS} rounds)`,
        end: 'the first frame with cart rows, on the page’s clock',
      },
    ];
  } finally {
    await browser.close();
    await studio.dispose();
  }
}
