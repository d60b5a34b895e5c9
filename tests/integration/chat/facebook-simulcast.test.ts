import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredChatMessage } from '../../../shared/contract/chat';
import type { ConnectorStatus } from '../../../electron/core/chat/connector';
import type { GraphComment, GraphCommentsResponse } from '../../../electron/core/chat/facebook/facebook-connector';
import { chatServiceForTest } from '../../support/chat-service';
import { listChatByShow } from '../../../electron/core/store/chat';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';
import { startFakeYouTubeApi, yt } from './youtube-fake-api';

/** Loopback Graph API: GET /v19.0/{video}/comments with cursor paging in the real response shape. */
async function startFakeGraph() {
  const comments: GraphComment[] = [];
  const requests: URL[] = [];
  let failNext: { count: number; status: number; code: number } | null = null;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (failNext && failNext.count-- > 0) {
      return send(failNext.status, {
        error: { message: `fake error ${failNext.code}`, type: 'OAuthException', code: failNext.code, fbtrace_id: 'x' },
      });
    }
    if (!/^\/v19\.0\/[^/]+\/comments$/.test(url.pathname) || !url.searchParams.get('access_token'))
      return send(400, { error: { message: 'bad request', code: 100 } });
    const after = url.searchParams.get('after');
    const start = after ? Number(Buffer.from(after, 'base64').toString()) + 1 : 0;
    const limit = Number(url.searchParams.get('limit') ?? 25);
    const page = comments.slice(start, start + limit);
    const body: GraphCommentsResponse = { data: page };
    if (page.length > 0) {
      body.paging = {
        cursors: {
          before: Buffer.from(String(start)).toString('base64'),
          after: Buffer.from(String(start + page.length - 1)).toString('base64'),
        },
      };
    }
    send(200, body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  let n = 0;
  return {
    rootUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    add(message: string, from = { id: '1000001', name: 'Olena' }) {
      comments.push({
        id: `123456789_${++n}`,
        message,
        created_time: new Date(1_790_000_000_000 + n * 1000).toISOString().replace('.000Z', '+0000'),
        from,
      });
    },
    failNext: (count: number, status: number, code: number) => (failNext = { count, status, code }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('Facebook Live comments (Graph API, polled) and simulcast', () => {
  it('polls with the after cursor, recovers from errors with a gap, fails on a bad token', async () => {
    const graph = await startFakeGraph();
    cleanups.push(graph.close);
    const t = tempDatabase('studio-facebook-');
    cleanups.push(t.remove);
    const showId = insertLiveShow(t.db);
    const seen: StoredChatMessage[] = [];
    const service = chatServiceForTest({ db: t.db, showId: () => showId, onMessages: (m) => seen.push(...m) });
    cleanups.push(() => service.stop());
    for (let i = 0; i < 150; i++) graph.add(`A12 #${i}`);
    const fb = service.connect('facebook', {
      liveVideoId: '987654321',
      accessToken: 'page-token',
      rootUrl: graph.rootUrl,
      pollMs: 30,
      backoff: { initialMs: 20, maxMs: 60, jitter: 0 },
    });
    await waitUntil(() => seen.length === 150, `150 comments (${seen.length})`);
    expect(seen[0]).toMatchObject({
      platform: 'facebook',
      channel: '987654321',
      text: 'A12 #0',
      author: { platformUserId: '1000001', name: 'Olena' },
    });
    expect(seen[0]!.sentAt).toBe(1_790_000_001_000);
    // The first page (100) was followed at once by the next with its cursor.
    expect(graph.requests[1]!.searchParams.get('after')).not.toBeNull();
    graph.failNext(2, 500, 2);
    await waitUntil(() => fb.status().state === 'reconnecting', 'reconnecting');
    graph.add('after the outage');
    await waitUntil(() => seen.length === 151 && fb.status().state === 'connected', 'recovered');
    expect(new Set(seen.map((m) => m.platformMessageId)).size).toBe(151);
    await service.ingest.drain();
    expect(t.db.prepare("SELECT count(*) FROM show_events WHERE type = 'connector.gap'").pluck().get()).toBe(1);
    graph.failNext(1, 400, 190);
    await waitUntil(() => fb.status().state === 'failed', 'failed on a bad token');
    expect(fb.status().detail).toMatch(/fake error 190/);
  });

  it('Facebook, YouTube and manual entries at once merge into one feed in arrival order', async () => {
    const graph = await startFakeGraph();
    cleanups.push(graph.close);
    const api = await startFakeYouTubeApi();
    cleanups.push(api.close);
    const t = tempDatabase('studio-simulcast-');
    cleanups.push(t.remove);
    const showId = insertLiveShow(t.db);
    const seen: StoredChatMessage[] = [];
    const statuses: ConnectorStatus[] = [];
    const service = chatServiceForTest({
      db: t.db,
      showId: () => showId,
      onMessages: (m) => seen.push(...m),
      onStatus: (_s, all) => statuses.splice(0, statuses.length, ...all),
    });
    cleanups.push(() => service.stop());
    service.connect('facebook', { liveVideoId: 'fbvideo', accessToken: 'x', rootUrl: graph.rootUrl, pollMs: 25 });
    service.connect('youtube', {
      liveChatId: 'Cg0KC2xpdmVjaGF0aWQ',
      apiKey: 'k',
      rootUrl: api.rootUrl,
      quota: { nextReset: (now) => now + 60_000 },
    });
    await waitUntil(() => statuses.filter((s) => s.state === 'connected').length === 3, 'three sources live');
    for (let round = 0; round < 10; round++) {
      graph.add(`fb ${round}`);
      api.queue([yt.text(`yt ${round}`)]);
      await service.enterManual({ buyerName: 'Phone buyer', text: `manual ${round}` });
      await new Promise((r) => setTimeout(r, 30));
    }
    await waitUntil(() => seen.length === 30, `30 messages (${seen.length})`);
    const stored = listChatByShow(t.db, showId, 0, 100);
    expect(stored.map((m) => m.seq)).toEqual(seen.map((m) => m.seq));
    for (let i = 1; i < stored.length; i++) expect(stored[i]!.receivedAt).toBeGreaterThanOrEqual(stored[i - 1]!.receivedAt);
    expect(new Set(stored.map((m) => m.platform))).toEqual(new Set(['facebook', 'youtube', 'manual']));
    expect(statuses.map((s) => s.platform).sort()).toEqual(['facebook', 'manual', 'youtube']);
  });
});
