/** Connecting to a real OBS: the happy path, a wrong password, and the CLI on top. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runObsCommand } from '../../../electron/cli/obs';
import { AUTH_FAILED_DETAIL } from '../../../electron/core/obs';
import { startObs, type RunningObs } from '../../support/obs-harness';
import { recordedController, waitUntil } from './helpers';

let obs: RunningObs;
let dir: string;

beforeAll(async () => {
  obs = await startObs();
  dir = await mkdtemp(join(tmpdir(), 'lss-obs-cli-'));
});

afterAll(async () => {
  await obs?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function bufferIo() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } },
  };
}

describe('controller connection', () => {
  it('goes disconnected -> connecting -> connected and knows the program scene', async () => {
    const { controller, states } = recordedController(obs);
    expect(controller.status().state).toBe('disconnected');
    controller.start();
    try {
      await waitUntil(() => controller.status().state === 'connected' && controller.status().programScene, 'connected');
      expect(states[0]?.state).toBe('connecting');
      expect(controller.status()).toMatchObject({
        state: 'connected',
        detail: null,
        programScene: 'Intro',
        studioMode: false,
        url: obs.url,
      });
    } finally {
      await controller.stop();
    }
    expect(controller.status().state).toBe('disconnected');
  });

  it('a wrong password ends in "failed" with an auth-failed detail and no more retries', async () => {
    const { controller, states } = recordedController(obs, { password: 'not-the-password', backoff: { initialMs: 50, maxMs: 100 } });
    controller.start();
    try {
      await waitUntil(() => controller.status().state === 'failed', 'failed state');
      expect(controller.status().detail).toBe(AUTH_FAILED_DETAIL);
      expect(controller.status().detail).toMatch(/auth failed/);
      const seen = states.length;
      // With a 50 ms backoff, a retrying controller would have produced states by now.
      await new Promise((r) => setTimeout(r, 600));
      expect(states.length).toBe(seen);
      expect(states.map((s) => s.state)).not.toContain('reconnecting');
      await expect(controller.listScenes()).rejects.toMatchObject({ code: 'unavailable' });
    } finally {
      await controller.stop();
    }
  });
});

describe('studio obs CLI', () => {
  const passwordFile = () => join(dir, 'obs-password');

  beforeAll(async () => {
    await writeFile(passwordFile(), `${obs.password}\n`);
    await writeFile(join(dir, 'wrong'), 'wrong\n');
  });

  it('status prints the state and the program scene', async () => {
    const { io, out } = bufferIo();
    const code = await runObsCommand(['--url', obs.url, '--password-file', passwordFile(), 'status'], io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toBe('state: connected\nprogram scene: Intro\n');
  });

  it("scenes prints one name a line in OBS's order", async () => {
    const { io, out } = bufferIo();
    expect(await runObsCommand(['--url', obs.url, '--password-file', passwordFile(), 'scenes'], io)).toBe(0);
    expect(out.stdout).toBe(obs.scenes.map((s) => `${s}\n`).join(''));
  });

  it('switch NAME changes the program scene; an unknown scene exits 1', async () => {
    const { io, out } = bufferIo();
    expect(await runObsCommand(['--url', obs.url, '--password-file', passwordFile(), 'switch', 'Talking head'], io)).toBe(0);
    expect(out.stdout).toBe('program scene: Talking head\n');
    const status = bufferIo();
    await waitUntil(async () => {
      status.out.stdout = '';
      await runObsCommand(['--url', obs.url, '--password-file', passwordFile(), 'status'], status.io);
      return status.out.stdout.includes('program scene: Talking head');
    }, 'program scene to follow');
    const missing = bufferIo();
    expect(await runObsCommand(['--url', obs.url, '--password-file', passwordFile(), 'switch', 'Nope'], missing.io)).toBe(1);
    expect(missing.out.stderr).toContain('OBS has no scene named "Nope"');
  });

  it('a wrong password exits 1 with a clear message', async () => {
    const { io, out } = bufferIo();
    expect(await runObsCommand(['--url', obs.url, '--password-file', join(dir, 'wrong'), 'status'], io)).toBe(1);
    expect(out.stderr).toMatch(/auth failed/);
    expect(out.stderr).toMatch(/password/);
    expect(out.stdout).toBe('');
  });

  it('an unreachable OBS exits 1; usage errors exit 2; --help exits 0', async () => {
    const unreachable = bufferIo();
    expect(await runObsCommand(['--url', 'ws://127.0.0.1:1', 'status'], unreachable.io)).toBe(1);
    expect(unreachable.out.stderr).toMatch(/cannot reach OBS at ws:\/\/127\.0\.0\.1:1/);
    for (const argv of [[], ['dance'], ['switch'], ['status', 'extra'], ['--url', 'http://x', 'status'], ['--bogus', 'status']]) {
      const usage = bufferIo();
      expect(await runObsCommand(argv, usage.io), argv.join(' ')).toBe(2);
      expect(usage.out.stderr).toContain('studio obs');
    }
    const help = bufferIo();
    expect(await runObsCommand(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toContain('status|scenes|switch NAME');
  });
});
