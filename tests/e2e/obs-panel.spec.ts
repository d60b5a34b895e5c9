/**
 * The host window's OBS panel in real Chromium against a real OBS (Debian's,
 * under Xvfb): connect from the form (a wrong password first), the scene list
 * in OBS's order with thumbnails, a click that switches OBS's program scene,
 * "Add overlay to OBS" in native mode, and live health.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import type OBSWebSocket from 'obs-websocket-js';
import { nativeInputName, OVERLAY_NAME } from '../../electron/core/obs';
import { connectObserver } from '../integration/obs/helpers';
import { startObs, type RunningObs } from '../support/obs-harness';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let obs: RunningObs;
let observer: OBSWebSocket;
let studio: TestStudio;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  obs = await startObs();
  observer = await connectObserver(obs);
  // OBS is off in the settings: the host connects it from the panel.
  studio = await startTestStudio();
});

test.afterAll(async () => {
  await studio?.dispose();
  await observer?.disconnect();
  await obs?.stop();
});

test('the OBS panel connects, lists and switches scenes, installs the overlay and shows health', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(studio.hostUrl);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');
  await page.getByTestId('open-obs').click();
  const panel = page.getByTestId('obs-panel');
  await expect(panel.getByTestId('obs-state')).toHaveAttribute('data-state', 'disabled');

  // A wrong password: the panel says why, and the studio stops retrying.
  await panel.getByTestId('obs-host').fill('127.0.0.1');
  await panel.getByTestId('obs-port').fill(String(obs.port));
  await panel.getByTestId('obs-password').fill('not-the-password');
  await panel.getByTestId('obs-connect').click();
  await expect(panel.getByTestId('obs-state')).toHaveAttribute('data-state', 'failed');
  await expect(panel.getByTestId('obs-detail')).toContainText('auth failed');
  await expect(page.getByTestId('status-obs')).toHaveAttribute('data-state', 'failed');

  await panel.getByTestId('obs-password').fill(obs.password);
  await panel.getByTestId('obs-connect').click();
  await expect(panel.getByTestId('obs-state')).toHaveAttribute('data-state', 'connected');
  await expect(page.getByTestId('status-obs')).toHaveAttribute('data-state', 'connected');
  // The password is never shown back: the form reopens with the address and an empty password field.
  await expect(panel.getByTestId('obs-connection')).toContainText(obs.url);
  await panel.getByTestId('obs-change-connection').click();
  await expect(panel.getByTestId('obs-port')).toHaveValue(String(obs.port));
  await expect(panel.getByTestId('obs-password')).toHaveValue('');
  // Connecting again with the field left empty keeps the saved password.
  await panel.getByTestId('obs-connect').click();
  await expect(panel.getByTestId('obs-connection')).toBeVisible();
  await expect(panel.getByTestId('obs-state')).toHaveAttribute('data-state', 'connected');
  expect(await page.content()).not.toContain(obs.password);

  // Scenes in OBS's own order, the program scene marked, thumbnails rendered by OBS.
  const scenes = panel.getByTestId('obs-scene');
  await expect(scenes).toHaveCount(obs.scenes.length);
  expect(await scenes.evaluateAll((els) => els.map((el) => el.getAttribute('data-scene')))).toEqual([...obs.scenes]);
  await expect(panel.locator('[data-testid=obs-scene][data-program=true]')).toHaveAttribute('data-scene', 'Intro');
  await expect(panel.locator('[data-testid=obs-scene] img')).toHaveCount(obs.scenes.length, { timeout: 30_000 });

  // A click switches OBS itself.
  await panel.locator('[data-testid=obs-scene][data-scene="Product close-up"]').click();
  await expect.poll(async () => (await observer.call('GetCurrentProgramScene')).currentProgramSceneName).toBe('Product close-up');
  await expect(panel.locator('[data-testid=obs-scene][data-program=true]')).toHaveAttribute('data-scene', 'Product close-up');

  // "Add overlay to OBS" into two scenes: this OBS has no browser source, so native mode, and the panel says so.
  await expect(panel.getByTestId('obs-overlay-mode')).toHaveAttribute('data-mode', 'none');
  await panel.locator('[data-testid=obs-overlay-scene][data-scene="Talking head"]').uncheck();
  await panel.locator('[data-testid=obs-overlay-scene][data-scene="Outro"]').uncheck();
  await panel.getByTestId('obs-install-overlay').click();
  await expect(panel.getByTestId('obs-overlay-mode')).toHaveAttribute('data-mode', 'native');
  await expect(panel.getByTestId('obs-overlay-mode')).toContainText('native');
  const intro = await observer.call('GetSceneItemList', { sceneName: 'Intro' });
  expect(intro.sceneItems.at(-1)?.sourceName).toBe(OVERLAY_NAME);
  const outro = await observer.call('GetSceneItemList', { sceneName: 'Outro' });
  expect(outro.sceneItems.map((i) => i.sourceName)).not.toContain(OVERLAY_NAME);

  // Feature a product so the overlay in OBS (and its thumbnail) carries the card.
  studio.services.shows.feature({ code: 'A12' }, 'host');
  await expect
    .poll(async () => (await observer.call('GetInputSettings', { inputName: nativeInputName('title') })).inputSettings.text)
    .toBe('Linen Summer Dress');
  await panel.getByTestId('obs-refresh-scenes').click();

  // Live health from OBS's own counters.
  await expect(panel.getByTestId('obs-fps')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('obs-stream')).toHaveAttribute('data-active', 'false');
  await expect(panel.getByTestId('obs-record')).toHaveAttribute('data-active', 'false');

  // Record from the panel: OBS really records, and the panel shows it.
  await panel.getByTestId('obs-record-toggle').click();
  await expect(panel.getByTestId('obs-record')).toHaveAttribute('data-active', 'true');
  await expect.poll(async () => (await observer.call('GetRecordStatus')).outputActive).toBe(true);
  await page.waitForTimeout(2_500); // a health sample with the recording running, and the refreshed thumbnails

  fs.mkdirSync('tests/artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/artifacts/obs-panel.png' });

  await panel.getByTestId('obs-record-toggle').click();
  await expect(panel.getByTestId('obs-record')).toHaveAttribute('data-active', 'false');
  await expect(panel.getByTestId('obs-last-recording')).toContainText(obs.recordDir);
});
