/** Shared by the real-OBS tests: an independent observer connection and polling helpers. */
import { deflateSync } from 'node:zlib';
import OBSWebSocket, { type OBSEventTypes } from 'obs-websocket-js';
import { createObsController, type ObsController, type ObsControllerOptions } from '../../../electron/core/obs';
import type { ObsStatus, ObsTimelineType } from '../../../electron/core/obs';
import { startObs, type RunningObs } from '../../support/obs-harness';
import { REAL_COMPONENT_WAIT_MS, waitUntil } from '../../support/waits';

/** A second client that checks what OBS really did, not what the controller believes. */
export async function connectObserver(obs: RunningObs): Promise<OBSWebSocket> {
  const ws = new OBSWebSocket();
  await ws.connect(obs.url, obs.password);
  return ws;
}

export function waitForEvent<E extends keyof OBSEventTypes>(
  ws: OBSWebSocket,
  event: E,
  matches: (data: OBSEventTypes[E]) => boolean,
  timeoutMs = REAL_COMPONENT_WAIT_MS,
): Promise<OBSEventTypes[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.off(event, listener as never);
      reject(new Error(`no ${event} matching within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (data: OBSEventTypes[E]) => {
      if (!matches(data)) return;
      clearTimeout(timer);
      ws.off(event, listener as never);
      resolve(data);
    };
    ws.on(event, listener as never);
  });
}

export { waitUntil };

export interface Recorded {
  controller: ObsController;
  states: ObsStatus[];
  timeline: { type: ObsTimelineType; data: Record<string, unknown> }[];
}

/** A controller whose callbacks are recorded for assertions. */
export function recordedController(obs: RunningObs, overrides: Partial<ObsControllerOptions> = {}): Recorded {
  const states: ObsStatus[] = [];
  const timeline: Recorded['timeline'] = [];
  const controller = createObsController({
    url: obs.url,
    password: obs.password,
    onState: (s) => states.push(s),
    onTimeline: (type, data) => timeline.push({ type, data }),
    statsIntervalMs: 0,
    ...overrides,
  });
  return { controller, states, timeline };
}

export interface ObservedObs {
  obs: RunningObs;
  observer: OBSWebSocket;
  rec: Recorded;
}

/** Connected, and (unless a file asks for less) showing a program scene the controller has read. */
const connectedWithScene = (s: ObsStatus) => s.state === 'connected' && Boolean(s.programScene);

/**
 * What most real-OBS test files start in beforeAll: OBS, an observer connection and a recorded
 * controller, waited until `ready`. What did start is stopped again when a later step fails.
 */
export async function startObservedObs(
  overrides: Partial<ObsControllerOptions> = {},
  ready: (status: ObsStatus) => boolean = connectedWithScene,
): Promise<ObservedObs> {
  const started: Partial<ObservedObs> = { obs: await startObs() };
  try {
    started.observer = await connectObserver(started.obs!);
    const rec = (started.rec = recordedController(started.obs!, overrides));
    rec.controller.start();
    await waitUntil(() => ready(rec.controller.status()), 'controller connected');
    return started as ObservedObs;
  } catch (error) {
    await stopObservedObs(started);
    throw error;
  }
}

/** For afterAll: the controller, then the observer, then OBS. */
export async function stopObservedObs({ obs, observer, rec }: Partial<ObservedObs>): Promise<void> {
  await rec?.controller.stop();
  await observer?.disconnect();
  await obs?.stop();
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A solid-colour RGB PNG, enough for OBS's image source to show a product photo. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
