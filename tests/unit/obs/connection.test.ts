/** The connection state machine against the fake OBS, on fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../../electron/core/backoff';
import { OBS_BACKOFF } from '../../../electron/core/obs/connection';
import { AUTH_FAILED_DETAIL, createObsController, type ObsStatus } from '../../../electron/core/obs';
import { FakeObsServer } from './fake-obs';

let server: FakeObsServer;
let states: ObsStatus[];

beforeEach(() => {
  vi.useFakeTimers();
  server = new FakeObsServer();
  states = [];
});

afterEach(() => {
  vi.useRealTimers();
});

function controller(password = 'secret') {
  return createObsController({
    url: 'ws://127.0.0.1:4455',
    password,
    createSocket: server.createSocket,
    onState: (s) => states.push(s),
    onTimeline: () => {},
    statsIntervalMs: 0,
  });
}

const seen = () => states.map((s) => s.state).filter((s, i, all) => s !== all[i - 1]);

describe('backoff', () => {
  it('doubles from 250 ms and caps at 5 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((n) => backoffDelay(n, OBS_BACKOFF))).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });
});

describe('connection state machine', () => {
  it('disconnected -> connecting -> connected, with the program scene', async () => {
    const obs = controller();
    expect(obs.status().state).toBe('disconnected');
    obs.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen()).toEqual(['connecting', 'connected']);
    expect(obs.status()).toMatchObject({ state: 'connected', detail: null, programScene: 'Intro', url: 'ws://127.0.0.1:4455' });
    await obs.stop();
    expect(obs.status().state).toBe('disconnected');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a wrong password (4009) is final: failed, auth-failed detail, no retry', async () => {
    const obs = controller('wrong');
    obs.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen()).toEqual(['connecting', 'failed']);
    expect(obs.status().detail).toBe(AUTH_FAILED_DETAIL);
    expect(server.sockets).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    await expect(obs.listScenes()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('an unreachable OBS is retried with capped exponential backoff until it answers', async () => {
    server.up = false;
    const obs = controller();
    obs.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(obs.status().state).toBe('reconnecting');
    expect(obs.status().detail).toMatch(/cannot reach OBS at ws:\/\/127\.0\.0\.1:4455: connect ECONNREFUSED.*retrying in 0\.25 s/);
    const since = obs.status().since;
    // Attempts at 0, 250, 750, 1750, 3750, 7750, 12750, 17750 ms.
    await vi.advanceTimersByTimeAsync(17_750);
    expect(server.sockets).toHaveLength(8);
    expect(obs.status().detail).toMatch(/retrying in 5 s/);
    // A new detail is not a new state.
    expect(obs.status().since).toBe(since);
    server.up = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(obs.status().state).toBe('connected');
    // After a success the backoff starts from the bottom again.
    server.crash();
    expect(obs.status().detail).toMatch(/closed the connection \(code 1006\); retrying in 0\.25 s/);
    await obs.stop();
  });

  it('reconnects by itself when OBS closes the socket, and keeps following events', async () => {
    const obs = controller();
    obs.start();
    await vi.advanceTimersByTimeAsync(0);
    server.crash();
    expect(obs.status().state).toBe('reconnecting');
    expect(obs.status().programScene).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(obs.status().state).toBe('reconnecting');
    server.up = true;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(obs.status().state).toBe('connected');
    server.programScene = 'Outro';
    server.emit('CurrentProgramSceneChanged', { sceneName: 'Outro', sceneUuid: 'u' });
    expect(obs.status().programScene).toBe('Outro');
    expect(seen()).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
    await obs.stop();
  });

  it('the heartbeat notices a socket that is open but silent', async () => {
    const obs = controller();
    obs.start();
    await vi.advanceTimersByTimeAsync(0);
    const first = server.live!;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.callsOf('GetVersion').length).toBeGreaterThanOrEqual(3);
    expect(obs.status().state).toBe('connected');
    server.frozen = true;
    // Next heartbeat within 3 s, its deadline 1 s later.
    await vi.advanceTimersByTimeAsync(4_100);
    expect(obs.status().state).toBe('reconnecting');
    expect(obs.status().detail).toMatch(/OBS stopped answering/);
    expect(first.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(obs.status().detail).toMatch(/connect: no answer/);
    server.frozen = false;
    await vi.advanceTimersByTimeAsync(6_000);
    expect(obs.status().state).toBe('connected');
    await obs.stop();
  });

  it('connect() with new settings drops the old connection and starts over', async () => {
    const obs = controller('wrong');
    obs.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(obs.status().state).toBe('failed');
    await obs.connect({ url: 'ws://10.0.0.2:4455', password: 'secret' });
    await vi.advanceTimersByTimeAsync(0);
    expect(obs.status()).toMatchObject({ state: 'connected', url: 'ws://10.0.0.2:4455' });
    expect(JSON.stringify(states)).not.toContain('secret');
    await obs.stop();
  });
});
