// Invoice numbers stay gap-free when two OS processes issue invoices on one database file at once:
// each number is taken and its invoice written inside one BEGIN IMMEDIATE transaction.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/cli';
import { REAL_COMPONENT_WAIT_MS } from '../../support/waits';
import { invoicesHarness, type InvoicesHarness } from './harness';

const childScript = path.join(__dirname, 'issue-in-child.ts');
let h: InvoicesHarness;
afterEach(() => h?.close());

function issueInChild(file: string, cartIds: number[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, file, cartIds.join(',')], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
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
  const outcome = new Promise<{ numbers: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`child did not finish in ${REAL_COMPONENT_WAIT_MS} ms: ${stderr}`));
    }, REAL_COMPONENT_WAIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`child exited ${code}: ${stderr || stdout}`));
      else resolve(JSON.parse(last) as { numbers: string[] });
    });
  });
  outcome.catch(() => markReady());
  return { ready, outcome, go: () => child.stdin.end('go\n') };
}

describe('two processes issue invoices on one database file', () => {
  it('every cart gets one number and the series has no gap and no repeat', async () => {
    const CARTS = 24;
    h = invoicesHarness({ buyers: CARTS, stock: CARTS });
    for (let b = 0; b < CARTS; b++) h.claim(b, h.variantIds[b % 2]!, 1);
    const cartIds = Array.from({ length: CARTS }, (_, b) => h.cartOf(b));
    // Interleaved halves, so both processes want the lock the whole time.
    const a = issueInChild(
      h.temp.file,
      cartIds.filter((_, i) => i % 2 === 0),
    );
    const b = issueInChild(
      h.temp.file,
      cartIds.filter((_, i) => i % 2 === 1),
    );
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [fromA, fromB] = await Promise.all([a.outcome, b.outcome]);

    const all = [...fromA.numbers, ...fromB.numbers];
    expect(all).toHaveLength(CARTS);
    expect(new Set(all).size).toBe(CARTS);
    const rows = h.db.prepare('SELECT cart_id AS cartId, series, seq, number FROM invoices ORDER BY seq').all() as {
      cartId: number;
      series: string;
      seq: number;
      number: string;
    }[];
    expect(new Set(rows.map((r) => r.series)).size).toBe(1);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: CARTS }, (_, i) => i + 1));
    expect(rows.map((r) => r.cartId).sort((x, y) => x - y)).toEqual([...cartIds].sort((x, y) => x - y));
    // Each process's own numbers rise in the order it issued them.
    for (const numbers of [fromA.numbers, fromB.numbers]) {
      const seqs = numbers.map((n) => Number(n.split('/').at(-1)));
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    }
  });
});
