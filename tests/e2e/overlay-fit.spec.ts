/**
 * What a viewer can actually read on the overlay, measured by boxes, not by the DOM's text: every
 * variant chip drawn lies inside its clipping parents (what does not fit is counted in "+N"), a
 * sold-out variant's label is not cut, and a claim of more than one unit says how many.
 * In en, pl and kk, in both layouts. Screenshots go to tests/artifacts/overlay-fit/.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/contract';
import { startStudio, type Studio } from '../../electron/core/studio';
import { connectClient, type TestClient } from '../support/client';
import { tempDir } from '../support/temp-db';

const ARTIFACTS = 'tests/artifacts/overlay-fit';
const OVERLAY_PAGE = path.resolve('out/renderer/overlay/index.html');
const LANGUAGES: Language[] = ['en', 'pl', 'kk'];

let dataDir: string;
let studio: Studio;
let host: TestClient;
let showId: number;
let language: Language;

test.beforeAll(async () => {
  if (!fs.existsSync(OVERLAY_PAGE)) {
    throw new Error(`The overlay page is not built (${OVERLAY_PAGE} is missing): run "node scripts/build.mjs" first.`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = tempDir('lss-overlay-fit-');
  studio = await startStudio({ dataDir, port: 0, demo: true });
  host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace(/^#token=/, ''));
  showId = studio.services.shows.current()!.id;
  language = (studio.db.prepare('SELECT language FROM shows WHERE id = ?').get(showId) as { language: Language }).language;
  // F6 as the side-by-side check had it: eight sizes, the two XS sold out.
  studio.db.prepare("UPDATE variants SET stock = 0 WHERE sku IN ('F6-XS-Burgundy', 'F6-XS-Black')").run();
});

test.afterAll(async () => {
  studio?.db.prepare('UPDATE shows SET language = ? WHERE id = ?').run(language, showId);
  host?.close();
  await studio?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function setLooks(position: 'lower-third' | 'side-card') {
  await host.call('settings.update', {
    overlay: { theme: 'midnight', position, brandColor: '#ff4f8b', font: 'Inter, system-ui, sans-serif' },
  });
}

/** The show's language, then F6 featured again so the page takes it. */
async function featureIn(page: Page, lang: Language, code = 'F6') {
  studio.db.prepare('UPDATE shows SET language = ? WHERE id = ?').run(lang, showId);
  studio.services.shows.feature({ productId: null }, 'host');
  await expect(page.locator('article.card')).toHaveCount(0);
  studio.services.shows.feature({ code }, 'host');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.presence-item.entering article.card')).toHaveAttribute('data-product-code', code);
  await settle(page);
}

async function openOverlay(page: Page) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(studio.overlayUrl);
  await expect(page.locator('main.stage[data-ready]')).toBeAttached();
}

async function settle(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await expect(page.locator('.presence-item.leaving')).toHaveCount(0);
}

interface ChipView {
  text: string;
  more: boolean;
  soldOut: boolean;
  /** The chip's box lies inside every ancestor that clips it (the variants row, the card body, the card, the frame). */
  inside: boolean;
  where: string;
  /** The label's text is cut (an ellipsis): its content is wider than its box. */
  labelCut: boolean;
}

/** Every chip in the card's variants row, measured against each ancestor that clips it. */
async function chips(page: Page): Promise<ChipView[]> {
  return page.locator('.presence-item.entering article.card .variants .variant').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const clips: string[] = [];
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflow === 'visible' && s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (r.left < c.left - 0.5 || r.top < c.top - 0.5 || r.right > c.right + 0.5 || r.bottom > c.bottom + 0.5)
          clips.push(`${a.className || a.tagName} ${JSON.stringify([c.left, c.top, c.right, c.bottom])}`);
      }
      const frame = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      const label = el.querySelector('.variant-label');
      return {
        text: el.textContent ?? '',
        more: el.classList.contains('more'),
        soldOut: el.classList.contains('out'),
        inside: clips.length === 0 && frame,
        where: `${JSON.stringify([r.left, r.top, r.right, r.bottom])} clipped by ${clips.join('; ') || (frame ? '-' : 'the frame')}`,
        labelCut: label ? label.scrollWidth > label.clientWidth + 0.5 : false,
      };
    }),
  );
}

