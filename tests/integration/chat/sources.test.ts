/**
 * chat.sources.* end to end: a studio adds a Twitch source pointed at a
 * loopback IRC server, reads its chat into the feed and onto disk, starts it
 * again by itself after a restart on the same data folder, never lets its
 * token out (replies, events, settings, database, log), and stops it on remove.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatSourceEntry, StoredChatMessage } from '../../../shared/contract';
import { sourceId } from '../../../electron/core/chat/sources-service';
import { dataPaths } from '../../../electron/core/paths';
import { FileSecretStore } from '../../../electron/core/secrets/file-secret-store';
import { findChatMessage } from '../../../electron/core/store/chat';
import { startIrcLoopbackServer } from '../../support/irc-loopback-server';
import { connectClient, type TestClient } from '../../support/client';
import { startTestStudio, tempDir } from '../../support/studio';
import { waitUntil } from '../../support/waits';

const TOKEN_BODY = 's3cr3t-twitch-token-5f1e9a';
const TOKEN = `oauth:${TOKEN_BODY}`;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function privmsg(id: string, text: string): string {
  return `@badge-info=;badges=;color=#00FFB8;display-name=Anna;emotes=;flags=;id=${id};mod=0;room-id=100000001;subscriber=0;tmi-sent-ts=${Date.now()};turbo=0;user-id=4242;user-type= :anna!anna@anna.tmi.twitch.tv PRIVMSG #demoshop :${text}`;
}

/** Every event a client hears, serialised: what left the studio. */
function recordEverything(client: TestClient): string[] {
  const heard: string[] = [];
  client.socket.onAny((name: string, payload: unknown) => heard.push(`${name} ${JSON.stringify(payload)}`));
  return heard;
}

async function startOn(dataDir: string) {
  const studio = await startTestStudio({ dataDir, secrets: new FileSecretStore(dataPaths(dataDir).secrets) });
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  return { studio, host };
}

async function sourceState(host: TestClient, id: string): Promise<ChatSourceEntry | undefined> {
  const reply = await host.call('chat.sources.list', {});
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return (reply.result as ChatSourceEntry[]).find((e) => e.source.id === id);
}

