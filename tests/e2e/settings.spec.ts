/**
 * The host window's Settings tab in real Chromium: commerce toggles and the
 * overlay's look are stored and an open overlay page follows them live; a
 * Twitch channel added from the screen (against a loopback IRC server)
 * connects, its token is never shown back; a duplicate is refused; Remove stops it.
 */
import { expect, test } from '@playwright/test';
import { readSettings } from '../../electron/core/store/settings';
import { startIrcLoopbackServer, type IrcLoopbackServer } from '../support/irc-loopback-server';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let irc: IrcLoopbackServer;

const TOKEN_BODY = 'e2e-s3cr3t-token-77c1';

test.beforeAll(async () => {
  irc = await startIrcLoopbackServer();
  studio = await startTestStudio();
});

test.afterAll(async () => {
  await studio?.dispose();
  await irc?.close();
});

test('settings: auto-replies and the overlay look are stored and live; a Twitch channel connects from the screen', async ({
  page,
  context,
}) => {
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  await page.getByTestId('tab-settings').click();
  const screen = page.getByTestId('settings-screen');
  const autoReplies = screen.getByTestId('settings-auto-replies');
  const row = screen.locator('[data-testid=chat-source][data-id="twitch:demoshop"]');

  await test.step('auto-replies switched on are stored; thank-yous stay as they were', async () => {
    await expect(autoReplies).not.toBeChecked();
    await autoReplies.check();
    await expect.poll(() => readSettings(studio.db).commerce.autoReplies).toBe(true);
    expect(readSettings(studio.db).commerce.thankYous).toBe(true);
    await expect(screen.getByTestId('settings-thank-yous')).toBeChecked();
    await expect(autoReplies).toBeChecked();
  });

  await test.step('an open overlay page (as OBS has it) follows the look while the host picks it', async () => {
    const overlay = await context.newPage();
    await overlay.goto(studio.overlayUrl);
    await expect(overlay.locator('html')).toHaveAttribute('data-theme', 'midnight');
    await screen.getByTestId('settings-theme').selectOption('daylight');
    await expect(overlay.locator('html')).toHaveAttribute('data-theme', 'daylight');
    await screen.getByTestId('settings-position').selectOption('side-card');
    await expect(overlay.locator('html')).toHaveAttribute('data-position', 'side-card');
    await screen.getByTestId('settings-brand-color').fill('#2563eb');
    await expect.poll(() => readSettings(studio.db).overlay.brandColor).toBe('#2563eb');
    expect(readSettings(studio.db).overlay).toMatchObject({ theme: 'daylight', position: 'side-card' });
    await expect(screen.getByTestId('settings-theme')).toHaveValue('daylight');
    await expect(autoReplies).toBeChecked();
    await overlay.close();
  });

  await test.step('LAN access is stored, with the note that it applies at the next start', async () => {
    await screen.getByTestId('settings-lan-access').check();
    await expect.poll(() => readSettings(studio.db).network.lanAccess).toBe(true);
    await expect(screen.getByTestId('settings-network')).toContainText('next start');
  });

  await test.step('a Twitch channel with a posting account connects to the loopback IRC server; its token is never shown back', async () => {
    await expect(screen.getByTestId('settings-sources')).toContainText('No chat source yet');
    await screen.getByTestId('source-platform-twitch').check();
    await screen.getByTestId('source-channel').fill('DemoShop');
    await screen.getByTestId('source-username').fill('shopbot');
    await screen.getByTestId('source-token').fill(`oauth:${TOKEN_BODY}`);
    await screen.getByTestId('source-server').fill(`${irc.host}:${irc.port}`);
    await screen.getByTestId('source-add').click();
    await expect(row).toHaveAttribute('data-state', 'connected');
    await expect(row.getByTestId('chat-source-state')).toContainText('connected');
    await expect(row).toContainText('token stored');
    await expect(page.getByTestId('status-chat')).toHaveAttribute('data-state', 'connected');
    expect(irc.joins).toBe(1);
    expect(irc.received).toContain(`PASS oauth:${TOKEN_BODY}`);
    // Write-only: the field is empty again and the token is nowhere on the page.
    await expect(screen.getByTestId('source-token')).toHaveValue('');
    expect(await page.content()).not.toContain(TOKEN_BODY);
    expect(readSettings(studio.db).chat.sources).toEqual([
      { platform: 'twitch', id: 'twitch:demoshop', channel: 'demoshop', username: 'shopbot', server: `${irc.host}:${irc.port}` },
    ]);
  });

  await test.step('the screen still shows what is stored', async () => {
    await expect(autoReplies).toBeChecked();
    await expect(screen.getByTestId('settings-theme')).toHaveValue('daylight');
    await expect(screen.getByTestId('settings-brand-color')).toHaveValue('#2563eb');
    await page.screenshot({ path: 'tests/artifacts/settings.png' });
  });

  await test.step('the same channel again is refused, and the screen says why', async () => {
    await screen.getByTestId('source-channel').fill('demoshop');
    await screen.getByTestId('source-add').click();
    await expect(screen.getByTestId('settings-sources-error')).toContainText('already a chat source');
    await expect(screen.getByTestId('chat-source')).toHaveCount(1);
  });

  await test.step('Remove drops the row and the studio stops reading the channel', async () => {
    await row.getByTestId('chat-source-remove').click();
    await expect(screen.getByTestId('chat-source')).toHaveCount(0);
    await expect.poll(() => studio.services.chat.statuses().some((s) => s.id === 'twitch:demoshop')).toBe(false);
    expect(readSettings(studio.db).chat.sources).toEqual([]);
  });

  await test.step('in Kazakh the tab and its sections are translated and still fit', async () => {
    await page.getByTestId('ui-language').selectOption('kk');
    await expect(page.getByTestId('tab-settings')).toHaveText('Баптаулар');
    await expect(screen.getByTestId('settings-sources')).toContainText('Чат көздері');
    await page.screenshot({ path: 'tests/artifacts/settings-kk.png' });
  });
});
