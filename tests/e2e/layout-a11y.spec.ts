import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { connectClient } from '../support/client';
import { startTestStudio } from '../support/studio';

/**
 * Every screen in English, Polish and Kazakh at 1280×800 (and the live board at 1920×1080):
 * a screenshot of each (tests/artifacts/layout/, to look at), no text spilling out of its box
 * or cut to fewer than 6 characters, no figure cut at all, and axe-core's colour contrast at WCAG AA.
 */
type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
const SHOTS = 'tests/artifacts/layout';

test.beforeAll(async () => {
  studio = await startTestStudio();
  const show = studio.services.shows.current();
  if (!show) throw new Error('the demo boutique has no show');
  studio.services.shows.goLive(show.id, 'host');
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  // Long names in three scripts, orders and questions: what a real show puts in the rows.
  const lines: [string, string][] = [
    ['Aleksandra Wiśniewska-Kowalczyk', 'SOLD A12 M'],
    ['Әлия Нұрсұлтанқызы', 'маған А12 L керек'],
    ['Katarzyna Grzegorzewska', 'biorę B7'],
    ['MaxMustermann_1987', 'SOLD F6 S'],
    ['Jolanta Brzęczyszczykiewicz', 'jaki rozmiar ma A12? czy jest L?'],
    ['Айгерім Сейітқалиқызы', 'А12 бағасы қанша?'],
    ['Ewa Nowak', 'SOLD C1'],
  ];
  for (const [buyerName, text] of lines) {
    const reply = await host.call('chat.manual', { buyerName, text });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  }
  host.close();
  fs.mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await studio?.dispose();
});

interface TextProblem {
  kind: 'overflow' | 'cut';
  text: string;
  shown?: number;
  by?: number;
  where: string;
}

/**
 * Text that spills out of its box (overflow visible, content wider than the box) or is cut (hidden
 * overflow or an ellipsis) to fewer than 6 characters. Scrolling lists and form fields are fine.
 */
async function textProblems(page: Page): Promise<TextProblem[]> {
  return page.evaluate(() => {
    const out: TextProblem[] = [];
    // The page itself: nothing may push it wider than the window (a control cut off at the right edge).
    const wider = document.documentElement.scrollWidth - window.innerWidth;
    if (wider > 1) out.push({ kind: 'overflow', text: 'the page is wider than the window', by: wider, where: 'html' });
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    };
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (['SCRIPT', 'STYLE', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'IMG', 'svg', 'CANVAS'].includes(el.tagName)) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'inline' || cs.display === 'contents' || cs.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      // Visually hidden on purpose (screen-reader text): 1 px boxes.
      if (rect.width <= 1 || rect.height <= 1 || (el.offsetParent === null && cs.position !== 'fixed')) continue;
      const text = (el.innerText ?? '').trim();
      if (!text) continue;
      const hasOwnText = Array.from(el.childNodes).some(
        (n) =>
          (n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') ||
          (n instanceof HTMLElement && getComputedStyle(n).display === 'inline'),
      );
      if (!hasOwnText) continue;
      // Cut by a box around it (a nowrap note wider than its table cell): the words stop at the cell's edge with no
      // ellipsis. Only boxes that hide what overflows sideways; a scroller shows the rest when scrolled.
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const bs = getComputedStyle(box);
        if (bs.overflowX === 'auto' || bs.overflowX === 'scroll') break;
        if (bs.overflowX !== 'hidden' && bs.overflowX !== 'clip') continue;
        const b = box.getBoundingClientRect();
        const by = Math.max(rect.right - b.right, b.left - rect.left);
        if (by > 1) out.push({ kind: 'cut', text: text.split('\n')[0]!.slice(0, 80), by, where: `${describe(el)} in ${describe(box)}` });
        break;
      }
      if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') continue;
      const over = el.scrollWidth - el.clientWidth;
      if (over <= 1) continue;
      const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
      if (!clips) {
        out.push({ kind: 'overflow', text: text.slice(0, 80), by: over, where: describe(el) });
        continue;
      }
      const oneLine = text.split('\n')[0]!;
      const shown = Math.floor((oneLine.length * el.clientWidth) / el.scrollWidth);
      // A figure (an amount with its currency, a count, a time: digits and at most a few letters) is never cut at all:
      // "PLN 478.…" reads as another amount. Names with digits in them ("MaxMustermann_1987") may end in an ellipsis.
      const figure = /\d/.test(oneLine) && (oneLine.match(/\p{L}/gu) ?? []).length <= 3;
      if ((shown < 6 || figure) && shown < oneLine.length)
        out.push({ kind: 'cut', text: oneLine.slice(0, 80), shown, where: describe(el) });
    }
    return out;
  });
}

