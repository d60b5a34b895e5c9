/**
 * OBS wired into the running studio, against a real OBS (Debian's, under Xvfb):
 * a contract client (socket.io, the host token) drives the studio, and a second
 * obs-websocket connection checks what OBS really did.
 */
import type OBSWebSocket from 'obs-websocket-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeInputName, OVERLAY_NAME } from '../../../electron/core/obs';
import { OBS_PASSWORD_SECRET } from '../../../electron/core/obs/obs-service';
import { MemorySecretStore } from '../../../electron/core/secrets/secret-store';
import type { CommandInput, CommandName, CommandOutput, CommandReply } from '../../../shared/contract';
import { connectClient, type TestClient } from '../../support/client';
import { startObs, type RunningObs } from '../../support/obs-harness';
import { startTestStudio } from '../../support/studio';
import { connectObserver, waitUntil } from './helpers';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;

let obs: RunningObs;
let observer: OBSWebSocket;
let studio: TestStudio;
let client: TestClient;
const secrets = new MemorySecretStore();
/** Every reply and event the client saw, to prove the password never left the core. */
const wire: string[] = [];

async function call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandReply<unknown>> {
  const reply = await client.call(name, input);
  wire.push(JSON.stringify(reply));
  return reply;
}

async function ok<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
  const reply = await call(name, input);
  if (!reply.ok) throw new Error(`${name} failed: ${JSON.stringify(reply.error)}`);
  return reply.result as CommandOutput<K>;
}

const textOf = async (part: 'title' | 'price' | 'stock' | 'claimHint') =>
  (await observer.call('GetInputSettings', { inputName: nativeInputName(part) })).inputSettings.text as string;
const programScene = async () => (await observer.call('GetCurrentProgramScene')).currentProgramSceneName;

beforeAll(async () => {
  obs = await startObs();
  observer = await connectObserver(obs);
  studio = await startTestStudio({ secrets, obs: { url: obs.url, password: obs.password, statsIntervalMs: 500 } });
  const hostToken = new URL(studio.hostUrl).hash.replace('#token=', '');
  client = await connectClient(studio.baseUrl, hostToken);
  client.socket.onAny((name: string, payload: unknown) => wire.push(`${name} ${JSON.stringify(payload)}`));
});

afterAll(async () => {
  client?.close();
  await studio?.dispose();
  await observer?.disconnect();
  await obs?.stop();
});

