// SIGKILL of a serving studio (issue 18's reliability suite): `studio serve` in its own process,
// four socket clients writing as fast as they are answered — manual orders, and chat messages that
// become claims — and the process killed with SIGKILL at a random instant, then started again on the
// same files. Every write the studio acknowledged is on disk exactly once, the stock ledger holds,
// the database is whole, and the show goes on (still live, and takes the next write).
// LSS_KILL_ROUNDS sets the kills (default 3; the long run is `npm run bench -- reliability`).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/db';
import { stockInvariantViolations } from '../../../electron/core/store/stock';
import { STUDIO_BIN, ROOT } from '../../support/cli';
import { connectClient, okResult, type TestClient } from '../../support/client';
import { tempDir } from '../../support/temp-db';
import { REAL_COMPONENT_WAIT_MS, waitUntil } from '../../support/waits';

const ROUNDS = Number(process.env.LSS_KILL_ROUNDS ?? 3);
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function serve(dataDir: string): Promise<{ child: ChildProcess; baseUrl: string; token: string }> {
  const child = spawn(process.execPath, [STUDIO_BIN, 'serve', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const hostUrl = await waitUntil(() => {
    if (child.exitCode !== null) throw new Error(`studio serve exited (${child.exitCode}): ${out}`);
    return /Host window:\s+(\S+)/.exec(out)?.[1];
  }, 'studio serve to print the host window’s address');
  const url = new URL(hostUrl);
  return { child, baseUrl: url.origin, token: url.hash.slice('#token='.length) };
}

interface Acked {
  orders: Map<number, string>; // order id → the buyer named in the write
  messages: Set<string>; // text of each acknowledged chat message (unique per write)
}

/** One writing client: alternates manual orders and chat claims until stopped; records what was acknowledged. */
function writer(client: TestClient, name: string, variants: { productId: number; variantId: number }[], acked: Acked, round: number) {
  let running = true;
  let n = 0;
  // A call whose socket died with the process is never answered: it counts as not acknowledged.
  const gone = new Promise<null>((resolve) => client.socket.once('disconnect', () => resolve(null)));
  const call: TestClient['call'] = (name, input) => Promise.race([client.call(name, input), gone]) as ReturnType<TestClient['call']>;
  const done = (async () => {
    while (running && client.socket.connected) {
      const i = n++;
      const v = variants[(i * 7 + name.length) % variants.length]!;
      try {
        if (i % 2 === 0) {
          const buyer = `${name}-r${round}-o${i}`;
          const reply = await call('orders.create', {
            buyerName: buyer,
            productId: v.productId,
            variantId: v.variantId,
            quantity: 1,
          });
          if (reply?.ok) acked.orders.set((reply.result as { id: number }).id, buyer);
        } else {
          const text = `A12 M #${name}-r${round}-m${i}`;
          const reply = await call('chat.manual', { buyerName: `${name}-chat`, text });
          if (reply?.ok) acked.messages.add(text);
        }
      } catch {
        return; // the socket died with the process: this write was never acknowledged
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe('a serving studio killed with SIGKILL while clients write', () => {
  it(`loses no acknowledged write and doubles none, over ${ROUNDS} kills`, async () => {
    const dataDir = tempDir('lss-kill-serving-');
    const dbFile = path.join(dataDir, 'studio.db');
    const acked: Acked = { orders: new Map(), messages: new Set() };

    for (let round = 0; round < ROUNDS; round++) {
      const studio = await serve(dataDir);
      const clients = await Promise.all([0, 1, 2, 3].map(() => connectClient(studio.baseUrl, studio.token, { checkContract: false })));
      const host = clients[0]!;
      if (round === 0) {
        const id = okResult<{ id: number } | null>(await host.call('show.current', {}))?.id;
        if (!id) throw new Error('no show to go live with');
        expect(await host.call('show.goLive', { showId: id })).toMatchObject({ ok: true });
      }
      const catalog = okResult<{ products: { id: number; variants: { id: number }[] }[] }>(await host.call('catalog.list', {}));
      const variants = catalog.products.flatMap((p) => p.variants.map((v) => ({ productId: p.id, variantId: v.id })));
      const writers = clients.map((c, k) => writer(c, `w${k}`, variants, acked, round));
      const before = acked.orders.size + acked.messages.size;
      // Kill at a random instant once at least a few writes of this round were acknowledged.
      await waitUntil(() => acked.orders.size + acked.messages.size >= before + 8, 'the first writes of the round acknowledged');
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 300)));
      studio.child.kill('SIGKILL');
      await waitUntil(() => studio.child.exitCode !== null || studio.child.signalCode !== null, 'the studio process gone');
      await Promise.all(writers.map((w) => w.stop()));
      for (const c of clients) c.close();
    }

    // Started again on the same files: everything acknowledged is there once, and the show goes on.
    const studio = await serve(dataDir);
    const host = await connectClient(studio.baseUrl, studio.token, { checkContract: false });
    expect(okResult(await host.call('show.current', {}))).toMatchObject({ state: 'live' });
    const product = okResult<{ products: { id: number; variants: { id: number }[] }[] }>(await host.call('catalog.list', {})).products[0]!;
    expect(
      await host.call('orders.create', { buyerName: 'after the kills', productId: product.id, variantId: product.variants[0]!.id }),
    ).toMatchObject({
      ok: true,
    });
    host.close();
    studio.child.kill('SIGINT');
    await waitUntil(() => studio.child.exitCode !== null, 'the studio stopped', REAL_COMPONENT_WAIT_MS);

    const db = openDatabase({ file: dbFile });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(stockInvariantViolations(db)).toEqual([]);
      expect(acked.orders.size).toBeGreaterThan(0);
      expect(acked.messages.size).toBeGreaterThan(0);
      const orderBuyer = db.prepare('SELECT b.display_name AS name FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE o.id = ?');
      for (const [id, buyer] of acked.orders) expect(orderBuyer.get(id), `acknowledged order ${id}`).toEqual({ name: buyer });
      // Each acknowledged write exactly once: one manual order per named buyer, one stored message per text.
      const perBuyer = db.prepare(
        "SELECT count(*) AS n FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.display_name = ? AND o.source = 'manual'",
      );
      for (const buyer of acked.orders.values()) expect(perBuyer.get(buyer), buyer).toEqual({ n: 1 });
      const perText = db.prepare('SELECT count(*) AS n FROM chat_messages WHERE text = ?');
      for (const text of acked.messages) expect(perText.get(text), text).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
