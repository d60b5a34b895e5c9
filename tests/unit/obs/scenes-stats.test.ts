/** Scene order and switching routes, output control, and the frame-drop warning. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createObsController, type ObsStats } from '../../../electron/core/obs';
import { frameWarnings } from '../../../electron/core/obs/stats';
import { connected, stopControllers, stoppedAfterTest } from './connected-controller';
import { FakeObsServer } from './fake-obs';

afterEach(stopControllers);

describe('scenes', () => {
  it("reverses GetSceneList's bottom-up order into OBS's dock order", async () => {
    const server = new FakeObsServer({ scenes: ['A first', 'B', 'C', 'D last'] });
    const { obs } = await connected(server);
    expect((await obs.listScenes()).scenes).toEqual(['A first', 'B', 'C', 'D last']);
  });

  it('switches directly, or through preview + transition in studio mode', async () => {
    const server = new FakeObsServer();
    const { obs } = await connected(server);
    expect(await obs.switchScene('Outro')).toEqual({ scene: 'Outro', route: 'program' });
    expect(server.callsOf('SetCurrentProgramScene')).toEqual([{ sceneName: 'Outro' }]);
    server.studioMode = true;
    server.emit('StudioModeStateChanged', { studioModeEnabled: true });
    expect(await obs.switchScene('Product')).toEqual({ scene: 'Product', route: 'preview-transition' });
    expect(server.callsOf('SetCurrentPreviewScene')).toEqual([{ sceneName: 'Product' }]);
    expect(server.callsOf('TriggerStudioModeTransition')).toHaveLength(1);
    expect(server.programScene).toBe('Product');
    await expect(obs.switchScene('Missing')).rejects.toMatchObject({ code: 'not_found', message: 'OBS has no scene named "Missing"' });
  });

  it('in studio mode, triggers the transition only once OBS has applied the new preview (it queues it)', async () => {
    const server = new FakeObsServer();
    const { obs } = await connected(server);
    server.studioMode = true;
    server.previewScene = 'Intro';
    server.emit('StudioModeStateChanged', { studioModeEnabled: true });
    // OBS answers SetCurrentPreviewScene at once but applies it three requests later.
    server.previewLag = 3;
    expect(await obs.switchScene('Product')).toEqual({ scene: 'Product', route: 'preview-transition' });
    // Triggered right away, the transition would have taken the old preview (Intro) live.
    expect(server.programScene).toBe('Product');
    const order = server.calls.map((c) => c.type).filter((t) => /Preview|Transition/.test(t));
    expect(order[0]).toBe('SetCurrentPreviewScene');
    expect(order.at(-1)).toBe('TriggerStudioModeTransition');
    expect(order.filter((t) => t === 'GetCurrentPreviewScene').length).toBeGreaterThanOrEqual(2);
  });

  it('attributes switches in the timeline: the studio asked for it, or someone used OBS', async () => {
    const server = new FakeObsServer();
    const { obs, timeline } = await connected(server);
    await obs.switchScene('Outro');
    server.emit('CurrentProgramSceneChanged', { sceneName: 'Outro', sceneUuid: '' });
    server.emit('CurrentProgramSceneChanged', { sceneName: 'Product', sceneUuid: '' });
    expect(timeline).toEqual([
      { type: 'obs.scene_switched', data: { scene: 'Outro', previous: 'Intro', by: 'studio' } },
      { type: 'obs.scene_switched', data: { scene: 'Product', previous: 'Outro', by: 'obs' } },
    ]);
  });

  it('asks for a JPEG thumbnail with a width obs-websocket accepts', async () => {
    const server = new FakeObsServer();
    const { obs } = await connected(server);
    expect(await obs.thumbnail('Intro', 2)).toMatch(/^data:image\/jpeg/);
    expect(server.callsOf('GetSourceScreenshot')).toEqual([
      { sourceName: 'Intro', imageFormat: 'jpeg', imageWidth: 8, imageCompressionQuality: 70 },
    ]);
  });
});

describe('outputs', () => {
  it('start/stop are idempotent and stream/record events reach the timeline', async () => {
    const server = new FakeObsServer();
    const { obs, timeline } = await connected(server);
    expect(await obs.setStream('start')).toEqual({ active: true });
    expect(await obs.setStream('start')).toEqual({ active: true });
    expect(await obs.setStream('stop')).toEqual({ active: false });
    expect(await obs.setStream('stop')).toEqual({ active: false });
    await obs.setRecord('start');
    expect(await obs.setRecord('stop')).toEqual({ active: false, outputPath: '/videos/show.mkv' });
    expect(await obs.setRecord('stop')).toEqual({ active: false });
    server.emit('StreamStateChanged', { outputActive: true, outputState: 'OBS_WEBSOCKET_OUTPUT_STARTING' });
    server.emit('StreamStateChanged', { outputActive: true, outputState: 'OBS_WEBSOCKET_OUTPUT_STARTED' });
    server.emit('RecordStateChanged', { outputActive: false, outputState: 'OBS_WEBSOCKET_OUTPUT_STOPPED', outputPath: '/videos/show.mkv' });
    expect(timeline).toEqual([
      { type: 'obs.stream_started', data: {} },
      { type: 'obs.record_stopped', data: { outputPath: '/videos/show.mkv' } },
    ]);
  });
});

describe('frame-drop warning', () => {
  const sample = (over: Partial<ObsStats> = {}, stream: Partial<ObsStats['stream']> = {}): ObsStats => ({
    at: 0,
    activeFps: 30,
    cpuUsage: 10,
    memoryMb: 300,
    renderSkippedFrames: 0,
    renderTotalFrames: 1000,
    outputSkippedFrames: 0,
    outputTotalFrames: 1000,
    stream: {
      active: true,
      reconnecting: false,
      durationMs: 0,
      bytes: 0,
      bitrateKbps: 2500,
      congestion: 0,
      skippedFrames: 0,
      totalFrames: 1000,
      ...stream,
    },
    record: { active: false, paused: false, durationMs: 0, bytes: 0 },
    droppingFrames: false,
    warning: null,
    ...over,
  });

  it('warns only when counters grow between polls, naming the cause', () => {
    expect(frameWarnings(null, sample({ renderSkippedFrames: 50 }))).toEqual({ dropping: false, message: null });
    expect(frameWarnings(sample(), sample())).toEqual({ dropping: false, message: null });
    expect(frameWarnings(sample(), sample({}, { skippedFrames: 12 }))).toEqual({
      dropping: true,
      message: '12 frames dropped on the network',
    });
    expect(frameWarnings(sample(), sample({ outputSkippedFrames: 3, renderSkippedFrames: 2 })).message).toBe(
      '3 frames skipped by the encoder (CPU overloaded); 2 frames skipped while rendering (GPU/CPU overloaded)',
    );
    expect(frameWarnings(sample(), sample({}, { congestion: 0.8 }))).toEqual({ dropping: false, message: 'network congestion 80%' });
    // Counters reset when OBS restarts: counted from zero, not negative.
    expect(frameWarnings(sample({ renderSkippedFrames: 100 }), sample({ renderSkippedFrames: 4 })).message).toMatch(
      /^4 frames skipped while rendering/,
    );
  });

  it('polls GetStats, GetStreamStatus and GetRecordStatus and reports through onStats', async () => {
    const server = new FakeObsServer();
    const got: ObsStats[] = [];
    const obs = createObsController({
      url: 'ws://x',
      password: 'secret',
      createSocket: server.createSocket,
      onState: () => {},
      onTimeline: () => {},
      onStats: (s) => got.push(s),
      statsIntervalMs: 20,
    });
    stoppedAfterTest(obs);
    obs.start();
    await vi.waitFor(() => expect(got.length).toBeGreaterThanOrEqual(2), { timeout: 3_000, interval: 10 });
    expect(got[0]).toMatchObject({ activeFps: 30, memoryMb: 300, droppingFrames: false, warning: null, stream: { active: false } });
    expect(obs.lastStats()).toBe(got.at(-1));
  });
});

describe('obsUrl', () => {
  it('builds ws:// addresses, bracketing IPv6 hosts', async () => {
    const { obsUrl } = await import('../../../electron/core/obs');
    expect(obsUrl('192.168.1.5', 4455)).toBe('ws://192.168.1.5:4455');
    expect(obsUrl(' localhost ', 4444)).toBe('ws://localhost:4444');
    expect(obsUrl('::1', 4455)).toBe('ws://[::1]:4455');
    expect(obsUrl('[fe80::1]', 4455)).toBe('ws://[fe80::1]:4455');
  });
});
