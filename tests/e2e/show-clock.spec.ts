// The live screens read times on the show's clock, like the cart page, Review and Report: a co-moderator
// whose machine is in another zone sees the same chat and order times as the seller in Warsaw.
import { expect, test } from '@playwright/test';
import { formatShowTime } from '../../renderer/lib/show-time';
import { connectClient } from '../support/client';
import { goLive, startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio();
  goLive(studio);
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  const reply = await host.call('chat.manual', { buyerName: 'Zofia', text: 'SOLD A12 M' });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  host.close();
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('chat and order times on the Studio tab are on the show’s clock, not the machine’s', async ({ browser }) => {
  const zone = studio.services.shows.current()!.timeZone;
  expect(zone).toBe('Europe/Warsaw');
  const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(studio.hostUrl);
  for (const lang of ['en', 'pl', 'kk']) {
    await page.getByTestId('ui-language').selectOption(lang);
    const chatTime = page.locator('.chat-time').first();
    await expect(chatTime).toBeVisible();
    const chatAt = Date.parse((await chatTime.getAttribute('datetime'))!);
    await expect(chatTime).toHaveText(formatShowTime(chatAt, lang, zone, 'time'));
    const orderTime = page.getByTestId('order-row').first().locator('time').first();
    const orderAt = Date.parse((await orderTime.getAttribute('datetime'))!);
    await expect(orderTime).toHaveText(formatShowTime(orderAt, lang, zone, 'clock'));
    // Not the New York clock the browser runs on (six hours apart).
    expect(await orderTime.textContent()).not.toBe(formatShowTime(orderAt, lang, 'America/New_York', 'clock'));
  }
  await context.close();
});
