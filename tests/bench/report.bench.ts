/**
 * The show report on a database with 100 shows: 99 earlier shows (1,000 chat messages and 100
 * order lines each) and the largest, last show with 200,000 chat messages from 5,000 chatters
 * and 20,000 order lines (claims, some cancelled, some paid), 40 feature changes and 20 scene
 * switches over three hours.
 *
 * report.json.p95: ReportService.show for the largest show plus JSON.stringify on a new service
 * each round, nothing kept in memory (what `studio report --format json` does once the database is
 * open), in this process; the show ended as the studio ends one, so its chat tally was stored then
 * (store/chat-tally.ts). report.json_uncounted.p95 (no target): the same with that tally deleted,
 * as for a show that ended before migration 0021 (its 200,000 messages scanned). report.json_again.p95: the running studio's service asked again (its chat tally
 * and the finished show's report kept, checked against the show's fingerprint). Floor for both: in
 * the same rounds, the two scans no report can skip done bare with better-sqlite3 (the show's chat
 * grouped per minute, the show's order lines read).
 *
 * report.cold_to_painted.p95: each round opens a new browser context (no cache: a cold
 * navigation) at the host window's Report tab for the show; the end is the first frame with both the
 * headline figures (the revenue card with its amount) and the timeline's order bars in it (the
 * figures draw before the charts' chunk arrives, so both are waited for: a MutationObserver sees the
 * last of them, then requestAnimationFrame plus a task), taken on the page's clock and put on this
 * process's timeline (page-clock.ts, as review.bench.ts). Floor: a bare Node socket.io client with the host token asking reports.show.
 * LSS_REPORT_ROUNDS shortens a run; LSS_REPORT_DEBUG=1 prints percentiles to stderr.
 */
import { chromium } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import type { ChatMessage } from '../../shared/contract';
import { insertChatBatch } from '../../electron/core/store/chat';
import { storeEndedShowChatTally } from '../../electron/core/store/chat-tally';
import { getOrderRow, insertOrder, updateOrder } from '../../electron/core/store/orders';
import { appendTimeline, createShow, setFeatured, setShowState } from '../../electron/core/store/shows';
import { writeTx } from '../../electron/core/store/sql';
import { adjustStock, holdForOrder, releaseFromOrder } from '../../electron/core/store/stock';
import { ReportService } from '../../electron/core/reports';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { timeInNewContext } from './page-paint';
import { connectClient } from '../support/client';
import { startTestStudio } from '../support/studio';
import { p95AgainstFloor, percentile } from './percentiles';
import type { BenchResult } from './types';

const SHOWS = 100;
const BIG_MESSAGES = 200_000;
const BIG_LINES = 20_000;
const SMALL_MESSAGES = 1_000;
const SMALL_LINES = 100;
const CHATTERS = 5_000;
const ROUNDS = Number(process.env.LSS_REPORT_ROUNDS ?? 20);
const WARMUP = 3;
const HOUR = 3_600_000;
const round1 = (x: number) => Math.round(x * 10) / 10;
const tokenOf = (url: string) => new URL(url).hash.slice('#token='.length);

type Studio = Awaited<ReturnType<typeof startTestStudio>>;

