import { afterEach, describe, expect, it } from 'vitest';
import type { ChatDeletion, StoredChatMessage } from '../../../shared/contract/chat';
import { ChatIngest } from '../../../electron/core/chat/ingest';
import { TwitchConnector } from '../../../electron/core/chat/twitch/twitch-connector';
import { listChatByShow } from '../../../electron/core/store/chat';
import { startIrcLoopbackServer, type IrcLoopbackServer } from '../../support/irc-loopback-server';
import { fixtureLines } from '../../unit/chat/fixtures';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const server = await startIrcLoopbackServer();
  cleanups.push(() => server.close());
  const t = tempDatabase('studio-twitch-loopback-');
  cleanups.push(t.remove);
  const showId = insertLiveShow(t.db);
  const seen: StoredChatMessage[] = [];
  const deletions: ChatDeletion[] = [];
  const clock = () => Date.now();
  const ingest = new ChatIngest({
    db: t.db,
    clock,
    showId: () => showId,
    onMessages: (m) => seen.push(...m),
    onDeleted: (d) => deletions.push(d),
  });
  cleanups.push(() => ingest.close());
  const connector = new TwitchConnector(
    { channel: 'demoshop', server: `${server.host}:${server.port}`, backoff: { initialMs: 50, maxMs: 200, jitter: 0 } },
    { sink: ingest, clock, log: () => {} },
  );
  cleanups.push(() => connector.stop());
  connector.start();
  await server.waitForJoins(1);
  return { server, t, showId, seen, deletions, ingest, connector };
}

/** tmi.js's lines were captured in other channels; the connector keeps only its joined one's, so they are replayed there. */
const inJoinedChannel = (line: string) => line.replace(/ (PRIVMSG|USERNOTICE|CLEARMSG|CLEARCHAT) #\w+/, ' $1 #demoshop');

async function joinAgain(server: IrcLoopbackServer, connector: TwitchConnector, count: number) {
  server.dropClients();
  await server.waitForJoins(count);
  await waitUntil(() => connector.status().state === 'connected', 'connected again');
}

describe('Twitch connector on a loopback server streaming captured lines', () => {
  it('logs in anonymously and parses tags: badges, display names, bits, deletions, timeouts, /me', async () => {
    const { server, t, showId, seen, deletions, ingest } = await setup();
    expect(server.received.find((l) => l.startsWith('NICK'))).toMatch(/^NICK justinfan\d+$/);
    expect(server.received.some((l) => l.startsWith('PASS'))).toBe(false);
    expect(server.received).toContain('CAP REQ :twitch.tv/tags twitch.tv/commands');
    server.write([
      ...fixtureLines('channel-sample-300.irc'),
      ...fixtureLines('tmijs-event-lines.irc').map(inJoinedChannel),
      ...fixtureLines('project-clearmsg.irc'),
    ]);
    // 292 PRIVMSG + tmi.js: 9 PRIVMSG (one from jtv) + 3 USERNOTICE with words + 2 project lines.
    await waitUntil(() => seen.length >= 292 + 9 + 3 + 2 - 2, `messages stored (${seen.length})`);
    await new Promise((r) => setTimeout(r, 100));
    await ingest.drain();
    const stored = listChatByShow(t.db, showId, 0, 1000);
    // Identical ids in the tmi.js lines (0000… resubs, the cheer pair without id) collapse: that is dedupe working.
    expect(stored.length).toBe(seen.length);
    const byName = (name: string) => stored.filter((m) => m.author.name === name);
    expect(byName('Viewer0006')[0]!.author.badges).toEqual(expect.arrayContaining(['moderator', 'subscriber']));
    expect(byName('Schmoopiie').some((m) => m.isAction && m.text === 'Hello :)' && m.author.badges.includes('owner'))).toBe(true);
    expect(stored.filter((m) => m.paid?.currency === 'BITS').map((m) => m.paid!.amountMinor)).toContain(100);
    // CLEARMSG marked the project's first message; the CLEARCHAT timeouts marked Viewer0002's messages.
    const deleted = stored.find((m) => m.platformMessageId === '1f0c3a9e-0000-4000-8000-000000000001')!;
    expect(deleted).toMatchObject({ deletedReason: 'deleted', text: 'A12 size M please' });
    expect(byName('Viewer0002').every((m) => m.deletedReason === 'timeout' || m.deletedAt === null)).toBe(true);
    expect(byName('Viewer0002').some((m) => m.deletedReason === 'timeout')).toBe(true);
    expect(deletions.some((d) => d.reason === 'deleted')).toBe(true);
    expect(stored.find((m) => m.author.name === 'Buyer02')).toMatchObject({
      isAction: true,
      text: 'wants B7',
      author: { badges: ['vip'] },
    });
  });

  it('the server resends already-delivered ids after a reconnect: nothing is stored twice', async () => {
    const { server, t, showId, seen, ingest, connector } = await setup();
    const lines = fixtureLines('channel-sample-300.irc').filter((l) => l.includes(' PRIVMSG '));
    server.write(lines.slice(0, 200));
    await waitUntil(() => seen.length === 200, 'first 200');
    server.resendOnRejoin = 150; // replays 50..199 on the next join
    await joinAgain(server, connector, 2);
    server.write(lines.slice(200));
    await waitUntil(() => seen.length === lines.length, `all ${lines.length} (${seen.length})`);
    await new Promise((r) => setTimeout(r, 100));
    await ingest.drain();
    expect(seen.length).toBe(lines.length);
    expect(new Set(seen.map((m) => m.platformMessageId)).size).toBe(lines.length);
    expect(listChatByShow(t.db, showId, 0, 1000).length).toBe(lines.length);
    expect(ingest.stats()).toMatchObject({ duplicates: 150, gaps: 1 });
    expect(t.db.prepare("SELECT count(*) FROM show_events WHERE type = 'connector.gap'").pluck().get()).toBe(1);
  });

  it('a burst written over the socket cut between every \\r and \\n loses and merges nothing', async () => {
    const { server, seen } = await setup();
    const lines = fixtureLines('channel-sample-300.irc').filter((l) => l.includes(' PRIVMSG '));
    const bytes = Buffer.from(lines.map((l) => `${l}\r\n`).join(''));
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0x0d) continue;
      server.writeRaw(bytes.subarray(start, i + 1)); // ends with \r; its \n starts the next write
      start = i + 1;
      if (i % 7 === 0) await new Promise((r) => setImmediate(r)); // let some writes leave as separate segments
    }
    server.writeRaw(bytes.subarray(start));
    await waitUntil(() => seen.length === lines.length, `all ${lines.length} (${seen.length})`);
    expect(seen.map((m) => m.text)).toEqual(lines.map((l) => l.slice(l.indexOf(' :', l.indexOf(' PRIVMSG ')) + 2)));
  });

  it('answers PING and reconnects on Twitch’s RECONNECT', async () => {
    const { server, connector } = await setup();
    server.write(['PING :tmi.twitch.tv']);
    await server.waitForReceived((l) => l === 'PONG :tmi.twitch.tv');
    server.write([':tmi.twitch.tv RECONNECT']);
    await server.waitForJoins(2);
    await waitUntil(() => connector.status().state === 'connected', 'connected again');
  });

  it('a refused login fails with the reason and does not retry', async () => {
    const { server, connector } = await setup();
    server.write([':tmi.twitch.tv NOTICE * :Login authentication failed']);
    await waitUntil(() => connector.status().state === 'failed', 'failed');
    expect(connector.status().detail).toMatch(/Login authentication failed/);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.joins).toBe(1);
  });
});
