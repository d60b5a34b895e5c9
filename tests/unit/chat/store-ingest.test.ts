import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage, ChatDeletion, StoredChatMessage } from '../../../shared/contract/chat';
import { ChatMessageSchema, StoredChatMessageSchema } from '../../../shared/contract/chat';
import type { TimelineEvent } from '../../../shared/contract/shows';
import { ChatIngest, COMMERCE_BATCH, MAX_INGEST_BATCH } from '../../../electron/core/chat/ingest';
import { findBuyer } from '../../../electron/core/store/buyers';
import type { Db } from '../../../electron/core/store/db';
import { chatJsonlLines, exportChatJsonl, insertChatBatch, listChatByShow, markMessageDeleted } from '../../../electron/core/store/chat';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = tempDatabase('studio-chat-');
  cleanups.push(t.remove);
  const showId = insertLiveShow(t.db);
  return { ...t, showId };
}

/** Another connection holds the write lock and `db` no longer waits for it: a commit fails with SQLITE_BUSY until `release`. */
function holdWriteLock(db: Db, file: string): { release: () => void } {
  const other = new Database(file);
  db.pragma('busy_timeout = 0');
  other.exec('BEGIN IMMEDIATE');
  return {
    release: () => {
      other.exec('COMMIT');
      other.close();
    },
  };
}

let n = 0;
function msg(over: Partial<ChatMessage> = {}): ChatMessage {
  n++;
  return {
    platform: 'twitch',
    platformMessageId: `id-${n}`,
    channel: 'demoshop',
    author: { platformUserId: `u-${n % 3}`, name: `User ${n % 3}`, badges: ['subscriber'] },
    text: `A12 <b>not html</b> ${n}`,
    isAction: false,
    paid: null,
    sentAt: 1_700_000_000_000 + n,
    receivedAt: 1_700_000_001_000 + n,
    ...over,
  };
}

describe('chat store', () => {
  it('inserts a batch, drops duplicates by (platform, id), keeps text verbatim', () => {
    const { db, showId } = setup();
    const a = msg();
    const b = msg({ paid: { amountMinor: 500, currency: 'BITS' }, isAction: true, parts: [{ type: 'emote', id: '25', text: 'Kappa' }] });
    const first = insertChatBatch(db, showId, [a, b]);
    expect(first.map((m) => m.seq)).toEqual([1, 2]);
    const again = insertChatBatch(db, showId, [a, b, { ...a, platform: 'youtube' }]);
    expect(again.map((m) => m.platform)).toEqual(['youtube']);
    const listed = listChatByShow(db, showId);
    expect(listed.length).toBe(3);
    expect(listed[1]).toMatchObject({
      text: b.text,
      isAction: true,
      paid: b.paid,
      parts: b.parts,
      author: b.author,
      showId,
      deletedAt: null,
    });
    for (const m of listed) StoredChatMessageSchema.parse(m);
    expect(findBuyer(db, 'twitch', a.author.platformUserId)?.displayName).toBe(a.author.name);
  });

  it('marks deletions, never erases; export writes one contract ChatMessage per line', () => {
    const { db, showId, file } = setup();
    const [a] = insertChatBatch(db, showId, [msg(), msg()]);
    expect(markMessageDeleted(db, 'twitch', a!.platformMessageId, 42)).toEqual([a!.seq]);
    expect(markMessageDeleted(db, 'twitch', a!.platformMessageId, 43)).toEqual([]);
    expect(listChatByShow(db, showId)[0]).toMatchObject({ deletedAt: 42, deletedReason: 'deleted', text: a!.text });
    const lines = [...chatJsonlLines(db, showId)];
    expect(lines.length).toBe(2);
    for (const l of lines) expect(ChatMessageSchema.parse(JSON.parse(l)).platformMessageId).toMatch(/^id-/);
    const out = `${file}.jsonl`;
    expect(exportChatJsonl(db, showId, out)).toBe(2);
    expect(fs.readFileSync(out, 'utf8').trim().split('\n')).toEqual(lines);
  });
});