/** One show: `messages` chat lines spread over `hours`, `lines` of them claims (every 10th cancelled, every 3rd paid). */
export function seedShow(studio: Studio, index: number, start: number, hours: number, messages: number, lines: number): number {
  const db = studio.db;
  const products = studio.services.catalog.list().products;
  const variants = products.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })));
  const showId = createShow(db, { title: `Show ${index + 1}`, state: 'live' }, start);
  const span = hours * HOUR;
  const claimEvery = Math.floor(messages / lines);
  writeTx(db, () => {
    for (let f = 0; f < 40; f++) setFeatured(db, showId, products[f % products.length]!.id, 'host', start + Math.floor((f * span) / 40));
    for (let s = 0; s < 20; s++)
      appendTimeline(
        db,
        showId,
        'obs.scene_switched',
        'obs',
        { scene: `Scene ${s % 4}`, by: 'studio' },
        start + Math.floor((s * span) / 20),
      );
  });
  const BATCH = 5_000;
  let claims = 0;
  for (let from = 0; from < messages; from += BATCH) {
    writeTx(db, () => {
      const batch: ChatMessage[] = [];
      for (let i = from; i < Math.min(messages, from + BATCH); i++) {
        const at = start + Math.floor((i * span) / messages);
        const user = i % CHATTERS;
        batch.push({
          platform: 'twitch',
          platformMessageId: `s${index}-m${i}`,
          channel: 'shop',
          author: { platformUserId: `u${user}`, name: `viewer${user}`, badges: user === 7 ? ['moderator'] : [] },
          text: i % claimEvery === 0 ? 'SOLD A12 M' : 'so pretty!',
          isAction: false,
          paid: null,
          sentAt: at,
          receivedAt: at,
        });
      }
      const stored = insertChatBatch(db, showId, batch);
      for (const m of stored) {
        const i = Number(m.platformMessageId.slice(m.platformMessageId.indexOf('-m') + 2));
        if (i % claimEvery !== 0 || claims >= lines) continue;
        const { product, variant } = variants[claims % variants.length]!;
        if (!holdForOrder(db, variant.id, 1, m.receivedAt)) throw new Error('seed: out of stock');
        const id = insertOrder(
          db,
          {
            showId,
            buyerId: m.buyerId,
            productId: product.id,
            variantId: variant.id,
            quantity: 1,
            unitPriceMinor: variant.priceMinor,
            currency: 'PLN',
            isDeal: false,
            state: 'claimed',
            holdReason: null,
            source: 'chat',
            sourceMessageSeq: m.seq,
          },
          `chat:twitch:${m.author.name}`,
          null,
          m.receivedAt,
        );
        if (claims % 10 === 0) {
          updateOrder(db, getOrderRow(db, id)!, { state: 'cancelled' }, 'bench', null, m.receivedAt + 1000);
          releaseFromOrder(db, variant.id, 1, m.receivedAt + 1000);
        } else if (claims % 3 === 0) updateOrder(db, getOrderRow(db, id)!, { state: 'paid' }, 'bench', null, m.receivedAt + HOUR);
        claims++;
      }
    });
  }
  setShowState(db, showId, 'ended', start + span);
  // What ShowService.end does after its commit: the show's chat counted once, for every later report.
  storeEndedShowChatTally(db, showId);
  return showId;
}

/** The benchmark's database: 99 earlier shows and the largest; returns the largest show's id. */
export function seedReportBench(studio: Studio): number {
  const db = studio.db;
  const t0 = Date.now() - SHOWS * 7 * 24 * HOUR;
  // Stock for every claim of every show (the ledger: one initial movement per variant).
  writeTx(db, () => {
    for (const p of studio.services.catalog.list().products)
      for (const v of p.variants) adjustStock(db, v.id, BIG_LINES + SHOWS * SMALL_LINES, 'initial', 'bench', t0 - HOUR);
  });
  for (let s = 0; s < SHOWS - 1; s++) seedShow(studio, s, t0 + s * 7 * 24 * HOUR, 1, SMALL_MESSAGES, SMALL_LINES);
  return seedShow(studio, SHOWS - 1, t0 + (SHOWS - 1) * 7 * 24 * HOUR, 3, BIG_MESSAGES, BIG_LINES);
}