describe('OBS in the running studio', () => {
  it('connects at startup and status.get says so; obs.state events reach a client', async () => {
    await waitUntil(async () => (await ok('status.get', {})).obs.state === 'connected', 'status.get to show OBS connected');
    const status = await ok('status.get', {});
    expect(status.obs).toMatchObject({ state: 'connected', detail: null, programScene: 'Intro' });

    const next = client.next('obs.state', (s) => s.programScene === 'Talking head');
    await observer.call('SetCurrentProgramScene', { sceneName: 'Talking head' });
    expect(await next).toMatchObject({ state: 'connected', programScene: 'Talking head', url: obs.url });

    const scenes = await ok('obs.scenes', {});
    expect(scenes.scenes).toEqual([...obs.scenes]);
    const { status: obsStatus } = await ok('obs.status', {});
    expect(obsStatus.programScene).toBe('Talking head');
  });

  it('stream-health samples reach a client', async () => {
    // OBS reports 0 fps for a moment after it starts rendering.
    const stats = await client.next('obs.stats', (s) => s.activeFps > 0);
    expect(stats.activeFps).toBeLessThanOrEqual(11);
    expect((await ok('obs.status', {})).stats).not.toBeNull();
  });

  it('obs.switchScene switches OBS and stores obs.scene_switched in the show timeline', async () => {
    const result = await ok('obs.switchScene', { sceneName: 'Product close-up' });
    expect(result).toEqual({ scene: 'Product close-up', route: 'program' });
    await waitUntil(async () => (await programScene()) === 'Product close-up', 'OBS program scene to switch');

    const showId = studio.services.shows.current()!.id;
    const stored = await waitUntil(
      () =>
        studio.db
          .prepare("SELECT type, actor, data FROM show_events WHERE show_id = ? AND type = 'obs.scene_switched' ORDER BY seq")
          .all(showId)
          .map((row) => ({ ...(row as { type: string; actor: string }), data: JSON.parse((row as { data: string }).data) }))
          .find((row) => row.data.scene === 'Product close-up'),
      'the switch in show_events',
    );
    expect(stored).toMatchObject({ actor: 'obs', data: { scene: 'Product close-up', previous: 'Talking head', by: 'studio' } });
  });

  it('"Add overlay to OBS" installs native sources, and show.feature rewrites their text in OBS', async () => {
    const installed = await ok('obs.installOverlay', { scenes: ['Intro', 'Product close-up'] });
    expect(installed).toMatchObject({
      mode: 'native',
      scenes: ['Intro', 'Product close-up'],
      canvas: { width: obs.width, height: obs.height },
    });
    expect((await ok('obs.status', {})).status.overlayMode).toBe('native');
    const { sceneItems } = await observer.call('GetSceneItemList', { sceneName: 'Intro' });
    expect(sceneItems.at(-1)?.sourceName).toBe(OVERLAY_NAME);

    // The demo show is in Polish, and A12 has a deal price of 99 zł in the lineup: planned, not the price until started.
    const featured = await ok('show.feature', { code: 'A12' });
    await waitUntil(async () => (await textOf('title')) === 'Linen Summer Dress', 'the title source to show A12');
    expect(await textOf('price')).toMatch(/^149,00\s?zł$/);
    await ok('deal.start', { itemId: featured.lineupItem!.id });
    await waitUntil(async () => /^99,00\s?zł$/.test(await textOf('price')), 'the price source to follow the started deal');
    expect(await textOf('stock')).toBe('24 szt.');
    expect(await textOf('claimHint')).toBe('Napisz BIORĘ A12 S Red');
    const photo = (await observer.call('GetInputSettings', { inputName: nativeInputName('photo') })).inputSettings.file as string;
    expect(photo).toBe(`${studio.dataDir}/images/demo-A12.png`);

    await ok('show.feature', { code: 'B7' });
    await waitUntil(async () => (await textOf('title')) === 'Merino Wool Scarf', 'the title source to follow B7');

    const timeline = await ok('show.timeline', { afterSeq: 0, limit: 1000 });
    expect(timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['obs.overlay_installed', 'obs.overlay_changed']));
  });

  it('with followLineupScenes on, featuring a lineup item with a scene switches OBS to it', async () => {
    const show = studio.services.shows.current()!;
    const item = show.lineup.find((i) => i.productId !== show.featuredProductId)!;
    await ok('lineup.update', { itemId: item.id, sceneName: 'Outro' });
    const settings = await ok('settings.get', {});
    await ok('settings.update', { obs: { ...settings.obs, followLineupScenes: true } });

    await ok('show.feature', { productId: item.productId });
    await waitUntil(async () => (await programScene()) === 'Outro', 'OBS to follow the lineup scene');
  });

  it('obs.connect keeps the password in the secret store: a wrong one says auth failed, the right one connects', async () => {
    const failed = client.next('obs.state', (s) => s.state === 'failed');
    const reply = await ok('obs.connect', { host: '127.0.0.1', port: obs.port, password: 'not-the-password' });
    expect(reply.url).toBe(obs.url);
    expect((await failed).detail).toMatch(/auth failed/);
    expect((await ok('status.get', {})).obs.state).toBe('failed');

    const connected = client.next('obs.state', (s) => s.state === 'connected');
    await ok('obs.connect', { host: '127.0.0.1', port: obs.port, password: obs.password });
    await connected;
    expect(secrets.get(OBS_PASSWORD_SECRET)).toBe(obs.password);
    const settings = await ok('settings.get', {});
    expect(settings.obs).toMatchObject({ url: obs.url, enabled: true });

    // Leaving the password out keeps the stored one.
    const again = client.next('obs.state', (s) => s.state === 'connected');
    await ok('obs.connect', { host: '127.0.0.1', port: obs.port });
    await again;
  });

  it('the password never appeared in any reply or event, nor in settings.get', async () => {
    await ok('settings.get', {});
    expect(wire.length).toBeGreaterThan(10);
    for (const line of wire) {
      expect(line).not.toContain(obs.password);
      expect(line).not.toContain('not-the-password');
    }
  });
});
