import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { stockInvariantViolations } from '../../electron/core/store/stock';
import { countCommandsSent } from '../support/socket-frames';
import { startTestStudio } from '../support/studio';

/**
 * The host window's work screens (issue 3) driven as a seller would, in real
 * Chromium: the catalog editor, the lineup builder and CSV import/export.
 * Every step is checked twice: on the screen, and in the database file.
 */

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
const FIXTURES = path.resolve('tests/fixtures/shopify');
const HOSTILE = '<b>x</b><img src=x onerror=window.__pwned=1>';

test.beforeAll(() => {
  fs.mkdirSync('tests/artifacts', { recursive: true });
});

/** Read through a second connection to the file: what is asserted is what is on disk, not what one connection holds. */
function onDisk<T>(studio: TestStudio, sql: string, ...params: unknown[]): T[] {
  const db = new Database(studio.db.name, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The catalog as stored: products, variants and the stock ledger. */
function catalogOnDisk(studio: TestStudio) {
  return {
    products: onDisk(studio, 'SELECT id, handle, code, title, status, option1_name, option2_name, tags FROM products ORDER BY id'),
    variants: onDisk(
      studio,
      'SELECT id, product_id, position, sku, option1, option2, price_minor, compare_at_minor, stock FROM variants ORDER BY id',
    ),
    movements: onDisk(studio, 'SELECT id, variant_id, delta, reason, note FROM stock_movements ORDER BY id'),
  };
}

interface VariantRow {
  id: number;
  sku: string | null;
  option1: string | null;
  price_minor: number;
  stock: number;
}
interface ProductRow {
  id: number;
  code: string;
  title: string;
}
const productByCode = (studio: TestStudio, code: string) =>
  onDisk<ProductRow>(studio, 'SELECT id, code, title FROM products WHERE code = ?', code)[0];
const variantsOf = (studio: TestStudio, productId: number) =>
  onDisk<VariantRow>(studio, 'SELECT id, sku, option1, price_minor, stock FROM variants WHERE product_id = ? ORDER BY position', productId);

async function openHost(page: Page, studio: TestStudio, tab: 'catalog' | 'lineup' | 'import' | 'studio') {
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}

test.describe('catalog editor and lineup builder on the demo boutique', () => {
  let studio: TestStudio;
  test.beforeAll(async () => {
    studio = await startTestStudio();
  });
  test.afterAll(async () => {
    await studio?.dispose();
  });

  test('catalog editor: search, add with two sizes, edit, stock +/−/set with the ledger, hostile title as text, refusals, delete', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    // A stock change must not make the page list the catalog again.
    const catalogLists = countCommandsSent(page, 'catalog.list');
    await openHost(page, studio, 'catalog');
    const editor = page.getByTestId('catalog-editor');
    const list = editor.locator('.ws-list li button');
    const message = editor.locator('.notice');
    const search = editor.getByRole('searchbox');
    const form = editor.locator('form');
    const row = (n: number) => form.locator('tbody tr').nth(n);
    const stockOf = (n: number) => row(n).getByTestId('variant-stock');
    const setM = row(1).getByLabel('Set…');
    const alert = editor.getByRole('alert');
    await expect(list).toHaveCount(12);

    await test.step('search narrows the list, by title and by code; clearing it brings everything back', async () => {
      await search.fill('scarf');
      await expect(list).toHaveCount(1);
      await expect(list.first()).toContainText('B7');
      await expect(list.first()).toContainText('Merino Wool Scarf');
      await search.fill('a1');
      await expect(list.locator('.ws-code')).toHaveText(['A12', 'A14']);
      await search.fill('no such thing');
      await expect(list).toHaveCount(0);
      await expect(editor.locator('.ws-list li.muted')).toBeVisible(); // "no products" rather than a blank list
      await search.fill('');
      await expect(list).toHaveCount(12);
    });

    const { productId, small, medium } =
      await test.step('a product added with two sizes and their stock is on disk, each opening stock in the ledger', async () => {
        await page.getByTestId('editor-new').click();
        await page.getByTestId('editor-title').fill('Lniana koszula');
        await form.getByLabel('Claim code').fill('K1');
        await form.getByLabel('Options', { exact: true }).fill('Rozmiar');
        await row(0).getByLabel('Rozmiar').fill('S');
        await row(0).getByLabel('SKU').fill('KOS-S');
        await row(0).getByLabel('Price', { exact: true }).fill('99.00');
        await row(0).getByLabel('Stock').fill('3');
        await form.getByRole('button', { name: 'Add variant' }).click();
        await expect(form.locator('tbody tr')).toHaveCount(2);
        await expect(row(1).getByLabel('Price', { exact: true })).toHaveValue('99.00'); // a new variant starts at the first one's price
        await row(1).getByLabel('Rozmiar').fill('M');
        await row(1).getByLabel('SKU').fill('KOS-M');
        await row(1).getByLabel('Stock').fill('5');
        await page.getByTestId('editor-save').click();
        await expect(message).toHaveText('Saved.');
        await expect(editor.locator('.ws-list li button.on')).toContainText('Lniana koszula');
        await expect(list).toHaveCount(13);

        const created = productByCode(studio, 'K1');
        expect(created?.title).toBe('Lniana koszula');
        const productId = created!.id;
        const variants = variantsOf(studio, productId);
        expect(variants.map((v) => [v.option1, v.sku, v.price_minor, v.stock])).toEqual([
          ['S', 'KOS-S', 9900, 3],
          ['M', 'KOS-M', 9900, 5],
        ]);
        const [small, medium] = variants as [VariantRow, VariantRow];
        // Each variant's opening stock is in the ledger as its initial movement.
        expect(
          onDisk(
            studio,
            'SELECT variant_id, delta, reason FROM stock_movements WHERE variant_id IN (?, ?) ORDER BY id',
            small.id,
            medium.id,
          ),
        ).toEqual([
          { variant_id: small.id, delta: 3, reason: 'initial' },
          { variant_id: medium.id, delta: 5, reason: 'initial' },
        ]);
        return { productId, small, medium };
      });

    await test.step('its title and the price of M edited (a comma is a decimal point too)', async () => {
      await page.getByTestId('editor-title').fill('Lniana koszula oversize');
      await row(1).getByLabel('Price', { exact: true }).fill('109,50');
      await page.getByTestId('editor-save').click();
      await expect(message).toHaveText('Saved.');
      await expect(editor.locator('.ws-list li button.on')).toContainText('Lniana koszula oversize');
      await expect(row(1).getByLabel('Price', { exact: true })).toHaveValue('109.50');
      expect(productByCode(studio, 'K1')?.title).toBe('Lniana koszula oversize');
      const variants = variantsOf(studio, productId);
      expect(variants.map((v) => [v.id, v.price_minor, v.stock])).toEqual([
        [small.id, 9900, 3],
        [medium.id, 10950, 5],
      ]);
    });

    await test.step('stock + and − on S, then M set to 10: each one a manual movement, the invariant holds', async () => {
      // The screen follows each stock.changed payload; it does not list the whole catalog again.
      const listsBeforeStock = catalogLists();
      expect(listsBeforeStock).toBeGreaterThanOrEqual(3); // on connect, and after each save's catalog.changed
      await expect(stockOf(0)).toHaveText('3');
      await row(0).getByRole('button', { name: 'One more in stock' }).click();
      await expect(stockOf(0)).toHaveText('4');
      await row(0).getByRole('button', { name: 'One more in stock' }).click();
      await expect(stockOf(0)).toHaveText('5');
      await row(0).getByRole('button', { name: 'One less in stock' }).click();
      await expect(stockOf(0)).toHaveText('4');
      await setM.fill('10');
      await setM.press('Enter');
      await expect(stockOf(1)).toHaveText('10');
      await expect(setM).toHaveValue('');
      await expect(editor.locator('.ws-list li button.on .muted')).toHaveText('14');
      expect(catalogLists()).toBe(listsBeforeStock);
      expect(variantsOf(studio, productId).map((v) => v.stock)).toEqual([4, 10]);
      expect(
        onDisk(
          studio,
          "SELECT variant_id, delta, reason, note FROM stock_movements WHERE variant_id IN (?, ?) AND reason = 'manual' ORDER BY id",
          small.id,
          medium.id,
        ),
      ).toEqual([
        { variant_id: small.id, delta: 1, reason: 'manual', note: 'catalog editor' },
        { variant_id: small.id, delta: 1, reason: 'manual', note: 'catalog editor' },
        { variant_id: small.id, delta: -1, reason: 'manual', note: 'catalog editor' },
        { variant_id: medium.id, delta: 5, reason: 'manual', note: 'catalog editor' },
      ]);
      expect(stockInvariantViolations(studio.db)).toEqual([]);
      await page.screenshot({ path: 'tests/artifacts/catalog-editor.png' });
    });

    const before = catalogOnDisk(studio);

    // Bad input: a clear message each time, and nothing on disk changes.
    await test.step('bad input: a negative price is refused with a clear message, nothing on disk changes', async () => {
      await row(0).getByLabel('Price', { exact: true }).fill('-5');
      await page.getByTestId('editor-save').click();
      await expect(alert).toHaveText('Price: “-5” is not an amount.'); // the seller's words, no "Error:" prefix
      expect(catalogOnDisk(studio)).toEqual(before);
      await row(0).getByLabel('Price', { exact: true }).fill('99.00');
    });

    await test.step("bad input: a claim code already used is refused, the seller's typing kept", async () => {
      await form.getByLabel('Claim code').fill('A12');
      await page.getByTestId('editor-save').click();
      await expect(alert).toContainText('Claim code A12 is already used by Linen Summer Dress');
      await expect(form.getByLabel('Claim code')).toHaveValue('A12'); // the seller's typing is kept to correct it
      expect(catalogOnDisk(studio)).toEqual(before);
      await page.screenshot({ path: 'tests/artifacts/catalog-editor-refused.png' });
      await form.getByLabel('Claim code').fill('K1');
    });

    await test.step('bad input: an empty title is not even sent; only spaces, the core refuses it', async () => {
      // An empty title: the form does not even send it; only spaces: the core refuses it.
      await page.getByTestId('editor-title').fill('');
      await page.getByTestId('editor-save').click();
      expect(await page.getByTestId('editor-title').evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
      await page.getByTestId('editor-title').fill('   ');
      await page.getByTestId('editor-save').click();
      await expect(alert).toContainText('a title is needed');
      expect(catalogOnDisk(studio)).toEqual(before);
    });

    await test.step('bad input: stock cannot be set below zero', async () => {
      await setM.fill('-3');
      await setM.press('Enter');
      await expect(alert).toHaveText('Stock must be a whole number of 0 or more.');
      await expect(stockOf(1)).toHaveText('10');
      expect(catalogOnDisk(studio)).toEqual(before);
    });

    await test.step('a title full of HTML is text everywhere it is shown; nothing runs', async () => {
      await page.getByTestId('editor-title').fill(HOSTILE);
      await page.getByTestId('editor-save').click();
      await expect(message).toHaveText('Saved.');
      expect(productByCode(studio, 'K1')?.title).toBe(HOSTILE);
      await expect(editor.locator('.ws-list li button.on bdi')).toHaveText(HOSTILE);
      await expect(editor.locator('.ws-list img')).toHaveCount(0);
      await page.getByTestId('tab-lineup').click();
      await expect(page.getByTestId('lineup-add-select').locator('option', { hasText: HOSTILE })).toHaveCount(1);
      await page.getByTestId('tab-studio').click();
      await page.getByTestId('catalog-search').fill('K1');
      await expect(page.locator('[data-testid=product-row][data-code=K1]')).toContainText(HOSTILE);
      await expect(page.locator('[data-testid=product-row][data-code=K1] b')).toHaveCount(0);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await page.getByTestId('tab-catalog').click();
      await page.screenshot({ path: 'tests/artifacts/catalog-editor-hostile-title.png' });
    });

    await test.step('delete (after the confirm): gone from the list and from disk, its variants and ledger with it', async () => {
      await search.fill('K1');
      await expect(list).toHaveCount(1);
      await list.first().click();
      await expect(page.getByTestId('editor-title')).toHaveValue(HOSTILE);
      await form.getByRole('button', { name: 'Delete' }).click();
      await expect(list).toHaveCount(0);
      await expect(editor).toContainText('Pick a product on the left, or add a new one.');
      expect(productByCode(studio, 'K1')).toBeUndefined();
      expect(onDisk(studio, 'SELECT id FROM variants WHERE product_id = ?', productId)).toEqual([]);
      expect(onDisk(studio, 'SELECT id FROM stock_movements WHERE variant_id IN (?, ?)', small.id, medium.id)).toEqual([]);
      await search.fill('');
      await expect(list).toHaveCount(12);
      expect(stockInvariantViolations(studio.db)).toEqual([]);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });
  });

  test('lineup builder: drag and Alt+arrow reorder, deal fields stored, and the Studio tab’s Next follows the new order', async ({
    page,
  }) => {
    const show = studio.services.shows.current()!;
    const lineupOnDisk = () =>
      onDisk<{
        code: string;
        position: number;
        scene_name: string | null;
        deal_price_minor: number | null;
        deal_quota: number | null;
        deal_seconds: number | null;
        per_buyer_limit: number | null;
      }>(
        studio,
        `SELECT p.code, l.position, l.scene_name, l.deal_price_minor, l.deal_quota, l.deal_seconds, l.per_buyer_limit
         FROM lineup_items l JOIN products p ON p.id = l.product_id WHERE l.show_id = ? ORDER BY l.position`,
        show.id,
      );
    const codesOnDisk = () => lineupOnDisk().map((r) => r.code);
    expect(codesOnDisk()).toEqual(['A12', 'B3', 'D8', 'B7', 'F6', 'C1', 'E9', 'A14']);

    await openHost(page, studio, 'lineup');
    const builder = page.getByTestId('lineup-builder');
    const items = builder.getByTestId('lineup-item');
    const codes = builder.locator('[data-testid=lineup-item] .item-title .ws-code');
    const item = (code: string) => items.filter({ has: page.locator('.ws-code', { hasText: new RegExp(`^${code}$`) }) });
    await expect(codes).toHaveText(['A12', 'B3', 'D8', 'B7', 'F6', 'C1', 'E9', 'A14']);

    await test.step('drag C1 by its handle onto A12: it becomes first, on screen and on disk', async () => {
      await item('C1').locator('.handle').dragTo(item('A12'));
      await expect(codes).toHaveText(['C1', 'A12', 'B3', 'D8', 'B7', 'F6', 'E9', 'A14']);
      expect(codesOnDisk()).toEqual(['C1', 'A12', 'B3', 'D8', 'B7', 'F6', 'E9', 'A14']);
    });

    await test.step('drag B3 by hand onto B7: the drop line shows the side it will land on; it lands after B7', async () => {
      // Drag by hand (mouse moves) B3 down onto B7: while dragging, the drop line is on the side it will land; it lands after B7.
      const handle = await item('B3').locator('.handle').boundingBox();
      const target = await item('B7').boundingBox();
      await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
      await page.mouse.down();
      await page.mouse.move(handle!.x + 5, handle!.y + 20, { steps: 4 });
      await page.mouse.move(target!.x + 200, target!.y + target!.height / 2, { steps: 8 });
      await page.mouse.move(target!.x + 210, target!.y + target!.height / 2, { steps: 2 }); // a last wiggle over B7
      await expect(item('B3')).toHaveClass(/dragging/);
      await expect(item('B7')).toHaveClass(/drop-after/);
      await page.mouse.up();
      await expect(codes).toHaveText(['C1', 'A12', 'D8', 'B7', 'B3', 'F6', 'E9', 'A14']);
      await expect(builder.locator('.lineup-item.dragging, .lineup-item.drop-before, .lineup-item.drop-after')).toHaveCount(0);
      expect(codesOnDisk()).toEqual(['C1', 'A12', 'D8', 'B7', 'B3', 'F6', 'E9', 'A14']);
    });

    await test.step('keyboard: Alt+↑/↓ move the focused item and keep the focus, ↓ moves the focus, ← / → feature nothing', async () => {
      // Keyboard: focus E9, Alt+↑ twice moves it up two places and it keeps the focus; ↓ moves the focus; Alt+↓ moves A12 down.
      await item('E9').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(codes).toHaveText(['C1', 'A12', 'D8', 'B7', 'B3', 'E9', 'F6', 'A14']);
      await expect(item('E9')).toBeFocused();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(codes).toHaveText(['C1', 'A12', 'D8', 'B7', 'E9', 'B3', 'F6', 'A14']);
      await expect(item('E9')).toBeFocused();
      await expect(builder.locator('[aria-live=polite]')).toHaveText('Sterling Silver Ring moved to position 5 of 8.');
      await item('C1').focus();
      await page.keyboard.press('ArrowDown');
      await expect(item('A12')).toBeFocused();
      await page.keyboard.press('Alt+ArrowDown');
      await expect(codes).toHaveText(['C1', 'D8', 'A12', 'B7', 'E9', 'B3', 'F6', 'A14']);
      await expect(item('A12')).toBeFocused();
      // ← / → inside the lineup do not feature anything (they are the studio's global keys elsewhere).
      await page.keyboard.press('ArrowRight');
      expect(codesOnDisk()).toEqual(['C1', 'D8', 'A12', 'B7', 'E9', 'B3', 'F6', 'A14']);
      expect(studio.services.shows.featured()?.product ?? null).toBeNull();
    });

    await test.step('a reorder made elsewhere (a co-moderator) leaves the focus on the row that has it', async () => {
      // B7 to the top moves the rows before it in the DOM, A12 (focused) among them; the host's keys go on from A12.
      const [b7] = onDisk<{ id: number }>(
        studio,
        "SELECT l.id FROM lineup_items l JOIN products p ON p.id = l.product_id WHERE l.show_id = ? AND p.code = 'B7'",
        show.id,
      );
      studio.services.lineup.move(b7!.id, 0);
      await expect(codes).toHaveText(['B7', 'C1', 'D8', 'A12', 'E9', 'B3', 'F6', 'A14']);
      await expect(item('A12')).toBeFocused();
      studio.services.lineup.move(b7!.id, 3);
      await expect(codes).toHaveText(['C1', 'D8', 'A12', 'B7', 'E9', 'B3', 'F6', 'A14']);
      await expect(item('A12')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(item('B7')).toBeFocused();
    });

    const d8 = item('D8');

    await test.step('the deal fields of D8 save on Enter or on leaving the field, and show what was stored', async () => {
      // Deal fields of D8 (2nd): scene, deal price, quota, seconds, per-buyer limit; each saves on Enter or on leaving the field.
      await d8.getByLabel('Scene').fill('Close-up');
      await d8.getByLabel('Scene').press('Enter');
      await d8.getByLabel(/^Deal price/).fill('89,90');
      await d8.getByLabel('Deal quota').fill('4');
      await d8.getByLabel('Deal seconds').fill('120');
      await d8.getByLabel('Per buyer').fill('2');
      await d8.getByLabel('Per buyer').blur();
      await expect
        .poll(() => lineupOnDisk().find((r) => r.code === 'D8'))
        .toEqual({
          code: 'D8',
          position: 1,
          scene_name: 'Close-up',
          deal_price_minor: 8990,
          deal_quota: 4,
          deal_seconds: 120,
          per_buyer_limit: 2,
        });
      // The field shows what was stored (the price in the shop's format).
      await expect(d8.getByLabel(/^Deal price/)).toHaveValue('89.90');
    });

    await test.step('a bad deal number is refused with a message and nothing is stored; clearing a field clears it', async () => {
      await d8.getByLabel('Deal quota').fill('0');
      await d8.getByLabel('Deal quota').press('Enter');
      await expect(builder.getByRole('alert')).toHaveText('“0” must be a whole number of 1 or more.');
      await d8.getByLabel('Deal seconds').fill('');
      await d8.getByLabel('Deal seconds').press('Enter');
      await expect.poll(() => lineupOnDisk().find((r) => r.code === 'D8')?.deal_seconds).toBeNull();
      expect(lineupOnDisk().find((r) => r.code === 'D8')?.deal_quota).toBe(4);
      await d8.getByLabel('Deal quota').fill('4');
      await page.screenshot({ path: 'tests/artifacts/catalog-lineup.png', fullPage: true });
    });

    await test.step("the Studio tab's Next → walks the lineup in its new order", async () => {
      await page.getByTestId('tab-studio').click();
      const featured = page.getByTestId('featured-title');
      await page.getByTestId('step-next').click();
      await expect(featured).toHaveText('Leather Tote Bag'); // C1
      await page.getByTestId('step-next').click();
      await expect(featured).toHaveText('Pleated Midi Skirt'); // D8
      expect(studio.services.shows.featured()?.product?.code).toBe('D8');
      await page.getByTestId('step-next').click();
      await expect(featured).toHaveText('Linen Summer Dress'); // A12
      await page.getByTestId('step-next').click();
      await expect(featured).toHaveText('Merino Wool Scarf'); // B7
      await page.getByTestId('step-next').click();
      await expect(featured).toHaveText('Sterling Silver Ring'); // E9
      expect(studio.services.shows.featured()?.product?.code).toBe('E9');
    });

    await test.step('back on the lineup the featured item is marked', async () => {
      await page.getByTestId('tab-lineup').click();
      await expect(item('E9')).toHaveClass(/featured/);
      await expect(builder.locator('.lineup-item.featured')).toHaveCount(1);
    });

    await test.step('at 1280x720, in Polish, nothing of a lineup row spills out of it', async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByTestId('ui-language').selectOption('pl');
      await expect(page.getByTestId('tab-lineup')).toHaveText('Kolejność');
      const spill = await items.evaluateAll((rows) =>
        rows.flatMap((row) =>
          Array.from(row.querySelectorAll('input, button, .item-title'))
            .filter((el) => el.getBoundingClientRect().right > row.getBoundingClientRect().right + 0.5)
            .map((el) => el.outerHTML.slice(0, 60)),
        ),
      );
      expect(spill).toEqual([]);
      await page.screenshot({ path: 'tests/artifacts/catalog-lineup-pl-1280.png' });
    });
  });
});

test.describe('CSV import with a preview, and export', () => {
  let studio: TestStudio;
  test.beforeAll(async () => {
    studio = await startTestStudio({ demo: false });
  });
  test.afterAll(async () => {
    await studio?.dispose();
  });

  test('a Shopify CSV: preview first (nothing written), apply, re-import with updates; a bad file lists its rows; exports carry code: tags', async ({
    page,
  }) => {
    await openHost(page, studio, 'import');
    const screen = page.getByTestId('import-screen');
    const input = page.getByTestId('import-file');
    const preview = page.getByTestId('import-preview');
    const apply = page.getByTestId('import-apply');
    const empty = catalogOnDisk(studio);
    expect(empty.products).toEqual([]);

    const imported =
      await test.step('boutique.csv into an empty studio: the preview says what will be added and nothing is written; Apply writes it', async () => {
        // 1. boutique.csv into an empty studio: the preview says what will be added; nothing is written yet.
        await input.setInputFiles(path.join(FIXTURES, 'boutique.csv'));
        await expect(preview).toBeVisible();
        await expect(preview.locator('h3').first()).toHaveText('boutique.csv — Shopify CSV, 4 products, 9 variants');
        await expect(preview.locator('.notice.ok')).toHaveText('4 to add, 0 to update, 0 unchanged.');
        const addedRows = preview.locator('.preview-section', { hasText: 'New products' }).locator('tbody tr');
        await expect(addedRows).toHaveCount(4);
        await expect(addedRows.nth(0)).toContainText('A12');
        await expect(addedRows.nth(0)).toContainText('Sukienka w kwiaty, lniana');
        await expect(addedRows.nth(1)).toContainText('Ш-1');
        await expect(addedRows.nth(1)).toContainText('Қазақ шапаны (шапан)');
        await expect(addedRows.nth(2)).toContainText('Kolczyki "Kropla", srebro 925');
        await expect(apply).toBeEnabled();
        await page.screenshot({ path: 'tests/artifacts/catalog-import-preview.png', fullPage: true });
        expect(catalogOnDisk(studio)).toEqual(empty);

        await apply.click();
        await expect(page.getByTestId('import-done')).toContainText('Imported: 4 added, 0 updated, 0 unchanged.');
        await expect(preview).toHaveCount(0);
        await page.screenshot({ path: 'tests/artifacts/catalog-import-done.png' });
        const imported = catalogOnDisk(studio);
        expect(imported.products.map((p) => (p as { code: string }).code)).toEqual(['A12', 'Ш-1', '1', '2']);
        expect(onDisk(studio, "SELECT sku, stock, price_minor FROM variants WHERE sku LIKE 'SUK-%' ORDER BY position")).toEqual([
          { sku: 'SUK-S-RED', stock: 3, price_minor: 14900 },
          { sku: 'SUK-M-RED', stock: 5, price_minor: 14900 },
          { sku: 'SUK-L-RED', stock: 0, price_minor: 14900 },
          { sku: 'SUK-M-GRN', stock: 2, price_minor: 15900 },
        ]);
        expect(onDisk(studio, "SELECT count(*) AS n FROM stock_movements WHERE reason = 'import'")).toEqual([{ n: 7 }]); // the 7 variants with stock > 0
        expect(stockInvariantViolations(studio.db)).toEqual([]);
        return imported;
      });

    await test.step('the catalog tab shows the imported products', async () => {
      await page.getByTestId('tab-catalog').click();
      const list = page.getByTestId('catalog-editor').locator('.ws-list li button');
      await expect(list.locator('.ws-code')).toHaveText(['1', '2', 'A12', 'Ш-1']); // sorted by code
      await expect(list.nth(3)).toContainText('Қазақ шапаны (шапан)');
      await page.getByTestId('tab-import').click();
    });

    const updated =
      await test.step('reimport.csv updates by Handle: the preview lists each change before anything is written', async () => {
        // 2. reimport.csv: updates by Handle; the preview lists each change before anything is written.
        await input.setInputFiles(path.join(FIXTURES, 'reimport.csv'));
        await expect(preview.locator('.notice.ok')).toHaveText('1 to add, 1 to update, 1 unchanged.');
        const changed = preview.locator('.preview-section', { hasText: 'Changed products' });
        await expect(changed).toContainText('A12');
        await expect(changed.locator('.changes li')).toContainText([
          '1 new variant',
          '3 variants with a new price, SKU or order',
          'stock S / Czerwony: 3 → 1',
          'stock M / Czerwony: 5 → 8',
          'stock L / Czerwony: 0 → 4',
        ]);
        await expect(preview.locator('.preview-section', { hasText: 'New products' }).locator('tbody tr')).toHaveText([/Torebka skórzana/]);
        await page.screenshot({ path: 'tests/artifacts/catalog-import-update.png', fullPage: true });
        expect(catalogOnDisk(studio)).toEqual(imported);
        await apply.click();
        await expect(page.getByTestId('import-done')).toContainText('Imported: 1 added, 1 updated, 1 unchanged.');
        expect(
          onDisk(studio, "SELECT sku, stock, price_minor FROM variants WHERE sku IN ('SUK-S-RED', 'SUK-M-RED', 'SUK-XL-GRN') ORDER BY sku"),
        ).toEqual([
          { sku: 'SUK-M-RED', stock: 8, price_minor: 13900 },
          { sku: 'SUK-S-RED', stock: 1, price_minor: 13900 },
          { sku: 'SUK-XL-GRN', stock: 6, price_minor: 15900 },
        ]);
        expect(stockInvariantViolations(studio.db)).toEqual([]);
        return catalogOnDisk(studio);
      });

    await test.step('bad-rows.csv: every bad row with its number and reason; Apply stays disabled; nothing written', async () => {
      await input.setInputFiles(path.join(FIXTURES, 'bad-rows.csv'));
      await expect(preview.getByRole('alert')).toHaveText('The file cannot be imported: 6 problems below. Nothing was changed.');
      const errors = page.getByTestId('import-errors').locator('tbody tr');
      await expect(errors.locator('td:first-child')).toHaveText(['3', '4', '5', '6', '7', '8']);
      await expect(errors.nth(0)).toContainText('Variant Inventory Qty');
      await expect(errors.nth(0)).toContainText('must not be negative (-2)');
      await expect(errors.nth(1)).toContainText('must not be negative (-5.00)');
      await expect(errors.nth(2)).toContainText('duplicate claim code "OK1"');
      await expect(errors.nth(3)).toContainText('is missing');
      await expect(errors.nth(4)).toContainText('unknown option value "Czerwony"');
      await expect(errors.nth(5)).toContainText('"trzydzieści" is not an amount');
      await expect(apply).toBeDisabled();
      await page.screenshot({ path: 'tests/artifacts/catalog-import-errors.png', fullPage: true });
      expect(catalogOnDisk(studio)).toEqual(updated);
    });

    await test.step('a ZIP renamed to .csv: one clear reason, Apply disabled', async () => {
      // The browser hands the core the file as text, so it is refused for its NUL bytes;
      // the CLI, which reads the bytes, names it a ZIP/xlsx.
      await input.setInputFiles(path.join(FIXTURES, 'not-a-csv.csv'));
      await expect(page.getByTestId('import-errors').locator('tbody tr')).toHaveText([
        '—not-a-csv.csv is not a text file (it contains NUL bytes).',
      ]);
      await expect(apply).toBeDisabled();
      expect(catalogOnDisk(studio)).toEqual(updated);
    });

    await test.step('exports download, and the Shopify CSV carries the claim codes as code: tags', async () => {
      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        screen.getByRole('button', { name: 'Download Shopify CSV' }).click(),
      ]);
      expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
      const csv = fs.readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv).toMatch(/^\uFEFF?Handle,Title,Body \(HTML\)/);
      for (const code of ['A12', 'Ш-1', '1', '2', '3']) expect(csv).toContain(`code:${code}`);
      expect(csv).toContain('SUK-XL-GRN');
      const [jsonDownload] = await Promise.all([
        page.waitForEvent('download'),
        screen.getByRole('button', { name: 'Download studio JSON backup' }).click(),
      ]);
      expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
      const backup = JSON.parse(fs.readFileSync((await jsonDownload.path())!, 'utf8')) as { products: { code: string }[] };
      expect(backup.products.map((p) => p.code).sort()).toEqual(['1', '2', '3', 'A12', 'Ш-1'].sort());
      expect(catalogOnDisk(studio)).toEqual(updated);
    });
  });
});
