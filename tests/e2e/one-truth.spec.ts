/**
 * One truth on every screen: the host window, a co-moderator console and the stream overlay, side
 * by side through a show (claims, a sell-out, a flash deal started and stopped from the host's card,
 * a cancel that promotes the waitlist, the show's end). After every step each of the three must show
 * what the database file holds — read through a second connection, not from the screens themselves
 * (three screens agreeing with each other can all be wrong together). A side-by-side screenshot of
 * each step goes to tests/artifacts/one-truth/.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { ChatMessageInput } from '../../shared/contract';
import { StatusTracker, type ChatConnector, type ConnectorStatus } from '../../electron/core/chat/connector';
import { startTestStudio } from '../support/studio';

const ARTIFACTS = 'tests/artifacts/one-truth';
const OVERLAY_PAGE = path.resolve('out/renderer/overlay/index.html');

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let twitch: LoopbackTwitch;

/** A Twitch channel on loopback: what buyers type goes into the real ingest, so the commerce engine sees it as chat. */
class LoopbackTwitch implements ChatConnector {
  readonly id = 'twitch:one-truth';
  readonly platform = 'twitch' as const;
  readonly channel = 'demo_boutique';
  private readonly tracker = new StatusTracker({ id: this.id, platform: 'twitch', channel: this.channel }, () => Date.now(), 'connected');
  private n = 0;
  start(): void {}
  async stop(): Promise<void> {}
  status(): ConnectorStatus {
    return this.tracker.get();
  }
  onStatus(listener: (s: ConnectorStatus) => void): () => void {
    return this.tracker.on(listener);
  }
  async send(): Promise<void> {}
  say(name: string, text: string, extra: Partial<ChatMessageInput> = {}): void {
    const now = Date.now();
    studio.services.chat.ingest.push({
      kind: 'message',
      message: {
        platform: 'twitch',
        platformMessageId: `ot-${++this.n}`,
        channel: this.channel,
        author: { platformUserId: name.toLowerCase(), name, badges: [] },
        text,
        isAction: false,
        paid: null,
        sentAt: now,
        receivedAt: now,
        ...extra,
      } as never,
    });
  }
}

