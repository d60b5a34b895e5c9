import { expect, test, type Browser, type Page, type WebSocketRoute } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { ChatMessageInput } from '../../shared/contract';
import { StatusTracker, type ChatConnector, type ConnectorStatus } from '../../electron/core/chat/connector';
import { countCommandsSent } from '../support/socket-frames';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let twitch: LoopbackTwitch;
let blocked = false;
const sockets: WebSocketRoute[] = [];

/**
 * A Twitch channel the studio may post to, on loopback: what buyers type is
 * pushed into the real ingest (so the commerce engine sees it as chat), and
 * what the studio posts (answers) is recorded here.
 */
class LoopbackTwitch implements ChatConnector {
  readonly id = 'twitch:loopback';
  readonly platform = 'twitch' as const;
  readonly channel = 'demo_boutique';
  readonly isModerator = true;
  readonly posted: { text: string; replyTo?: string }[] = [];
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
  async send(text: string, options?: { replyTo?: string }): Promise<void> {
    this.posted.push({ text, replyTo: options?.replyTo });
  }
  /** A buyer types in the channel. */
  say(name: string, text: string, extra: Partial<ChatMessageInput> = {}): string {
    const id = `tw-${++this.n}`;
    const now = Date.now();
    studio.services.chat.ingest.push({
      kind: 'message',
      message: {
        platform: 'twitch',
        platformMessageId: id,
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
    return id;
  }
}

test.beforeAll(async () => {
  studio = await startTestStudio();
  const show = studio.services.shows.current();
  if (!show) throw new Error('the demo boutique has no show');
  studio.services.shows.goLive(show.id, 'host');
  twitch = studio.services.chat.add(new LoopbackTwitch());
});
test.afterAll(async () => {
  await studio?.dispose();
});

/** The host window and a co-moderator console, each in its own browser context (own storage, like two machines). */
async function openWindows(browser: Browser, viewport = { width: 1440, height: 900 }, beforeConsole?: (page: Page) => Promise<void>) {
  const hostContext = await browser.newContext({ viewport });
  const host = await hostContext.newPage();
  // A sale's stock change must not make either window list the catalog again.
  const hostLists = countCommandsSent(host, 'catalog.list');
  await host.goto(studio.hostUrl);
  const consoleContext = await browser.newContext({ viewport });
  const moderator = await consoleContext.newPage();
  await beforeConsole?.(moderator);
  const moderatorLists = countCommandsSent(moderator, 'catalog.list');
  await moderator.goto(`${studio.baseUrl}/console/#token=${studio.issueToken('moderator', 'Ola')}`);
  for (const page of [host, moderator]) {
    await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
    await expect(page.getByTestId('chat-feed')).toBeVisible();
  }
  return {
    host,
    moderator,
    catalogLists: () => [hostLists(), moderatorLists()],
    close: () => Promise.all([hostContext.close(), consoleContext.close()]),
  };
}

/** Enters a message for a buyer through a window's manual box (a phone or DM order). */
async function enterManual(page: Page, buyer: string, text: string) {
  await page.getByTestId('manual-buyer').fill(buyer);
  await page.getByTestId('manual-text').fill(text);
  await page.getByTestId('manual-send').click();
  await expect(page.getByTestId('manual-text')).toHaveValue('');
}

/** Read through a second connection to the file: what is asserted is what is on disk, not what one connection holds. */
function onDisk<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(studio.db.name, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const orderRow = (page: Page, code: string, buyer: string) =>
  page.locator(`[data-testid=order-row][data-code="${code}"][data-buyer="${buyer}"]`);

/** Counts the page's running one-second intervals (the question clock is the only one). */
async function countIntervals(page: Page) {
  await page.addInitScript(() => {
    const live = new Set<unknown>();
    const set = window.setInterval.bind(window);
    const clear = window.clearInterval.bind(window);
    window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = set(fn, ms, ...args);
      if (ms === 1000) live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      live.delete(id);
      clear(id);
    }) as typeof window.clearInterval;
    (window as unknown as { __secondIntervals: () => number }).__secondIntervals = () => live.size;
  });
}
const ticking = (page: Page) => page.evaluate(() => (window as unknown as { __secondIntervals: () => number }).__secondIntervals());

test('a live show worked from the host window and a co-moderator console', async ({ browser }) => {
  const { host, moderator, catalogLists, close } = await openWindows(browser, undefined, countIntervals);
  fs.mkdirSync('tests/artifacts', { recursive: true });
  await expect(host.locator('[data-testid=product-row][data-code=A12]')).toBeVisible(); // the catalog is listed
  await expect.poll(() => catalogLists().every((n) => n >= 1)).toBe(true);
  const listsAtStart = catalogLists();
  const marek = orderRow(moderator, 'D2', 'Marek');

  await test.step('a phone order typed in the host’s manual box is an order in both windows, and on disk', async () => {
    await enterManual(host, 'Anna', 'SOLD A12 M');
    for (const page of [host, moderator]) {
      await expect(orderRow(page, 'A12', 'Anna')).toBeVisible();
      await expect(
        page.locator('[data-testid=chat-message]').filter({ hasText: 'SOLD A12 M' }).getByTestId('chat-tag-order'),
      ).toBeVisible();
    }
    const annaState = await orderRow(host, 'A12', 'Anna').getAttribute('data-state');
    const anna = onDisk<{ state: string; name: string }>(
      `SELECT o.state, b.display_name AS name FROM orders o JOIN products p ON p.id = o.product_id JOIN buyers b ON b.id = o.buyer_id WHERE p.code = 'A12' AND b.display_name = 'Anna'`,
    );
    expect(anna).toEqual([{ state: annaState, name: 'Anna' }]);
  });

  await test.step('a question in Twitch chat reaches the console with the suggested answer; the host sees its age; answering posts it', async () => {
    twitch.say('Kasia', 'ile kosztuje B3?');
    const question = moderator.locator('[data-testid=question][data-state=open]').filter({ hasText: 'ile kosztuje B3?' });
    await expect(question).toBeVisible();
    await expect(question.getByTestId('question-answer-text')).toHaveValue(/B3.*179/);
    await expect(host.getByTestId('live-header').getByTestId('oldest-question')).toHaveAttribute('data-state', 'waiting');
    await expect(question.getByTestId('question-age')).toHaveText(/^0:0[1-9]$/, { timeout: 30_000 }); // it ticks
    const suggested = await question.getByTestId('question-answer-text').inputValue();
    await question.getByTestId('question-answer').click();
    const answered = moderator.locator('[data-testid=question][data-state=answered]').filter({ hasText: 'ile kosztuje B3?' });
    await expect(answered.getByTestId('question-response')).toHaveText(/\d+(\.\d)? s|\d+:\d\d/);
    await expect(host.getByTestId('live-header').getByTestId('oldest-question')).toHaveAttribute('data-state', 'none');
    expect(twitch.posted.map((p) => p.text)).toContain(suggested);
    const [q] = onDisk<{ state: string; response_ms: number | null }>(
      `SELECT q.state, q.response_ms FROM questions q JOIN chat_messages m ON m.seq = q.message_seq WHERE m.text = 'ile kosztuje B3?'`,
    );
    expect(q?.state).toBe('answered');
    expect(q?.response_ms).toBeGreaterThan(0);
  });

  await test.step('"SOLD D2" names no size: the order needs details, the moderator completes it in one click, and the host\'s catalog shows the stock it holds', async () => {
    twitch.say('Marek', 'SOLD D2');
    await expect(marek).toHaveAttribute('data-state', 'needs_details');
    await expect(orderRow(host, 'D2', 'Marek')).toHaveAttribute('data-state', 'needs_details');
    await expect(moderator.getByTestId('orders-list').getByTestId('order-row').first()).toHaveAttribute('data-state', 'needs_details'); // on top
    const d2Stock = () =>
      onDisk<{ n: number }>(`SELECT sum(v.stock) AS n FROM variants v JOIN products p ON p.id = v.product_id WHERE p.code = 'D2'`)[0]!.n;
    const d2Before = d2Stock();
    await marek.locator('[data-testid=complete-variant][data-options="38"]').click();
    await expect(marek).toHaveAttribute('data-state', 'claimed');
    await expect(orderRow(host, 'D2', 'Marek')).toHaveAttribute('data-state', 'claimed');
    const d2 = onDisk<{ state: string; options: string; price: number }>(
      `SELECT o.state, v.option1 AS options, o.unit_price_minor AS price FROM orders o JOIN variants v ON v.id = o.variant_id JOIN buyers b ON b.id = o.buyer_id WHERE b.display_name = 'Marek'`,
    );
    expect(d2).toEqual([{ state: 'claimed', options: '38', price: 15900 }]);
    // The claim holds one D2: the host's catalog shows the new stock (from the stock.changed payload).
    expect(d2Stock()).toBe(d2Before - 1);
    await host.getByTestId('catalog-search').fill('D2');
    await expect(host.locator('[data-testid=product-row][data-code=D2] .stock')).toHaveText(`${d2Before - 1} in stock`);
    await host.getByTestId('catalog-search').fill('');
  });

  await test.step('a stock question’s suggested answer follows the stock: a sale while it waits is in the answer box at once', async () => {
    const d2Of38 = () =>
      onDisk<{ n: number }>(
        `SELECT v.stock AS n FROM variants v JOIN products p ON p.id = v.product_id WHERE p.code = 'D2' AND v.option1 = '38'`,
      )[0]!.n;
    const before = d2Of38();
    twitch.say('Ola', 'D2 ile zostało?');
    const question = moderator.locator('[data-testid=question][data-state=open]').filter({ hasText: 'D2 ile zostało?' });
    await expect(question.getByTestId('question-answer-text')).toHaveValue(new RegExp(`\\b38 ×${before}\\b`));
    await enterManual(host, 'Piotr', 'SOLD D2 38');
    await expect.poll(d2Of38).toBe(before - 1);
    // Re-shown with the stock.changed of the sale, in both windows: never the stock of the moment Ola asked.
    const now = before - 1 > 0 ? new RegExp(`\\b38 ×${before - 1}\\b`) : /^(?![\s\S]*\b38 ×)/;
    await expect(question.getByTestId('question-answer-text')).toHaveValue(now);
    const atHost = host.locator('[data-testid=question][data-state=open]').filter({ hasText: 'D2 ile zostało?' });
    await expect(atHost.getByTestId('question-answer-text')).toHaveValue(now);
    // Sent as suggested: what reaches the chat is the stock of the moment it is sent.
    await question.getByTestId('question-answer').click();
    await expect(question).toHaveCount(0);
    await expect.poll(() => twitch.posted.map((p) => p.text).find((t) => t.startsWith('@Ola D2'))).toMatch(now);
  });

  await test.step('the moderator confirms it; the host sees by whom, and only the host marks it paid', async () => {
    // It leaves the console's "needs action" list; the host sees it confirmed, and by whom.
    await marek.getByTestId('order-confirmed').click();
    await expect(marek).toHaveCount(0);
    const marekAtHost = orderRow(host, 'D2', 'Marek');
    await expect(marekAtHost).toHaveAttribute('data-state', 'confirmed');
    await marekAtHost.getByTestId('order-expand').click();
    await expect(marekAtHost.getByTestId('order-history')).toContainText('Ola');
    await marekAtHost.getByTestId('order-expand').click();
    // Paid, packed and shipped are the host's: the console never offers them.
    await marekAtHost.getByTestId('order-paid').click();
    await expect(marekAtHost).toHaveAttribute('data-state', 'paid');
    await moderator.getByTestId('orders-filter-all').click();
    await expect(orderRow(moderator, 'D2', 'Marek')).toHaveAttribute('data-state', 'paid');
    await expect(moderator.getByTestId('order-paid')).toHaveCount(0);
    await expect(moderator.getByTestId('order-packed')).toHaveCount(0);
    await moderator.getByTestId('orders-filter-action').click();
  });

  await test.step('a sold-out size: the buyer waits in line, and both windows say where', async () => {
    twitch.say('Iga', 'SOLD D2 36');
    await expect(orderRow(host, 'D2', 'Iga')).toHaveAttribute('data-state', 'waitlisted');
    await expect(orderRow(moderator, 'D2', 'Iga').getByTestId('waitlist-position')).toContainText('1');
  });

  await test.step('a hostile buyer name is text, never markup, in every window', async () => {
    const hostile = '<img src=x onerror=window.__pwned=1>';
    await enterManual(moderator, hostile, 'SOLD B7 Grey');
    for (const page of [host, moderator]) {
      await expect(page.getByTestId('chat-author').filter({ hasText: hostile })).toHaveText(hostile);
      await expect(orderRow(page, 'B7', hostile)).toBeVisible();
      await expect(page.locator('img[src=x]')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }
  });

  await test.step('those sales changed stock in every window from the stock.changed payload, without a single re-list of the catalog', async () => {
    expect(catalogLists()).toEqual(listsAtStart);
  });

  await test.step('a busier chat (platforms, badges, a Super Chat, a /me, a deleted line, an open question) shows in both windows', async () => {
    twitch.say('Zhanar', 'маған А12 М керек', { author: { platformUserId: 'zhanar', name: 'Zhanar', badges: ['subscriber'] } });
    twitch.say('mod_ewa', 'Witajcie na live! 💜', { author: { platformUserId: 'mod_ewa', name: 'mod_ewa', badges: ['moderator'] } });
    twitch.say('Bartek', 'waves at everyone', { isAction: true });
    const spam = twitch.say('spam_bot', 'free followers at example.com');
    twitch.say('Dana', 'do you ship to Germany?');
    twitch.say('Lena', 'Love this dress! ❤️', {
      platform: 'youtube',
      paid: { amountMinor: 2000, currency: 'PLN' },
      author: { platformUserId: 'lena', name: 'Lena', badges: ['member'] },
    });
    twitch.say('Kasia', 'biorę 2 B7 Green');
    await expect(host.locator('[data-testid=chat-message]').filter({ hasText: 'biorę 2 B7 Green' })).toBeVisible();
    studio.services.chat.ingest.push({ kind: 'delete', platform: 'twitch', platformMessageId: spam, at: Date.now() });
    await expect(
      host.locator('[data-testid=chat-message]').filter({ hasText: 'free followers' }).getByTestId('chat-deleted'),
    ).toBeVisible();
    await expect(moderator.locator('[data-testid=question][data-state=open]').filter({ hasText: 'do you ship to Germany?' })).toBeVisible();
  });

  await test.step('the host features the first product of the lineup; the console shows it, read-only', async () => {
    await host.getByTestId('step-next').click();
    await expect(moderator.getByTestId('featured-title')).toHaveText('Linen Summer Dress');
    await expect(moderator.getByTestId('step-next')).toHaveCount(0);
  });

  await test.step('the same screens in Polish and Kazakh (screenshots)', async () => {
    await host.screenshot({ path: 'tests/artifacts/live-host.png' });
    await moderator.screenshot({ path: 'tests/artifacts/live-console.png' });
    await moderator.getByTestId('ui-language').selectOption('pl');
    await expect(moderator.getByTestId('questions')).toContainText('Pytania');
    await moderator.screenshot({ path: 'tests/artifacts/live-console-pl.png' });
    await host.getByTestId('ui-language').selectOption('kk');
    await expect(host.getByTestId('orders')).toContainText('Тапсырыстар');
    await host.screenshot({ path: 'tests/artifacts/live-host-kk.png' });
  });

  await test.step('ages tick from one shared one-second clock, and only while a question waits', async () => {
    expect(await ticking(moderator)).toBe(1);
    await moderator
      .locator('[data-testid=question][data-state=open]')
      .filter({ hasText: 'do you ship to Germany?' })
      .getByTestId('question-dismiss')
      .click();
    await expect(moderator.locator('[data-testid=question][data-state=dismissed]')).toHaveCount(1);
    await expect(host.getByTestId('live-header').getByTestId('oldest-question')).toHaveAttribute('data-state', 'none');
    await expect.poll(() => ticking(moderator)).toBe(0);
  });
  await close();
});

test('the chat follows the newest line, offers a pill when scrolled up, and resumes after a reconnect', async ({ browser }) => {
  const { host, moderator, close } = await openWindows(browser, { width: 1280, height: 720 }, async (page) => {
    // The console's socket goes through a route this test can cut, like a network blip.
    await page.routeWebSocket(/socket\.io/, (ws) => {
      if (blocked) return ws.close({ code: 4000, reason: 'offline' });
      sockets.push(ws);
      ws.connectToServer();
    });
  });
  const scroll = host.getByTestId('chat-scroll');

  await test.step('40 lines: the feed follows the newest, and is virtualised (far fewer rows in the page than messages)', async () => {
    for (let i = 1; i <= 40; i++) twitch.say(`viewer${i}`, `message number ${i}`);
    await expect(host.locator('[data-testid=chat-message]').filter({ hasText: 'message number 40' })).toBeVisible();
    const total = Number((await host.getByTestId('chat-feed').getAttribute('data-count')) ?? 0);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(await host.getByTestId('chat-message').count()).toBeLessThan(total / 2);
  });

  await test.step('scrolled up, the feed stays put and counts what arrives; the pill brings the reader back down', async () => {
    await scroll.evaluate((el) => el.scrollTo({ top: 0 }));
    // The feed notices the reader left on its scroll event: wait for that state before a line arrives.
    await expect(host.getByTestId('chat-feed')).toHaveAttribute('data-following', 'false');
    await expect(host.getByTestId('chat-new-pill')).toHaveCount(0);
    twitch.say('late_viewer', 'is A12 still available?');
    await expect(host.getByTestId('chat-new-pill')).toContainText('1');
    expect(await scroll.evaluate((el) => el.scrollTop)).toBe(0);
    await host.getByTestId('chat-new-pill').click();
    await expect(host.locator('[data-testid=chat-message]').filter({ hasText: 'is A12 still available?' })).toBeVisible();
    await expect(host.getByTestId('chat-new-pill')).toHaveCount(0);
  });

  await test.step('the console loses its connection; what is said meanwhile arrives once it is back, once', async () => {
    blocked = true;
    for (const ws of sockets.splice(0)) await ws.close({ code: 4000, reason: 'network blip' });
    await expect(moderator.getByTestId('connection-banner')).toHaveAttribute('data-phase', 'reconnecting');
    for (let i = 1; i <= 3; i++) twitch.say('away_viewer', `said while away ${i}`);
    await expect(host.locator('[data-testid=chat-message]').filter({ hasText: 'said while away 3' })).toBeVisible();
    blocked = false;
    // A real reconnect on two loaded cores (two CI runs at once): a generous bound, never a short one.
    await expect(moderator.getByTestId('connection-banner')).toHaveCount(0, { timeout: 60_000 });
    for (let i = 1; i <= 3; i++)
      await expect(moderator.locator('[data-testid=chat-message]').filter({ hasText: `said while away ${i}` })).toHaveCount(1);
    expect(await moderator.getByTestId('chat-feed').getAttribute('data-count')).toBe(
      await host.getByTestId('chat-feed').getAttribute('data-count'),
    );
  });

  await host.screenshot({ path: 'tests/artifacts/live-host-1280.png' });
  await moderator.screenshot({ path: 'tests/artifacts/live-console-1280.png' });
  await close();
});