describe('ChatIngest', () => {
  function ingestWith(db: ReturnType<typeof setup>['db'], showId: number | null) {
    const seen: StoredChatMessage[] = [];
    const deletions: ChatDeletion[] = [];
    const timeline: TimelineEvent[] = [];
    const onDisk: number[] = [];
    const ingest = new ChatIngest({
      db,
      clock: () => 1_700_000_009_000,
      showId: () => showId,
      onMessages: (list) => {
        // Stored before emitted: a second connection sees the rows already committed.
        for (const m of list) onDisk.push(db.prepare('SELECT count(*) AS c FROM chat_messages WHERE seq = ?').pluck().get(m.seq) as number);
        seen.push(...list);
      },
      onDeleted: (d) => deletions.push(d),
      onTimeline: (e) => timeline.push(e),
    });
    return { ingest, seen, deletions, timeline, onDisk };
  }

  it('batches a burst into few transactions of at most MAX_INGEST_BATCH, emits each message once, after commit', async () => {
    const { db, showId } = setup();
    const { ingest, seen, onDisk } = ingestWith(db, showId);
    const list = Array.from({ length: 1200 }, () => msg());
    for (const m of list) ingest.push({ kind: 'message', message: m });
    for (const m of list.slice(0, 100)) ingest.push({ kind: 'message', message: m }); // resent after a reconnect
    await ingest.drain();
    expect(seen.map((m) => m.platformMessageId)).toEqual(list.map((m) => m.platformMessageId));
    expect(onDisk.every((c) => c === 1)).toBe(true);
    // Pushed in one go: full batches of the bound, the rest in one more commit.
    expect(ingest.stats()).toMatchObject({ received: 1300, stored: 1200, duplicates: 100, batches: Math.ceil(1300 / MAX_INGEST_BATCH) });
  });

  /** Ingest with a hook whose every message costs `msPerMessage` on the batch clock (the test drives the clock). */
  function commerceIngest(db: Db, showId: number, msPerMessage: () => number) {
    const sizes: number[] = [];
    let now = 0;
    const ingest = new ChatIngest({
      db,
      clock: () => 1_700_000_009_000,
      showId: () => showId,
      elapsed: () => now,
      hook: {
        messages: (list) => {
          sizes.push(list.length);
          now += list.length * msPerMessage();
        },
        committed: () => {},
        rolledBack: () => {},
      },
    });
    cleanups.unshift(() => ingest.close());
    return { ingest, sizes };
  }

  it('with the commerce hook, a burst starts in smaller batches than plain chat: a claim waits for fewer messages before it', async () => {
    const { db, showId } = setup();
    // 0.0875 ms a message: a batch of 40 costs exactly the budget, so the bound stays where it starts.
    const { ingest, sizes } = commerceIngest(db, showId, () => COMMERCE_BATCH.budgetMs / COMMERCE_BATCH.start);
    for (let i = 0; i < 500; i++) ingest.push({ kind: 'message', message: msg() });
    await ingest.drain();
    expect(COMMERCE_BATCH.start).toBeLessThan(MAX_INGEST_BATCH);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(500);
    expect(Math.max(...sizes)).toBe(COMMERCE_BATCH.start);
    expect(ingest.stats().batches).toBe(Math.ceil(500 / COMMERCE_BATCH.start));
  });

  it('with the commerce hook, a backlog is batched by work: cheap messages make bigger batches, costly ones smaller, within the limits', async () => {
    const { db, showId } = setup();
    let cost = COMMERCE_BATCH.budgetMs / 100; // cheap: 100 fit in the budget
    const { ingest, sizes } = commerceIngest(db, showId, () => cost);
    for (let i = 0; i < 3000; i++) ingest.push({ kind: 'message', message: msg() });
    await ingest.drain();
    expect(sizes[0]).toBe(COMMERCE_BATCH.start);
    // The bound grows towards what fits in the budget, never past it.
    expect(Math.max(...sizes)).toBeGreaterThan(90);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    expect(ingest.stats().batchBound).toBeGreaterThan(90);
    // Now each message costs ten times more: the bound falls to what fits (10), no lower than the minimum.
    cost = COMMERCE_BATCH.budgetMs / 10;
    sizes.length = 0;
    for (let i = 0; i < 3000; i++) ingest.push({ kind: 'message', message: msg() });
    await ingest.drain();
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(ingest.stats().batchBound).toBe(COMMERCE_BATCH.min);
    expect(sizes.at(-2)).toBe(COMMERCE_BATCH.min);
    // A free hook: the bound stops at the maximum.
    cost = 0;
    sizes.length = 0;
    for (let i = 0; i < 3000; i++) ingest.push({ kind: 'message', message: msg() });
    await ingest.drain();
    expect(Math.max(...sizes)).toBe(COMMERCE_BATCH.max);
    expect(ingest.stats().stored).toBe(9000);
  });

  it('a fixed maxBatch stays fixed with the hook', async () => {
    const { db, showId } = setup();
    const sizes: number[] = [];
    const ingest = new ChatIngest({
      db,
      clock: () => 1_700_000_009_000,
      showId: () => showId,
      maxBatch: 7,
      elapsed: () => 0,
      hook: { messages: (list) => sizes.push(list.length), committed: () => {}, rolledBack: () => {} },
    });
    cleanups.unshift(() => ingest.close());
    for (let i = 0; i < 100; i++) ingest.push({ kind: 'message', message: msg() });
    await ingest.drain();
    expect(Math.max(...sizes)).toBe(7);
  });

  it('a deletion or ban right after its message in the same batch marks it; a gap goes on the timeline', async () => {
    const { db, showId } = setup();
    const { ingest, deletions, timeline } = ingestWith(db, showId);
    const a = msg({ author: { platformUserId: 'bad', name: 'Bad', badges: [] } });
    const b = msg({ author: { platformUserId: 'bad', name: 'Bad', badges: [] } });
    const c = msg();
    ingest.push({ kind: 'message', message: a });
    ingest.push({ kind: 'message', message: c });
    ingest.push({ kind: 'delete', platform: 'twitch', platformMessageId: c.platformMessageId, at: 5 });
    ingest.push({ kind: 'message', message: b });
    ingest.push({ kind: 'ban', platform: 'twitch', channel: 'demoshop', platformUserId: 'bad', at: 6, durationSec: 600 });
    ingest.push({ kind: 'gap', connectorId: 'twitch:demoshop', platform: 'twitch', channel: 'demoshop', from: 100, to: 2100 });
    await ingest.drain();
    expect(deletions).toEqual([
      { seqs: [2], deletedAt: 5, reason: 'deleted' },
      { seqs: [1, 3], deletedAt: 6, reason: 'timeout' },
    ]);
    expect(listChatByShow(db, showId).map((m) => m.deletedReason)).toEqual(['timeout', 'deleted', 'timeout']);
    expect(timeline).toEqual([
      expect.objectContaining({
        showId,
        type: 'connector.gap',
        actor: 'twitch:demoshop',
        data: expect.objectContaining({ from: 100, to: 2100, ms: 2000 }),
      }),
    ]);
    expect(db.prepare("SELECT count(*) FROM show_events WHERE type = 'connector.gap'").pluck().get()).toBe(1);
  });

  it('a failed commit keeps the batch queued and retries; nothing is emitted before it is on disk', async () => {
    const { db, showId, file } = setup();
    const { ingest, seen } = ingestWith(db, showId);
    const lock = holdWriteLock(db, file);
    ingest.push({ kind: 'message', message: msg() });
    expect(ingest.flush()).toBe(false);
    expect(seen.length).toBe(0);
    expect(ingest.stats().pending).toBe(1);
    lock.release();
    await ingest.drain();
    expect(seen.length).toBe(1);
    ingest.close();
  });

  it('an ingest hook runs inside the transaction, in order, and hears commit or rollback before listeners', async () => {
    const { db, showId, file } = setup();
    const calls: string[] = [];
    const ingest = new ChatIngest({
      db,
      clock: () => 1,
      showId: () => showId,
      onMessages: (m) => calls.push(`emit ${m.length}`),
      hook: {
        messages: (m) => calls.push(`hook ${m.length} inTx=${db.inTransaction}`),
        committed: () => calls.push('committed'),
        rolledBack: () => calls.push('rolledBack'),
      },
    });
    const lock = holdWriteLock(db, file);
    ingest.push({ kind: 'message', message: msg() });
    expect(ingest.flush()).toBe(false);
    lock.release();
    await ingest.drain();
    ingest.close();
    expect(calls[0]).toBe('rolledBack');
    expect(calls.slice(1)).toEqual(['hook 1 inTx=true', 'committed', 'emit 1']);
  });
});
