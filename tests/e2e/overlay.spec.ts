/**
 * The stream overlay in real Chromium: it follows the featured product, thanks
 * buyers in the ticker, counts a flash deal down to its end, never executes or
 * spills hostile text, and rides through a core restart without showing
 * anything broken. Screenshots of every state go to tests/artifacts/overlay/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { Product } from '../../shared/contract';
import { startStudio, type Studio } from '../../electron/core/studio';
import { connectClient, type TestClient } from '../support/client';
import { tempDir } from '../support/temp-db';

const ARTIFACTS = 'tests/artifacts/overlay';
const OVERLAY_PAGE = path.resolve('out/renderer/overlay/index.html');

let dataDir: string;
let studio: Studio;
let host: TestClient;
const pageErrors: string[] = [];

async function start(port = 0): Promise<Studio> {
  return startStudio({ dataDir, port, demo: true });
}

test.beforeAll(async () => {
  if (!fs.existsSync(OVERLAY_PAGE)) {
    throw new Error(`The overlay page is not built (${OVERLAY_PAGE} is missing): run "node scripts/build.mjs" first.`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = tempDir('lss-overlay-');
  studio = await start();
  // The QR code needs a product page; the demo catalog has none.
  studio.db.prepare("UPDATE products SET product_url = 'https://demo-boutique.pl/p/linen-summer-dress' WHERE code = 'A12'").run();
  host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
});

test.afterAll(async () => {
  host?.close();
  await studio?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  // Each test starts from a clean overlay: nothing pinned, no deal, default looks.
  studio.services.overlay.unpin();
  studio.services.overlay.clearDeal();
  await host.call('settings.update', {
    overlay: { theme: 'midnight', position: 'lower-third', brandColor: '#ff4f8b', font: 'Inter, system-ui, sans-serif' },
  });
  pageErrors.length = 0;
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors in the overlay page').toEqual([]);
});

function tokenOf(url: string): string {
  return new URL(url).hash.replace(/^#token=/, '');
}

async function openOverlay(page: Page, opts: { width?: number; height?: number; preview?: boolean } = {}) {
  await page.setViewportSize({ width: opts.width ?? 1920, height: opts.height ?? 1080 });
  const url = opts.preview ? studio.overlayUrl.replace('/overlay/#', '/overlay/?preview#') : studio.overlayUrl;
  await page.goto(url);
  await expect(page.locator('main.stage[data-ready]')).toBeAttached();
}

/** The entering card (a leaving one may still be fading out in the same place). */
const card = (page: Page) => page.locator('.presence-item.entering article.card');

function feature(code: string): Product {
  return studio.services.shows.feature({ code }, 'host').product!;
}

async function shot(page: Page, name: string) {
  // The page is transparent, as OBS composites it: keep that in the PNG.
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), omitBackground: true });
}

/** Waits until enter/leave animations have finished, so screenshots show the resting state. */
async function settle(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await expect(page.locator('.presence-item.leaving')).toHaveCount(0);
}

