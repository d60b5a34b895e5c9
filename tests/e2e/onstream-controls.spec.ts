// The host's feature buttons (Previous, Next, Clear, the flash deal's Start/Stop) during a deal at 1280×800, in
// en, pl and kk: each label on one line (Polish and Kazakh words are long), and the whole row in the window.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { goLive, startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
const SHOTS = 'tests/artifacts/layout';

test.beforeAll(async () => {
  studio = await startTestStudio();
  goLive(studio);
  const product = studio.services.shows.feature({ code: 'A12' }, 'host').product!;
  const item = studio.services.lineup.get().items.find((i) => i.productId === product.id)!;
  studio.services.lineup.update({ itemId: item.id, dealSeconds: 600 });
  studio.services.lineup.startDeal(item.id);
  fs.mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await studio?.dispose();
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test(`the feature buttons keep their labels on one line and stay in view at ${size.width}×${size.height}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await page.goto(studio.hostUrl);
    const controls = page.locator('.onstream-controls');
    await expect(controls.getByTestId('step-next')).toBeVisible();
    await expect(controls.locator('.deal-stop')).toBeVisible();
    for (const lang of ['en', 'pl', 'kk']) {
      await page.getByTestId('ui-language').selectOption(lang);
      // The language's words are on the buttons (a language loads on demand) before anything is measured.
      const next = (JSON.parse(fs.readFileSync(`shared/i18n/${lang}.json`, 'utf8')) as { show: { next: string } }).show.next;
      await expect(controls.getByTestId('step-next')).toHaveText(`${next} →`);
      await page.screenshot({ path: `${SHOTS}/onstream-controls-deal-${lang}-${size.width}.png` });
      const broken = await controls.locator('button').evaluateAll((buttons) =>
        buttons
          .filter((b) => {
            // Lines of the label: its boxes' tops, a few pixels apart on one line (the key's box is padded).
            const range = document.createRange();
            range.selectNodeContents(b);
            const tops = Array.from(range.getClientRects(), (r) => r.top).sort((x, y) => x - y);
            return tops.some((top, i) => i > 0 && top - tops[i - 1]! > 8);
          })
          .map((b) => b.textContent),
      );
      expect.soft(broken, `${lang}: feature buttons broken over two lines`).toEqual([]);
      const bottom = await controls.evaluate((el) => el.getBoundingClientRect().bottom);
      expect.soft(bottom, `${lang}: the feature buttons' bottom edge within the window`).toBeLessThanOrEqual(size.height);
    }
    await context.close();
  });
}
