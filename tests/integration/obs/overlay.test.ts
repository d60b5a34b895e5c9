/**
 * The overlay on a real OBS without browser_source (Debian's build): native
 * mode, its sources following the featured product, and repair.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type OBSWebSocket from 'obs-websocket-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeInputName, OVERLAY_NAME, type FeaturedContent, type NativePart } from '../../../electron/core/obs';
import type { RunningObs } from '../../support/obs-harness';
import { solidPng, waitUntil, startObservedObs, stopObservedObs, type Recorded } from './helpers';
import { tempDir } from '../../support/temp-db';

let obs: RunningObs;
let observer: OBSWebSocket;
let rec: Recorded;
let dir: string;
let photo: string;

const PARTS: NativePart[] = ['card', 'photo', 'title', 'price', 'stock', 'claimHint'];
const SCENES = ['Intro', 'Product close-up'];
const overlayUrl = 'http://127.0.0.1:4800/overlay?token=test-overlay-token';

const sneakers: FeaturedContent = {
  title: 'Red canvas sneakers',
  priceText: '199,00 zł',
  stockText: '3 left',
  claimHint: 'Type CLAIM R12 to buy',
  imageFile: null,
};

beforeAll(async () => {
  ({ obs, observer, rec } = await startObservedObs());
  dir = tempDir('lss-obs-overlay-');
  photo = join(dir, 'product.png');
  await writeFile(photo, solidPng(200, 200, [230, 40, 40]));
});

afterAll(async () => {
  await stopObservedObs({ obs, observer, rec });
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function settingsOf(part: NativePart) {
  return (await observer.call('GetInputSettings', { inputName: nativeInputName(part) })).inputSettings as Record<string, unknown>;
}

async function enabled(): Promise<Record<string, boolean>> {
  const { sceneItems } = await observer.call('GetSceneItemList', { sceneName: OVERLAY_NAME });
  return Object.fromEntries(sceneItems.map((item) => [String(item.sourceName), Boolean(item.sceneItemEnabled)]));
}

/** OBS frees a removed input a moment later; a host deleting one by hand is slower than that. */
async function removeInput(part: NativePart): Promise<void> {
  await observer.call('RemoveInput', { inputName: nativeInputName(part) });
  await waitUntil(
    () =>
      settingsOf(part).then(
        () => false,
        () => true,
      ),
    `${part} to be gone`,
  );
  await waitUntil(async () => !(nativeInputName(part) in (await enabled())), `${part} item to be gone`);
}

async function screenshot(): Promise<string> {
  return (await observer.call('GetSourceScreenshot', { sourceName: 'Intro', imageFormat: 'png', imageWidth: 320 })).imageData;
}

