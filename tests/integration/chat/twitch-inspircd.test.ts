import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredChatMessage } from '../../../shared/contract/chat';
import type { ConnectorStatus } from '../../../electron/core/chat/connector';
import { ChatIngest } from '../../../electron/core/chat/ingest';
import { TwitchConnector } from '../../../electron/core/chat/twitch/twitch-connector';
import { listChatByShow } from '../../../electron/core/store/chat';
import { ircClient, startInspircd, type Inspircd } from '../../support/inspircd';
import { waitUntil } from '../../support/waits';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';

// A real IRC server (Debian's InspIRCd) as the Twitch peer: connect, receive, post,
// and the server killed and restarted under the connector.
describe('Twitch connector against a real IRC server (inspircd)', () => {
  let server: Inspircd;
  const t = tempDatabase('studio-twitch-inspircd-');
  const showId = insertLiveShow(t.db);
  const seen: StoredChatMessage[] = [];
  const ingest = new ChatIngest({ db: t.db, clock: () => Date.now(), showId: () => showId, onMessages: (m) => seen.push(...m) });
  const statuses: ConnectorStatus[] = [];
  let connector: TwitchConnector;

  beforeAll(async () => {
    server = await startInspircd();
    connector = new TwitchConnector(
      {
        channel: 'DemoShop',
        server: `${server.host}:${server.port}`,
        // inspircd ignores the token; it makes the connector a poster so send() exists.
        username: 'studiobot',
        token: 'oauth:not-checked-by-the-test-peer',
        backoff: { initialMs: 100, maxMs: 1000, jitter: 0 },
        keepaliveMs: 2000,
      },
      { sink: ingest, clock: () => Date.now(), log: () => {} },
    );
    connector.onStatus((s) => statuses.push(s));
    connector.start();
  });

  afterAll(async () => {
    await connector?.stop();
    await server?.stop();
    ingest.close();
    t.remove();
  });

  it('connects, joins and receives messages and /me actions with the server’s msgid', async () => {
    await waitUntil(() => connector.status().state === 'connected', 'connector connected');
    const seller = await ircClient(server.host, server.port, 'buyer01', 'demoshop');
    for (let i = 0; i < 50; i++) seller.say(`A12 size M #${i} — дякую 👌`);
    seller.say('\u0001ACTION wants B7\u0001');
    await waitUntil(() => seen.length === 51, `51 messages stored (have ${seen.length})`);
    seller.close();
    expect(seen[0]).toMatchObject({
      platform: 'twitch',
      channel: 'demoshop',
      text: 'A12 size M #0 — дякую 👌',
      author: { platformUserId: 'buyer01', name: 'buyer01' },
    });
    expect(seen[0]!.platformMessageId).not.toMatch(/^h-/); // inspircd's msgid, not a content hash
    expect(seen[0]!.sentAt).toBeTypeOf('number');
    expect(seen[50]).toMatchObject({ isAction: true, text: 'wants B7' });
    expect(listChatByShow(t.db, showId, 0, 1000).length).toBe(51);
  });

  it('posts a reply that other clients receive', async () => {
    const viewer = await ircClient(server.host, server.port, 'viewer02', 'demoshop');
    const got = viewer.waitFor(/PRIVMSG #demoshop :Thanks! A12 is yours/);
    await connector.send!('Thanks! A12 is yours\r\nQUIT');
    await got;
    viewer.close();
  });

  it('the server killed and restarted: reconnecting since the loss, then live again by itself, gap on the timeline', async () => {
    await server.kill();
    await waitUntil(() => connector.status().state === 'reconnecting', 'reconnecting state');
    const lostAt = connector.status().since;
    await new Promise((r) => setTimeout(r, 800)); // a few refused attempts
    expect(connector.status()).toMatchObject({ state: 'reconnecting', since: lostAt });
    await server.restart();
    await waitUntil(() => connector.status().state === 'connected', 'reconnected');
    const seller = await ircClient(server.host, server.port, 'buyer03', 'demoshop');
    seller.say('after the restart: C3');
    await waitUntil(() => seen.some((m) => m.text === 'after the restart: C3'), 'message after restart');
    seller.close();
    await ingest.drain();
    // Nothing doubled by the reconnect: every message once, on screen and on disk.
    const ids = seen.map((m) => m.platformMessageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(listChatByShow(t.db, showId, 0, 1000).length).toBe(ids.length);
    expect(seen.filter((m) => m.text === 'after the restart: C3')).toHaveLength(1);
    const gaps = t.db.prepare("SELECT data FROM show_events WHERE show_id = ? AND type = 'connector.gap'").pluck().all(showId) as string[];
    expect(gaps.length).toBe(1);
    const gap = JSON.parse(gaps[0]!);
    expect(gap).toMatchObject({ connector: 'twitch:demoshop', from: lostAt });
    expect(gap.ms).toBeGreaterThan(500);
    expect(statuses.map((s) => s.state)).toEqual(expect.arrayContaining(['connecting', 'connected', 'reconnecting']));
  });
});