test('the overlay follows the featured product, at 1080p and 720p, on a transparent page', async ({ page }) => {
  await test.step("A12 at 1080p: title, the claim hint in the show's Polish, prices, stock per variant, QR code and its short link", async () => {
    feature('A12');
    await openOverlay(page);
    await expect(card(page)).toHaveAttribute('data-product-code', 'A12');
    await expect(card(page).getByTestId('product-title')).toHaveText('Linen Summer Dress');
    // The show is in Polish: the claim hint is too, with an example a viewer can copy.
    await expect(card(page).getByTestId('claim-hint')).toHaveText('Napisz BIORĘ A12 S Red');
    await expect(card(page).getByTestId('price')).toContainText('149,00 zł');
    // The catalog's compare-at price (199) is not a legal "was" price: A12 was never cheaper in the last 30 days than now.
    await expect(card(page).getByTestId('price-was')).toHaveCount(0);
    // Stock per variant, with the sold-out one marked.
    await expect(card(page).locator('.variant[data-stock="0"]')).toContainText('Wyprzedane');
    await expect(card(page).locator('.variant[data-stock="1"]')).toContainText('1 szt.');
    // The product page as a QR code drawn in the page, and its short link.
    await expect(card(page).getByTestId('qr').locator('img')).toBeVisible();
    expect(
      await card(page)
        .getByTestId('qr')
        .locator('img')
        .evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
    ).toBeGreaterThan(0);
    await expect(card(page).locator('.qr-link')).toHaveText('demo-boutique.pl/p/linen-summer-dress');
  });

  await test.step('the page is transparent, with no status dot unless opened with ?preview', async () => {
    // Transparent: OBS shows the camera through everything but the parts.
    const backgrounds = await page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    // Not opened with ?preview: no status dot at all.
    await expect(page.getByTestId('status-dot')).toHaveCount(0);
    await settle(page);
    await shot(page, 'featured-a12-1080p');
  });

  await test.step('featuring B3 replaces the card (no QR code without a product page)', async () => {
    feature('B3');
    await expect(card(page)).toHaveAttribute('data-product-code', 'B3');
    await expect(card(page).getByTestId('product-title')).toHaveText('Cozy Oversized Hoodie');
    await expect(card(page).getByTestId('qr')).toHaveCount(0);
    await settle(page);
    await expect(page.locator('article.card')).toHaveCount(1);
    await shot(page, 'featured-b3-1080p');
  });

  await test.step('at 720p the same layout, scaled: the card stays inside the frame', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    feature('A12');
    await expect(card(page)).toHaveAttribute('data-product-code', 'A12');
    await settle(page);
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await shot(page, 'featured-a12-720p');
  });

  await test.step('sold out: the card says so, and stops asking viewers to comment', async () => {
    const c1 = feature('C1');
    studio.db.prepare('UPDATE variants SET stock = 0 WHERE product_id = ?').run(c1.id);
    feature('C1');
    await expect(card(page).locator('.sold-out-stamp')).toHaveText('Wyprzedane');
    await expect(card(page).getByTestId('claim-hint')).toHaveCount(0);
    await settle(page);
    await shot(page, 'sold-out-720p');
    studio.db.prepare('UPDATE variants SET stock = 7 WHERE product_id = ?').run(c1.id);
  });

  await test.step("the strings follow the show's language, not the host's UI: a Kazakh show", async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const showId = studio.services.shows.current()!.id;
    studio.db.prepare("UPDATE shows SET language = 'kk' WHERE id = ?").run(showId);
    try {
      feature('A12');
      await expect(card(page).getByTestId('claim-hint')).toHaveText('Жазыңыз: АЛАМЫН A12 S Red');
      await expect(card(page).locator('.variant[data-stock="0"]')).toContainText('Сатылып кетті');
      await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
      await settle(page);
      await shot(page, 'featured-a12-kk');
    } finally {
      studio.db.prepare("UPDATE shows SET language = 'pl' WHERE id = ?").run(showId);
    }
  });

  await test.step('clearing the featured product takes the card off stream', async () => {
    studio.services.shows.feature({ productId: null }, 'host');
    await expect(page.locator('article.card')).toHaveCount(0);
  });
});

test('a claim appears in the ticker and leaves by itself', async ({ page }) => {
  feature('A12');
  await openOverlay(page);
  // The host previews the ticker through the contract; the orders side calls announceClaim.
  const reply = await host.call('overlay.testClaim', { buyer: 'Anna', code: 'A12', variant: 'M' });
  expect(reply.ok).toBe(true);
  studio.services.overlay.announceClaim({ buyer: 'Kasia_88', code: 'A12', variant: 'S Blue' });
  const claims = page.getByTestId('claim');
  await expect(claims).toHaveCount(2);
  await expect(claims.nth(0)).toHaveText('✓Anna rezerwuje A12 M');
  await expect(claims.nth(1)).toHaveText('✓Kasia_88 rezerwuje A12 S Blue');
  await settle(page);
  await shot(page, 'claims-ticker');
  // The overlay role may read, not write.
  const overlayClient = await connectClient(studio.baseUrl, tokenOf(studio.overlayUrl));
  const refused = await overlayClient.call('overlay.testClaim', { buyer: 'Mallory' });
  overlayClient.close();
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await expect(claims).toHaveCount(0, { timeout: 30_000 });
});