/**
 * Words drawn over other words: every visible text's line boxes (a Range's rects, clipped by the boxes that clip it)
 * against every other text's. Two texts of the same element's descendants may touch, never overlap by more than a
 * pixel or two (the orders panel's "28 lines in all…" once ran under its head's wrapped "3809,00 zł" in Polish).
 */
async function textOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const clipOf = new Map<Element, Box>();
    const visibleArea = (el: Element | null): Box => {
      if (!el || el === document.documentElement) return { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      const known = clipOf.get(el);
      if (known) return known;
      const outer = visibleArea(el.parentElement);
      const cs = getComputedStyle(el);
      let box = outer;
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
        const r = el.getBoundingClientRect();
        box = {
          left: Math.max(outer.left, r.left),
          top: Math.max(outer.top, r.top),
          right: Math.min(outer.right, r.right),
          bottom: Math.min(outer.bottom, r.bottom),
        };
      }
      clipOf.set(el, box);
      return box;
    };
    // What an open dialog or drawer lies over is not read: only the dialog's own words are.
    const layers = Array.from(document.querySelectorAll('[role=dialog], [aria-modal=true], dialog[open]')).map((d) => ({
      el: d,
      box: d.getBoundingClientRect(),
    }));
    const underALayer = (el: Element, box: Box) =>
      layers.some(
        (l) => !l.el.contains(el) && box.left < l.box.right && box.right > l.box.left && box.top < l.box.bottom && box.bottom > l.box.top,
      );
    const lines: { box: Box; text: string; node: Text }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || ['SCRIPT', 'STYLE', 'OPTION', 'TEXTAREA'].includes(parent.tagName)) continue;
      const cs = getComputedStyle(parent);
      if (cs.visibility === 'hidden' || parent.closest('[aria-hidden=true], .sr-only, .visually-hidden')) continue;
      const clip = visibleArea(parent);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        const box = {
          left: Math.max(clip.left, r.left),
          top: Math.max(clip.top, r.top),
          right: Math.min(clip.right, r.right),
          bottom: Math.min(clip.bottom, r.bottom),
        };
        if (box.right - box.left > 1 && box.bottom - box.top > 1 && !underALayer(parent, box))
          lines.push({ box, text: node.textContent.trim().slice(0, 40), node });
      }
    }
    const found: string[] = [];
    lines.sort((a, b) => a.box.top - b.box.top);
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length && lines[j]!.box.top < lines[i]!.box.bottom; j++) {
        const [a, b] = [lines[i]!, lines[j]!];
        if (a.node === b.node) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 2 && h > 2) found.push(`"${a.text}" and "${b.text}" overlap by ${w.toFixed(0)}×${h.toFixed(0)} px`);
      }
    return found;
  });
}

