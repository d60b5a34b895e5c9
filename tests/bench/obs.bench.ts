/**
 * obs.feature_to_text.p95: from the controller's showFeatured call to the
 * moment GetInputSettings on a real OBS (headless, 10 fps) returns the new
 * title, over 200 switches. Polled from a second connection, so the time is
 * what OBS holds, not when our promise resolved. One clock: performance.now()
 * in this process. Floor: a bare obs-websocket-js SetInputSettings on the
 * title source, read back the same way.
 */
import { performance } from 'node:perf_hooks';
import OBSWebSocket from 'obs-websocket-js';
import { createObsController, nativeInputName } from '../../electron/core/obs';
import { startObs } from '../support/obs-harness';
import { percentile } from './percentiles';
import type { BenchResult } from './types';

const SWITCHES = 200;
const WARMUP = 10;
const TITLE_INPUT = nativeInputName('title');

async function untilTitle(observer: OBSWebSocket, title: string): Promise<void> {
  for (;;) {
    const { inputSettings } = await observer.call('GetInputSettings', { inputName: TITLE_INPUT });
    if (inputSettings.text === title) return;
  }
}

export default async function bench(): Promise<BenchResult[]> {
  const obs = await startObs();
  const controller = createObsController({
    url: obs.url,
    password: obs.password,
    onState: () => {},
    onTimeline: () => {},
    statsIntervalMs: 0,
  });
  const observer = new OBSWebSocket();
  try {
    controller.start();
    const deadline = Date.now() + 10_000;
    while (controller.status().state !== 'connected') {
      if (Date.now() > deadline) throw new Error(`controller did not connect: ${controller.status().detail}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await controller.installOverlay({ scenes: [...obs.scenes], overlayUrl: 'http://127.0.0.1:4800/overlay' });
    await observer.connect(obs.url, obs.password);

    const times: number[] = [];
    for (let i = 0; i < WARMUP + SWITCHES; i++) {
      const title = `Product ${i} — linen shirt`;
      const t0 = performance.now();
      const sent = controller.showFeatured({
        title,
        priceText: `${100 + i},00 zł`,
        stockText: `${i % 9} left`,
        claimHint: `Type CLAIM P${i}`,
        imageFile: null,
      });
      await untilTitle(observer, title);
      const t1 = performance.now();
      await sent;
      if (i >= WARMUP) times.push(t1 - t0);
    }

    const floor: number[] = [];
    for (let i = 0; i < WARMUP + SWITCHES; i++) {
      const title = `Bare ${i}`;
      const t0 = performance.now();
      const sent = observer.call('SetInputSettings', { inputName: TITLE_INPUT, inputSettings: { text: title }, overlay: true });
      await untilTitle(observer, title);
      const t1 = performance.now();
      await sent;
      if (i >= WARMUP) floor.push(t1 - t0);
    }

    const round = (n: number) => Math.round(n * 100) / 100;
    const p95 = round(percentile(times, 95));
    const floorP95 = round(percentile(floor, 95));
    const common = {
      unit: 'ms',
      clock: 'performance.now() in the benchmark process',
      start: 'controller.showFeatured() called',
      end: 'GetInputSettings (second connection) returns the new title',
    };
    return [
      { name: 'obs.feature_to_text.p95', value: p95, floor: floorP95, ratio: round(p95 / floorP95), target: '< 100', ...common },
      { name: 'obs.feature_to_text.p50', value: round(percentile(times, 50)), floor: round(percentile(floor, 50)), ...common },
      { name: 'obs.feature_to_text.max', value: round(Math.max(...times)), floor: round(Math.max(...floor)), ...common },
    ];
  } finally {
    await controller.stop();
    await observer.disconnect().catch(() => {});
    await obs.stop();
  }
}
