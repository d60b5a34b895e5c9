import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { onDisk as onDiskOf } from '../support/on-disk';
import { startTestStudio } from '../support/studio';
import { waitUntil } from '../support/waits';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
const ARTIFACTS = 'tests/artifacts/customers';
let n = 0;

/** A buyer types in chat (Twitch or YouTube): the real ingest and commerce engine take it. */
function say(platform: 'twitch' | 'youtube', userId: string, name: string, text: string) {
  const now = Date.now();
  studio.services.chat.ingest.push({
    kind: 'message',
    message: {
      platform,
      platformMessageId: `cust-${++n}`,
      channel: 'demo_boutique',
      author: { platformUserId: userId, name, badges: [] },
      text,
      isAction: false,
      paid: null,
      sentAt: now,
      receivedAt: now,
    },
  });
}

const onDisk = <T>(sql: string, ...params: unknown[]) => onDiskOf<T>(studio.db.name, sql, ...params);
const count = (sql: string, ...params: unknown[]) => onDisk<{ n: number }>(sql, ...params)[0]!.n;

/** Two shows: Anna buys on Twitch on Friday; on Saturday she is back on YouTube, and Ola asks about Łódź and Almaty. */
test.beforeAll(async () => {
  studio = await startTestStudio();
  const friday = studio.services.shows.current();
  if (!friday) throw new Error('the demo boutique has no show');
  studio.services.shows.goLive(friday.id, 'host');
  say('twitch', 'anna_k', 'Anna K', 'SOLD A12 M red');
  await waitUntil(() => count('SELECT count(*) AS n FROM orders') === 1, "Anna's order on Friday");
  studio.services.shows.end(friday.id, 'host');
  const saturday = studio.services.shows.create({ title: 'Sobotni live' }, 'host');
  studio.services.shows.goLive(saturday.id, 'host');
  say('youtube', 'UCanna', 'Anna K', 'SOLD C1');
  say('twitch', 'ola', 'Ola', 'Wysyłacie do Łodzi? A do Алматы? Қызыл бар ма?');
  await waitUntil(() => count('SELECT count(*) AS n FROM chat_messages') === 3, 'three messages stored');
  await waitUntil(() => count('SELECT count(*) AS n FROM orders') === 2, "Anna's order on Saturday");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
test.afterAll(async () => {
  await studio?.dispose();
});

const customerRow = (page: Page, name: string) => page.getByTestId('customer-row').filter({ hasText: name });

test('customers: a customer page, merging the same person across platforms, badges, and chat search in en, pl and kk', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');

  await test.step('the live order rows carry the buyer badges from the core: Anna on YouTube is new before the merge', async () => {
    const row = page.locator('[data-testid=order-row][data-buyer="Anna K"]').first();
    await expect(row.getByTestId('buyer-badges').locator('[data-badge]').first()).toHaveAttribute('data-badge', 'first');
  });

  await test.step('the customers list shows both Anna accounts as two customers; her page suggests the other (same name)', async () => {
    await page.getByTestId('tab-customers').click();
    await expect(customerRow(page, 'Anna K')).toHaveCount(2);
    await customerRow(page, 'Anna K').first().click();
    await expect(page.getByTestId('customer-page')).toBeVisible();
    await expect(page.getByTestId('merge-suggestion')).toHaveCount(1);
    await page.screenshot({ path: `${ARTIFACTS}/customer-before-merge-en.png` });
  });

  await test.step('merging brings both accounts, both orders and both carts onto one page; the list has one Anna', async () => {
    await page.getByTestId('merge-button').click();
    await expect(page.getByTestId('customer-identities').locator('li')).toHaveCount(2);
    await expect(customerRow(page, 'Anna K')).toHaveCount(1);
    await expect(page.getByTestId('customer-orders').locator('tr')).toHaveCount(2);
    expect(count("SELECT count(DISTINCT customer_id) AS n FROM buyers WHERE display_name = 'Anna K'")).toBe(1);
  });

  await test.step('tagging VIP shows on the page and in the live order rows, where Anna is now returning', async () => {
    await page.getByTestId('toggle-vip').click();
    await expect(page.getByTestId('customer-tags').locator('[data-tag=vip]')).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/customer-page-en.png` });
    await page.getByTestId('tab-studio').click();
    const badges = page.locator('[data-testid=order-row][data-buyer="Anna K"]').first().getByTestId('buyer-badges');
    // Badges travel with order rows: the next orders.changed for Anna carries them; a reload reads them fresh.
    await page.reload();
    await expect(badges.locator('[data-badge=returning]')).toBeVisible();
    await expect(badges.locator('[data-badge=vip]')).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/live-badges-en.png` });
  });

  await test.step('the merge is undone exactly: two customers again, each with one account', async () => {
    await page.getByTestId('tab-customers').click();
    await customerRow(page, 'Anna K').first().click();
    await page.getByTestId('unmerge-button').click();
    await expect(customerRow(page, 'Anna K')).toHaveCount(2);
    await expect(page.getByTestId('customer-identities').locator('li')).toHaveCount(1);
  });

  await test.step('chat search folds ł (lodzi finds Łodzi), keeps Kazakh as written, and a hit opens the show’s chat at that moment', async () => {
    await page.getByTestId('tab-search').click();
    await page.getByTestId('chat-search-input').fill('lodzi');
    await expect(page.getByTestId('chat-search-hit')).toHaveCount(1);
    await page.getByTestId('chat-search-hit').click();
    await expect(page.getByTestId('chat-search-context').locator('li.hit')).toContainText('Łodzi');
    await page.screenshot({ path: `${ARTIFACTS}/search-en.png` });
    await page.getByTestId('chat-search-input').fill('қызыл');
    await expect(page.getByTestId('chat-search-hit')).toHaveCount(1);
    await page.getByTestId('chat-search-input').fill('кызыл');
    await expect(page.getByTestId('chat-search-hit')).toHaveCount(0);
  });

  await test.step('the same screens in Polish and Kazakh', async () => {
    for (const [lang, tab, search] of [
      ['pl', 'Klienci', 'Szukaj w czacie'],
      ['kk', 'Клиенттер', 'Чаттан іздеу'],
    ] as const) {
      await page.getByTestId('ui-language').selectOption(lang);
      await expect(page.getByTestId('tab-customers')).toHaveText(tab);
      await expect(page.getByTestId('tab-search')).toHaveText(search);
      await page.getByTestId('chat-search-input').fill('Алма');
      await expect(page.getByTestId('chat-search-hit')).toHaveCount(1);
      await page.getByTestId('chat-search-hit').click();
      await page.screenshot({ path: `${ARTIFACTS}/search-${lang}.png` });
      await page.getByTestId('tab-customers').click();
      await customerRow(page, 'Anna K').first().click();
      await expect(page.getByTestId('merge-suggestion')).toHaveCount(1);
      await page.screenshot({ path: `${ARTIFACTS}/customer-page-${lang}.png` });
      await page.getByTestId('tab-search').click();
    }
    await page.getByTestId('ui-language').selectOption('en');
  });
  await context.close();
});
