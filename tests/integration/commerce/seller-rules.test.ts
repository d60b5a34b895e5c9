// The seller's extra intent rules in a running studio: settings.update refuses a malformed one with
// field issues; one that reached the database anyway (a hand edit, an older build) never stops
// claims from becoming orders; and a claim the engine failed on is handled again at the next start.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '../../../shared/contract';
import { connectClient, type TestClient } from '../../support/client';
import { goLive, startTestStudio } from '../../support/studio';
import { tempDir } from '../../support/temp-db';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function folder(): string {
  const dir = tempDir();
  cleanups.unshift(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function open(dataDir: string): Promise<{ studio: TestStudio; host: TestClient }> {
  const studio = await startTestStudio({ dataDir });
  goLive(studio);
  const host = await connectClient(studio.baseUrl, studio.hostUrl.split('#token=')[1]);
  return { studio, host };
}

async function claim(host: TestClient, buyerName: string, text: string): Promise<Order> {
  const changed = host.next('orders.changed', (p) => p.orders.some((o) => o.buyer.name === buyerName));
  const reply = await host.call('chat.manual', { buyerName, text });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return (await changed).orders.find((o) => o.buyer.name === buyerName) as Order;
}

describe('seller intent rules', () => {
  it('settings.update refuses a malformed rule with a typed invalid_input and its field', async () => {
    const { studio, host } = await open(folder());
    cleanups.push(
      () => studio.dispose(),
      () => host.close(),
    );
    const reply = await host.call('settings.update', {
      commerce: { autoReplies: false, thankYous: true, extraIntentRules: { pl: { claim: [5] } } },
    } as never);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid_input');
    expect(reply.error.issues?.map((i) => i.path)).toContain('commerce.extraIntentRules.pl.claim.0');
    const misspelt = await host.call('settings.update', {
      commerce: { autoReplies: false, thankYous: true, extraIntentRules: { pl: { claims: ['yoink'] } } },
    } as never);
    expect(misspelt.ok).toBe(false);
    const good = await host.call('settings.update', {
      commerce: { autoReplies: false, thankYous: true, extraIntentRules: { pl: { claim: ['yoink'] } } },
    });
    expect(good.ok).toBe(true);
    expect((await claim(host, 'Ewa', 'yoink B3 L')).productCode).toBe('B3');
  });

  it('a bad rule written straight into the database still lets claims become orders', async () => {
    const dataDir = folder();
    const first = await open(dataDir);
    first.studio.db
      .prepare(
        "INSERT INTO settings (key, value, updated_at) VALUES ('commerce', ?, 0) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify({ autoReplies: false, thankYous: true, extraIntentRules: { pl: { claim: [5, null] }, en: 'x' } }));
    first.host.close();
    await first.studio.close();
    const { studio, host } = await open(dataDir);
    cleanups.push(
      () => studio.dispose(),
      () => host.close(),
    );
    const anna = await claim(host, 'Anna', 'biorę B3 L');
    expect(anna).toMatchObject({ productCode: 'B3', state: 'claimed' });
    const list = await host.call('orders.list', {});
    expect(list.ok).toBe(true);
  });

  it('a claim stored while the engine failed becomes an order at the next start', async () => {
    const dataDir = folder();
    const first = await open(dataDir);
    // What the engine leaves when it throws on a message: the chat row, no order, and its mark.
    const reply = await first.host.call('chat.manual', { buyerName: 'Olga', text: 'hello all' });
    expect(reply.ok).toBe(true);
    const db = first.studio.db;
    const seq = (db.prepare("SELECT seq FROM chat_messages WHERE text = 'hello all'").get() as { seq: number }).seq;
    db.prepare("UPDATE chat_messages SET text = 'biorę B3 L' WHERE seq = ?").run(seq);
    db.prepare("INSERT INTO commerce_unhandled (seq, error, failed_at) VALUES (?, 'boom', 0)").run(seq);
    first.host.close();
    await first.studio.close();

    const { studio, host } = await open(dataDir);
    cleanups.push(
      () => studio.dispose(),
      () => host.close(),
    );
    const list = await host.call('orders.list', {});
    if (!list.ok) throw new Error(JSON.stringify(list.error));
    expect(list.result).toEqual(
      expect.arrayContaining([expect.objectContaining({ productCode: 'B3', buyer: expect.objectContaining({ name: 'Olga' }) })]),
    );
    expect(studio.db.prepare('SELECT count(*) AS n FROM commerce_unhandled').get()).toEqual({ n: 0 });
  });

  it('a claim the engine failed on becomes an order when the seller fixes the rules', async () => {
    const { studio, host } = await open(folder());
    cleanups.push(
      () => studio.dispose(),
      () => host.close(),
    );
    const reply = await host.call('chat.manual', { buyerName: 'Iga', text: 'hello' });
    expect(reply.ok).toBe(true);
    const db = studio.db;
    const seq = (db.prepare("SELECT seq FROM chat_messages WHERE text = 'hello'").get() as { seq: number }).seq;
    db.prepare("UPDATE chat_messages SET text = 'yoink B3 L' WHERE seq = ?").run(seq);
    db.prepare("INSERT INTO commerce_unhandled (seq, error, failed_at) VALUES (?, 'bad rule', 0)").run(seq);
    const changed = host.next('orders.changed', (p) => p.orders.some((o) => o.buyer.name === 'Iga'));
    const fixed = await host.call('settings.update', {
      commerce: { autoReplies: false, thankYous: true, extraIntentRules: { pl: { claim: ['yoink'] } } },
    });
    expect(fixed.ok).toBe(true);
    expect((await changed).orders.find((o) => o.buyer.name === 'Iga')).toMatchObject({ productCode: 'B3', state: 'claimed' });
    expect(db.prepare('SELECT count(*) AS n FROM commerce_unhandled').get()).toEqual({ n: 0 });
  });
});