async function check(page: Page, name: string) {
  await page.waitForTimeout(0);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  expect.soft(await textProblems(page), `${name}: text cut or spilling out`).toEqual([]);
  expect.soft(await textOverlaps(page), `${name}: words over words`).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2aa']).withRules(['color-contrast']).analyze();
  const contrast = axe.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim()}`));
  expect.soft(contrast, `${name}: colour contrast under WCAG AA`).toEqual([]);
}

const HOST_TABS = [
  'studio',
  'review',
  'packing',
  'report',
  'customers',
  'search',
  'catalog',
  'lineup',
  'import',
  'obs',
  'settings',
] as const;

for (const lang of ['en', 'pl', 'kk'] as const) {
  test(`every screen reads well at 1280×800 in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((l) => localStorage.setItem('lss.uiLanguage', l), lang);
    const page = await context.newPage();
    await page.clock.install(); // the page's clock, moved on below to see a question wait too long
    await page.goto(studio.hostUrl);
    await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
    await expect(page.locator('[data-testid=order-row]').first()).toBeVisible();
    await expect(page.locator('[data-testid=question]').first()).toBeVisible();
    // The orders panel's figures ("N taken · revenue" in its head, every line of the show said as such under it,
    // when cancelled or waiting lines make it another number) stay inside the panel in the long languages too.
    const orders = (await page.getByTestId('orders').boundingBox())!;
    await expect(page.getByTestId('orders-all-lines')).toBeVisible(); // claims needing details: not taken, still lines
    for (const id of ['orders-totals', 'orders-all-lines']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect.soft(box.x + box.width, `${lang}: ${id} inside the orders panel`).toBeLessThanOrEqual(orders.x + orders.width - 8);
    }
    // Every tab's label on one line (Kazakh's longer ones broke over two at 1280 px and doubled the tab row).
    const brokenTabs = await page.locator('.host-tabs [role=tab]').evaluateAll((tabs) =>
      tabs
        .filter((tab) => {
          const range = document.createRange();
          range.selectNodeContents(tab);
          return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1;
        })
        .map((tab) => tab.textContent),
    );
    expect.soft(brokenTabs, `${lang}: tab labels broken over two lines`).toEqual([]);
    for (const tab of HOST_TABS) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
      if (tab === 'review') await expect(page.getByTestId('review-screen').or(page.locator('.workspace')).first()).toBeVisible();
      // Each screen with what it shows, not its loading line.
      if (tab === 'packing') {
        await expect(page.getByTestId('packing-queue')).toBeVisible();
        // Nothing paid yet: the empty queue says the carts wait for payment, not that every paid cart shipped.
        if (lang === 'en') await expect(page.getByTestId('packing-queue-empty')).toContainText('carts wait for payment');
      }
      if (tab === 'report') await expect(page.getByTestId('report-timeline').or(page.getByTestId('report-timeline-empty'))).toBeVisible();
      if (tab === 'customers') {
        await expect(page.getByTestId('customer-row').first()).toBeVisible();
        // The search field spans its column (its placeholder whole), opened before any other screen that styles filters.
        const [field, column] = await page
          .getByTestId('customers-search')
          .evaluate((el) => [el.clientWidth, el.parentElement!.clientWidth]);
        expect.soft(field, `${lang}: the customers search is as wide as its column`).toBeGreaterThan(column! * 0.95);
        // The search's placeholder and the tag and sort pickers show their words whole ("Барлық белгілер" was cut).
        const cut = await page.locator('.customers-filters select, .customers-filters input').evaluateAll((fields) =>
          (fields as (HTMLSelectElement | HTMLInputElement)[])
            .filter((select) => {
              const probe = document.createElement('span');
              probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(select).font}`;
              probe.textContent = select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.textContent ?? '') : select.placeholder;
              document.body.append(probe);
              const words = probe.getBoundingClientRect().width;
              probe.remove();
              const style = getComputedStyle(select);
              const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
              return words > room;
            })
            .map((select) => (select instanceof HTMLSelectElement ? select.selectedOptions[0]?.textContent : select.placeholder)),
        );
        expect.soft(cut, `${lang}: the customers search's and pickers' words are whole`).toEqual([]);
      }
      if (tab === 'search') await expect(page.getByTestId('search-screen')).toBeVisible();
      await check(page, `${lang}-host-${tab}`);
    }
    await page.getByTestId('tab-studio').click();
    await page.getByTestId('open-access').click();
    await expect(page.getByTestId('invite-reach')).toBeVisible();
    await check(page, `${lang}-host-team`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('access-dialog')).toHaveCount(0);
    await page.keyboard.press('?');
    await expect(page.getByTestId('key-sheet')).toBeVisible();
    await check(page, `${lang}-host-keys`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('key-sheet')).toHaveCount(0);
    if (lang === 'en') {
      // J/K select an order, C accepts it: Ewa's claim of C1 is confirmed, on disk too.
      const c1 = page.locator('[data-testid=order-row][data-code=C1]');
      const rows = page.getByTestId('order-row');
      const count = await rows.count();
      const selected = page.locator('[data-testid=order-row][aria-current=true]');
      // One step at a time: each J must have moved the selection (the row re-rendered) before the next,
      // or a fast second J overshoots the row while the first is still on its way to the screen.
      for (let i = 0; i < count && (await c1.getAttribute('aria-current')) !== 'true'; i++) {
        const before = (await selected.count()) ? await selected.getAttribute('data-order-id') : null;
        await page.keyboard.press('j');
        await expect.poll(async () => ((await selected.count()) ? await selected.getAttribute('data-order-id') : null)).not.toBe(before);
      }
      await expect(c1).toHaveAttribute('aria-current', 'true');
      await page.keyboard.press('c');
      await expect(page.locator('[data-testid=order-row][data-code=C1]')).toHaveAttribute('data-state', 'confirmed');
      expect(
        studio.db.prepare("SELECT o.state FROM orders o JOIN products p ON p.id = o.product_id WHERE p.code = 'C1'").pluck().get(),
      ).toBe('confirmed');
    }

    // Three minutes later: the oldest question's timer is late (white on deep red, never red on red)
    // and the waiting-question alert is up; both readable.
    // (The alert's banner goes after 8 s: on a loaded machine it may be gone before the screenshot;
    // the alert rules are unit-tested, the late timer stays.)
    // Ages come from the studio's clock: a summary still on its way (the C above commits one) re-syncs the
    // page to it and takes the jump back, so move the page's clock on again until the timer shows late.
    const late = page.locator('[data-testid=oldest-question][data-state=waiting].age-late').first();
    await expect
      .poll(
        async () => {
          if (!(await late.isVisible())) await page.clock.fastForward('03:00');
          return late.isVisible();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await check(page, `${lang}-host-studio-late`);

    const moderator = await context.newPage();
    await moderator.goto(`${studio.baseUrl}/console/#token=${studio.issueToken('moderator', `Ola-${lang}`)}`);
    await expect(moderator.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
    await expect(moderator.locator('[data-testid=question]').first()).toBeVisible();
    await check(moderator, `${lang}-console`);
    await context.close();
  });
}

test('the live board at 1920×1080', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(studio.hostUrl);
  await expect(page.locator('[data-testid=order-row]').first()).toBeVisible();
  await check(page, 'en-host-studio-1920');
  await context.close();
});

