import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { showBuilder, type BuiltShow, type ShowBuilder } from '../support/show-builder';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let shows: ShowBuilder;
let friday: BuiltShow;
let saturday: BuiltShow;
const ARTIFACTS = 'tests/artifacts/customers';

const count = (sql: string, ...params: unknown[]) => shows.count(sql, ...params);

/** Two shows: Anna buys on Twitch on Friday; on Saturday she is back on YouTube, and Ola asks about Łódź and Almaty. */
test.beforeAll(async () => {
  studio = await startTestStudio();
  shows = showBuilder(studio, 'cust');
  friday = await shows.show({ lines: [{ platform: 'twitch', userId: 'anna_k', name: 'Anna K', text: 'SOLD A12 M red' }], orders: 1 });
  saturday = await shows.show({
    title: 'Sobotni live',
    lines: [
      { platform: 'youtube', userId: 'UCanna', name: 'Anna K', text: 'SOLD C1' },
      { platform: 'twitch', userId: 'ola', name: 'Ola', text: 'Wysyłacie do Łodzi? A do Алматы? Қызыл бар ма?' },
    ],
    orders: 1,
    end: false,
  });
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

  await test.step('chat search folds ł (lodzi finds Łodzi) and keeps Kazakh as written; a hit opens the show’s report at that moment', async () => {
    await page.getByTestId('tab-search').click();
    await page.getByTestId('chat-search-input').fill('lodzi');
    await expect(page.getByTestId('chat-search-hit')).toHaveCount(1);
    const at = shows.onDisk<{ at: number }>("SELECT received_at AS at FROM chat_messages WHERE text LIKE '%Łodzi%'")[0]!.at;
    const started = shows.onDisk<{ at: number }>('SELECT started_at AS at FROM shows WHERE id = ?', saturday.id)[0]!.at;
    // The report's minutes are clock minutes, minute 0 the one the show started in (worked out here, not by the app's function).
    const clockMinutesBetween = (from: number, to: number) => Math.floor(to / 60_000) - Math.floor(from / 60_000);
    await page.getByTestId('chat-search-hit').click();
    // The report tab, on Saturday's show, its timeline marked at the hit's minute.
    await expect(page.getByTestId('tab-report')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('report-title')).toContainText('Sobotni live');
    const focus = page.getByTestId('report-focus');
    await expect(focus).toHaveAttribute('data-minute', String(clockMinutesBetween(started, at)));
    await expect(focus).toContainText('Search hit at');
    await expect(page.getByTestId('report-timeline').locator('.report-focus-mark')).toHaveCount(1);
    await expect(focus).toBeInViewport();
    expect(new URL(page.url()).hash).toContain(`show=${saturday.id}`);
    expect(new URL(page.url()).hash).toContain(`at=${at}`);
    await page.screenshot({ path: `${ARTIFACTS}/search-report-en.png` });
    // Back in the search, the query is as the seller left it; "Chat around" opens the chat at that moment.
    await page.getByTestId('tab-search').click();
    await expect(page.getByTestId('chat-search-input')).toHaveValue('lodzi');
    await page.getByTestId('chat-search-around').click();
    await expect(page.getByTestId('chat-search-context').locator('li.hit')).toContainText('Łodzi');
    await page.screenshot({ path: `${ARTIFACTS}/search-en.png` });
    await page.getByTestId('chat-search-input').fill('қызыл');
    await expect(page.getByTestId('chat-search-hit')).toHaveCount(1);
    await page.getByTestId('chat-search-input').fill('кызыл');
    await expect(page.getByTestId('chat-search-hit')).toHaveCount(0);
    // A reload opens the same moment; picking another show by hand leaves it behind.
    await page.getByTestId('chat-search-input').fill('lodzi');
    await page.getByTestId('chat-search-hit').click();
    await expect(focus).toBeVisible();
    await page.reload();
    await expect(focus).toHaveAttribute('data-minute', String(clockMinutesBetween(started, at)));
    await page.getByTestId('show-picker').click();
    await page.locator(`[data-testid=show-option][data-show-id="${friday.id}"]`).click();
    await expect(page.getByTestId('report-title')).toContainText(friday.title);
    await expect(focus).toHaveCount(0);
    expect(new URL(page.url()).hash).not.toContain('at=');
    await page.getByTestId('tab-search').click();
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
      await page.getByTestId('chat-search-around').click();
      await expect(page.getByTestId('chat-search-context').locator('li.hit')).toContainText('Алматы');
      await page.screenshot({ path: `${ARTIFACTS}/search-${lang}.png` });
      await page.getByTestId('chat-search-hit').click();
      await expect(page.getByTestId('report-focus')).toBeInViewport();
      await expect(page.getByTestId('report-focus')).not.toContainText('Search hit at');
      await page.screenshot({ path: `${ARTIFACTS}/search-report-${lang}.png` });
      await page.getByTestId('tab-customers').click();
      await customerRow(page, 'Anna K').first().click();
      await expect(page.getByTestId('merge-suggestion')).toHaveCount(1);
      await page.screenshot({ path: `${ARTIFACTS}/customer-page-${lang}.png` });
      await page.getByTestId('tab-search').click();
    }
    await page.getByTestId('ui-language').selectOption('en');
  });

  await test.step('erasing Anna on YouTube keeps her issued invoice unchanged and says why (Polish law: a PLN shop), in en, pl and kk', async () => {
    const cartId = shows.cartOf('Anna K', saturday.id);
    const invoice = studio.services.invoices.issue(cartId, { actor: 'host' });
    const customerId = shows.onDisk<{ id: number }>("SELECT customer_id AS id FROM buyers WHERE platform_user_id = 'UCanna'")[0]!.id;
    await page.getByTestId('tab-customers').click();
    await page.locator(`[data-testid=customer-row][data-customer-id="${customerId}"]`).click();
    await page.getByTestId('erase-confirm').fill('Anna K');
    await page.getByTestId('erase-button').click();
    const erasure = page.getByTestId('customer-erasure');
    await expect(erasure.getByTestId('erasure-kept-invoices').locator('li')).toHaveCount(1);
    await expect(erasure.getByTestId('erasure-kept-invoices')).toContainText(invoice.number);
    await expect(erasure.getByTestId('erasure-basis')).toContainText('VAT act (art. 112)');
    expect(studio.services.invoices.get(invoice.id).snapshot.buyer.name).toBe('Anna K');
    for (const [lang, basis, name] of [
      ['en', 'VAT act (art. 112)', 'Erased customer'],
      ['pl', 'ustawa o VAT (art. 112)', 'Klient usunięty'],
      ['kk', 'ҚҚС туралы заңы (112-бап)', 'Өшірілген клиент'],
    ] as const) {
      await page.getByTestId('ui-language').selectOption(lang);
      await expect(erasure.getByTestId('erasure-basis')).toContainText(basis);
      await expect(page.getByTestId('customer-name')).toHaveText(`${name} #${customerId}`);
      await erasure.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/erased-invoice-kept-${lang}.png` });
    }
    await page.getByTestId('ui-language').selectOption('en');
  });
  await context.close();
});