test('a flash deal counts down to zero and ends', async ({ page }) => {
  const product = feature('A12');
  await openOverlay(page);
  // The host starts the lineup's deal on A12 (99,00 zł, quota 5), made 4 s long for the test: the core
  // announces it to the overlay and prices the featured card by it.
  const item = studio.services.lineup.get().items.find((i) => i.productId === product.id)!;
  studio.services.lineup.update({ itemId: item.id, dealSeconds: 4 });
  const started = studio.services.lineup.startDeal(item.id);
  // What the orders side announces after a claim at the deal price: `left` of the quota of 5.
  const announceDeal = (left: number) =>
    studio.services.overlay.announceDeal({
      productId: product.id,
      code: product.code,
      priceMinor: 9900,
      currency: 'PLN',
      quota: 5,
      left,
      startedAt: started.dealStartedAt!,
      endsAt: started.dealEndsAt!,
    });
  const deal = card(page).getByTestId('deal');

  await test.step('a running deal shows its quota, the deal price against the old one, and a countdown', async () => {
    await expect(deal).toHaveAttribute('data-deal-state', 'running');
    await expect(card(page).getByTestId('deal-quota')).toHaveText('5 szt. po 99,00 zł');
    await expect(card(page).locator('.price-now')).toHaveText('99,00 zł');
    await expect(card(page).getByTestId('price-was')).toHaveText('149,00 zł');
    await expect(card(page).getByTestId('deal-countdown')).toHaveText(/^0:0[1-4]$/);
    await settle(page);
    await shot(page, 'deal-running');
  });

  await test.step('a claim at the deal price: the orders side announces the new quota', async () => {
    announceDeal(4);
    await expect(card(page).getByTestId('deal-quota')).toHaveText('4 szt. po 99,00 zł');
  });

  await test.step('at zero the deal ends on the page and in the core, then the card is plain again', async () => {
    await expect(deal).toHaveAttribute('data-deal-state', 'ended', { timeout: 30_000 });
    await expect(deal).toHaveText('Okazja zakończona');
    await expect(card(page).getByTestId('deal-countdown')).toHaveCount(0);
    await expect(card(page).locator('.price-now')).toHaveText('149,00 zł');
    await shot(page, 'deal-ended');
    // The core ends it too, for pages that join later.
    await expect.poll(() => studio.services.overlay.state().deal?.state).toBe('ended');
    // "Deal ended" stays a moment, then the card is plain again.
    await expect(card(page).getByTestId('deal')).toHaveCount(0, { timeout: 30_000 });
  });
});

test('the countdown ticks only while a deal runs: an idle overlay runs no timer or animation', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __timers: { raf: number; interval: number; timeout: number } };
    w.__timers = { raf: 0, interval: 0, timeout: 0 };
    const raf = window.requestAnimationFrame.bind(window);
    const interval = window.setInterval.bind(window);
    const timeout = window.setTimeout.bind(window);
    window.requestAnimationFrame = (cb) => (w.__timers.raf++, raf(cb));
    window.setInterval = ((...a: Parameters<typeof setInterval>) => (w.__timers.interval++, interval(...a))) as typeof setInterval;
    window.setTimeout = ((...a: Parameters<typeof setTimeout>) => (w.__timers.timeout++, timeout(...a))) as typeof setTimeout;
  });
  feature('A12');
  await openOverlay(page);
  studio.services.overlay.pin({ kind: 'message', author: 'Ola', text: 'Piękna!', answer: null }, 'host');
  await expect(page.getByTestId('pinned')).toBeVisible();
  await settle(page);
  const before = await page.evaluate(() => ({ ...(window as unknown as { __timers: object }).__timers }));
  await page.waitForTimeout(3_000);
  const after = await page.evaluate(() => ({ ...(window as unknown as { __timers: object }).__timers }));
  const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
  expect(running).toBe(0);
  expect(after).toEqual(before);
});

const ZALGO = [...'ZALGO']
  .map(
    (c) =>
      c +
      '\u0301\u0316\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0324\u0325\u0326\u0329\u032a\u032b\u032c\u032d\u032e\u032f\u0330\u0331\u0332\u0333\u0339\u033a\u033b\u033c\u0345\u0347',
  )
  .join('');
const HOSTILE = {
  script: '<script>window.__pwned = "script"</script>',
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  rtl: '\u202Eexe.ssaP\u202C Bob',
  zalgo: ZALGO,
  longWord: 'W'.repeat(500),
  emoji: '🔥'.repeat(120) + '👩‍👩‍👧‍👦'.repeat(40),
};

