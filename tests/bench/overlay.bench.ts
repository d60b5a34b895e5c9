/**
 * The stream overlay in real Chromium (playwright-core, /usr/bin/chromium).
 *
 * overlay.feature_to_dom.p95: a host socket.io client (the host token) sends
 * 'show.feature'; the end is the overlay page's MutationObserver seeing the
 * new product's card in the DOM, reported back through page.exposeBinding.
 * Both ends are read on ONE clock: performance.now() in this process. The
 * binding's trip back (page -> CDP -> here) is inside the figure, so it is an
 * upper bound. Floor: in the same rounds, a bare Node socket.io client with the
 * overlay's token receiving the 'show.featured' event (no browser, no React).
 *
 * overlay.idle_cpu_ms_60s: the page's main-thread time (CDP Performance
 * TaskDuration) over 60 idle seconds with a product, a pinned message and no
 * deal on screen; floor: an empty page in the same browser over the same window.
 * LSS_OVERLAY_IDLE_SECONDS, LSS_OVERLAY_SWITCHES and LSS_OVERLAY_GAP_MS shorten a
 * run for a quick look; LSS_OVERLAY_DEBUG=1 prints percentiles to stderr.
 */
import { chromium } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { connectClient } from '../support/client';
import { startTestStudio } from '../support/studio';
import { p95AgainstFloor, percentile } from './percentiles';
import type { BenchResult } from './types';

const SWITCHES = Number(process.env.LSS_OVERLAY_SWITCHES ?? 200);
const WARMUP = 10;
/** A host does not switch faster than this; leave animations of the previous card still run. */
const GAP_MS = Number(process.env.LSS_OVERLAY_GAP_MS ?? 60);
const IDLE_SECONDS = Number(process.env.LSS_OVERLAY_IDLE_SECONDS ?? 60);

const tokenOf = (url: string) => new URL(url).hash.slice('#token='.length);

export default async function bench(): Promise<BenchResult[]> {
  const studio = await startTestStudio();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    let waiting: { code: string; resolve: (t: number) => void } | null = null;
    await page.exposeBinding('__overlayShown', (_source, code: string) => {
      const t = performance.now();
      if (waiting && waiting.code === code) {
        waiting.resolve(t);
        waiting = null;
      }
    });
    // Reports each time the entering card names a different product (and its title is in).
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.addInitScript(`
      let last = null;
      const report = () => {
        const card = document.querySelector('.presence-item.entering article.card');
        const code = card ? card.dataset.productCode : null;
        if (code && code !== last && card.querySelector('[data-testid=product-title]')?.textContent) {
          last = code;
          window.__overlayShown(code);
        }
      };
      new MutationObserver(report).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-product-code'] });
    `);
    await page.goto(studio.overlayUrl);
    await page.locator('main.stage[data-ready]').waitFor({ state: 'attached' });

    // The floor of the idle figures: an empty page in the same browser over the same window.
    const blank = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await blank.setContent('<!doctype html><html><body></body></html>');
    const meter = async (p: typeof page) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Performance.enable');
      return async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
        return { task: get('TaskDuration'), script: get('ScriptDuration') };
      };
    };
    const [overlayMetric, blankMetric] = [await meter(page), await meter(blank)];
    /** Main-thread ms of the overlay and of the empty page over IDLE_SECONDS, scaled to 60 s. */
    const idleWindow = async () => {
      const [before, blankBefore] = [await overlayMetric(), await blankMetric()];
      await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
      const [after, blankAfter] = [await overlayMetric(), await blankMetric()];
      const per60 = (seconds: number) => Math.round(((seconds * 1000 * 60) / IDLE_SECONDS) * 10) / 10;
      return {
        task: per60(after.task - before.task),
        script: per60(after.script - before.script),
        blank: per60(blankAfter.task - blankBefore.task),
      };
    };

    // Idle on stream: a product, a pinned message, a thank-you that came and went; no deal.
    studio.services.shows.feature({ code: 'A12' }, 'host');
    studio.services.overlay.pin({ kind: 'message', author: 'Ola', text: 'Piękna sukienka!', answer: null }, 'host');
    studio.services.overlay.announceClaim({ buyer: 'Anna', code: 'A12', variant: 'M Red' });
    await page.locator('[data-testid=claim]').waitFor({ state: 'detached', timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 2_000));
    const idle = await idleWindow();

    const host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl), { checkContract: false });
    const bare = await connectClient(studio.baseUrl, tokenOf(studio.overlayUrl), { checkContract: false });
    // Every switch is to a different product than the one on screen (A12 is on screen now).
    const products = studio.services.catalog.list().products.filter((p) => p.code !== 'A12');
    const toDom: number[] = [];
    const toEvent: number[] = [];
    for (let i = 0; i < WARMUP + SWITCHES; i++) {
      const product = products[i % products.length]!;
      const shown = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the overlay did not show ${product.code} within 5 s`)), 5_000);
        waiting = { code: product.code, resolve: (t) => (clearTimeout(timer), resolve(t)) };
      });
      const received = bare.next('show.featured', (f) => f.product?.id === product.id, 5000).then(() => performance.now());
      const t0 = performance.now();
      void host.call('show.feature', { productId: product.id });
      const [tDom, tEvent] = await Promise.all([shown, received]);
      if (i >= WARMUP) {
        toDom.push(tDom - t0);
        toEvent.push(tEvent - t0);
      }
      await new Promise((r) => setTimeout(r, GAP_MS));
    }

    host.close();
    bare.close();

    // The same window right after the burst: what the page spends cleaning up (mostly V8 and Blink housekeeping).
    await new Promise((r) => setTimeout(r, 2_000));
    const afterBurst = await idleWindow();

    if (process.env.LSS_OVERLAY_DEBUG)
      console.error({
        dom: [50, 90, 95, 99].map((p) => percentile(toDom, p).toFixed(1)),
        event: [50, 90, 95, 99].map((p) => percentile(toEvent, p).toFixed(1)),
      });
    return [
      {
        name: 'overlay.feature_to_dom.p95',
        ...p95AgainstFloor(toDom, toEvent),
        target: '< 50',
        clock: 'performance.now() in the benchmark process',
        start: `host socket.io client emits show.feature (${SWITCHES} switches, ${GAP_MS} ms apart)`,
        end: 'overlay page MutationObserver sees the new card, via page.exposeBinding (floor: a Node overlay-token client receives show.featured)',
      },
      {
        name: 'overlay.idle_cpu_ms_60s',
        value: idle.task,
        unit: 'ms',
        floor: idle.blank,
        target: 'near 0',
        clock: 'CDP Performance.getMetrics TaskDuration of the page (floor: an empty page alongside)',
        start: `idle window start (product, pinned message on screen, no deal; script ${idle.script} ms of it)`,
        end: `idle window end (${IDLE_SECONDS} s later, scaled to 60 s)`,
      },
      {
        name: 'overlay.idle_after_switches_cpu_ms_60s',
        value: afterBurst.task,
        unit: 'ms',
        floor: afterBurst.blank,
        clock: 'CDP Performance.getMetrics TaskDuration of the page (floor: an empty page alongside)',
        start: `2 s after the last of the ${SWITCHES} switches (script ${afterBurst.script} ms of it)`,
        end: `${IDLE_SECONDS} s later, scaled to 60 s`,
      },
    ];
  } finally {
    await browser.close();
    await studio.dispose();
  }
}
