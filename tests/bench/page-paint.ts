import { chromium, type Page } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { tempDir } from '../support/temp-db';
import { fromPageClock, PAGE_CLOCK_NOW } from './page-clock';

const VIEWPORT = { width: 1280, height: 800 };
let bindings = 0;

/**
 * Opens `url` in `page` and resolves with the time from page.goto to the first frame in which `ready` (a
 * JavaScript expression, read in the page) holds: a MutationObserver sees it hold, then the next
 * requestAnimationFrame plus a task (the frame that shows it has been produced), taken on the page's clock
 * (page-clock.ts). Throws after `timeoutMs` with `what` in the message.
 */
export async function timeToPaint(page: Page, url: string, ready: string, what: string, timeoutMs = 15_000): Promise<number> {
  const binding = `__lssPainted${++bindings}`;
  let painted: (t: number) => void = () => {};
  const shown = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} not painted within ${timeoutMs / 1000} s`)), timeoutMs);
    painted = (t) => (clearTimeout(timer), resolve(t));
  });
  await page.exposeBinding(binding, (_source, at: number) => painted(fromPageClock(at)));
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.addInitScript(`
    const seen = new MutationObserver(() => {
      if (!(${ready})) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => window.${binding}(${PAGE_CLOCK_NOW}), 0));
    });
    seen.observe(document, { subtree: true, childList: true });
  `);
  const start = performance.now();
  await page.goto(url);
  return (await shown) - start;
}

/** A cold window: a new browser context (no cache, no storage), closed after. */
export async function timeInNewContext(
  browser: import('playwright-core').Browser,
  url: string,
  ready: string,
  what: string,
): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await timeToPaint(await context.newPage(), url, ready, what);
  } finally {
    await context.close();
  }
}

/**
 * The desktop app's case: the window is new (a fresh browser process, nothing in memory) but its profile
 * has the studio's pages cached from earlier windows, as the Electron host window's has after its first
 * launch (the hashed assets are cached a year, and Chromium keeps their compiled code beside them). The
 * profile is primed by two visits; each round then launches Chromium on it and opens `url` once.
 */
export async function timeCachedWindows(url: string, ready: string, what: string, rounds: number): Promise<number[]> {
  const profile = tempDir('lss-bench-profile-');
  const open = () => chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH, viewport: VIEWPORT });
  const times: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const context = await open();
    try {
      const took = await timeToPaint(context.pages()[0] ?? (await context.newPage()), url, ready, what);
      if (i >= 2) times.push(took);
    } finally {
      await context.close();
    }
  }
  return times;
}
