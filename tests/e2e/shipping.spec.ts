import { expect, test } from '@playwright/test';
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cartId = cartOf('Anna');
  const reference = `C${String(cartId).padStart(6, '0')}`;

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
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/cart-shipping-en.png` });
    expect(onDisk<{ locker: string }>('SELECT locker_id AS locker FROM customers WHERE name = ?', 'Anna Kowalska')).toEqual([
      { locker: 'KRA010' },
    ]);
  });

  await test.step('scan to pack: the reference opens the slip; packing waits until every item is ticked', async () => {
    await page.getByTestId('tab-packing').click();
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

  await test.step('a scanned tracking number marks it shipped', async () => {
    await page.getByTestId('packing-tracking').fill('620000111122223333');
    await page.getByTestId('packing-tracking').press('Enter');
    await expect(page.getByTestId('packing-shipped')).toContainText('620000111122223333');
    expect(onDisk<{ t: string }>('SELECT tracking_number AS t FROM carts WHERE id = ?', cartId)).toEqual([{ t: '620000111122223333' }]);
    expect(onDisk<{ state: string }>('SELECT state FROM orders WHERE cart_id = ?', cartId).map((o) => o.state)).toEqual([
      'shipped',
      'shipped',
    ]);
    await page.getByTestId('packing-pick').click();
    await expect(page.getByTestId('pick-list')).toBeVisible();
    await page.getByTestId('packing-sheet').click();
    await expect(page.getByTestId('packing-sheet-result')).toBeVisible();
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