/**
 * Controls a floating box lies over: every visible button, link, tab and field in the window (or, with a
 * dialog open, in the dialog) must be the element found at its own centre.
 */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector('[role=dialog]');
    const root = dialog ?? document.body;
    const out: string[] = [];
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('button, a[href], [role=tab], input, select, textarea'))) {
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || getComputedStyle(el).visibility === 'hidden') continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
      // Inside a scrolled list, a row scrolled under its panel's edge is not covered by anything floating.
      let clipped = false;
      for (let p = el.parentElement; p && !clipped; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const pr = p.getBoundingClientRect();
          clipped = x < pr.left || x > pr.right || y < pr.top || y > pr.bottom;
        }
      }
      if (clipped) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (el === hit || el.contains(hit))) continue;
      const by = hit ? `${hit.tagName.toLowerCase()}.${String(hit.className).split(' ').join('.')}` : 'nothing';
      out.push(`${el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)} under ${by}`);
    }
    return out;
  });
}

/** Words in these elements cut by their box (an ellipsis or hidden overflow), however many characters remain. */
async function cutWords(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els) => els.filter((el) => el.scrollWidth - el.clientWidth > 1).map((el) => (el as HTMLElement).innerText.trim()));
}

/**
 * Buyers' names in the Review table that show fewer than eight of their letters (or none): the carts are told apart by
 * them. Beside a cart's page on a 768 px tablet the name column once had no width at all.
 */
