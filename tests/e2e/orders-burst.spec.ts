// New orders arriving in a burst never lie over the rows already shown, not even for the frame before they are
// measured (a row with actions is taller than the list's estimate): every frame after a row arrives is checked.
import { expect, test } from '@playwright/test';
import { connectClient } from '../support/client';
import { goLive, startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio();
  goLive(studio);
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('a burst of new orders: in no frame does a row overlap another', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('orders-list')).toBeAttached();
  // Each frame in which rows were added: do any two rows' boxes overlap?
  await page.evaluate(() => {
    const w = window as unknown as { overlaps: string[]; framesChecked: number };
    w.overlaps = [];
    w.framesChecked = 0;
    const list = document.querySelector('[data-testid=orders-list]')!;
    new MutationObserver(() =>
      requestAnimationFrame(() => {
        w.framesChecked++;
        const rows = [...list.querySelectorAll<HTMLElement>('[data-testid=order-row]')].map((el) => ({
          id: el.dataset.orderId,
          box: el.getBoundingClientRect(),
        }));
        rows.sort((a, b) => a.box.top - b.box.top);
        for (let i = 1; i < rows.length; i++)
          if (rows[i]!.box.top < rows[i - 1]!.box.bottom - 0.5) w.overlaps.push(`${rows[i - 1]!.id} over ${rows[i]!.id}`);
      }),
    ).observe(list, { childList: true });
  });
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  // Claims that need details (the tallest rows: their actions) and plain ones, a few at a time.
  for (let i = 0; i < 12; i++) {
    const reply = await host.call('chat.manual', { buyerName: `burst${i}`, text: i % 2 ? 'SOLD A12 S' : 'SOLD A12' });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  }
  host.close();
  await expect(page.getByTestId('order-row')).toHaveCount(12);
  await expect.poll(() => page.evaluate(() => (window as unknown as { framesChecked: number }).framesChecked)).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { overlaps: string[] }).overlaps)).toEqual([]);
  await context.close();
});
