// "Start demo show" as a newcomer sees it: the first-run hint in the host window (en, pl, kk), one
// click to a demo studio of its own where a recorded chat plays at live speed, orders and questions
// appearing by themselves within the bound, the overlay following the featured product, and the way
// back to the seller's studio, whose database took nothing from the demo.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { listOrders } from '../../electron/core/store/orders';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
const shots = 'tests/artifacts';

test.beforeAll(async () => {
  studio = await startTestStudio();
  fs.mkdirSync(shots, { recursive: true });
});
test.afterAll(async () => {
  await studio?.dispose();
});

async function inEachLanguage(page: Page, name: string, check: (lang: string) => Promise<void>) {
  for (const lang of ['pl', 'kk', 'en']) {
    await page.getByTestId('ui-language').selectOption(lang);
    await check(lang);
    await page.screenshot({ path: `${shots}/demo-${name}-${lang}.png` });
  }
}

test('a newcomer starts the demo show and watches orders and questions arrive, then goes back', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(studio.hostUrl);
  const hint = page.getByTestId('demo-hint');
  await expect(hint).toBeVisible();
  const words = { en: 'Start demo show', pl: 'Uruchom pokazowy live', kk: 'Демо эфирді бастау' } as Record<string, string>;
  await inEachLanguage(page, 'hint', async (lang) => {
    await expect(page.getByTestId('demo-start')).toHaveText(words[lang]!);
  });

  await page.getByTestId('demo-start').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  expect(new URL(page.url()).port).not.toBe(String(studio.port));
  // The recorded chat plays at live speed: within a minute the board has orders, questions and a product on stream.
  await expect(page.getByTestId('featured-title')).toHaveText('Linen Summer Dress', { timeout: 60_000 });
  await expect.poll(() => page.getByTestId('order-row').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
  await expect.poll(() => page.getByTestId('question').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  // Ages count from when the studio received a line, not from the day the story was recorded.
  await expect(page.getByTestId('question-age').first()).not.toHaveText(/\d{3,}:/);
  await inEachLanguage(page, 'running', async (lang) => {
    await expect(page.getByTestId('demo-banner')).toContainText({ en: 'Demo', pl: 'Pokaz', kk: 'Демо' }[lang]!);
  });

  // The demo's overlay follows the show too (no OBS needed to see it: it is a page).
  const overlayUrl = studio.services.demo.overlayUrl();
  expect(overlayUrl).not.toBeNull();
  const overlay = await browser.newPage();
  await overlay.setViewportSize({ width: 1280, height: 720 });
  await overlay.goto(overlayUrl!);
  await expect(overlay.locator('article.card').getByTestId('product-title').first()).toBeVisible({ timeout: 60_000 });
  await overlay.screenshot({ path: `${shots}/demo-overlay.png` });
  await overlay.close();

  // A sell-out and a waitlisted buyer show on the board as the story goes on.
  await expect.poll(() => page.getByTestId('waitlist-position').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: `${shots}/demo-running-later-en.png` });

  // Settings lists the chat the status bar counts: the demo's recorded chat, apart from the seller's own sources.
  await page.getByTestId('tab-settings').click();
  const recorded = page.getByTestId('recorded-chat');
  await expect(recorded).toHaveCount(1);
  await expect(recorded).toHaveAttribute('data-id', 'demo');
  await expect(recorded).toContainText("The demo show's recorded chat");
  await expect(recorded.getByTestId('chat-source-state')).toHaveText(/connected|ended/i);
  await expect(page.getByTestId('chat-source')).toHaveCount(0);
  await expect(page.getByTestId('status-chat')).toContainText('1/1');
  // The status bar's tooltip names the platform and the file, not the path the studio reads it from.
  await expect(page.getByTestId('status-chat')).toHaveAttribute('title', /^Replay [^/\\]+\.\w+: /);
  await page.screenshot({ path: `${shots}/demo-settings-recorded-chat-en.png` });
  await page.getByTestId('tab-studio').click();

  await page.getByTestId('demo-back').click();
  await expect(page.getByTestId('demo-hint')).toBeVisible();
  expect(new URL(page.url()).port).toBe(String(studio.port));
  expect(listOrders(studio.db, { limit: 10 })).toHaveLength(0);
});

test('the first-run hint goes as soon as the seller’s first show goes live, without a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(studio.hostUrl);
  await page.getByTestId('ui-language').selectOption('kk');
  await expect(page.getByTestId('demo-hint')).toBeVisible();
  const show = studio.services.shows.current();
  if (!show) throw new Error('the demo boutique has no show');
  studio.services.shows.goLive(show.id, 'host');
  await expect(page.getByTestId('demo-hint')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/demo-hint-gone-after-go-live-kk.png` });
});
