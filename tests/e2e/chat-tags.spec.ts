// A buyer's cancel in chat ("anuluję A12", "бас тарттым А12") is tagged in the feed like the claim it cancels,
// in every language, so the host sees the message did something.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { connectClient } from '../support/client';
import { goLive, startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio();
  goLive(studio);
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  const lines: [string, string][] = [
    ['Ola', 'biorę A12 M'],
    ['Ola', 'anuluję A12'],
    ['Aru', 'маған А12 L керек'],
    ['Aru', 'бас тарттым А12'],
  ];
  for (const [buyerName, text] of lines) {
    const reply = await host.call('chat.manual', { buyerName, text });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  }
  host.close();
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('a cancel in chat gets its tag in the feed, in en, pl and kk', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(studio.hostUrl);
  const words = { en: 'Cancelled order A12', pl: 'Anulowano zamówienie A12', kk: 'Тапсырыстан бас тартылды: A12' } as Record<
    string,
    string
  >;
  for (const lang of ['pl', 'kk', 'en']) {
    await page.getByTestId('ui-language').selectOption(lang);
    const tags = page.getByTestId('chat-tag-cancel');
    await expect(tags).toHaveCount(2);
    await expect(tags.first()).toHaveText(words[lang]!);
    for (const text of ['anuluję A12', 'бас тарттым А12'])
      await expect(page.getByTestId('chat-message').filter({ hasText: text }).getByTestId('chat-tag-cancel')).toHaveCount(1);
  }
  // Readable: WCAG AA contrast on the tag.
  const axe = await new AxeBuilder({ page })
    .include('[data-testid=chat-tag-cancel]')
    .withTags(['wcag2aa'])
    .withRules(['color-contrast'])
    .analyze();
  expect(axe.violations).toEqual([]);
});
