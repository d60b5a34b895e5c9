// Chat lines that become orders grow a tag row a moment after they arrive, and a new line can be taller than the
// feed's estimate: in no drawn frame does a line lie over another.
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

test('chat lines gaining order and question tags: in no drawn frame does a line overlap another', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('chat-scroll')).toBeAttached();
  await page.evaluate(() => {
    const w = window as unknown as { overlaps: string[]; framesChecked: number };
    w.overlaps = [];
    w.framesChecked = 0;
    const feed = document.querySelector('[data-testid=chat-scroll]')!;
    const check = () => {
      w.framesChecked++;
      const rows = [...feed.querySelectorAll<HTMLElement>('.chat-row')].map((el) => ({
        text: el.querySelector('[data-testid=chat-text]')?.textContent ?? '',
        box: el.getBoundingClientRect(),
      }));
      rows.sort((a, b) => a.box.top - b.box.top);
      for (let i = 1; i < rows.length; i++)
        if (rows[i]!.box.top < rows[i - 1]!.box.bottom - 0.5)
          w.overlaps.push(
            `"${rows[i - 1]!.text}" (${Math.round(rows[i - 1]!.box.bottom)}) over "${rows[i]!.text}" (${Math.round(rows[i]!.box.top)})`,
          );
    };
    // A line that mounts or grows is reported to resize observers after the frame's layout and before it is drawn,
    // in the order the observers were made: this one is made after the feed's own (when the first line mounts), so
    // it sees each such frame as it will be drawn, after the feed has placed its lines.
    let sizes: ResizeObserver | null = null;
    const watched = new WeakSet<Element>();
    new MutationObserver(() => {
      sizes ??= new ResizeObserver(check);
      for (const row of feed.querySelectorAll('.chat-row'))
        if (!watched.has(row)) {
          watched.add(row);
          sizes.observe(row);
        }
    }).observe(feed, { childList: true, subtree: true });
  });
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  // Claims (tagged as orders), questions (tagged), chatter (never tagged), a few at a time.
  const lines = ['SOLD A12 S', 'hello from Kraków', 'ile kosztuje B7?', 'SOLD A12', 'love it', 'biorę A12 M', 'what fabric is it?'];
  for (let i = 0; i < 21; i++) {
    const reply = await host.call('chat.manual', { buyerName: `tagged${i}`, text: lines[i % lines.length]! });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  }
  host.close();
  // The feed is virtualised: it holds all 21, and draws the ones in view.
  await expect(page.getByTestId('chat-feed')).toHaveAttribute('data-count', '21');
  await expect(page.getByTestId('chat-tag-order').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { framesChecked: number }).framesChecked)).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { overlaps: string[] }).overlaps)).toEqual([]);
  await context.close();
});