describe('chat sources added from inside the studio', () => {
  it('adds a Twitch source, reads it live and from disk, restarts it by itself, keeps its token secret, removes it', async () => {
    const irc = await startIrcLoopbackServer();
    cleanups.push(() => irc.close());
    const dataDir = tempDir('lss-sources-');
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const replies: string[] = [];

    // First run: the host adds the channel with a posting account.
    let { studio, host } = await startOn(dataDir);
    let running = true;
    cleanups.push(async () => {
      host.close();
      if (running) await studio.close();
    });
    let heard = recordEverything(host);
    const add = await host.call('chat.sources.add', {
      platform: 'twitch',
      channel: '#DemoShop',
      server: `${irc.host}:${irc.port}`,
      username: 'shopbot',
      token: TOKEN,
    });
    replies.push(JSON.stringify(add));
    expect(add.ok).toBe(true);
    const id = sourceId({ platform: 'twitch', channel: 'demoshop' });
    expect(add.ok && (add.result as ChatSourceEntry)).toMatchObject({
      source: { platform: 'twitch', id, channel: 'demoshop', server: `${irc.host}:${irc.port}`, username: 'shopbot' },
      hasToken: true,
    });
    await irc.waitForJoins(1);
    // The token was used to log in (and only there).
    expect(await irc.waitForReceived((l) => l.startsWith('PASS '))).toBe(`PASS ${TOKEN}`);
    await expect.poll(async () => (await sourceState(host, id))?.status.state).toBe('connected');

    // A duplicate (same channel, any spelling) is refused; a bad channel or server is invalid input.
    const again = await host.call('chat.sources.add', { platform: 'twitch', channel: 'demoshop' });
    expect(again.ok === false && again.error.code).toBe('conflict');
    const badChannel = await host.call('chat.sources.add', { platform: 'twitch', channel: 'no spaces!' });
    expect(badChannel.ok === false && badChannel.error.code).toBe('invalid_input');
    const badServer = await host.call('chat.sources.add', { platform: 'twitch', channel: 'other', server: 'irc.example:99999' });
    expect(badServer.ok === false && badServer.error.code).toBe('invalid_input');
    const badUrl = await host.call('chat.sources.add', { platform: 'youtube', liveChatId: 'abc', apiKey: 'k', rootUrl: 'ftp://x' });
    expect(badUrl.ok === false && badUrl.error.code).toBe('invalid_input');
    // A moderator may see the sources but not add one.
    const moderator = await connectClient(studio.baseUrl, studio.issueToken('moderator', 'mia'));
    cleanups.push(() => moderator.close());
    expect((await moderator.call('chat.sources.list', {})).ok).toBe(true);
    const forbidden = await moderator.call('chat.sources.add', { platform: 'twitch', channel: 'other' });
    expect(forbidden.ok === false && forbidden.error.code).toBe('forbidden');

    // A line the server writes reaches the feed after it is on disk.
    const arrived = host.next('chat.messages', (batch) => batch.some((m) => m.platformMessageId === 'src-0001'));
    irc.write([privmsg('src-0001', 'hello from the loopback channel')]);
    const batch: StoredChatMessage[] = await arrived;
    expect(batch.find((m) => m.platformMessageId === 'src-0001')).toMatchObject({
      platform: 'twitch',
      channel: 'demoshop',
      text: 'hello from the loopback channel',
    });
    expect(findChatMessage(studio.db, 'twitch', 'src-0001')?.text).toBe('hello from the loopback channel');

    const settings = await host.call('settings.get', {});
    replies.push(JSON.stringify(settings));
    expect(settings.ok && (settings.result as { chat: { sources: unknown[] } }).chat.sources).toEqual([
      { platform: 'twitch', id, channel: 'demoshop', server: `${irc.host}:${irc.port}`, username: 'shopbot' },
    ]);
    // settings.update cannot write sources behind chat.sources' back (the section is not part of its input).
    await host.call('settings.update', { chat: { sources: [] } } as never);
    expect((await sourceState(host, id))?.source.id).toBe(id);
    replies.push(JSON.stringify(await host.call('chat.sources.list', {})));
    replies.push(JSON.stringify(await host.call('status.get', {})));
    const firstRunHeard = heard;

    // Restart on the same data folder: the source comes back by itself.
    host.close();
    running = false;
    await studio.close();
    ({ studio, host } = await startOn(dataDir));
    running = true;
    heard = recordEverything(host);
    await irc.waitForJoins(2);
    await expect.poll(async () => (await sourceState(host, id))?.status.state).toBe('connected');
    expect(irc.received.filter((l) => l === `PASS ${TOKEN}`)).toHaveLength(2);
    const afterRestart = host.next('chat.messages', (b) => b.some((m) => m.platformMessageId === 'src-0002'));
    irc.write([privmsg('src-0002', 'still here after the restart')]);
    await afterRestart;
    expect(findChatMessage(studio.db, 'twitch', 'src-0002')?.text).toBe('still here after the restart');
    replies.push(JSON.stringify(await host.call('chat.sources.list', {})));

    // Remove: the connector stops for good, the setting and the secret are gone.
    const joinsBefore = irc.joins;
    const removed = await host.call('chat.sources.remove', { id });
    replies.push(JSON.stringify(removed));
    expect(removed.ok && removed.result).toEqual([]);
    await waitUntil(() => !studio.services.chat.statuses().some((s) => s.id === id), 'connector removed');
    const status = await host.call('status.get', {});
    expect(status.ok && (status.result as { chat: { id: string }[] }).chat.some((c) => c.id === id)).toBe(false);
    irc.write([privmsg('src-0003', 'nobody listens')]);
    await new Promise((r) => setTimeout(r, 300));
    expect(findChatMessage(studio.db, 'twitch', 'src-0003')).toBeNull();
    expect(irc.joins).toBe(joinsBefore);
    const gone = await host.call('chat.sources.remove', { id });
    expect(gone.ok === false && gone.error.code).toBe('not_found');
    expect(new FileSecretStore(dataPaths(dataDir).secrets).names().filter((n) => n.startsWith('chat.'))).toEqual([]);

    // The token never left the secret store: not in a reply, an event, the settings, the database or the log.
    const everything = [...replies, ...firstRunHeard, ...heard].join('\n');
    expect(everything).toContain('"hasToken":true');
    expect(everything).not.toContain(TOKEN_BODY);
    host.close();
    running = false;
    await studio.close();
    const dbFiles = fs.readdirSync(dataDir).filter((f) => f.startsWith('studio.db'));
    expect(dbFiles).toContain('studio.db');
    for (const f of dbFiles) expect(fs.readFileSync(path.join(dataDir, f)).includes(TOKEN_BODY), f).toBe(false);
    const logs = dataPaths(dataDir).logs;
    for (const f of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
      expect(fs.readFileSync(path.join(logs, f)).includes(TOKEN_BODY), f).toBe(false);
    }
  });
});