test('hostile names and messages are text: nothing executes and nothing leaves its box', async ({ page }) => {
  // A page that ran any of the injected markup would set __pwned, or trip the CSP (reported here).
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}: ${e.sample}`));
  });
  const hostileTitle = `${HOSTILE.img}${HOSTILE.longWord} ${HOSTILE.zalgo} ${HOSTILE.emoji}`;
  const d8 = studio.db.prepare("SELECT id FROM products WHERE code = 'D8'").get() as { id: number };
  studio.db
    .prepare('UPDATE products SET title = ?, product_url = ? WHERE id = ?')
    .run(hostileTitle, `https://shop.example/${'x'.repeat(480)}`, d8.id);
  studio.db
    .prepare(
      'UPDATE variants SET option1 = ? WHERE product_id = ? AND position = (SELECT min(position) FROM variants WHERE product_id = ?)',
    )
    .run(`${HOSTILE.script}${HOSTILE.longWord}`, d8.id, d8.id);
  try {
    await test.step('a hostile product title and variant, hostile buyers in the ticker and a hostile pinned question are all on screen', async () => {
      feature('D8');
      await openOverlay(page);
      await expect(card(page)).toHaveAttribute('data-product-code', 'D8');
      for (const buyer of Object.values(HOSTILE)) studio.services.overlay.announceClaim({ buyer, code: 'D8', variant: HOSTILE.zalgo });
      await host.call('overlay.pin', {
        kind: 'question',
        author: `${HOSTILE.rtl}${HOSTILE.script}`,
        text: `${HOSTILE.img} ${HOSTILE.longWord} ${HOSTILE.emoji}`,
        answer: `${HOSTILE.zalgo} ${HOSTILE.longWord}`,
      });
      await expect(page.getByTestId('pinned')).toBeVisible();
      await expect(page.getByTestId('claim')).toHaveCount(3);
      await settle(page);
      await shot(page, 'hostile-text');
    });

    await test.step('all of it is shown as the literal text it is, never parsed: nothing executes', async () => {
      await expect(page.getByTestId('pinned-author')).toContainText('<script>window.__pwned');
      await expect(card(page).getByTestId('product-title')).toContainText('<img src=x onerror=');
      expect(await page.locator('#overlay-root script, #overlay-root iframe, #overlay-root object').count()).toBe(0);
      // The only images are the product photo and the QR code.
      expect(
        await page.locator('#overlay-root img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.split(':')[0])),
      ).toEqual(['http', 'data']);
      // RTL overrides are dropped, and every name is its own isolated run.
      await expect(page.getByTestId('pinned-author')).toContainText('exe.ssaP Bob');
      expect(
        await page
          .getByTestId('claim-buyer')
          .first()
          .evaluate((el) => el.tagName),
      ).toBe('BDI');
      const executed = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        violations: (window as unknown as { __violations: string[] }).__violations,
      }));
      expect(executed).toEqual({ pwned: null, violations: [] });
    });

    await test.step('nothing leaves its box, and the boxes keep their designed size', async () => {
      await expectInside(page, card(page), [
        '.title',
        '.code-badge',
        '.price-row',
        '.variant',
        '.claim-hint',
        '.claim-command',
        '.qr-link',
        '.qr-caption',
      ]);
      await expectInside(page, page.getByTestId('pinned'), ['.pinned-head', '.pinned-author', '.pinned-text', '.pinned-answer']);
      for (const claim of await page.getByTestId('claim').all()) await expectInside(page, claim, ['.claim-text', '.claim-buyer']);
      // And the boxes themselves keep their designed size (20px rem at 1080p).
      expect((await card(page).boundingBox())!.height).toBeLessThanOrEqual(15 * 20);
      expect((await page.getByTestId('pinned').boundingBox())!.height).toBeLessThanOrEqual(13 * 20 + 1);
      for (const claim of await page.getByTestId('claim').all())
        expect((await claim.boundingBox())!.width).toBeLessThanOrEqual(32 * 20 + 1);
    });
  } finally {
    studio.db.prepare("UPDATE products SET title = 'Pleated Midi Skirt', product_url = NULL WHERE id = ?").run(d8.id);
  }
});

/** Every visible element matching each selector inside `container` lies within the container's box (and the frame). */
async function expectInside(page: Page, container: Locator, selectors: string[]) {
  const outer = (await container.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(outer.x).toBeGreaterThanOrEqual(0);
  expect(outer.y).toBeGreaterThanOrEqual(0);
  expect(outer.x + outer.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(outer.y + outer.height).toBeLessThanOrEqual(viewport.height + 0.5);
  for (const selector of selectors) {
    const boxes = await container.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, right: r.right, bottom: r.bottom, w: r.width };
      }),
    );
    for (const b of boxes) {
      if (b.w === 0) continue;
      const where = `${selector} at ${JSON.stringify(b)} in ${JSON.stringify(outer)}`;
      expect(b.x, where).toBeGreaterThanOrEqual(outer.x - 0.5);
      expect(b.y, where).toBeGreaterThanOrEqual(outer.y - 0.5);
      expect(b.right, where).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
      expect(b.bottom, where).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
    }
  }
}