test.beforeAll(async () => {
  if (!fs.existsSync(OVERLAY_PAGE))
    throw new Error(`The overlay page is not built (${OVERLAY_PAGE} is missing): run "node scripts/build.mjs" first.`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  studio = await startTestStudio();
  const show = studio.services.shows.current();
  if (!show) throw new Error('the demo boutique has no show');
  studio.services.shows.goLive(show.id, 'host');
  twitch = studio.services.chat.add(new LoopbackTwitch());
});
test.afterAll(async () => {
  await studio?.dispose();
});

/** Read through a second connection to the file: what is asserted is what is on disk. */
function onDisk<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(studio.db.name, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

interface Truth {
  showState: string;
  featuredId: number | null;
  stock: { id: number; stock: number }[];
  /** What a buyer pays now for the featured product, by the README's rule, read from the rows. */
  priceMinor: number;
  dealRunning: boolean;
  dealLeft: number | null;
  orderCount: number;
  revenueMinor: number;
  taken: number;
}

/** The show's state as the database file holds it, with the deal judged at the core's clock now. */
function truth(showId: number, code: string): Truth {
  const now = Date.now();
  const [show] = onDisk<{ state: string; featured: number | null }>(
    'SELECT state, featured_product_id AS featured FROM shows WHERE id = ?',
    showId,
  );
  const stock = onDisk<{ id: number; stock: number }>(
    'SELECT v.id, v.stock FROM variants v JOIN products p ON p.id = v.product_id WHERE p.code = ? ORDER BY v.position, v.id',
    code,
  );
  const [regular] = onDisk<{ low: number }>(
    'SELECT min(v.price_minor) AS low FROM variants v JOIN products p ON p.id = v.product_id WHERE p.code = ?',
    code,
  );
  const [deal] = onDisk<{ price: number | null; quota: number | null; startedAt: number | null; endsAt: number | null; productId: number }>(
    `SELECT l.deal_price_minor AS price, l.deal_quota AS quota, l.deal_started_at AS startedAt, l.deal_ends_at AS endsAt, l.product_id AS productId
       FROM lineup_items l JOIN products p ON p.id = l.product_id WHERE l.show_id = ? AND p.code = ?`,
    showId,
    code,
  );
  const running =
    !!deal && deal.price !== null && deal.startedAt !== null && deal.startedAt <= now && (deal.endsAt === null || now < deal.endsAt);
  const [used] = onDisk<{ n: number }>(
    `SELECT coalesce(sum(quantity), 0) AS n FROM orders WHERE show_id = ? AND product_id = ? AND is_deal = 1 AND created_at >= ?
        AND state IN ('claimed','confirmed','paid','packed','shipped')`,
    showId,
    deal?.productId ?? 0,
    deal?.startedAt ?? 0,
  );
  const dealLeft = deal?.quota == null ? null : Math.max(0, deal.quota - used!.n);
  const [orders] = onDisk<{ n: number; revenue: number; taken: number }>(
    `SELECT count(*) AS n,
            coalesce(sum(CASE WHEN state IN ('claimed','confirmed','paid','packed','shipped') THEN quantity * unit_price_minor ELSE 0 END), 0) AS revenue,
            coalesce(sum(state IN ('claimed','confirmed','paid','packed','shipped')), 0) AS taken
       FROM orders WHERE show_id = ?`,
    showId,
  );
  return {
    showState: show!.state,
    featuredId: show!.featured,
    stock,
    priceMinor: running && dealLeft !== 0 ? deal!.price! : regular!.low,
    // A deal whose quota is all taken has ended on every screen while its time still runs (shared/domain/deals.ts).
    dealRunning: running && dealLeft !== 0,
    dealLeft: running ? dealLeft : null,
    orderCount: orders!.n,
    revenueMinor: orders!.revenue,
    taken: orders!.taken,
  };
}

interface Screens {
  host: Page;
  moderator: Page;
  overlay: Page;
  close(): Promise<unknown>;
}

async function openScreens(browser: Browser): Promise<Screens> {
  const viewport = { width: 1280, height: 800 };
  const hostContext = await browser.newContext({ viewport, locale: 'en-US' });
  const host = await hostContext.newPage();
  await host.goto(studio.hostUrl);
  const consoleContext = await browser.newContext({ viewport, locale: 'pl-PL' });
  const moderator = await consoleContext.newPage();
  await moderator.goto(`${studio.baseUrl}/console/#token=${studio.issueToken('moderator', 'Ola')}`);
  const overlayContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const overlay = await overlayContext.newPage();
  await overlay.goto(studio.overlayUrl);
  await expect(overlay.locator('main.stage[data-ready]')).toBeAttached();
  for (const page of [host, moderator]) {
    await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
    await expect(page.getByTestId('orders')).toBeVisible();
  }
  // The console opens on "needs action"; the comparison is of every line of the show.
  await moderator.getByTestId('orders-filter-all').click();
  return { host, moderator, overlay, close: () => Promise.all([hostContext.close(), consoleContext.close(), overlayContext.close()]) };
}

/** The overlay's card on stream (a leaving one may still fade out in the same place). */
const overlayCard = (overlay: Page) => overlay.locator('.presence-item.entering article.card');

/** A string of the windows' `show` section, as shared/i18n holds it. */
const uiString = (language: 'en' | 'pl', key: string): string =>
  (JSON.parse(fs.readFileSync(path.resolve('shared/i18n', `${language}.json`), 'utf8')) as { show: Record<string, string> }).show[key]!;

/** Each screen shows what the file holds: stock per variant, the price now, the deal, the counts and totals. */
async function expectTruth(s: Screens, showId: number, code: string): Promise<Truth> {
  const want = truth(showId, code);
  for (const page of [s.host, s.moderator]) {
    const card = page.getByTestId('featured-card');
    if (want.featuredId === null) {
      await expect(page.getByTestId('featured-empty')).toBeVisible();
      // Only the host has the keys and the catalog the hint names; the moderator (Polish) is told who decides. With no
      // live or draft show (it ended) nothing can be featured, and both say so instead.
      const ended = studio.services.shows.current() === null;
      const hint =
        page === s.host
          ? uiString('en', ended ? 'noShowToFeature' : 'nothingFeaturedHint')
          : uiString('pl', ended ? 'noShowOnStream' : 'nothingFeaturedOnHostsCall');
      await expect(page.getByTestId('featured-empty')).toContainText(hint);
    } else {
      await expect(card).toHaveAttribute('data-product-id', String(want.featuredId));
      for (const v of want.stock) await expect(card.locator(`[data-variant-id="${v.id}"]`)).toHaveAttribute('data-stock', String(v.stock));
      await expect(card.getByTestId('featured-price')).toHaveAttribute('data-now-minor', String(want.priceMinor));
      if (want.dealRunning) await expect(card.getByTestId('deal-line')).toHaveAttribute('data-deal-phase', 'running');
      else await expect(card.locator('[data-testid=deal-line][data-deal-phase=running]')).toHaveCount(0);
      if (want.dealLeft !== null) await expect(card.getByTestId('deal-line')).toHaveAttribute('data-deal-left', String(want.dealLeft));
      // The host's catalog row of the featured product states the card's price (a deal's while it runs), not the regular one.
      if (page === s.host)
        await expect(page.locator(`[data-testid=product-row][data-code="${code}"] [data-testid=product-price]`)).toHaveAttribute(
          'data-now-minor',
          String(want.priceMinor),
        );
    }
    // Every order row shows its whole variant: it is what the seller packs ("M / Red" was cut to "M …" beside a deal badge).
    const clipped = await page
      .locator('.order-variant')
      .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    expect(clipped).toEqual([]);
    const totals = page.getByTestId('orders-totals');
    await expect(totals).toHaveAttribute('data-count', String(want.orderCount));
    await expect(totals).toHaveAttribute('data-value-minor', String(want.revenueMinor));
    await expect(page.getByTestId('live-revenue')).toHaveAttribute('data-value-minor', String(want.revenueMinor));
    await expect(page.getByTestId('live-taken')).toHaveAttribute('data-count', String(want.taken));
    await expect(page.getByTestId('order-row')).toHaveCount(want.orderCount);
  }
  if (want.featuredId === null || want.showState === 'ended') {
    await expect(overlayCard(s.overlay)).toHaveCount(0);
  } else {
    const card = overlayCard(s.overlay);
    await expect(card).toHaveAttribute('data-product-id', String(want.featuredId));
    for (const v of want.stock) await expect(card.locator(`[data-variant-id="${v.id}"]`)).toHaveAttribute('data-stock', String(v.stock));
    await expect(card.getByTestId('price')).toHaveAttribute('data-now-minor', String(want.priceMinor));
    if (want.dealRunning) {
      await expect(card.getByTestId('deal')).toHaveAttribute('data-deal-state', 'running');
      if (want.dealLeft !== null) await expect(card.getByTestId('deal-quota')).toHaveAttribute('data-left', String(want.dealLeft));
    } else {
      await expect(card.locator('[data-testid=deal][data-deal-state=running]')).toHaveCount(0);
    }
  }
  return want;
}

/** The three screens side by side in one picture (the overlay on a dark stand-in for the stream). */
async function sideBySide(browser: Browser, s: Screens, name: string) {
  await s.overlay.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const [host, moderator, overlay] = await Promise.all([
    s.host.screenshot(),
    s.moderator.screenshot(),
    s.overlay.screenshot({ omitBackground: true }),
  ]);
  // Each screen on its own too, at full size, to read.
  for (const [part, png] of [
    ['host', host],
    ['console', moderator],
    ['overlay', overlay],
  ] as const)
    fs.writeFileSync(path.join(ARTIFACTS, `${name}.${part}.png`), png);
  const img = (b: Buffer, bg: string) => `<img src="data:image/png;base64,${b.toString('base64')}" style="height:800px;background:${bg}">`;
  const page = await browser.newPage({ viewport: { width: 3840, height: 800 } });
  await page.setContent(
    `<body style="margin:0;display:flex;gap:0;background:#222">${img(host, '#fff')}${img(moderator, '#fff')}${img(overlay, 'linear-gradient(135deg,#2b3a55,#111)')}</body>`,
  );
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  await page.close();
}

test('the host window, a console and the overlay show what the database holds, through a whole show', async ({ browser }) => {
  const showId = studio.services.shows.current()!.id;
  const s = await openScreens(browser);
  const a12 = onDisk<{ id: number }>("SELECT id FROM products WHERE code = 'A12'")[0]!.id;

  await test.step('the host features the first lineup item (A12): a planned deal is shown as planned, the regular price is the price', async () => {
    await s.host.getByTestId('step-next').click();
    const t = await expectTruth(s, showId, 'A12');
    expect(t.featuredId).toBe(a12);
    expect(t.priceMinor).toBe(14900);
    await expect(s.host.getByTestId('deal-line')).toHaveAttribute('data-deal-phase', 'planned');
    await expect(s.moderator.getByTestId('deal-line')).toHaveAttribute('data-deal-phase', 'planned');
    await expect(s.host.getByTestId('featured-was')).toHaveCount(0); // the catalog's compare-at price is not a legal "was" price
    await sideBySide(browser, s, '1-featured');
  });

  await test.step('claims sell out S / Blue (2 in stock): every screen shows 0 at once, the third buyer waits', async () => {
    twitch.say('Anna', 'A12 S Blue');
    twitch.say('Basia', 'A12 S Blue');
    twitch.say('Celina', 'A12 S Blue');
    await expect.poll(() => onDisk<{ n: number }>("SELECT count(*) AS n FROM orders WHERE state = 'waitlisted'")[0]!.n).toBe(1);
    const t = await expectTruth(s, showId, 'A12');
    expect(t.stock.some((v) => v.stock === 0)).toBe(true);
    await sideBySide(browser, s, '2-sold-out');
  });

  await test.step('the host starts the deal with the D key: 99.00 on all three, countdown and quota left', async () => {
    await s.host.getByTestId('featured-title').click(); // focus on the page, not a text field
    await s.host.keyboard.press('d');
    await expect
      .poll(
        () =>
          onDisk<{ at: number | null }>(
            'SELECT deal_started_at AS at FROM lineup_items WHERE show_id = ? AND product_id = ?',
            showId,
            a12,
          )[0]!.at,
      )
      .not.toBeNull();
    const t = await expectTruth(s, showId, 'A12');
    expect(t).toMatchObject({ priceMinor: 9900, dealRunning: true, dealLeft: 5 });
    await expect(s.host.getByTestId('deal-stop')).toBeVisible();
    await sideBySide(browser, s, '3-deal-running');
  });

  await test.step('a ×2 claim at the deal price: the row shows the line total, the quota left drops, the overlay says only 3 left', async () => {
    twitch.say('Dorota', 'A12 M Red x2');
    await expect.poll(() => onDisk<{ n: number }>('SELECT count(*) AS n FROM orders WHERE is_deal = 1 AND quantity = 2')[0]!.n).toBe(1);
    const t = await expectTruth(s, showId, 'A12');
    expect(t.dealLeft).toBe(3);
    for (const page of [s.host, s.moderator]) {
      const row = page.locator('[data-testid=order-row][data-buyer="Dorota"]');
      await expect(row.getByTestId('order-price')).toHaveAttribute('data-line-total', '19800');
    }
    await expect(overlayCard(s.overlay).getByTestId('deal-only-left')).toBeVisible();
    await sideBySide(browser, s, '4-deal-x2');
    // The same moment in Kazakh (host) and Polish (console).
    await s.host.getByTestId('ui-language').selectOption('kk');
    await sideBySide(browser, s, '4-deal-x2-kk-pl');
    await s.host.getByTestId('ui-language').selectOption('en');
  });

  await test.step('the last deal units are taken: the deal has ended on all three while its time runs, 0 of 5 left', async () => {
    twitch.say('Hanna', 'A12 L Blue x2');
    twitch.say('Iga', 'A12 L Blue');
    await expect.poll(() => onDisk<{ n: number }>('SELECT coalesce(sum(quantity), 0) AS n FROM orders WHERE is_deal = 1')[0]!.n).toBe(5);
    const t = await expectTruth(s, showId, 'A12');
    expect(t).toMatchObject({ priceMinor: 14900, dealRunning: false, dealLeft: 0 });
    for (const page of [s.host, s.moderator])
      await expect(page.getByTestId('featured-card').getByTestId('deal-line')).toHaveAttribute('data-deal-phase', 'ended');
    await sideBySide(browser, s, '4-deal-taken');
  });

  await test.step('the host stops the deal with the button: the regular price again everywhere', async () => {
    await s.host.getByTestId('deal-stop').click();
    await expect(s.host.getByTestId('deal-start')).toBeVisible();
    const t = await expectTruth(s, showId, 'A12');
    expect(t).toMatchObject({ priceMinor: 14900, dealRunning: false });
    await sideBySide(browser, s, '5-deal-stopped');
  });

  await test.step('the console cancels Anna’s line: its unit goes to Celina on the waitlist, S / Blue stays at 0 everywhere', async () => {
    const anna = s.moderator.locator('[data-testid=order-row][data-buyer="Anna"]');
    await anna.getByTestId('order-cancel').click();
    await anna.getByTestId('order-cancel-confirm').click();
    await expect
      .poll(
        () =>
          onDisk<{ state: string }>("SELECT o.state FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.display_name = 'Celina'")[0]!
            .state,
      )
      .toBe('claimed');
    await expectTruth(s, showId, 'A12');
    for (const page of [s.host, s.moderator]) {
      await expect(page.locator('[data-testid=order-row][data-buyer="Celina"]')).toHaveAttribute('data-state', 'claimed');
      await expect(page.locator('[data-testid=order-row][data-buyer="Anna"]')).toHaveAttribute('data-state', 'cancelled');
    }
    await sideBySide(browser, s, '6-cancel-promotes');
  });

  await test.step('ending the show says what is open and takes the product off the overlay', async () => {
    twitch.say('Ewa', 'ile kosztuje wysyłka?');
    await expect.poll(() => onDisk<{ n: number }>("SELECT count(*) AS n FROM questions WHERE state = 'open'")[0]!.n).toBe(1);
    await s.host.getByTestId('show-end').click();
    await expect(s.host.locator('[data-testid=end-open] [data-open=questions]')).toHaveAttribute('data-count', '1');
    await sideBySide(browser, s, '7-end-dialog');
    await s.host.getByTestId('show-end-confirm').click();
    await expect.poll(() => onDisk<{ state: string }>('SELECT state FROM shows WHERE id = ?', showId)[0]!.state).toBe('ended');
    const t = await expectTruth(s, showId, 'A12');
    expect(t.featuredId).toBeNull();
    await expect(overlayCard(s.overlay)).toHaveCount(0);
    await sideBySide(browser, s, '8-show-ended');
  });

  await s.close();
});

test('a draft show is a rehearsal: its claims are TEST orders that take no stock, gone when the show goes live', async ({ browser }) => {
  // The first test ended the demo show; the next one is a draft.
  const draft = studio.services.shows.create({ title: 'Saturday rehearsal' }, 'host');
  studio.services.shows.feature({ code: 'B3' }, 'host');
  const s = await openScreens(browser);
  const stockOf = () =>
    onDisk<{ stock: number }>(
      "SELECT v.stock FROM variants v JOIN products p ON p.id = v.product_id WHERE p.code = 'B3' AND v.option1 = 'L'",
    )[0]!.stock;
  const before = stockOf();

  await test.step('a claim in the draft is a test order on both windows; the stock on disk and on every card stays', async () => {
    twitch.say('Greta', 'B3 L');
    await expect
      .poll(() => onDisk<{ reason: string }>('SELECT hold_reason AS reason FROM orders WHERE show_id = ?', draft.id)[0]?.reason)
      .toBe('rehearsal');
    for (const page of [s.host, s.moderator]) {
      const row = page.locator('[data-testid=order-row][data-buyer="Greta"]');
      await expect(row).toHaveAttribute('data-state', 'held');
      await expect(row.getByTestId('order-test')).toBeVisible();
    }
    expect(stockOf()).toBe(before);
    await expectTruth(s, draft.id, 'B3');
    await sideBySide(browser, s, '9-rehearsal');
  });

  await test.step("the rehearsal's cart page offers no payment: its test orders take none", async () => {
    const cartId = onDisk<{ cartId: number }>('SELECT cart_id AS cartId FROM orders WHERE show_id = ?', draft.id)[0]!.cartId;
    const page = await s.host.context().newPage();
    await page.goto(`${studio.hostUrl}&tab=review&show=${draft.id}&cart=${cartId}`);
    await expect(page.getByTestId('cart-line-test')).toBeVisible();
    await expect(page.getByTestId('payment-rehearsal')).toBeVisible();
    await expect(page.getByTestId('payment-form')).toHaveCount(0);
    await page.getByTestId('payment-rehearsal').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/9b-rehearsal-cart.png` });
    await page.close();
  });

  await test.step('going live discards the test orders on disk and on screen', async () => {
    await s.host.getByTestId('show-go-live').click();
    await expect.poll(() => onDisk<{ n: number }>('SELECT count(*) AS n FROM orders WHERE show_id = ?', draft.id)[0]!.n).toBe(0);
    for (const page of [s.host, s.moderator]) await expect(page.locator('[data-testid=order-row][data-buyer="Greta"]')).toHaveCount(0);
    expect(stockOf()).toBe(before);
    await expectTruth(s, draft.id, 'B3');
    await sideBySide(browser, s, '10-rehearsal-live');
  });

  await s.close();
});
