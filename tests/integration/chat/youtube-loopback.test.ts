import { afterEach, describe, expect, it } from 'vitest';
import type { StoredChatMessage } from '../../../shared/contract/chat';
import { ChatIngest } from '../../../electron/core/chat/ingest';
import { YouTubeConnector } from '../../../electron/core/chat/youtube/youtube-connector';
import { QuotaTracker } from '../../../electron/core/chat/youtube/quota';
import { listChatByShow } from '../../../electron/core/store/chat';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';
import { startFakeYouTubeApi, yt } from './youtube-fake-api';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(extra: Partial<ConstructorParameters<typeof YouTubeConnector>[0]> = {}) {
  const api = await startFakeYouTubeApi();
  cleanups.push(() => api.close());
  const t = tempDatabase('studio-youtube-');
  cleanups.push(t.remove);
  const showId = insertLiveShow(t.db);
  const seen: StoredChatMessage[] = [];
  const clock = () => Date.now();
  const ingest = new ChatIngest({ db: t.db, clock, showId: () => showId, onMessages: (m) => seen.push(...m) });
  cleanups.push(() => ingest.close());
  const connector = new YouTubeConnector(
    {
      liveChatId: 'Cg0KC2xpdmVjaGF0aWQ',
      apiKey: 'test-key',
      rootUrl: api.rootUrl,
      backoff: { initialMs: 30, maxMs: 100, jitter: 0 },
      quota: { nextReset: (now) => now + 60_000 },
      ...extra,
    },
    { sink: ingest, clock, log: () => {} },
  );
  cleanups.push(() => connector.stop());
  return { api, t, showId, seen, ingest, connector };
}

describe('YouTube connector against a loopback server in the real API shape', () => {
  it('polls with nextPageToken at pollingIntervalMillis; text, Super Chat, badges, deletions and bans', async () => {
    const { api, t, showId, seen, ingest, connector } = await setup();
    const owner = yt.author('UCowner', 'Shop', { isChatOwner: true });
    const first = yt.text('A12 w rozmiarze M proszę');
    api.queue([
      first,
      yt.text('hello from the shop', owner),
      yt.superChat('B7 for me!', '25000000', 'PLN'),
      yt.superChat('', '500000000', 'JPY'),
    ]);
    connector.start();
    await waitUntil(() => seen.length === 4, `4 messages (${seen.length})`);
    expect(connector.status().state).toBe('connected');
    expect(connector.status().detail).toMatch(/quota ~\d+\/10000 units/);
    expect(seen[0]).toMatchObject({
      platform: 'youtube',
      platformMessageId: first.id,
      text: 'A12 w rozmiarze M proszę',
      author: { platformUserId: 'UCbuyer1', name: 'Ana', badges: [] },
    });
    expect(seen[1]!.author.badges).toEqual(['owner']);
    expect(seen[2]).toMatchObject({ text: 'B7 for me!', paid: { amountMinor: 2500, currency: 'PLN' }, author: { badges: ['member'] } });
    expect(seen[3]!.paid).toEqual({ amountMinor: 500, currency: 'JPY' });
    const spammer = yt.author('UCspam', 'Spam');
    const spam = yt.text('spam 1', spammer);
    api.queue([spam, yt.text('spam 2', spammer), yt.text('C3 please')]);
    await waitUntil(() => seen.length === 7, 'page 2');
    api.queue([yt.deleted(first.id), yt.banned('UCspam', 300)]);
    const before = api.requests.length;
    await waitUntil(() => api.requests.length >= before + 2, 'more polls');
    await ingest.drain();
    const stored = listChatByShow(t.db, showId);
    expect(stored.find((m) => m.platformMessageId === first.id)?.deletedReason).toBe('deleted');
    expect(stored.filter((m) => m.author.platformUserId === 'UCspam').map((m) => m.deletedReason)).toEqual(['timeout', 'timeout']);
    // nextPageToken carried from each response into the next request; key and parts sent.
    expect(api.requests[0]!.searchParams.get('pageToken')).toBeNull();
    expect(api.requests[1]!.searchParams.get('pageToken')).toBe('page-1');
    expect(api.requests[0]!.searchParams.get('part')).toBe('snippet,authorDetails');
    expect(api.requests[0]!.searchParams.get('key')).toBe('test-key');
    // pollingIntervalMillis (40 ms) honoured: requests are not closer than that.
    const spacing = api.requestTimes.slice(1).map((t, i) => t - api.requestTimes[i]!);
    expect(Math.min(...spacing)).toBeGreaterThanOrEqual(api.pollingIntervalMillis - 5);
  });

  it('server errors: reconnecting with backoff, then a gap on the timeline; the same page never stores twice', async () => {
    const { api, t, seen, connector, ingest } = await setup();
    const m = yt.text('before');
    api.queue([m]);
    connector.start();
    await waitUntil(() => seen.length === 1, 'first');
    api.failNext(3, 503, 'backendError');
    await waitUntil(() => connector.status().state === 'reconnecting', 'reconnecting');
    expect(connector.status().detail).toMatch(/HTTP 503/);
    api.queue([m, yt.text('after')]); // a duplicate from the platform is dropped
    await waitUntil(() => seen.length === 2 && connector.status().state === 'connected', 'recovered');
    await ingest.drain();
    expect(ingest.stats().duplicates).toBe(1);
    expect(t.db.prepare("SELECT count(*) FROM show_events WHERE type = 'connector.gap'").pluck().get()).toBe(1);
  });

  it('quota exhausted or chat ended: failed with the reason, no more polling; offlineAt ends it', async () => {
    const a = await setup();
    a.api.failNext(1, 403, 'quotaExceeded');
    a.connector.start();
    await waitUntil(() => a.connector.status().state === 'failed', 'failed');
    expect(a.connector.status().detail).toMatch(/quota exhausted/);
    await new Promise((r) => setTimeout(r, 150));
    expect(a.api.requests.length).toBe(1);

    const b = await setup();
    b.api.offlineAt = new Date().toISOString();
    b.connector.start();
    await waitUntil(() => b.connector.status().state === 'ended', 'ended');
    expect(b.connector.status().detail).toMatch(/stream ended/);
  });

  it('slows down before the quota runs out', async () => {
    const hour = 3_600_000;
    const q = new QuotaTracker(0, { dailyUnits: 10_000, reserveUnits: 0, nextReset: () => 10 * hour });
    // 10 h left, 10,000 units at 5 per poll -> at least 18 s between polls, whatever the server asks.
    expect(q.nextInterval(0, 2000)).toBe(18_000);
    for (let i = 0; i < 1000; i++) q.spend(0);
    expect(q.nextInterval(0, 2000)).toBe(36_000);
    expect(q.estimate(0)).toMatchObject({ unitsUsed: 5000, throttled: true });
    for (let i = 0; i < 1000; i++) q.spend(0);
    expect(q.nextInterval(0, 2000)).toBe(10 * hour); // nothing left: wait for the reset
    expect(q.estimate(10 * hour).unitsUsed).toBe(0);
    // Against the loopback server: a small daily quota stretches the poll interval (the default one, with a
    // reset a minute away, allows ~30 ms: the other tests run at the server's 40 ms).
    const { api, connector } = await setup({ quota: { dailyUnits: 1000, reserveUnits: 0, nextReset: (now) => now + 60_000 } });
    connector.start();
    await waitUntil(() => api.requests.length >= 1 && connector.status().state === 'connected', 'first poll');
    expect(connector.quotaEstimate().minIntervalMs).toBeGreaterThan(api.pollingIntervalMillis);
    expect(connector.status().detail).toMatch(/slowed/);
  });
});