test('looks come from settings: daylight theme, side card, brand colour; pins from a moderator', async ({ page }) => {
  feature('A12');
  await openOverlay(page);
  const moderator = await connectClient(studio.baseUrl, studio.issueToken('moderator', 'Ola', 'test moderator'));

  await test.step('a moderator pins a question with its answer', async () => {
    const pinned = await moderator.call('overlay.pin', {
      kind: 'question',
      author: 'marta.k',
      text: 'Czy ta sukienka jest z prawdziwego lnu?',
      answer: '100% len, 112 cm w M.',
    });
    expect(pinned.ok).toBe(true);
    await expect(page.getByTestId('pinned-text')).toHaveText('Czy ta sukienka jest z prawdziwego lnu?');
    await expect(page.getByTestId('pinned-answer')).toHaveText('100% len, 112 cm w M.');
    await expect(page.getByTestId('pinned')).toContainText('Pytanie');
    await settle(page);
    await shot(page, 'pinned-question-midnight');
  });

  await test.step('the daylight theme, the side card, the brand colour and the font come from settings', async () => {
    await host.call('settings.update', {
      overlay: { theme: 'daylight', position: 'side-card', brandColor: '#2563eb', font: 'DejaVu Sans, sans-serif' },
    });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'daylight');
    await expect(page.locator('html')).toHaveAttribute('data-position', 'side-card');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.code-badge')!).backgroundColor)).toBe('rgb(37, 99, 235)');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.stage')!).fontFamily)).toMatch(
      /^"?DejaVu Sans"?, sans-serif/,
    );
    await host.call('overlay.testClaim', { buyer: 'Anna', code: 'A12', variant: 'M' });
    await expect(page.getByTestId('claim')).toHaveCount(1);
    await settle(page);
    // The side card sits at the right edge of the frame.
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThan(1920 / 2);
    await shot(page, 'side-card-daylight');
    // A sold-out size reads on the white card too ('Wyprzedane' was light grey on white: the chip was faded whole).
    await expect(card(page).locator('.variant[data-stock="0"]').first()).toContainText('Wyprzedane');
    const axe = await new AxeBuilder({ page }).include('.variant[data-stock="0"]').withRules(['color-contrast']).analyze();
    expect(
      axe.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim()}`)),
      'sold-out sizes on the daylight card: colour contrast under WCAG AA',
    ).toEqual([]);
    expect(axe.passes.flatMap((v) => v.nodes).length, 'sold-out sizes were checked').toBeGreaterThan(0);
  });

  await test.step('the moderator unpins it and it leaves the stream', async () => {
    const unpinned = await moderator.call('overlay.unpin', {});
    expect(unpinned).toMatchObject({ ok: true, result: { unpinned: true } });
    moderator.close();
    await expect(page.getByTestId('pinned')).toHaveCount(0);
  });
});

test('the page survives a core restart: no error text, reconnects, shows the product again', async ({ page }) => {
  feature('A12');
  await openOverlay(page, { preview: true });
  await expect(page.getByTestId('status-dot')).toHaveClass(/connected/);
  await expect(card(page).getByTestId('product-title')).toHaveText('Linen Summer Dress');
  await settle(page);
  const textBefore = await page.locator('body').innerText();

  const port = studio.port;

  await test.step('while the core is away the stream keeps the last good card, and not one word more', async () => {
    host.close();
    await studio.close();
    await expect(page.getByTestId('status-dot')).not.toHaveClass(/connected/);
    await page.waitForTimeout(1_500);
    expect(await page.locator('body').innerText()).toBe(textBefore);
    await expect(card(page).getByTestId('product-title')).toHaveText('Linen Summer Dress');
    await shot(page, 'core-down');
  });

  await test.step('back on the same port with the same stored overlay token, the page reconnects and is live again', async () => {
    studio = await start(port);
    host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
    // The same stored overlay token: the URL saved in OBS still works.
    expect(studio.overlayUrl).toBe(page.url().replace('/overlay/?preview#', '/overlay/#'));
    await expect(page.getByTestId('status-dot')).toHaveClass(/connected/, { timeout: 30_000 });
    await expect(card(page).getByTestId('product-title')).toHaveText('Linen Summer Dress');
    // And it is live again, not a frozen picture.
    feature('B7');
    await expect(card(page).getByTestId('product-title')).toHaveText('Merino Wool Scarf');
    await settle(page);
    await shot(page, 'after-restart');
    expect(await page.locator('body').innerText()).not.toMatch(/error|unavailable|failed|refused/i);
  });
});
