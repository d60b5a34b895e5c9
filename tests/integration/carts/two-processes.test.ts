// Concurrent edits of one cart from two OS processes on one database file: the version check
// runs inside the write lock, so of two edits made against the same version exactly one lands
// and the other gets `conflict`, whichever process is first.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/contract';
import { REAL_COMPONENT_WAIT_MS } from '../../support/waits';
import { ROOT } from '../../support/cli';
import { cartsHarness, type Harness } from './harness';

const childScript = path.join(__dirname, 'edit-in-child.ts');
let h: Harness;
afterEach(() => h?.close());

interface Child {
  ready: Promise<void>;
  outcome: Promise<{ ok?: boolean; code?: string }>;
}

function editInChild(file: string, cartId: number, version: number, method: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, file, String(cartId), String(version), method], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.includes('ready\n')) markReady();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const outcome = new Promise<{ ok?: boolean; code?: string }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`child did not finish in ${REAL_COMPONENT_WAIT_MS} ms: ${stderr}`)),
      REAL_COMPONENT_WAIT_MS,
    );
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`child exited ${code}: ${stderr || stdout}`));
      else resolve(JSON.parse(last) as { ok?: boolean; code?: string });
    });
  });
  // A child that dies before "ready" must not leave the test waiting on it.
  outcome.catch(() => markReady());
  return { ready, outcome };
}

describe('two processes edit one cart on one database file', () => {
  it('the stale edit gets conflict and changes nothing, whichever process comes second', async () => {
    h = cartsHarness();
    h.claim(0, h.variantIds[0]!);
    const cartId = h.cartOf(0);
    const opened = h.carts.get(cartId).version;

    // Both processes act on the version they opened; the child races this process for the write lock.
    const child = editInChild(h.temp.file, cartId, opened, 'blik');
    await child.ready;
    let mine: string;
    try {
      h.carts.setPaymentMethod({ cartId, version: opened, method: 'kaspi' }, { actor: 'host' });
      mine = 'ok';
    } catch (error) {
      mine = error instanceof StudioError ? error.code : String(error);
    }
    const theirs = (await child.outcome).ok ? 'ok' : (await child.outcome).code;
    expect([mine, theirs].sort()).toEqual(['conflict', 'ok']);
    const winner = mine === 'ok' ? 'kaspi' : 'blik';
    const after = h.carts.get(cartId);
    expect(after.paymentMethod).toBe(winner);
    expect(after.version).toBeGreaterThan(opened);
    expect(after.history.filter((e) => e.kind === 'payment_method').map((e) => e.reason)).toEqual([winner]);

    // The child again with the version it opened: certainly stale now.
    const late = editInChild(h.temp.file, cartId, opened, 'card');
    expect(await late.outcome).toEqual({ code: 'conflict' });
    expect(h.carts.get(cartId)).toMatchObject({ paymentMethod: winner, version: after.version });
  });
});