async function namesUnread(page: Page): Promise<string[]> {
  return page.locator('[data-testid=cart-row] .cart-cell-buyer bdi').evaluateAll((names) =>
    names
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const name = (el as HTMLElement).textContent!.trim();
        const shown = el.scrollWidth === 0 ? 0 : Math.floor((name.length * el.clientWidth) / el.scrollWidth);
        return { name, shown };
      })
      .filter(({ name, shown }) => shown < Math.min(name.length, 8))
      .map(({ name, shown }) => `${name} (${shown} letters shown)`),
  );
}

// A phone and a tablet: one column, the board scrolling as one page (at 768 px the orders once had 200 px).
const DEVICES = [
  { device: 'phone', width: 390, height: 844, isMobile: true },
  { device: 'tablet', width: 768, height: 1024, isMobile: false },
] as const;
for (const { device, width, height, isMobile } of DEVICES)
  for (const lang of ['en', 'pl', 'kk'] as const) {
    test(`a co-moderator's console on a ${device} (${width}×${height}) in ${lang}: panels one under another, each whole; Review and a cart's page fit`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height }, isMobile, hasTouch: true });
      await context.addInitScript((l) => localStorage.setItem('lss.uiLanguage', l), lang);
      const page = await context.newPage();
      await page.goto(`${studio.baseUrl}/console/#token=${studio.issueToken('moderator', `Phone-${lang}`)}`);
      await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
      await expect(page.locator('[data-testid=question]').first()).toBeVisible();
      await expect(page.locator('[data-testid=order-row]').first()).toBeVisible();
      // The board scrolls as one page: its panels lie one under another, none over another (they shared one box once).
      const panels = await page
        .locator('.live-board .questions, .live-board .orders, .live-board .chat-feed, .live-board .live-stage')
        .evaluateAll((els) =>
          els.map((el) => ({ name: el.className, top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom })),
        );
      expect(panels.length).toBe(4);
      panels.sort((a, b) => a.top - b.top);
      for (let i = 1; i < panels.length; i++)
        expect
          .soft(panels[i]!.top, `${lang}: ${panels[i]!.name} starts under ${panels[i - 1]!.name}`)
          .toBeGreaterThanOrEqual(panels[i - 1]!.bottom - 0.5);
      // A whole question card, its answer button included, inside the questions panel; the orders and chat a screen tall.
      const [card, panel] = await page.locator('.live-board .questions').evaluate((el) => {
        const first = el.querySelector('[data-testid=question]')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return [first.bottom, box.bottom];
      });
      expect.soft(card, `${lang}: the first question card whole in its panel`).toBeLessThanOrEqual(panel!);
      for (const selector of ['.live-board .orders', '.live-board .chat-feed']) {
        const height = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
        expect.soft(height, `${lang}: ${selector} tall enough to work in`).toBeGreaterThan(height * 0.6);
      }
      await check(page, `${lang}-console-${device}`);

      // Review on the phone: every cart's total whole; an open cart's page takes the width, its fields inside it.
      await page.getByTestId('console-tab-review').click();
      await expect(page.getByTestId('cart-row').first()).toBeVisible();
      await check(page, `${lang}-console-${device}-review`);
      await page.getByTestId('cart-row').first().click();
      await expect(page.getByTestId('cart-page-buyer')).toBeVisible();
      const outside = await page.getByTestId('cart-page').evaluate((pageEl) => {
        const edge = Math.min(window.innerWidth, pageEl.getBoundingClientRect().right);
        return Array.from(pageEl.querySelectorAll<HTMLElement>('input, select, button, dd'))
          .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > edge + 0.5)
          .map((el) => el.getAttribute('data-testid') ?? el.tagName.toLowerCase());
      });
      expect.soft(outside, `${lang}: the cart page's fields and figures inside it on a ${device}`).toEqual([]);
      expect.soft(await namesUnread(page), `${lang}: buyers' names beside a cart's page on a ${device}`).toEqual([]);
      await check(page, `${lang}-console-${device}-cart`);
      await context.close();
    });
  }