describe('overlay in native mode', () => {
  it('this OBS has no browser_source, so the install falls back to native sources and says so', async () => {
    const { inputKinds } = await observer.call('GetInputKindList', { unversioned: true });
    expect(inputKinds).not.toContain('browser_source');

    const result = await rec.controller.installOverlay({ scenes: SCENES, overlayUrl });
    expect(result.mode).toBe('native');
    expect(result.canvas).toEqual({ width: obs.width, height: obs.height });
    expect(result.created).toEqual(expect.arrayContaining([OVERLAY_NAME, ...PARTS.map(nativeInputName), `Intro > ${OVERLAY_NAME}`]));
    expect(rec.controller.status().overlayMode).toBe('native');
    expect(rec.states.at(-1)?.overlayMode).toBe('native');
    expect(rec.timeline.find((t) => t.type === 'obs.overlay_installed')?.data).toMatchObject({ mode: 'native', scenes: SCENES });

    const kinds = await Promise.all(
      PARTS.map(async (part) => (await observer.call('GetInputSettings', { inputName: nativeInputName(part) })).inputKind),
    );
    expect(kinds).toEqual([
      'color_source_v3',
      'image_source',
      'text_ft2_source_v2',
      'text_ft2_source_v2',
      'text_ft2_source_v2',
      'text_ft2_source_v2',
    ]);

    // The nested scene sits on top of each chosen scene and not in the others.
    for (const sceneName of SCENES) {
      const { sceneItems } = await observer.call('GetSceneItemList', { sceneName });
      expect(sceneItems.at(-1)?.sourceName, sceneName).toBe(OVERLAY_NAME);
      expect(sceneItems.at(-1)?.sceneItemEnabled).toBe(true);
    }
    const outro = await observer.call('GetSceneItemList', { sceneName: 'Outro' });
    expect(outro.sceneItems.map((i) => i.sourceName)).not.toContain(OVERLAY_NAME);
    // The host picks scenes from the list; the overlay's own scene is not one of them.
    expect((await rec.controller.listScenes()).scenes).toEqual([...obs.scenes]);
    // Nothing featured yet: the card is hidden.
    expect(Object.values(await enabled()).every((on) => !on)).toBe(true);
  });

  it('text and photo sources follow the featured product, and the rendered image changes', async () => {
    const before = await screenshot();
    const first = await rec.controller.showFeatured({ ...sneakers, imageFile: photo });
    expect(first).toEqual({ applied: true, mode: 'native' });
    expect((await settingsOf('title')).text).toBe(sneakers.title);
    expect((await settingsOf('price')).text).toBe(sneakers.priceText);
    expect((await settingsOf('stock')).text).toBe(sneakers.stockText);
    expect((await settingsOf('claimHint')).text).toBe(sneakers.claimHint);
    expect((await settingsOf('photo')).file).toBe(photo);
    expect(await enabled()).toEqual(Object.fromEntries(PARTS.map((p) => [nativeInputName(p), true])));
    const withSneakers = await waitUntil(async () => {
      const shot = await screenshot();
      return shot !== before ? shot : null;
    }, 'the screenshot to show the card');

    await rec.controller.showFeatured({
      title: 'Wool scarf',
      priceText: '49,00 zł',
      stockText: 'Sold out',
      claimHint: 'Type CLAIM W3',
      imageFile: null,
    });
    expect((await settingsOf('title')).text).toBe('Wool scarf');
    expect((await settingsOf('stock')).text).toBe('Sold out');
    expect((await enabled())[nativeInputName('photo')]).toBe(false);
    await waitUntil(async () => (await screenshot()) !== withSneakers, 'the screenshot to show the new product');

    const changes = rec.timeline.filter((t) => t.type === 'obs.overlay_changed').map((t) => t.data.title);
    expect(changes).toEqual([sneakers.title, 'Wool scarf']);
  });

  it('featuring nothing hides the card', async () => {
    await rec.controller.showFeatured(null);
    expect(Object.values(await enabled()).every((on) => !on)).toBe(true);
  });

  it('"Add overlay" again repairs what was deleted in OBS and creates nothing else', async () => {
    await rec.controller.showFeatured(sneakers);
    await removeInput('price');
    const introItem = await observer.call('GetSceneItemId', { sceneName: 'Intro', sourceName: OVERLAY_NAME });
    await observer.call('RemoveSceneItem', { sceneName: 'Intro', sceneItemId: introItem.sceneItemId });

    const result = await rec.controller.installOverlay({ scenes: SCENES, overlayUrl });
    expect(result.created.sort()).toEqual([`Intro > ${OVERLAY_NAME}`, nativeInputName('price')].sort());
    // The repaired price shows the featured product again.
    expect((await settingsOf('price')).text).toBe(sneakers.priceText);
    const again = await rec.controller.installOverlay({ scenes: SCENES, overlayUrl });
    expect(again.created).toEqual([]);
  });

  it('a part deleted in OBS mid-show is recreated on the next feature', async () => {
    await removeInput('title');
    const result = await rec.controller.showFeatured({ ...sneakers, title: 'Linen shirt' });
    expect(result.applied).toBe(true);
    expect((await settingsOf('title')).text).toBe('Linen shirt');
  });

  it('refuses scenes OBS does not have', async () => {
    await expect(rec.controller.installOverlay({ scenes: ['Backstage'], overlayUrl })).rejects.toMatchObject({ code: 'not_found' });
  });
});
