import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio();
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('the host window loads, connects and shows the demo catalog', async ({ page }) => {
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('connection-banner')).toHaveCount(0);
  await expect(page.getByTestId('show-title')).toContainText('Friday Night Live Sale');
  const rows = page.getByTestId('product-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  await expect(page.locator('[data-testid=product-row][data-code=A12]')).toContainText('Linen Summer Dress');
  // Demo images are served by the core and actually decode.
  const decoded = await page
    .locator('[data-testid=product-row] img')
    .first()
    .evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
  expect(decoded).toBeGreaterThan(0);
  fs.mkdirSync('tests/artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/artifacts/host-window-demo-catalog.png' });
});

test('a feature click reaches the window, and a second window sees it too', async ({ page, browser }) => {
  await page.goto(studio.hostUrl);
  const other = await browser.newPage();
  await other.goto(studio.hostUrl);
  await expect(page.getByTestId('featured-empty').or(page.getByTestId('featured-card'))).toBeVisible();
  await page.locator('[data-testid=product-row][data-code=B7]').getByTestId('feature-button').click();
  await expect(page.getByTestId('featured-title')).toHaveText('Merino Wool Scarf');
  await expect(other.getByTestId('featured-title')).toHaveText('Merino Wool Scarf');
  // The core agrees: it is stored, not just shown.
  expect(studio.services.shows.featured()?.product?.code).toBe('B7');
  // One key moves along the lineup (B7 is 4th; → gives the 5th, F6).
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('featured-title')).toHaveText('Velvet Evening Dress');
  await page.screenshot({ path: 'tests/artifacts/host-window-featured.png' });
  await other.close();
});

test('a wrong token is refused and the window says so', async ({ page }) => {
  await page.goto(`${studio.baseUrl}/#token=not-a-real-token`);
  await expect(page.getByTestId('connection-banner')).toHaveAttribute('data-phase', 'refused');
  await expect(page.getByTestId('product-row')).toHaveCount(0);
});

test('the window speaks Polish and Kazakh', async ({ page }) => {
  await page.goto(studio.hostUrl);
  await page.getByTestId('ui-language').selectOption('pl');
  await expect(page.getByTestId('catalog')).toContainText('Katalog');
  await page.getByTestId('ui-language').selectOption('kk');
  await expect(page.getByTestId('catalog')).toContainText('Каталог');
  await page.screenshot({ path: 'tests/artifacts/host-window-kk.png' });
});