for (const lang of ['en', 'pl', 'kk'] as const) {
  test(`nothing floats over or cuts what the host works with at 1280×800 in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((l) => localStorage.setItem('lss.uiLanguage', l), lang);
    const page = await context.newPage();
    await page.goto(studio.hostUrl);
    await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
    await expect(page.locator('[data-testid=order-row]').first()).toBeVisible();

    // A new order while the host works: its notice lies over no control, and a dialog opened under it stays in front.
    const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
    const reply = await host.call('chat.manual', { buyerName: `Notice-${lang}`, text: 'SOLD A12 S' });
    host.close();
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    await expect(page.getByTestId('live-alert').first()).toBeVisible();
    expect.soft(await coveredControls(page), `${lang}: controls under a notice`).toEqual([]);
    await page.getByTestId('open-access').click();
    await expect(page.getByTestId('invite-reach')).toBeVisible();
    await expect(page.getByTestId('live-alert').first()).toBeVisible();
    expect.soft(await coveredControls(page), `${lang}: the Team dialog's controls under a notice`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('access-dialog')).toHaveCount(0);

    // The catalog beside the live board: every product's name whole (the host picks by name).
    await expect(page.getByTestId('product-row').first()).toBeVisible();
    expect.soft(await cutWords(page, '[data-testid=product-row] .title bdi'), `${lang}: product names cut in the catalog`).toEqual([]);

    // The order filters: every chip whole inside the Orders panel.
    const chipsOut = await page.locator('.filter-chips').evaluate((row) => {
      const box = row.getBoundingClientRect();
      return Array.from(row.querySelectorAll<HTMLElement>('.filter-chip'))
        .filter((chip) => {
          const r = chip.getBoundingClientRect();
          return r.right > box.right + 0.5 || r.left < box.left - 0.5 || chip.scrollWidth > chip.clientWidth + 1;
        })
        .map((chip) => chip.innerText.trim());
    });
    expect.soft(chipsOut, `${lang}: order filter chips cut at the panel's edge`).toEqual([]);

    // The show list opens inside the window, each show's title whole.
    await page.getByTestId('show-picker').click();
    await expect(page.getByTestId('show-option').first()).toBeVisible();
    const pop = await page.locator('.show-picker-pop').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: window.innerWidth };
    });
    expect.soft(pop.right, `${lang}: the show list's right edge`).toBeLessThanOrEqual(pop.width);
    expect.soft(pop.left, `${lang}: the show list's left edge`).toBeGreaterThanOrEqual(0);
    expect.soft(await cutWords(page, '.show-option-title'), `${lang}: show titles cut in the show list`).toEqual([]);
    await page.keyboard.press('Escape');

    // Review: a cart with a line on the waitlist shows its note whole beside its state,
    // and the right-aligned total's head stands clear of the state's.
    const buyer = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
    const soldOut = studio.db
      .prepare(
        "SELECT p.code, trim(ifnull(v.option1, '') || ' ' || ifnull(v.option2, '')) AS options FROM variants v JOIN products p ON p.id = v.product_id WHERE v.stock = 0 AND v.option1 IS NOT NULL ORDER BY p.code LIMIT 1",
      )
      .get() as { code: string; options: string };
    const claim = await buyer.call('chat.manual', { buyerName: `Waiting-${lang}`, text: `SOLD ${soldOut.code} ${soldOut.options}` });
    if (!claim.ok) throw new Error(JSON.stringify(claim.error));
    buyer.close();
    await page.getByTestId('tab-review').click();
    const notes = page.locator('[data-testid=cart-row]', { hasText: `Waiting-${lang}` }).locator('.cart-flag');
    await expect(page.locator('[data-testid=cart-row]', { hasText: `Waiting-${lang}` }).getByTestId('cart-flag-waitlisted')).toBeVisible();
    const cutNotes = await notes.evaluateAll((flags) =>
      flags
        .filter((flag) => {
          const r = flag.getBoundingClientRect();
          const cell = flag.closest('[role=gridcell]')!.getBoundingClientRect();
          return r.right > cell.right + 0.5 || r.bottom > cell.bottom + 0.5 || r.top < cell.top - 0.5;
        })
        .map((flag) => (flag as HTMLElement).innerText),
    );
    expect.soft(cutNotes, `${lang}: a cart's state notes cut in Review`).toEqual([]);
    const headGap = await page.locator('.cart-head').evaluate((head) => {
      const words = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return range.getBoundingClientRect();
      };
      const total = head.querySelector('.cart-cell-money')!;
      const state = total.nextElementSibling!;
      return words(state).left - words(total).right;
    });
    expect.soft(headGap, `${lang}: room between the Total and State heads in Review`).toBeGreaterThanOrEqual(12);

    // Every cart's total whole, in the full table and beside an open cart's page: the seller reads the money there.
    await expect(page.getByTestId('cart-total').first()).toBeVisible();
    const totals = await page.getByTestId('cart-total').allInnerTexts();
    expect(
      totals.some((t) => /\d{3}[.,]\d{2}/.test(t)),
      `${lang}: a cart of three-digit total to read: ${totals.join(' | ')}`,
    ).toBe(true);
    expect.soft(await cutWords(page, '[data-testid=cart-total]'), `${lang}: cart totals cut in Review`).toEqual([]);
    await page.getByTestId('cart-row').first().click();
    await expect(page.getByTestId('cart-page-buyer')).toBeVisible();
    expect.soft(await cutWords(page, '[data-testid=cart-total]'), `${lang}: cart totals cut beside a cart's page`).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 768 });
    expect.soft(await cutWords(page, '[data-testid=cart-total]'), `${lang}: cart totals cut beside a cart's page at 1024`).toEqual([]);
    expect.soft(await namesUnread(page), `${lang}: buyers' names beside a cart's page at 1024`).toEqual([]);
    await check(page, `${lang}-review-1024-cart`);
    // The whole table at 1024 px: the buyers' names are read (they were cut to "Ale…" while the shipping and
    // deadline columns stood empty).
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('cart-page-buyer')).toHaveCount(0);
    await check(page, `${lang}-review-1024`);
    await context.close();
  });
}

