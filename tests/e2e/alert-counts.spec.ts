import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { okResult } from '../support/client';
import { openHostWindow } from '../support/host-window';
import { goLive, startTestStudio } from '../support/studio';

/**
 * The new-order banner counts what the live header beside it counts: a side-by-side check saw "6 new orders" while
 * the header said "4 orders taken · 2 on waitlists" (waitlist places are a buyer's wish, not an order taken). Six
 * claims arrive at once, four with stock and two on a sold-out variant; the host window and a co-moderator console
 * both show one banner in the header's terms, in each language.
 */
const SHOTS = 'tests/artifacts/alert-counts';
const EXPECTED = {
  en: '4 new orders · 2 waitlisted',
  pl: '4 nowe zamówienia · 2 na liście oczekujących',
  kk: '4 жаңа тапсырыс · кезекте 2',
} as const;

for (const lang of ['en', 'pl', 'kk'] as const) {
  test(`${lang}: six claims, two of them waitlisted: the banner counts 4 orders and 2 waitlisted, as the header does`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const studio = await startTestStudio();
    try {
      goLive(studio);
      const { context, host, client } = await openHostWindow(browser, studio, lang);
      const invite = okResult<{ url: string }>(await client.call('access.invite', { role: 'moderator', actor: 'Ola' }));
      const console_ = await context.newPage();
      await console_.goto(invite.url);
      await expect(console_.getByTestId('live-board')).toBeVisible();
      // M / Blue of A12 is sold out in the demo: its two claims go on the waitlist.
      const lines: [string, string][] = [
        ['Anna', 'SOLD A12 M Red'],
        ['Bob', 'SOLD A12 M Red'],
        ['Eve', 'SOLD A12 M Blue'],
        ['Dan', 'SOLD A12 M Red'],
        ['Kasia', 'SOLD A12 M Blue'],
        ['Olga', 'SOLD A12 M Red'],
      ];
      // All at once, as a busy chat sends them, while the console is still reading the show (its summary once came
      // after the events it predated, and the console's header stayed at 0 taken).
      await Promise.all(
        lines.map(async ([buyerName, text]) => {
          const reply = await client.call('chat.manual', { buyerName, text });
          if (!reply.ok) throw new Error(JSON.stringify(reply.error));
        }),
      );
      client.close();
      for (const [page, name] of [
        [host, 'host'],
        [console_, 'console'],
      ] as const) {
        await expect(page.getByTestId('live-taken'), name).toHaveAttribute('data-count', '4');
        const banner = page.locator('[data-testid=live-alert][data-kind=order]');
        await expect(banner).toHaveCount(1);
        await expect(banner.locator('span')).toHaveText(EXPECTED[lang]);
        await page.screenshot({ path: `${SHOTS}/${lang}-${name}.png` });
      }
      await context.close();
    } finally {
      await studio.dispose();
    }
  });
}

// A banner is said when it is drawn, not when it rang: one standing when the seller changes the language speaks the
// new language (it stayed in the old one, an English banner over a Kazakh board).
test('a standing banner speaks the language the seller switches to', async ({ browser }) => {
  test.setTimeout(90_000);
  const studio = await startTestStudio();
  try {
    goLive(studio);
    const { context, host, client } = await openHostWindow(browser, studio, 'en');
    // The board watches for new orders once it has read the show (an order before that is not new to it).
    await expect(host.getByTestId('live-taken')).toHaveAttribute('data-count', '0');
    const reply = await client.call('chat.manual', { buyerName: 'Anna', text: 'SOLD A12 M Red' });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    client.close();
    const banner = host.locator('[data-testid=live-alert][data-kind=order] span');
    await expect(banner).toContainText('New order:');
    for (const [lang, words] of [
      ['kk', 'Жаңа тапсырыс:'],
      ['pl', 'Nowe zamówienie:'],
    ] as const) {
      await host.getByTestId('ui-language').selectOption(lang);
      await expect(banner).toContainText(words);
      await expect(banner).toContainText('A12');
    }
    await context.close();
  } finally {
    await studio.dispose();
  }
});