export default async function bench(): Promise<BenchResult[]> {
  const studio = await startTestStudio();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const db = studio.db;
    const big = seedReportBench(studio);

    const reports = studio.services.reports;
    const check = reports.show(big);
    if (check.linesTaken !== BIG_LINES || check.messages !== BIG_MESSAGES)
      throw new Error(`seed: expected ${BIG_LINES} lines and ${BIG_MESSAGES} messages, got ${check.linesTaken} and ${check.messages}`);
    const raw = db.prepare('SELECT received_at / 60000 AS minute, count(*) AS n FROM chat_messages WHERE show_id = ? GROUP BY minute');
    const rawLines = db.prepare('SELECT id, product_id, state, quantity, unit_price_minor, created_at FROM orders WHERE show_id = ?');

    /**
     * Rounds of a new service's report (nothing kept from the round before: the chat tally, finished reports), as in a
     * fresh `studio report`, each beside the floor's two scans and, when asked, the running studio's service asked again.
     */
    const freshRounds = (withStudioService: boolean) => {
      const fresh: number[] = [];
      const floor: number[] = [];
      const again: number[] = [];
      for (let i = 0; i < WARMUP + ROUNDS; i++) {
        const service = new ReportService({ db, clock: () => Date.now(), ownAccounts: () => new Set() });
        const a = performance.now();
        JSON.stringify(service.show(big));
        const b = performance.now();
        raw.all(big);
        rawLines.all(big);
        const c = performance.now();
        if (withStudioService) JSON.stringify(reports.show(big));
        const d = performance.now();
        if (i >= WARMUP) {
          fresh.push(b - a);
          floor.push(c - b);
          again.push(d - c);
        }
      }
      return { fresh, floor, again };
    };
    const { fresh: toJson, floor: toRaw, again: toCached } = freshRounds(true);
    // The same, for a show whose chat was never counted at its end (one that ended before migration 0021): its chat is scanned.
    db.prepare('DELETE FROM show_chat_tallies WHERE show_id = ?').run(big);
    const { fresh: toUncounted, floor: toRawAgain } = freshRounds(false);
    storeEndedShowChatTally(db, big);

    const url = `${studio.hostUrl}&tab=report&show=${big}`;
    const bare = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl), { checkContract: false });
    const toPaint: number[] = [];
    const toCall: number[] = [];
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      const took = await timeInNewContext(
        browser,
        url,
        `document.querySelector('[data-testid=report-timeline] .report-timeline-bar') &&
         /[0-9]/.test(document.querySelector('[data-testid=report-revenue] .report-card-value')?.textContent ?? '')`,
        'the figures and the timeline bars',
      );
      const c0 = performance.now();
      const reply = await bare.call('reports.show', { showId: big });
      const c1 = performance.now();
      if (!reply.ok) throw new Error(`reports.show failed: ${JSON.stringify(reply)}`);
      if (i >= WARMUP) {
        toPaint.push(took);
        toCall.push(c1 - c0);
      }
    }
    bare.close();

    if (process.env.LSS_REPORT_DEBUG)
      console.error({
        json: [50, 90, 95].map((p) => percentile(toJson, p).toFixed(1)),
        uncounted: [50, 90, 95].map((p) => percentile(toUncounted, p).toFixed(1)),
        cached: [50, 90, 95].map((p) => percentile(toCached, p).toFixed(1)),
        raw: [50, 90, 95].map((p) => percentile(toRaw, p).toFixed(1)),
        paint: [50, 90, 95].map((p) => percentile(toPaint, p).toFixed(1)),
        call: [50, 90, 95].map((p) => percentile(toCall, p).toFixed(1)),
      });
    const json = p95AgainstFloor(toJson, toRaw);
    const cached = p95AgainstFloor(toCached, toRaw);
    const uncounted = p95AgainstFloor(toUncounted, toRawAgain);
    const paint = p95AgainstFloor(toPaint, toCall);
    const scale = `${SHOWS} shows; the largest: ${BIG_MESSAGES} chat messages, ${BIG_LINES} order lines`;
    return [
      {
        name: 'report.json.p95',
        ...json,
        value: round1(json.value),
        floor: round1(json.floor),
        ratio: round1(json.ratio),
        target: '< 300',
        clock: 'performance.now() in the benchmark process',
        start: `ReportService.show(largest show) called on a new service, nothing kept in memory; the show ended as the studio ends one (its chat tally stored, store/chat-tally.ts) (${ROUNDS} rounds; ${scale})`,
        end: 'JSON.stringify of the report returned (floor: bare better-sqlite3 chat-per-minute GROUP BY and order-line read of the show)',
      },
      {
        name: 'report.json_uncounted.p95',
        ...uncounted,
        value: round1(uncounted.value),
        floor: round1(uncounted.floor),
        ratio: round1(uncounted.ratio),
        clock: 'performance.now() in the benchmark process',
        start: `as report.json.p95, for the show with no chat tally stored at its end (a show ended before migration 0021: its chat scanned; ${ROUNDS} rounds; ${scale})`,
        end: 'JSON.stringify of the report returned (floor: as report.json.p95)',
      },
      {
        name: 'report.json_again.p95',
        ...cached,
        value: round1(cached.value),
        floor: round1(cached.floor),
        ratio: round1(cached.ratio),
        target: '< 300',
        clock: 'performance.now() in the benchmark process',
        start: `the studio's ReportService.show(largest show) called again (its chat tally and the finished report kept; ${ROUNDS} rounds; ${scale})`,
        end: 'JSON.stringify of the report returned (floor: as report.json.p95)',
      },
      {
        name: 'report.cold_to_painted.p95',
        ...paint,
        value: round1(paint.value),
        floor: round1(paint.floor),
        ratio: round1(paint.ratio),
        target: '< 500',
        clock: 'performance.now() in the benchmark process',
        start: `page.goto of the host window's Report tab in a new browser context (${ROUNDS} rounds; ${scale})`,
        end: 'the first frame with the headline figures and the timeline’s order bars (MutationObserver, then requestAnimationFrame + a task), on the page’s clock (floor: a Node host client gets reports.show)',
      },
    ];
  } finally {
    await browser.close();
    await studio.dispose();
  }
}
