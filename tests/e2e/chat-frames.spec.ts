import { expect, test, type Page } from '@playwright/test';
import { openHostWindow } from '../support/host-window';
import { goLive, startTestStudio } from '../support/studio';
import { REAL_COMPONENT_WAIT_MS } from '../support/waits';

/**
 * No chat line is ever drawn over another. A claim's line carries its order's tag ("Order A12 · Claimed"), which may
 * take a second line of the row; if the tag came after the line had been drawn, the row would grow after the
 * virtualiser had placed the rows under it, and for a frame it would lie over the next line. The core publishes a
 * batch's orders and questions before its chat lines, so a line is drawn with its tag from its first frame.
 *
 * Every frame is checked just before it is painted: a ResizeObserver made after the feed's own (observers are told in
 * the order they were made, after layout and before paint) looks at every row each time any row or the box changes
 * size, a line at a time as the rows are measured.
 */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const found: string[] = [];
    let frames = 0;
    let looks = 0;
    const scroll = document.querySelector('[data-testid=chat-scroll]')!;
    const look = (when: string) => {
      // What the host can see: inside the feed's box and inside the window.
      const box = scroll.getBoundingClientRect();
      const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)];
      // A row's words: its head (platform, name, time) and its text with the tags. The padding and the border under
      // them may be covered by the next row for a frame (nothing is hidden); words over words may not.
      const rows = [...scroll.querySelectorAll<HTMLElement>('.chat-row')]
        .map((el) => {
          const [head, text] = [el.querySelector('.chat-head'), el.querySelector('.chat-text')];
          return {
            index: Number(el.dataset.index),
            top: head?.getBoundingClientRect().top ?? 0,
            bottom: text?.getBoundingClientRect().bottom ?? 0,
          };
        })
        .sort((a, b) => a.index - b.index);
      looks++;
      for (let i = 0; i + 1 < rows.length; i++) {
        const [a, b] = [rows[i]!, rows[i + 1]!];
        if (b.index === a.index + 1 && a.bottom > b.top + 0.5 && b.top < bottom && a.bottom > top)
          found.push(`${when}: the words of row ${a.index} end at ${a.bottom.toFixed(1)}, row ${b.index}'s begin at ${b.top.toFixed(1)}`);
      }
    };
    const sizes = new ResizeObserver(() => look('before paint'));
    sizes.observe(scroll);
    const watchRows = () => scroll.querySelectorAll('.chat-row').forEach((el) => sizes.observe(el));
    new MutationObserver(watchRows).observe(scroll, { childList: true, subtree: true });
    watchRows();
    // Counts frames only: an animation frame comes before layout, when React may have placed rows that the
    // virtualiser has not measured yet (they are placed again before paint), so a look there is not what is drawn.
    const frame = () => {
      frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    (window as unknown as { chatFrames: () => { found: string[]; frames: number; looks: number } }).chatFrames = () => ({
      found,
      frames,
      looks,
    });
  });
}

const frames = (page: Page) =>
  page.evaluate(() => (window as unknown as { chatFrames: () => { found: string[]; frames: number; looks: number } }).chatFrames());

for (const lang of ['en', 'pl', 'kk'] as const) {
  test(`${lang}: chat lines that become orders and questions never lie over the next line`, async ({ browser }) => {
    test.setTimeout(120_000);
    const studio = await startTestStudio();
    try {
      goLive(studio);
      const { context, host, client } = await openHostWindow(browser, studio, lang, { width: 1280, height: 800 });
      // A first line, so that the feed's ResizeObserver exists before the check's (it is made with the first row).
      const first = await client.call('chat.manual', { buyerName: 'Early bird', text: 'good evening everyone' });
      if (!first.ok) throw new Error(JSON.stringify(first.error));
      await expect(host.getByTestId('chat-feed')).toHaveAttribute('data-count', '1', { timeout: REAL_COMPONENT_WAIT_MS });
      await watchFrames(host);
      const lines = [
        'SOLD A12 M Red',
        'hello from Kraków, what a lovely dress this is',
        'biorę B7 Green',
        'маған D8 L Black керек',
        'ile kosztuje A14?',
        'SOLD F6 S Black x2',
        'czekam na sukienki ❤️',
        'A12 бағасы қанша?',
        'biorę A14 XL Black',
        'SOLD E9 16',
      ];
      let sent = 1;
      for (let round = 0; round < 3; round++)
        for (const [i, text] of lines.entries()) {
          const reply = await client.call('chat.manual', { buyerName: `Buyer ${round}-${i}`, text });
          if (!reply.ok) throw new Error(JSON.stringify(reply.error));
          sent++;
        }
      client.close();
      await expect(host.getByTestId('chat-feed')).toHaveAttribute('data-count', String(sent), { timeout: REAL_COMPONENT_WAIT_MS });
      // Every claim and question has its tag on the page (the check saw the frames in which the tags came).
      await expect(host.getByTestId('chat-tag-order').first()).toBeVisible({ timeout: REAL_COMPONENT_WAIT_MS });
      await expect(host.getByTestId('chat-tag-question').first()).toBeVisible({ timeout: REAL_COMPONENT_WAIT_MS });
      await expect.poll(async () => (await frames(host)).frames, { timeout: REAL_COMPONENT_WAIT_MS }).toBeGreaterThan(60);
      const seen = await frames(host);
      // A burst may come in a few batches: at least one look at the rows as they were measured (5 on a fresh clone).
      expect(seen.looks, 'the check looked at the rows as they were measured').toBeGreaterThan(0);
      expect(seen.found, `${seen.looks} looks in ${seen.frames} frames`).toEqual([]);
      await context.close();
    } finally {
      await studio.dispose();
    }
  });
}
