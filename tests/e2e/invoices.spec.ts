import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { showBuilder, type ShowBuilder } from '../support/show-builder';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let shows: ShowBuilder;
const ARTIFACTS = 'tests/artifacts/invoices';

const onDisk = <T>(sql: string, ...params: unknown[]) => shows.onDisk<T>(sql, ...params);

test.beforeAll(async () => {
  studio = await startTestStudio();
  shows = showBuilder(studio, 'invoices');
  await shows.show({
    lines: [
      { name: 'Żaneta Wójcik', userId: 'u1', text: 'SOLD A12 M red' },
      { name: 'Әсем Қуанышқызы', userId: 'u2', text: 'SOLD B7 grey' },
    ],
    orders: 2,
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
test.afterAll(async () => {
  await studio?.dispose();
});

const row = (page: Page, buyer: string) => page.locator(`[data-testid=cart-row][data-buyer="${buyer}"]`);

test('payment request → marked sent → paid in two parts → invoice, with the invoice settings, in English, Polish and Kazakh', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');

  await test.step('Settings: the seller, numbering and how buyers pay; a pattern that would repeat numbers is refused with the reason', async () => {
    await page.getByTestId('tab-settings').click();
    const section = page.getByTestId('settings-invoices');
    await section.getByTestId('invoice-seller-name').fill('Butik Zofia Łódź');
    await section.getByTestId('invoice-seller-tax-id').fill('725-000-00-00');
    await section.getByTestId('invoice-seller-address').fill('ul. Piotrkowska 1\n90-001 Łódź');
    await section.getByTestId('invoice-pattern').fill('FV/{YYYY}/{N}');
    await section.getByTestId('invoice-settings-save').click();
    await expect(section.getByTestId('invoice-settings-error')).toContainText('a monthly series needs the month ({MM})');
    await section.getByTestId('invoice-pattern').fill('FV/{YYYY}/{MM}/{N}');
    await section.getByTestId('invoice-bank-account').fill('PL61 1090 1014 0000 0712 1981 2874');
    await section.getByTestId('invoice-transfer-title').fill('Zamówienie {ref}');
    await section.getByTestId('invoice-blik').fill('+48 600 100 200');
    await section.getByTestId('invoice-kaspi').fill('+7 701 000 00 00');
    await section.getByTestId('invoice-link').fill('https://paypal.me/butikzofia/{amount}');
    await section.getByTestId('invoice-settings-save').click();
    await expect(section.getByTestId('invoice-settings-saved')).toBeVisible();
    await expect(section.getByTestId('invoice-pattern-example')).toHaveText(/^FV\/\d{4}\/\d\d\/1$/);
    expect(studio.services.settings.get().invoices.payment.blikPhone).toBe('+48 600 100 200');
    for (const [lang, title] of [
      ['en', 'Invoices and payments'],
      ['pl', 'Faktury i płatności'],
      ['kk', 'Шот-фактуралар және төлемдер'],
    ] as const) {
      await page.getByTestId('ui-language').selectOption(lang);
      await expect(section.locator('h2')).toHaveText(title);
      await section.locator('h2').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/settings-${lang}-top.png` });
      await section.getByTestId('invoice-settings-save').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/settings-${lang}-bottom.png` });
    }
    await page.getByTestId('ui-language').selectOption('en');
  });

  const cart = page.getByTestId('cart-page');
  const payment = cart.getByTestId('payment-panel');
  await test.step('the payment request in the buyer’s language, copied with one click, never sent to chat', async () => {
    await page.getByTestId('tab-review').click();
    await row(page, 'Żaneta Wójcik').click();
    await expect(cart.getByTestId('cart-page-buyer')).toHaveText('Żaneta Wójcik');
    await payment.getByTestId('payment-request-language').selectOption('pl');
    const text = payment.getByTestId('payment-request-text');
    await expect(text).toHaveValue(/Cześć Żaneta Wójcik!/);
    await expect(text).toHaveValue(/Zamówienie LS-\d+/);
    await expect(text).toHaveValue(/BLIK na numer telefonu \+48 600 100 200/);
    await payment.getByTestId('payment-request-copy').click();
    await expect(payment.getByTestId('payment-request-copy')).toHaveText('Copied ✓');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Cześć Żaneta Wójcik!/);
    await page.screenshot({ path: `${ARTIFACTS}/request-pl.png` });
  });

  await test.step('marking it sent starts the deadline', async () => {
    await payment.getByTestId('payment-request-sent').click();
    await expect(cart.getByTestId('cart-page-state')).toHaveText('Awaiting payment');
    await expect(cart.getByTestId('cart-deadline')).toContainText('deadline');
  });

  await test.step('a partial payment leaves the rest due; the rest marks the cart paid', async () => {
    const due = await payment.getByTestId('payment-due').textContent();
    await payment.getByTestId('payment-method').selectOption('blik');
    await payment.getByTestId('payment-amount').fill('50');
    await payment.getByTestId('payment-ref').fill('BLIK 4711');
    await payment.getByTestId('payment-record').click();
    await expect(payment.getByTestId('payment-row')).toHaveCount(1);
    await expect(payment.getByTestId('payment-due')).not.toHaveText(due!);
    await expect(cart.getByTestId('cart-page-state')).toHaveText('Awaiting payment');
    await payment.getByTestId('payment-method').selectOption('bank_transfer');
    await payment.getByTestId('payment-record').click();
    await expect(payment.getByTestId('payment-row')).toHaveCount(2);
    await expect(cart.getByTestId('cart-page-state')).toHaveText('Paid');
    await expect(payment.getByTestId('payment-due')).toHaveText(/0[.,]00/);
  });

  await test.step('the invoice: the next number of the series, as a PDF that reads back', async () => {
    const invoices = cart.getByTestId('invoice-panel');
    await invoices.getByTestId('invoice-issue').click();
    await expect(invoices.getByTestId('invoice-number')).toHaveText(/^FV\/\d{4}\/\d\d\/1$/);
    const number = (await invoices.getByTestId('invoice-number').textContent())!;
    await expect(invoices.getByTestId('invoice-issue')).toHaveCount(0);
    const [download] = await Promise.all([page.waitForEvent('download'), invoices.getByTestId('invoice-pdf').click()]);
    const file = `${ARTIFACTS}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(number);
    expect(text).toContain('Butik Zofia Łódź');
    expect(text).toContain('Żaneta Wójcik');
  });

  await test.step('the cart’s page in English, Polish and Kazakh (kept in tests/artifacts/invoices/)', async () => {
    for (const [lang, title, paid, host] of [
      ['en', 'Invoices', 'payment received', 'host'],
      ['pl', 'Faktury', 'płatność otrzymana', 'prowadzący'],
      ['kk', 'Шот-фактуралар', 'төлем алынды', 'жүргізуші'],
    ] as const) {
      await page.getByTestId('ui-language').selectOption(lang);
      await expect(cart.getByTestId('invoice-panel').locator('h3')).toHaveText(title);
      // The history's notes, written by the core in English, read in the window's language.
      await expect(cart.getByTestId('cart-history')).toContainText(paid);
      // Who did it, in the window's language too (the host's own token acts as "host").
      await expect(cart.getByTestId('cart-event-actor').filter({ hasText: host }).first()).toBeVisible();
      await cart.getByTestId('payment-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/cart-${lang}.png` });
    }
    await page.getByTestId('ui-language').selectOption('en');
  });

  await test.step('a Kazakh buyer’s request in Kazakh, and its pro-forma PDF', async () => {
    await page.keyboard.press('Escape');
    await row(page, 'Әсем Қуанышқызы').click();
    await expect(cart.getByTestId('cart-page-buyer')).toHaveText('Әсем Қуанышқызы');
    await payment.getByTestId('payment-request-language').selectOption('kk');
    await expect(payment.getByTestId('payment-request-text')).toHaveValue(/Сәлем, Әсем Қуанышқызы!/);
    await expect(payment.getByTestId('payment-request-text')).toHaveValue(/Kaspi: \+7 701 000 00 00 нөміріне/);
    const [download] = await Promise.all([page.waitForEvent('download'), payment.getByTestId('payment-proforma').click()]);
    const file = `${ARTIFACTS}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    const proforma = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(proforma).toContain('Әсем Қуанышқызы');
    // In the language the request was shown in.
    expect(proforma).toContain('Проформа шот');
    expect(proforma).toContain('Қалай төлеуге болады');
    await page.getByTestId('ui-language').selectOption('kk');
    await page.screenshot({ path: `${ARTIFACTS}/request-kk.png` });
    await page.getByTestId('ui-language').selectOption('en');
  });

  await test.step('a bank statement: the preview says what matches and what does not', async () => {
    await page.keyboard.press('Escape');
    const cartId = onDisk<{ id: number }>(
      "SELECT c.id FROM carts c JOIN buyers b ON b.id = c.buyer_id WHERE b.display_name = 'Әсем Қуанышқызы'",
    )[0]!.id;
    await page.getByTestId('bank-import-open').click();
    const dialog = page.getByTestId('bank-import');
    await dialog.getByTestId('bank-import-file').setInputFiles({
      name: 'wyciag.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Data;Kwota;Tytuł\n2026-11-27;10,00;LS-${cartId} zaliczka\n2026-11-27;99,00;przelew bez numeru\n`),
    });
    await expect(dialog.getByTestId('bank-row')).toHaveCount(2);
    await expect(dialog.getByTestId('bank-row').first()).toHaveAttribute('data-status', 'partial');
    await expect(dialog.getByTestId('bank-row').nth(1)).toHaveAttribute('data-status', 'no_reference');
    await page.screenshot({ path: `${ARTIFACTS}/bank-en.png` });
    await dialog.getByTestId('bank-import-apply').click();
    await expect(dialog.getByTestId('bank-import-done')).toContainText('1');
    expect(onDisk<{ n: number }>("SELECT count(*) AS n FROM payments WHERE source = 'bank_statement'")[0]!.n).toBe(1);
  });

  await context.close();
});
