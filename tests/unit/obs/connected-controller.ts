/** A controller connected to the fake OBS, for the unit tests that drive one; each test file stops them after each test. */
import { expect } from 'vitest';
import { createObsController, type ObsController, type ObsTimelineType } from '../../../electron/core/obs';
import type { FakeObsServer } from './fake-obs';

const started = new Set<ObsController>();

/** Remembers a controller a test started, so `stopControllers` stops it. */
export function stoppedAfterTest(obs: ObsController): ObsController {
  started.add(obs);
  return obs;
}

/** For `afterEach`: a controller left running would keep talking to the next test's fake. */
export async function stopControllers(): Promise<void> {
  for (const obs of started) await obs.stop();
  started.clear();
}

/** A controller connected to `server` (no stats polling), with the timeline it reports. */
export async function connected(server: FakeObsServer) {
  const timeline: { type: ObsTimelineType; data: Record<string, unknown> }[] = [];
  const obs = stoppedAfterTest(
    createObsController({
      url: 'ws://x',
      password: 'secret',
      createSocket: server.createSocket,
      onState: () => {},
      onTimeline: (type, data) => timeline.push({ type, data }),
      statsIntervalMs: 0,
    }),
  );
  obs.start();
  // The fake answers within the same turn: one tick later the handshake is done.
  await new Promise((r) => setTimeout(r, 0));
  expect(obs.status().state).toBe('connected');
  return { obs, timeline };
}
