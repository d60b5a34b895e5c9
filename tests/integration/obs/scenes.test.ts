/** Scenes on a real OBS: OBS's order, switching (direct and studio mode), thumbnails, timeline. */
import type OBSWebSocket from 'obs-websocket-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningObs } from '../../support/obs-harness';
import { waitForEvent, waitUntil, startObservedObs, stopObservedObs, type Recorded } from './helpers';

let obs: RunningObs;
let observer: OBSWebSocket;
let rec: Recorded;

beforeAll(async () => {
  ({ obs, observer, rec } = await startObservedObs());
});

afterAll(() => stopObservedObs({ obs, observer, rec }));

describe('scenes', () => {
  it("lists scenes in OBS's own order (top to bottom), not GetSceneList's bottom-up order", async () => {
    const raw = await observer.call('GetSceneList');
    expect(raw.scenes[0]?.sceneName).toBe(obs.scenes[obs.scenes.length - 1]);
    const list = await rec.controller.listScenes();
    expect(list.scenes).toEqual([...obs.scenes]);
    expect(list.programScene).toBe('Intro');
    expect(list.studioMode).toBe(false);
  });

  it('switches the program scene: OBS announces it, the status and the timeline follow', async () => {
    const changed = waitForEvent(observer, 'CurrentProgramSceneChanged', (e) => e.sceneName === 'Product close-up');
    const result = await rec.controller.switchScene('Product close-up');
    expect(result).toEqual({ scene: 'Product close-up', route: 'program' });
    await changed;
    expect((await observer.call('GetCurrentProgramScene')).currentProgramSceneName).toBe('Product close-up');
    await waitUntil(() => rec.controller.status().programScene === 'Product close-up', 'status to follow');
    await waitUntil(() => rec.timeline.find((t) => t.type === 'obs.scene_switched' && t.data.scene === 'Product close-up'), 'timeline');
    expect(rec.timeline.find((t) => t.data.scene === 'Product close-up')?.data).toEqual({
      scene: 'Product close-up',
      previous: 'Intro',
      by: 'studio',
    });
    expect(rec.states.at(-1)?.programScene).toBe('Product close-up');
  });

  it('a switch made in OBS itself is followed and attributed to OBS', async () => {
    const changed = waitForEvent(observer, 'CurrentProgramSceneChanged', (e) => e.sceneName === 'Outro');
    await observer.call('SetCurrentProgramScene', { sceneName: 'Outro' });
    await changed;
    await waitUntil(() => rec.timeline.find((t) => t.data.scene === 'Outro'), 'timeline entry');
    expect(rec.timeline.find((t) => t.data.scene === 'Outro')?.data.by).toBe('obs');
    expect(rec.controller.status().programScene).toBe('Outro');
  });

  it('an unknown scene is not_found and changes nothing', async () => {
    await expect(rec.controller.switchScene('No such scene')).rejects.toMatchObject({
      code: 'not_found',
      message: 'OBS has no scene named "No such scene"',
    });
    expect((await observer.call('GetCurrentProgramScene')).currentProgramSceneName).toBe('Outro');
  });

  it('in studio mode the scene goes to preview and the transition takes it live', async () => {
    await observer.call('SetStudioModeEnabled', { studioModeEnabled: true });
    await waitUntil(() => rec.controller.status().studioMode, 'studio mode noticed');
    try {
      const changed = waitForEvent(observer, 'CurrentProgramSceneChanged', (e) => e.sceneName === 'Talking head');
      const result = await rec.controller.switchScene('Talking head');
      expect(result.route).toBe('preview-transition');
      await changed;
      expect((await observer.call('GetCurrentProgramScene')).currentProgramSceneName).toBe('Talking head');
    } finally {
      await observer.call('SetStudioModeEnabled', { studioModeEnabled: false });
    }
    await waitUntil(() => !rec.controller.status().studioMode, 'studio mode off noticed');
  });

  it('in studio mode, every one of twenty switches in a row puts the requested scene live', async () => {
    await observer.call('SetStudioModeEnabled', { studioModeEnabled: true });
    await waitUntil(() => rec.controller.status().studioMode, 'studio mode noticed');
    try {
      const order = ['Intro', 'Product close-up', 'Talking head', 'Outro'];
      for (let i = 0; i < 20; i++) {
        const scene = order[i % order.length]!;
        await rec.controller.switchScene(scene);
        // A state, not an event: what OBS has on air, read back with a generous bound.
        await waitUntil(
          async () => (await observer.call('GetCurrentProgramScene')).currentProgramSceneName === scene,
          `switch ${i + 1}: "${scene}" on air`,
        );
      }
    } finally {
      await observer.call('SetStudioModeEnabled', { studioModeEnabled: false });
    }
    await waitUntil(() => !rec.controller.status().studioMode, 'studio mode off noticed');
  });

  it('thumbnails are real JPEG renders of the scene, different per scene', async () => {
    const intro = await rec.controller.thumbnail('Intro', 160);
    const outro = await rec.controller.thumbnail('Outro', 160);
    expect(intro).toMatch(/^data:image\/jpeg;base64,/);
    const bytes = Buffer.from(intro.split(',')[1] ?? '', 'base64');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(intro).not.toBe(outro);
    await expect(rec.controller.thumbnail('Nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});
