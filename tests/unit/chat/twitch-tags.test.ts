// IRC tags come from the network: a timestamp outside a sane window must not move dedupe windows
// or order times, and a line for another channel must not become an order in this one.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../electron/core/chat/events';
import { parseIrcLine } from '../../../electron/core/chat/twitch/irc-message';
import { normalizeTwitchMessage } from '../../../electron/core/chat/twitch/normalize';
import { TwitchConnector } from '../../../electron/core/chat/twitch/twitch-connector';
import { startIrcLoopbackServer } from '../../support/irc-loopback-server';
import { waitUntil } from '../../support/waits';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

function sentAtFor(tags: string): number | null {
  const e = normalizeTwitchMessage(parseIrcLine(`@${tags};user-id=1 :anna!anna@anna PRIVMSG #demoshop :A12 M`)!, NOW);
  if (e?.kind !== 'message') throw new Error('expected a message');
  return e.message.sentAt;
}

describe('tmi-sent-ts and time tags', () => {
  it('a sane timestamp is kept', () => {
    expect(sentAtFor(`tmi-sent-ts=${NOW - 1500}`)).toBe(NOW - 1500);
    expect(sentAtFor(`tmi-sent-ts=${NOW + DAY - 1}`)).toBe(NOW + DAY - 1);
    expect(sentAtFor(`time=${new Date(NOW - 10).toISOString()}`)).toBe(NOW - 10);
  });

  it('1970, before 2010, more than a day ahead or not finite: ignored for the receive time', () => {
    for (const ts of ['0', '1000', String(Date.UTC(2009, 11, 31)), String(NOW + DAY + 1), '9'.repeat(400), '-5', 'Infinity']) {
      expect(sentAtFor(`tmi-sent-ts=${ts}`), ts).toBeNull();
    }
    expect(sentAtFor('time=1970-01-01T00:00:00.000Z')).toBeNull();
    expect(sentAtFor('time=9999-01-01T00:00:00.000Z')).toBeNull();
  });

  it('an insane tmi-sent-ts falls back to a sane time tag', () => {
    expect(sentAtFor(`tmi-sent-ts=0;time=${new Date(NOW - 20).toISOString()}`)).toBe(NOW - 20);
  });

  it('deletions and bans with an insane time happen at the receive time', () => {
    const del = normalizeTwitchMessage(parseIrcLine('@target-msg-id=x;tmi-sent-ts=1 :tmi.twitch.tv CLEARMSG #demoshop :hi')!, NOW);
    expect(del).toMatchObject({ kind: 'delete', at: NOW });
    const ban = normalizeTwitchMessage(parseIrcLine(`@tmi-sent-ts=${NOW + 2 * DAY} :tmi.twitch.tv CLEARCHAT #demoshop :anna`)!, NOW);
    expect(ban).toMatchObject({ kind: 'ban', at: NOW });
  });
});

describe('the connector keeps to its joined channel', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('a PRIVMSG (or any channel event) for another channel is dropped; the joined one is kept', async () => {
    const server = await startIrcLoopbackServer();
    cleanups.push(() => server.close());
    const events: ChatEvent[] = [];
    const connector = new TwitchConnector(
      { channel: 'DemoShop', server: `${server.host}:${server.port}` },
      { sink: { push: (e: ChatEvent) => void events.push(e), drain: async () => {} }, clock: () => NOW, log: () => {} },
    );
    cleanups.push(() => connector.stop());
    connector.start();
    await server.waitForJoins(1);
    server.write([
      '@id=a;user-id=1 :anna!anna@anna PRIVMSG #othershop :A12 M',
      '@id=b;user-id=1 :anna!anna@anna USERNOTICE #othershop :resub A12',
      '@target-msg-id=x :tmi.twitch.tv CLEARMSG #othershop :A12',
      ':tmi.twitch.tv CLEARCHAT #othershop',
      '@id=c;user-id=1 :anna!anna@anna PRIVMSG anna :whispered A12',
      '@id=d;user-id=1 :anna!anna@anna PRIVMSG #DemoShop :A12 M',
      '@id=e;user-id=1 :anna!anna@anna PRIVMSG #demoshop :B7',
    ]);
    await waitUntil(() => events.some((e) => e.kind === 'message' && e.message.platformMessageId === 'e'), 'the last line');
    const kept = events.filter((e) => e.kind !== 'gap');
    expect(kept.map((e) => (e.kind === 'message' ? e.message.platformMessageId : e.kind))).toEqual(['d', 'e']);
  });
});