test('the host invites a co-moderator, whose link opens the console in another browser', async ({ page, browser }) => {
  await page.goto(studio.hostUrl);
  await page.getByTestId('open-access').click();
  await page.getByTestId('invite-name').fill('Ola');
  await page.getByTestId('invite-create').click();
  const url = await page.getByTestId('invite-url').inputValue();
  expect(url).toContain('/console/#token=');
  await expect(page.getByTestId('invite-result').locator('img')).toBeVisible();
  await page.screenshot({ path: 'tests/artifacts/host-window-invite.png' });
  const context = await browser.newContext();
  const console = await context.newPage();
  await console.goto(url);
  await expect(console.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  // The link says whether a phone can open it: this test studio listens on 127.0.0.1 only.
  await expect(page.getByTestId('invite-reach')).toHaveAttribute('data-reach', 'local');
  // The same moderator token opened at the host window's address gets the console's controls only.
  const asHost = await context.newPage();
  await asHost.goto(url.replace('/console/', '/'));
  await expect(asHost.getByTestId('console-tab-live')).toBeVisible();
  await expect(asHost.getByTestId('live-board')).toBeVisible();
  for (const hostOnly of ['open-access', 'open-obs', 'show-go-live', 'tab-catalog', 'tab-settings'])
    await expect(asHost.getByTestId(hostOnly)).toHaveCount(0);
  await asHost.close();
  // Revoking takes a second click; the console then says it was revoked and shows nothing of the show.
  const row = page.locator('[data-testid=token-row][data-actor=Ola]');
  await row.getByTestId('token-revoke').click();
  await expect(console.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  await row.getByTestId('token-revoke-confirm').click();
  await expect(console.getByTestId('connection-banner')).toHaveAttribute('data-phase', 'revoked');
  await expect(console.getByTestId('live-board')).toHaveCount(0);
  await expect(console.getByTestId('status-core')).toHaveCount(0);
  await expect(row).toContainText('Revoked');
  await console.screenshot({ path: 'tests/artifacts/console-revoked.png' });
  await context.close();
});

test('keyboard first: digits feature lineup items, never while typing; ? lists the keys; Escape closes', async ({ page }) => {
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  const lineup = studio.services.shows.current()!;
  const itemAt = (position: number) =>
    studio.db
      .prepare(
        'SELECT p.title FROM lineup_items li JOIN products p ON p.id = li.product_id WHERE li.show_id = ? ORDER BY li.position LIMIT 1 OFFSET ?',
      )
      .pluck()
      .get(lineup.id, position) as string;
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('2');
  await expect(page.getByTestId('featured-title')).toHaveText(itemAt(1));
  // Typing "size 38" in a field features nothing (not items 3 and 8).
  await page.getByTestId('manual-text').fill('');
  await page.getByTestId('manual-text').pressSequentially('size 38');
  await expect(page.getByTestId('manual-text')).toHaveValue('size 38');
  await expect(page.getByTestId('featured-title')).toHaveText(itemAt(1));
  expect(studio.services.shows.featured()?.product?.title).toBe(itemAt(1));
  // Send with no buyer name: it says what is missing rather than doing nothing.
  await page.getByTestId('manual-send').click();
  await expect(page.getByTestId('manual-entry').getByRole('alert')).toContainText("buyer's name");
  await page.getByTestId('manual-text').fill('');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('3');
  await expect(page.getByTestId('featured-title')).toHaveText(itemAt(2));
  await page.keyboard.press('?');
  await expect(page.getByTestId('key-sheet')).toBeVisible();
  await expect(page.getByTestId('key-binding')).toHaveCount(10);
  // While the sheet is open, digits do not reach the stream.
  await page.keyboard.press('1');
  await expect(page.getByTestId('featured-title')).toHaveText(itemAt(2));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('key-sheet')).toHaveCount(0);
  await page.getByTestId('open-obs').click();
  await expect(page.getByTestId('obs-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('obs-panel')).toHaveCount(0);
});

test('the host takes the show live and ends it, with a second click to confirm', async ({ page }) => {
  await page.goto(studio.hostUrl);
  await page.getByTestId('show-go-live').click();
  await expect(page.locator('.badge-live')).toBeVisible();
  await page.screenshot({ path: 'tests/artifacts/host-window-live.png' });
  await page.getByTestId('show-end').click();
  await page.getByTestId('show-end-confirm').click();
  await expect(page.getByTestId('show-go-live')).toHaveCount(0);
  expect(studio.services.shows.list()[0]?.state).toBe('ended');
  await page.getByTestId('show-new').click();
  await page.getByTestId('new-show-name').fill('Sobotni live');
  await page.getByTestId('new-show-create').click();
  await expect(page.getByTestId('show-title')).toContainText('Sobotni live');
  await expect(page.getByTestId('show-go-live')).toBeVisible();
});

test('a replay that reached its end reads as ended in the status bar, grey, not as a fault', async ({ page }) => {
  const file = path.join(os.tmpdir(), `lss-replay-end-${process.pid}.jsonl`);
  const message = {
    platform: 'twitch',
    platformMessageId: 'replay-end-1',
    channel: 'demoshop',
    author: { platformUserId: 'u1', name: 'Viewer1', badges: [] },
    text: 'hello from the recording',
    isAction: false,
    paid: null,
    sentAt: Date.now(),
    receivedAt: Date.now(),
  };
  fs.writeFileSync(file, `${JSON.stringify(message)}\n`);
  const replay = studio.services.chat.connect('replay', { file, speed: 'max' });
  try {
    await replay.done;
    await page.goto(studio.hostUrl);
    const pill = page.getByTestId('status-chat');
    await expect(pill).toHaveAttribute('data-state', 'ended');
    await expect(pill).toContainText('ended');
    // The dot keeps the muted colour of a source that is off: red is for what the seller must fix.
    const [dot, muted] = await pill
      .locator('.dot')
      .evaluate((el) => [
        getComputedStyle(el).backgroundColor,
        getComputedStyle(document.documentElement).getPropertyValue('--muted').trim(),
      ]);
    const probe = await page.evaluate((colour) => {
      const el = document.createElement('span');
      el.style.color = colour;
      document.body.append(el);
      const rgb = getComputedStyle(el).color;
      el.remove();
      return rgb;
    }, muted!);
    expect(dot).toBe(probe);
  } finally {
    await studio.services.chat.remove(replay.id);
    fs.rmSync(file, { force: true });
  }
});