const LAYOUTS = (['lower-third', 'side-card'] as const).flatMap((position) => [false, true].map((withQr) => ({ position, withQr })));

/** F6 in each language at this layout (with or without a QR code beside the chips): `check` its chips, then a screenshot. */
async function inEachLanguage(
  page: Page,
  { position, withQr }: (typeof LAYOUTS)[number],
  name: string,
  check: (seen: ChipView[], lang: Language) => void,
) {
  studio.db
    .prepare("UPDATE products SET product_url = ? WHERE code = 'F6'")
    .run(withQr ? 'https://demo-boutique.pl/p/velvet-evening-dress' : null);
  await setLooks(position);
  await openOverlay(page);
  for (const lang of LANGUAGES) {
    await test.step(lang, async () => {
      await featureIn(page, lang);
      check(await chips(page), lang);
      await page.screenshot({
        path: path.join(ARTIFACTS, `${name}-${position}${withQr ? '-qr' : ''}-${lang}.png`),
        omitBackground: true,
      });
    });
  }
}

for (const layout of LAYOUTS) {
  const where = `${layout.position}${layout.withQr ? ' with a QR code' : ''}`;

  test(`${where}: every variant chip drawn is visible, and what does not fit is counted in "+N"`, async ({ page }) => {
    await inEachLanguage(page, layout, 'chips', (seen, lang) => {
      for (const chip of seen) expect(chip.inside, `"${chip.text}" (${lang}) at ${chip.where}`).toBe(true);
      const drawn = seen.filter((c) => !c.more).length;
      const more = seen.find((c) => c.more);
      const counted = more ? Number(more.text.replace('+', '')) : 0;
      expect(drawn + counted, `${lang}: ${drawn} chips drawn and "+${counted}"`).toBe(8);
      expect(drawn, `${lang}: at least one size is shown`).toBeGreaterThan(0);
    });
  });

  test(`${where}: a variant's label is never cut, sold-out ones included`, async ({ page }) => {
    await inEachLanguage(page, layout, 'labels', (seen, lang) => {
      const soldOut = seen.filter((c) => c.soldOut);
      expect(soldOut.length, `${lang}: the sold-out sizes are drawn`).toBeGreaterThan(0);
      for (const chip of seen.filter((c) => !c.more)) expect(chip.labelCut, `${lang}: the label of "${chip.text}" is cut`).toBe(false);
    });
  });
}

test('a claim of more than one unit says how many, in the show’s language; one unit reads as before', async ({ page }) => {
  await setLooks('lower-third');
  await openOverlay(page);
  const expected: Record<string, [string, string]> = {
    en: ['Dan claimed 2 × A12 S/Blue', 'Ann claimed A12 M'],
    pl: ['Dan rezerwuje 2 szt. A12 S/Blue', 'Ann rezerwuje A12 M'],
    kk: ['Dan 2 дана A12 S/Blue алды', 'Ann A12 M алды'],
  };
  for (const lang of LANGUAGES) {
    await test.step(lang, async () => {
      await featureIn(page, lang, 'A12');
      studio.services.overlay.announceClaim({ buyer: 'Dan', code: 'A12', variant: 'S/Blue', quantity: 2 });
      studio.services.overlay.announceClaim({ buyer: 'Ann', code: 'A12', variant: 'M', quantity: 1 });
      const claims = page.getByTestId('claim');
      await expect(claims.nth(-2)).toHaveText(`✓${expected[lang]![0]}`);
      await expect(claims.nth(-1)).toHaveText(`✓${expected[lang]![1]}`);
      await settle(page);
      // Shown whole: the line is not cut by its box.
      const cut = await claims.locator('.claim-text').evaluateAll((els) => els.map((el) => el.scrollWidth > el.clientWidth + 0.5));
      expect(cut).toEqual(cut.map(() => false));
      await page.screenshot({ path: path.join(ARTIFACTS, `claims-${lang}.png`), omitBackground: true });
    });
  }
});