for (const lang of ['en', 'pl', 'kk'] as const) {
  test(`the settings forms line up at 1280×800 in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((l) => localStorage.setItem('lss.uiLanguage', l), lang);
    const page = await context.newPage();
    await page.goto(studio.hostUrl);
    await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
    await page.getByTestId('tab-settings').click();
    await expect(page.getByTestId('settings-brand-color')).toBeVisible();
    await expect(page.locator('.settings-fields').first()).toBeVisible();
    // Side by side, fields start their labels on one line and their boxes on another, at one height
    // (the two-line "Konto do odpowiedzi (opcjonalnie)" started above "Kanał"; the colour box was taller than the font's).
    const misaligned = await page.locator('.settings-fields, .settings-grid').evaluateAll((forms) =>
      forms.flatMap((form) => {
        const fields = Array.from(form.querySelectorAll<HTMLElement>(':scope > label:not(.settings-toggle)'))
          .filter((label) => label.firstElementChild && label.querySelector('input, select'))
          .map((label) => {
            const words = label.firstElementChild!.getBoundingClientRect();
            const box = label.querySelector('input, select')!.getBoundingClientRect();
            return { name: label.firstElementChild!.textContent!, words: words.top, top: box.top, height: box.height, left: box.left };
          })
          .filter((f) => f.height > 0);
        const out: string[] = [];
        for (const a of fields)
          for (const b of fields) {
            if (a.left >= b.left) continue;
            const sameRow = Math.abs(a.top - b.top) < 24 || Math.abs(a.words - b.words) < 24;
            if (!sameRow) continue;
            if (Math.abs(a.words - b.words) > 1)
              out.push(`labels of ${a.name} and ${b.name} start ${Math.round(b.words - a.words)} px apart`);
            if (Math.abs(a.top - b.top) > 1) out.push(`boxes of ${a.name} and ${b.name} start ${Math.round(b.top - a.top)} px apart`);
            if (Math.abs(a.height - b.height) > 1)
              out.push(`boxes of ${a.name} and ${b.name} differ by ${Math.round(b.height - a.height)} px`);
          }
        return out;
      }),
    );
    expect.soft(misaligned, `${lang}: settings fields out of line`).toEqual([]);
    // Every checkbox the same size at the same offset from its section's edge (a long hint squeezed one).
    const boxes = await page.locator('.settings-toggle > input[type=checkbox]').evaluateAll((inputs) =>
      inputs.map((input) => {
        const r = input.getBoundingClientRect();
        const section = input.closest('section')!.getBoundingClientRect();
        return `${Math.round(r.width)}x${Math.round(r.height)} at +${Math.round(r.left - section.left)}`;
      }),
    );
    expect.soft(new Set(boxes).size, `${lang}: settings checkboxes ${boxes.join(', ')}`).toBe(1);
    await context.close();
  });
}

for (const lang of ['en', 'pl', 'kk'] as const) {
  test(`packing: the scan field's example reads as a hint, the tool headings alike, in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((l) => localStorage.setItem('lss.uiLanguage', l), lang);
    const page = await context.newPage();
    await page.goto(studio.hostUrl);
    await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
    await page.getByTestId('tab-packing').click();
    const scan = page.getByTestId('packing-scan');
    await expect(scan).toBeVisible();
    // "C000042" alone, in the field's large type, looked like a reference already typed.
    expect.soft(await scan.getAttribute('placeholder'), `${lang}: the scan field's example`).toMatch(/\S+\s+C000042$/);
    const [typed, example] = await scan.evaluate((input) => [
      getComputedStyle(input).fontSize,
      getComputedStyle(input, '::placeholder').fontSize,
    ]);
    expect.soft(example, `${lang}: the example smaller than typed text`).not.toBe(typed);
    // "Import tracking numbers" looks like the other headings of the tools column.
    const look = (el: Element) => {
      const cs = getComputedStyle(el);
      return `${cs.fontSize} ${cs.fontWeight} ${cs.textTransform} ${cs.letterSpacing}`;
    };
    const tools = await page.locator('.packing-tools > h2').evaluate(look);
    const tracking = await page.getByTestId('tracking-import').locator('h3').evaluate(look);
    expect.soft(tracking, `${lang}: the tracking import's heading`).toBe(tools);
    await context.close();
  });
}

