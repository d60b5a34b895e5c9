import { expect, test, type Download, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { showBuilder, type ShowBuilder } from '../support/show-builder';
import { startTestStudio } from '../support/studio';
import { waitUntil } from '../support/waits';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let shows: ShowBuilder;
let showId: number;
const ARTIFACTS = 'tests/artifacts/shipping';

const onDisk = <T>(sql: string, ...params: unknown[]) => shows.onDisk<T>(sql, ...params);
const cartOf = (buyer: string) => shows.cartOf(buyer, showId);

/** A real tool reads a downloaded or printed file back: a missing one says what to install. */
function poppler(tool: 'pdftotext' | 'pdfinfo', file: string): string {
  try {
    return execFileSync(tool, tool === 'pdftotext' ? ['-layout', file, '-'] : [file], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`${tool} failed on ${file} (install poppler-utils: bash scripts/install.sh): ${String(error)}`);
  }
}

/** Clicks a button that downloads a file; keeps it under the artifacts and returns its path. */
async function download(page: Page, testId: string): Promise<{ file: string; download: Download }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = `${ARTIFACTS}/${dl.suggestedFilename()}`;
  await dl.saveAs(file);
  return { file, download: dl };
}

/** A show with Anna's paid cart (an InPost locker) and Kasia's: two items each side of the scan. */
test.beforeAll(async () => {
  studio = await startTestStudio();
  shows = showBuilder(studio, 'ship');
  studio.services.settings.update({
    shipping: { methods: [{ id: 'inpost', name: 'InPost Paczkomat', kind: 'locker', priceMinor: 1299, freeOverMinor: null }] },
  });
  showId = (
    await shows.show({
      lines: [
        ['Anna', 'SOLD A12 M red'],
        ['Anna', 'SOLD C1'],
      ],
      orders: 2,
    })
  ).id;
  const cartId = cartOf('Anna');
  const host = { actor: 'host' };
  const version = () => studio.services.carts.get(cartId).version;
  studio.services.carts.markPaid({ carts: [{ cartId, version: version() }] }, host);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('ship a parcel: details pasted on the cart page, then scan, tick, pack, tracking, shipped (en, pl, kk)', async ({ browser }) => {
  // Catalog editor, cart page, pick list, slip documents, sheet, ship and three languages: more steps than the default bound.
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cartId = cartOf('Anna');
  const reference = `C${String(cartId).padStart(6, '0')}`;

  await test.step('the catalog editor gives A12 its bin and weight (a weight that is not whole grams is refused)', async () => {
    await page.goto(studio.hostUrl);
    await page.getByTestId('tab-catalog').click();
    const editor = page.getByTestId('catalog-editor');
    await editor.getByRole('searchbox').fill('A12');
    await editor.locator('.ws-list li button', { hasText: 'A12' }).first().click();
    await expect(page.getByTestId('editor-parcel-size').locator('option')).toHaveText([
      'None',
      'A — up to 8 cm high',
      'B — up to 19 cm high',
      'C — up to 41 cm high',
    ]);
    await page.getByTestId('editor-location').fill('R1-S3');
    await page.getByTestId('editor-weight').fill('0,3 kg');
    await page.getByTestId('editor-save').click();
    await expect(editor.getByRole('alert')).toContainText('whole number of grams');
    await page.getByTestId('editor-weight').fill('320');
    await page.getByTestId('editor-save').click();
    await expect(editor.getByRole('status')).toHaveText('Saved.');
    expect(onDisk('SELECT location, parcel_size AS parcelSize, weight_grams AS weightGrams FROM products WHERE code = ?', 'A12')).toEqual([
      { location: 'R1-S3', parcelSize: null, weightGrams: 320 },
    ]);
    await page.getByTestId('editor-shipping').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/catalog-editor-shipping-en.png` });
    // The review link below differs only after the #: leave the page so it loads afresh.
    await page.goto('about:blank');
  });

  await test.step('the cart page says what is missing; pasted details fill the form; saved, the cart is ready to ship', async () => {
    await page.goto(`${studio.hostUrl}&tab=review&show=${showId}`);
    await page.locator('[data-testid=cart-row][data-buyer="Anna"]').click();
    const panel = page.getByTestId('shipping-panel');
    await expect(panel.getByTestId('shipping-missing')).toContainText('no delivery method');
    await panel.getByTestId('ship-paste').fill('Anna Kowalska, paczkomat KRA010\ntel. +48 600 100 200, anna@example.pl');
    await panel.getByTestId('ship-paste-apply').click();
    await expect(panel.getByTestId('ship-lockerId')).toHaveValue('KRA010');
    await expect(panel.getByTestId('ship-phone')).toHaveValue('+48 600 100 200');
    await expect(panel.getByTestId('ship-email')).toHaveValue('anna@example.pl');
    await panel.getByTestId('ship-name').fill('Anna Kowalska');
    await panel.getByTestId('ship-preferred').selectOption('inpost');
    await panel.getByTestId('ship-save').click();
    // Saved and read again (the panel's form follows the cart it reads): only the parcel size is missing now.
    await expect(panel.getByTestId('shipping-missing')).toHaveText(/parcel size/);
    await expect(panel.getByTestId('shipping-missing')).not.toContainText('no delivery method');
    // The preferred method became the cart's; the items' parcel size applies unless one is chosen.
    await panel.getByTestId('ship-parcel').selectOption('B');
    await panel.getByTestId('ship-save-parcel').click();
    await expect(panel.getByTestId('shipping-ready')).toHaveText('Ready to ship');
    // The cart page's slip buttons give the same PDFs as the Packing tab.
    for (const [button, size] of [
      ['ship-slip-a4', /Page size:\s+595\.\d* x 841\.\d* pts/],
      ['ship-slip-label', /Page size:\s+283\.\d* x 425\.\d* pts/],
    ] as const) {
      const slipPdf = await download(page, button);
      expect(poppler('pdfinfo', slipPdf.file)).toMatch(size);
      expect(poppler('pdftotext', slipPdf.file)).toContain('KRA010');
    }
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/cart-shipping-en.png` });
    expect(onDisk<{ locker: string }>('SELECT locker_id AS locker FROM customers WHERE name = ?', 'Anna Kowalska')).toEqual([
      { locker: 'KRA010' },
    ]);
  });

  await test.step('the pick list walks from A12’s bin; its CSV and PDF downloads read back', async () => {
    await page.getByTestId('tab-packing').click();
    await page.getByTestId('packing-pick').click();
    await expect(page.getByTestId('pick-list').locator('tbody tr').first()).toContainText('R1-S3');
    const csv = await download(page, 'pick-csv');
    const rows = parse(fs.readFileSync(csv.file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.location, r.code, r.quantity, r.carts])).toEqual([
      ['R1-S3', 'A12', '1', reference],
      ['', 'C1', '1', reference],
    ]);
    const pdf = await download(page, 'pick-pdf');
    const text = poppler('pdftotext', pdf.file);
    expect(text).toContain('R1-S3');
    expect(text).toContain(reference);
  });

  await test.step('scan to pack: the reference opens the slip; packing waits until every item is ticked', async () => {
    // Without a scanner the seller sees the parcels waiting: Anna's paid cart is to pack.
    await expect(page.getByTestId('packing-queue-pack')).toContainText(`${reference} Anna`);
    await expect(page.getByTestId('packing-queue-ship')).toHaveCount(0);
    await page.screenshot({ path: `${ARTIFACTS}/packing-queue-en.png` });
    await page.getByTestId('packing-scan').fill(reference.toLowerCase());
    await page.getByTestId('packing-scan').press('Enter');
    await expect(page.getByTestId('slip-reference')).toHaveText(reference);
    const boxes = page.getByTestId('slip').locator('input[type=checkbox]');
    await expect(boxes).toHaveCount(2);
    await expect(page.getByTestId('packing-pack')).toBeDisabled();
    await boxes.nth(0).check();
    await expect(page.getByTestId('packing-pack')).toBeDisabled();
    await boxes.nth(1).check();
    await page.screenshot({ path: `${ARTIFACTS}/packing-slip-en.png` });
    await page.getByTestId('packing-pack').click();
    await expect(page.getByTestId('packing-tracking')).toBeFocused();
    await waitUntil(
      () => onDisk<{ state: string }>('SELECT state FROM orders WHERE cart_id = ?', cartId).every((o) => o.state === 'packed'),
      'packed',
    );
  });

  await test.step('the slip prints alone, downloads as PDF in A4 and 100×150 mm, and the InPost sheet has the parcel', async () => {
    // Print: the button opens the browser's print; what it prints is the slip only (print CSS), read back from Chromium's PDF.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => {
        w.printed++;
      };
    });
    await page.getByTestId('packing-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    fs.writeFileSync(`${ARTIFACTS}/slip-printed.pdf`, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const printed = poppler('pdftotext', `${ARTIFACTS}/slip-printed.pdf`);
    expect(printed).toContain(reference);
    expect(printed).toContain('KRA010');
    expect(printed).toContain('R1-S3');
    // The scan field, the buttons and the tools beside the slip are not printed.
    for (const hidden of ['Mark shipped', 'Lists and sheets', 'Download sheet']) expect(printed).not.toContain(hidden);

    const a4 = await download(page, 'packing-pdf-a4');
    expect(a4.download.suggestedFilename()).toBe(`packing-slip-${reference}-a4.pdf`);
    expect(poppler('pdfinfo', a4.file)).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts/);
    const label = await download(page, 'packing-pdf-label');
    expect(poppler('pdfinfo', label.file)).toMatch(/Page size:\s+283\.\d* x 425\.\d* pts/);
    for (const file of [a4.file, label.file]) {
      const text = poppler('pdftotext', file);
      expect(text).toContain(reference);
      expect(text).toContain('KRA010');
    }

    await page.getByTestId('packing-preset').selectOption('inpost');
    const sheet = await download(page, 'packing-sheet');
    const rows = parse(fs.readFileSync(sheet.file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        reference,
        service: 'inpost_locker_standard',
        'receiver.phone': '+48 600 100 200',
        'receiver.email': 'anna@example.pl',
        'custom_attributes.target_point': 'KRA010',
        'parcels.template': 'medium',
        'cod.amount': '',
      }),
    ]);
    await expect(page.getByTestId('packing-sheet-result')).toContainText('1 parcel in the sheet.');
  });

  await test.step('a scanned tracking number marks it shipped', async () => {
    await page.getByTestId('packing-tracking').fill('620000111122223333');
    await page.getByTestId('packing-tracking').press('Enter');
    await expect(page.getByTestId('packing-shipped')).toContainText('620000111122223333');
    expect(onDisk<{ t: string }>('SELECT tracking_number AS t FROM carts WHERE id = ?', cartId)).toEqual([{ t: '620000111122223333' }]);
    // The next parcel: nothing waits any more.
    await page.getByTestId('packing-next').click();
    await expect(page.getByTestId('packing-queue')).toHaveText('No parcel waiting: every paid cart is shipped.');
    await page.getByTestId('packing-scan').fill(reference);
    await page.getByTestId('packing-scan').press('Enter');
    await expect(page.getByTestId('packing-shipped')).toContainText('620000111122223333');
    expect(onDisk<{ state: string }>('SELECT state FROM orders WHERE cart_id = ?', cartId).map((o) => o.state)).toEqual([
      'shipped',
      'shipped',
    ]);
    await page.getByTestId('packing-pick').click();
    await expect(page.getByTestId('pick-list')).toBeVisible();
    // Shipped, the parcel leaves the InPost sheet: the window says so rather than downloading an empty file.
    await page.getByTestId('packing-sheet').click();
    await expect(page.getByTestId('packing-sheet-rows')).toHaveText('No parcel for this carrier yet: nothing was downloaded.');
    await page.screenshot({ path: `${ARTIFACTS}/packing-shipped-en.png` });
  });

  await test.step('the packing screen and the cart’s shipping panel in Polish and Kazakh', async () => {
    for (const [lang, tab] of [
      ['pl', 'Pakowanie'],
      ['kk', 'Буып-түю'],
    ] as const) {
      await page.getByTestId('ui-language').selectOption(lang);
      await expect(page.getByTestId('tab-packing')).toHaveText(tab);
      await page.screenshot({ path: `${ARTIFACTS}/packing-shipped-${lang}.png` });
    }
    for (const [lang, legend] of [
      ['pl', 'Wysyłka'],
      ['kk', 'Жөнелту'],
    ] as const) {
      await page.getByTestId('ui-language').selectOption(lang);
      await page.getByTestId('tab-catalog').click();
      await page.getByTestId('catalog-editor').getByRole('searchbox').fill('A12');
      await page.getByTestId('catalog-editor').locator('.ws-list li button', { hasText: 'A12' }).first().click();
      await expect(page.getByTestId('editor-shipping').locator('legend')).toHaveText(legend);
      await expect(page.getByTestId('editor-location')).toHaveValue('R1-S3');
      await page.getByTestId('editor-shipping').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/catalog-editor-shipping-${lang}.png` });
    }
    await page.getByTestId('tab-review').click();
    await page.locator('[data-testid=cart-row][data-buyer="Anna"]').click();
    await expect(page.getByTestId('shipping-shipped')).toContainText('620000111122223333');
    await page.getByTestId('shipping-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/cart-shipping-kk.png` });
    await page.getByTestId('ui-language').selectOption('pl');
    await page.screenshot({ path: `${ARTIFACTS}/cart-shipping-pl.png` });
    await page.getByTestId('ui-language').selectOption('en');
  });
  await context.close();
});
