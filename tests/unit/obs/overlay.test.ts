/**
 * The overlay requests against the fake OBS. The browser-source path cannot run
 * against Debian's OBS, so this is where its request shapes are checked: the
 * fake refuses fields and values obs-websocket 5 does not document.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nativeInputName, OVERLAY_NAME } from '../../../electron/core/obs';
import { featuredBatch, NATIVE_PARTS, nativeLayout } from '../../../electron/core/obs/overlay';
import { connected, stopControllers } from './connected-controller';
import { FakeObsServer } from './fake-obs';

const overlayUrl = 'http://192.168.1.20:4800/overlay?token=ovl_abc';
afterEach(stopControllers);

const featured = {
  title: 'Silk scarf',
  priceText: '€ 39.00',
  stockText: '7 left',
  claimHint: 'Type CLAIM S7',
  imageFile: '/data/media/images/p7.jpg',
};

describe('browser mode (OBS with obs-browser)', () => {
  it('creates one browser source at the overlay URL, canvas-sized, on top of every chosen scene', async () => {
    const server = new FakeObsServer({ scenes: ['Intro', 'Product', 'Outro'], canvas: { width: 1920, height: 1080 } });
    server.items.get('Product')!.push({ sceneItemId: 900, sourceName: 'Camera', sceneItemEnabled: true, transform: {} });
    const { obs, timeline } = await connected(server);
    server.inputs.set('Camera', { kind: 'v4l2_input', settings: {} });

    const result = await obs.installOverlay({ scenes: ['Intro', 'Product'], overlayUrl });
    expect(result).toEqual({
      mode: 'browser',
      scenes: ['Intro', 'Product'],
      canvas: { width: 1920, height: 1080 },
      created: [OVERLAY_NAME, `Product > ${OVERLAY_NAME}`],
    });
    expect(obs.status().overlayMode).toBe('browser');

    expect(server.callsOf('GetInputKindList')).toEqual([{ unversioned: true }]);
    expect(server.callsOf('CreateInput')).toEqual([
      {
        sceneName: 'Intro',
        inputName: OVERLAY_NAME,
        inputKind: 'browser_source',
        inputSettings: { url: overlayUrl, width: 1920, height: 1080, shutdown: false, restart_when_active: false },
        sceneItemEnabled: true,
      },
    ]);
    expect(server.callsOf('CreateSceneItem')).toEqual([{ sceneName: 'Product', sourceName: OVERLAY_NAME, sceneItemEnabled: true }]);
    for (const scene of ['Intro', 'Product']) {
      const items = server.items.get(scene)!;
      expect(items.at(-1)).toMatchObject({
        sourceName: OVERLAY_NAME,
        sceneItemEnabled: true,
        transform: { positionX: 0, positionY: 0, scaleX: 1, scaleY: 1, boundsType: 'OBS_BOUNDS_NONE' },
      });
    }
    expect(server.items.get('Outro')).toEqual([]);
    expect(timeline).toEqual([
      { type: 'obs.overlay_installed', data: { mode: 'browser', scenes: ['Intro', 'Product'], created: result.created } },
    ]);
  });

  it('repairs in place: new URL and canvas size, a re-added scene item, moved back on top, nothing duplicated', async () => {
    const server = new FakeObsServer();
    const { obs } = await connected(server);
    await obs.installOverlay({ scenes: ['Intro', 'Product'], overlayUrl });
    // Someone removed it from Product, put a source above it in Intro and resized the canvas.
    server.items.set('Product', []);
    server.inputs.set('Logo', { kind: 'image_source', settings: {} });
    server.items.get('Intro')!.push({ sceneItemId: 77, sourceName: 'Logo', sceneItemEnabled: true, transform: {} });
    server.canvas = { width: 1280, height: 720 };
    server.calls = [];

    const result = await obs.installOverlay({ scenes: ['Intro', 'Product'], overlayUrl: `${overlayUrl}2` });
    expect(result.created).toEqual([`Product > ${OVERLAY_NAME}`]);
    expect(server.callsOf('CreateInput')).toEqual([]);
    expect(server.callsOf('SetInputSettings')).toEqual([
      {
        inputName: OVERLAY_NAME,
        inputSettings: { url: `${overlayUrl}2`, width: 1280, height: 720, shutdown: false, restart_when_active: false },
        overlay: true,
      },
    ]);
    expect(server.items.get('Intro')!.map((i) => i.sourceName)).toEqual(['Logo', OVERLAY_NAME]);
    expect([...server.inputs.keys()].filter((n) => n === OVERLAY_NAME)).toHaveLength(1);
  });

  it('replaces a native-mode overlay left from an OBS build without browser source', async () => {
    const server = new FakeObsServer({ inputKinds: ['image_source', 'color_source_v3', 'text_ft2_source_v2'] });
    const { obs } = await connected(server);
    await obs.installOverlay({ scenes: ['Intro'], overlayUrl });
    expect(server.scenes).toContain(OVERLAY_NAME);
    server.inputKinds.push('browser_source');
    const result = await obs.installOverlay({ scenes: ['Intro'], overlayUrl });
    expect(result.mode).toBe('browser');
    expect(server.scenes).not.toContain(OVERLAY_NAME);
    expect(server.inputs.get(OVERLAY_NAME)?.kind).toBe('browser_source');
  });

  it('showFeatured does not touch OBS in browser mode: the overlay page follows the studio itself', async () => {
    const server = new FakeObsServer();
    const { obs } = await connected(server);
    await obs.installOverlay({ scenes: ['Intro'], overlayUrl });
    server.calls = [];
    expect(await obs.showFeatured(featured)).toEqual({ applied: false, mode: 'browser' });
    expect(server.calls).toEqual([]);
  });
});

describe('native mode (OBS without browser source)', () => {
  const nativeServer = () => new FakeObsServer({ inputKinds: ['image_source', 'color_source_v3', 'text_ft2_source_v2'] });

  it('builds a nested scene of image and text sources, hidden until something is featured', async () => {
    const server = nativeServer();
    const { obs } = await connected(server);
    const result = await obs.installOverlay({ scenes: ['Intro', 'Outro'], overlayUrl });
    expect(result.mode).toBe('native');
    expect(server.items.get(OVERLAY_NAME)!.map((i) => [i.sourceName, i.sceneItemEnabled])).toEqual(
      NATIVE_PARTS.map((p) => [nativeInputName(p), false]),
    );
    expect(server.inputs.get(nativeInputName('title'))?.kind).toBe('text_ft2_source_v2');
    expect(server.inputs.get(nativeInputName('photo'))?.kind).toBe('image_source');
    expect(server.items.get('Intro')!.at(-1)?.sourceName).toBe(OVERLAY_NAME);
    expect((await obs.listScenes()).scenes).toEqual(['Intro', 'Product', 'Outro']);
  });

  it('one batch of documented requests shows the product; null hides the card', async () => {
    const server = nativeServer();
    const { obs, timeline } = await connected(server);
    await obs.installOverlay({ scenes: ['Intro'], overlayUrl });
    expect(await obs.showFeatured(featured)).toEqual({ applied: true, mode: 'native' });
    expect(server.inputs.get(nativeInputName('title'))?.settings.text).toBe('Silk scarf');
    expect(server.inputs.get(nativeInputName('price'))?.settings.text).toBe('€ 39.00');
    expect(server.inputs.get(nativeInputName('stock'))?.settings.text).toBe('7 left');
    expect(server.inputs.get(nativeInputName('claimHint'))?.settings.text).toBe('Type CLAIM S7');
    expect(server.inputs.get(nativeInputName('photo'))?.settings.file).toBe('/data/media/images/p7.jpg');
    expect(server.items.get(OVERLAY_NAME)!.every((i) => i.sceneItemEnabled)).toBe(true);

    await obs.showFeatured({ ...featured, imageFile: null });
    expect(server.items.get(OVERLAY_NAME)!.find((i) => i.sourceName === nativeInputName('photo'))?.sceneItemEnabled).toBe(false);
    await obs.showFeatured(null);
    expect(server.items.get(OVERLAY_NAME)!.every((i) => !i.sceneItemEnabled)).toBe(true);
    expect(timeline.filter((t) => t.type === 'obs.overlay_changed').map((t) => t.data.title)).toEqual(['Silk scarf', 'Silk scarf', null]);
  });

  it('the layout scales with the canvas and stays inside it', () => {
    for (const canvas of [
      { width: 1920, height: 1080 },
      { width: 640, height: 360 },
      { width: 1080, height: 1920 },
    ]) {
      const layout = nativeLayout(canvas);
      for (const part of NATIVE_PARTS) {
        const t = layout[part].transform as { positionX: number; positionY: number; boundsWidth?: number; boundsHeight?: number };
        expect(t.positionX).toBeGreaterThanOrEqual(0);
        expect(t.positionY + (t.boundsHeight ?? 0)).toBeLessThanOrEqual(canvas.height);
      }
    }
    expect((nativeLayout({ width: 1920, height: 1080 }).title.settings.font as { size: number }).size).toBe(52);
    expect(featuredBatch(null, { card: 1, photo: 2, title: 3, price: 4, stock: 5, claimHint: 6 })).toHaveLength(6);
  });

  it('remembers what to show while OBS is away and restores overlay and content after the reconnect', async () => {
    const server = nativeServer();
    const { obs } = await connected(server);
    await obs.installOverlay({ scenes: ['Intro'], overlayUrl });
    await obs.showFeatured(featured);
    server.crash();
    expect(await obs.showFeatured({ ...featured, title: 'Featured while away' })).toEqual({ applied: false, mode: 'native' });
    // OBS came back without our sources (it had not saved them).
    server.inputs.clear();
    server.items = new Map(server.scenes.filter((s) => s !== OVERLAY_NAME).map((s) => [s, []]));
    server.scenes = server.scenes.filter((s) => s !== OVERLAY_NAME);
    server.up = true;
    // The first retry comes 250 ms after the loss.
    await vi.waitFor(() => expect(server.inputs.get(nativeInputName('title'))?.settings.text).toBe('Featured while away'), {
      timeout: 3_000,
      interval: 10,
    });
    expect(obs.status().state).toBe('connected');
    expect(server.items.get('Intro')!.at(-1)?.sourceName).toBe(OVERLAY_NAME);
  });

  it('refuses unknown scenes and the overlay scene itself, before touching anything', async () => {
    const server = nativeServer();
    const { obs } = await connected(server);
    await expect(obs.installOverlay({ scenes: ['Nope'], overlayUrl })).rejects.toMatchObject({ code: 'not_found' });
    await expect(obs.installOverlay({ scenes: [], overlayUrl })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(server.callsOf('CreateInput')).toEqual([]);
    await obs.installOverlay({ scenes: ['Intro'], overlayUrl });
    await expect(obs.installOverlay({ scenes: [OVERLAY_NAME], overlayUrl })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(obs.switchScene(OVERLAY_NAME)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