/**
 * The host's buttons that run the show — previous, next, clear, the deal — whole in the window and under nothing, on
 * the laptops hosts stream from (1366×768, 1280×720), with a product of eight variants on stream and a notice above the
 * board: at 1366×768 they once sat below the window's edge, reachable only by scrolling the on-stream column.
 */
for (const { width, height } of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
])
  for (const lang of ['en', 'pl', 'kk'] as const) {
    test(`the show's controls stay in the window at ${width}×${height} in ${lang}`, async ({ browser }) => {
      const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
      const featured = await host.call('show.feature', { code: 'F6' });
      if (!featured.ok) throw new Error(JSON.stringify(featured.error));
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript((l) => localStorage.setItem('lss.uiLanguage', l), lang);
      const page = await context.newPage();
      await page.goto(studio.hostUrl);
      await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
      await expect(page.getByTestId('featured-title')).toHaveText('Velvet Evening Dress');
      await expect(page.getByTestId('variant-stock').locator('li')).toHaveCount(8);
      const reply = await host.call('chat.manual', { buyerName: `Laptop-${width}-${lang}`, text: 'SOLD A12 S' });
      host.close();
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      await expect(page.getByTestId('live-alert').first()).toBeVisible();
      const controls = page.locator('.onstream-controls > button');
      await expect(controls).toHaveCount(4);
      const outside = await controls.evaluateAll((buttons) =>
        buttons
          .map((b) => {
            const r = b.getBoundingClientRect();
            const whole = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            const reachable = hit !== null && (hit === b || b.contains(hit));
            return whole && reachable ? null : `${b.textContent?.trim()} at ${Math.round(r.top)}–${Math.round(r.bottom)}`;
          })
          .filter((problem) => problem !== null),
      );
      await page.screenshot({ path: `${SHOTS}/${lang}-host-controls-${width}x${height}.png` });
      expect(outside, `${lang} ${width}×${height}: controls out of the window or covered`).toEqual([]);
      await context.close();
    });
  }
