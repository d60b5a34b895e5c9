import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage, StoredChatMessage } from '../../../shared/contract/chat';
import type { ConnectorStatus } from '../../../electron/core/chat/connector';
import { ReplayConnector } from '../../../electron/core/chat/replay/replay-connector';
import { chatServiceForTest } from '../../support/chat-service';
import { chatJsonlLines, listChatByShow } from '../../../electron/core/store/chat';
import { FIXTURES } from './fixtures';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function setup() {
  const t = tempDatabase('studio-replay-');
  cleanups.push(t.remove);
  const showId = insertLiveShow(t.db);
  const seen: StoredChatMessage[] = [];
  const features: { code: string | null; at: number; applied: boolean }[] = [];
  const statuses: ConnectorStatus[] = [];
  const service = chatServiceForTest({
    db: t.db,
    showId: () => showId,
    onMessages: (m) => seen.push(...m),
    onFeature: (f) => features.push(f),
    onStatus: (s) => statuses.push(s),
  });
  cleanups.push(() => service.stop());
  return { ...t, showId, seen, features, statuses, service };
}

function recording(dir: string, count: number, stepMs: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 2) lines.push(JSON.stringify({ type: 'feature', code: 'A12', at: 1_700_000_000_000 + i * stepMs }));
    const m: ChatMessage = {
      platform: i % 2 ? 'youtube' : 'twitch',
      platformMessageId: `rec-${i}`,
      channel: 'demoshop',
      author: { platformUserId: `u${i % 4}`, name: ['Ana', 'Бота', 'Aigerim', 'José'][i % 4]!, badges: [] },
      text: ['A12 M', 'B7 беру', 'A12 L маған', 'quiero A12'][i % 4]!,
      isAction: false,
      paid: null,
      sentAt: 1_700_000_000_000 + i * stepMs,
      receivedAt: 1_700_000_000_500 + i * stepMs,
      seq: 999, // a recording's store fields are ignored
    };
    lines.push(JSON.stringify(m));
  }
  lines.push('{not json');
  const file = path.join(dir, 'show.jsonl');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('replay connector through the chat service', () => {
  it('JSONL at full speed: messages with feature events in order; replaying again adds nothing', async () => {
    const { db, file, showId, seen, features, service } = setup();
    const rec = recording(path.dirname(file), 500, 100);
    const first = service.connect('replay', { file: rec, speed: 'max', id: 'replay-1' });
    expect(await first.done).toEqual({ lines: 502, messages: 500, features: 1, skipped: 1 });
    expect(first.status()).toMatchObject({ state: 'ended', detail: expect.stringMatching(/finished: 500 messages, 1 unreadable/) });
    expect(seen.length).toBe(500);
    expect(seen.map((m) => m.seq)).toEqual([...seen.map((m) => m.seq)].sort((a, b) => a - b));
    expect(seen[0]!.seq).not.toBe(999);
    // Told when it was played, between the messages recorded around it — not at the recording's own time (2023).
    expect(features).toEqual([{ code: 'A12', at: expect.any(Number), applied: false }]);
    expect(features[0]!.at).toBeGreaterThanOrEqual(seen[1]!.receivedAt);
    expect(features[0]!.at).toBeLessThanOrEqual(seen[2]!.receivedAt);
    const again = service.connect('replay', { file: rec, speed: 'max', id: 'replay-2' });
    await again.done;
    expect(seen.length).toBe(500);
    expect(listChatByShow(db, showId, 0, 1000).length).toBe(500);
    // The export of the show replays into the same shape.
    const exported = path.join(path.dirname(file), 'export.jsonl');
    fs.writeFileSync(exported, [...chatJsonlLines(db, showId)].join('\n'));
    const third = service.connect('replay', { file: exported, speed: 'max', id: 'replay-3' });
    expect((await third.done).messages).toBe(500);
    expect(service.stats().duplicates).toBe(1000);
  });

  it('paces at N× the recorded times', async () => {
    const { file, seen, service } = setup();
    const rec = recording(path.dirname(file), 5, 100); // 400 ms of recording
    // The waits the replay asks for, not wall time: a loaded machine can only make it slower, so an
    // upper bound on elapsed time would be a flaky test, while the requested waits are exact.
    const waits: number[] = [];
    const proto = ReplayConnector.prototype as unknown as { sleep(ms: number): Promise<void> };
    const realSleep = proto.sleep;
    const sleep = vi.spyOn(proto, 'sleep').mockImplementation(function (this: unknown, ms: number) {
      waits.push(ms);
      return realSleep.call(this, ms);
    });
    const start = Date.now();
    try {
      const r = service.connect('replay', { file: rec, speed: 4 });
      await r.done;
    } finally {
      sleep.mockRestore();
    }
    const took = Date.now() - start;
    expect(seen.length).toBe(5);
    expect(took).toBeGreaterThanOrEqual(95); // 400 ms / 4
    // 100 ms between recorded messages at 4x: no wait is longer than 25 ms (at 1x it would be 100).
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(100 / 4 + 1);
    const spread = seen[4]!.receivedAt - seen[0]!.receivedAt;
    expect(spread).toBeGreaterThanOrEqual(95);
  });

  it('raw Twitch IRC lines replay too', async () => {
    const { seen, service } = setup();
    const r = service.connect('replay', { file: path.join(FIXTURES, 'channel-sample-300.irc'), speed: 'max' });
    expect((await r.done).messages).toBe(292);
    expect(seen.length).toBe(292);
    expect(seen.some((m) => m.deletedReason === 'timeout')).toBe(false); // marks arrive as deletions, not in the stored copy
  });

  it('manual entries and several sources merge into one feed; statuses are reported', async () => {
    const { file, seen, service, statuses } = setup();
    const rec = recording(path.dirname(file), 50, 1);
    service.connect('replay', { file: rec, speed: 'max', id: 'rec' });
    const stored = await service.enterManual({ buyerName: ' Anna Kowalska ', text: 'A12 size M, phone order', enteredBy: 'moderator-1' });
    expect(stored).toMatchObject({
      platform: 'manual',
      author: { platformUserId: 'manual:anna-kowalska', name: 'Anna Kowalska' },
      text: 'A12 size M, phone order',
    });
    const again = await service.enterManual({ buyerName: 'anna kowalska', text: 'and B7' });
    expect(again.buyerId).toBe(stored.buyerId);
    await (service.connectors().find((c) => c.id === 'rec') as { done?: Promise<unknown> }).done;
    expect(seen.length).toBe(52);
    expect(new Set(seen.map((m) => m.platform))).toEqual(new Set(['twitch', 'youtube', 'manual']));
    const seqs = seen.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(52);
    expect(service.recent(0, 1000).map((m) => m.seq)).toEqual([...seqs].sort((a, b) => a - b));
    expect(statuses.some((s) => s.id === 'manual' && s.state === 'connected')).toBe(true);
    expect(() => service.send('twitch', 'hi')).toThrow(/no twitch connection that can post/);
  });
});
