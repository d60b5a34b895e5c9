// Connector fuzzing (issue 18's reliability suite): what arrives from a platform is input. The Twitch
// connector gets random bytes and malformed IRC (broken tags and escapes, no prefix, no channel, other
// channels, NUL and lone CR, invalid UTF-8, 64 KB lines) from a loopback IRC peer; the YouTube
// connector gets malformed JSON and wrong shapes from a loopback API. Between the garbage come real
// messages: each must be stored exactly once, and the connector must stay (or come back) connected.
// LSS_FUZZ_RUNS sets the garbage batches (default 20).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredChatMessage } from '../../../shared/contract/chat';
import { ChatIngest } from '../../../electron/core/chat/ingest';
import { TwitchConnector } from '../../../electron/core/chat/twitch/twitch-connector';
import { YouTubeConnector } from '../../../electron/core/chat/youtube/youtube-connector';
import { listChatByShow } from '../../../electron/core/store/chat';
import { startIrcLoopbackServer } from '../../support/irc-loopback-server';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';
import { startFakeYouTubeApi, yt } from '../chat/youtube-fake-api';

const RUNS = Number(process.env.LSS_FUZZ_RUNS ?? 20);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function storage() {
  const t = tempDatabase('studio-connector-fuzz-');
  cleanups.push(t.remove);
  const showId = insertLiveShow(t.db);
  const seen: StoredChatMessage[] = [];
  const ingest = new ChatIngest({ db: t.db, clock: () => Date.now(), showId: () => showId, onMessages: (m) => seen.push(...m) });
  cleanups.push(() => ingest.close());
  return { t, showId, seen, ingest };
}

const ircGarbage = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Buffer.from(b)),
  fc
    .tuple(
      fc.constantFrom(
        '',
        '@',
        '@badges=;',
        '@id=;tmi-sent-ts=abc;',
        '@display-name=\\s\\:\\\\\\;x;',
        '@emotes=25:0-4,12-16/1902:6-10;',
        '@a=b',
      ),
      fc.constantFrom('', ':', ':x!y@z ', ':tmi.twitch.tv ', ':nick!nick@nick.tmi.twitch.tv '),
      fc.constantFrom(
        'PRIVMSG',
        'PRIVMSG #other',
        'PRIVMSG #demoshop',
        'CLEARMSG #demoshop',
        'CLEARCHAT #demoshop',
        'USERNOTICE #demoshop',
        'PING',
        '001',
        'RECONNECT',
        'NOTICE #demoshop :msg-id slow mode',
        '',
      ),
      fc.oneof(
        fc.constant(''),
        fc.constant(' :'),
        fc.string({ maxLength: 80 }).map((s) => ` :${s}`),
      ),
    )
    .map(([tags, prefix, command, text]) => Buffer.from(`${tags} ${prefix}${command}${text}`.trimStart())),
  fc.constantFrom(
    Buffer.from('PRIVMSG #demoshop :\u0000nul\r'),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
    Buffer.from(`@id=big :big!big@big.tmi.twitch.tv PRIVMSG #demoshop :${'x'.repeat(64 * 1024)}`),
    Buffer.from('\r\r\r\n\n'),
  ),
);

const marker = (i: number) =>
  `@badges=;display-name=Marker;id=marker-${i};tmi-sent-ts=${Date.now()};user-id=4242 :marker!marker@marker.tmi.twitch.tv PRIVMSG #demoshop :marker ${i}`;

describe('connector fuzzing', () => {
  it('Twitch: random bytes and malformed IRC between real lines — every real line stored once, still connected', async () => {
    const server = await startIrcLoopbackServer();
    cleanups.push(() => server.close());
    const { t, showId, ingest } = storage();
    const connector = new TwitchConnector(
      { channel: 'demoshop', server: `${server.host}:${server.port}`, backoff: { initialMs: 50, maxMs: 200, jitter: 0 } },
      { sink: ingest, clock: () => Date.now(), log: () => {} },
    );
    cleanups.push(() => connector.stop());
    connector.start();
    await server.waitForJoins(1);

    const batches = fc.sample(fc.array(ircGarbage, { minLength: 1, maxLength: 8 }), {
      numRuns: RUNS,
      seed: Number(process.env.LSS_FUZZ_SEED ?? 42),
    });
    const stored = (i: number) => listChatByShow(t.db, showId).some((m) => m.text === `marker ${i}`);
    for (const [i, garbage] of batches.entries()) {
      const joinsBefore = server.joins;
      for (const bytes of garbage) server.writeRaw(Buffer.concat([bytes, Buffer.from('\r\n')]));
      server.write([marker(i)]);
      // A line the garbage made the connector reconnect over (RECONNECT, a line it refused) is gone, as on
      // Twitch: once it has joined again, the same line (same id) is sent again; it must still be stored once.
      await waitUntil(() => {
        if (stored(i) || server.joins > joinsBefore) return true;
        throw new Error(
          `connector ${JSON.stringify(connector.status())}; joins ${server.joins}; last sent ${server.received.slice(-3).join(' | ')}`,
        );
      }, `marker ${i} stored, or a reconnect`);
      if (!stored(i)) {
        await waitUntil(() => connector.status().state === 'connected', `connected again before marker ${i}`);
        server.write([marker(i)]);
        await waitUntil(() => stored(i), `marker ${i} stored after the reconnect`);
      }
    }
    const markers = listChatByShow(t.db, showId).filter((m) => m.author.name === 'Marker');
    expect(markers.map((m) => m.text).sort()).toEqual(batches.map((_, i) => `marker ${i}`).sort());
    await waitUntil(() => connector.status().state === 'connected', 'connected after the garbage');
  });

  it('YouTube: malformed JSON and wrong shapes between real pages — every real message stored once, polling goes on', async () => {
    const api = await startFakeYouTubeApi();
    cleanups.push(() => api.close());
    const { t, showId, ingest } = storage();
    const connector = new YouTubeConnector(
      {
        liveChatId: 'Cg0KC2xpdmVjaGF0aWQ',
        apiKey: 'test-key',
        rootUrl: api.rootUrl,
        backoff: { initialMs: 20, maxMs: 60, jitter: 0 },
        defaultPollMs: 40,
        quota: { nextReset: (now) => now + 60_000 },
      },
      { sink: ingest, clock: () => Date.now(), log: () => {} },
    );
    cleanups.push(() => connector.stop());
    const bodies = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc.constantFrom(
          '{"items": [null, 1, "x", {"id": 5, "snippet": null}]}',
          '{"items": [{"id": "x", "snippet": {"type": "textMessageEvent", "displayMessage": 12, "publishedAt": "not a date"}, "authorDetails": {}}]}',
          '{"pollingIntervalMillis": -1, "items": []}',
          '{"pollingIntervalMillis": 1e309, "nextPageToken": {"a": 1}}',
          '{"items": {"length": 1e9}}',
          '\u0000\u0001',
          '',
        ),
      ),
      { numRuns: RUNS, seed: Number(process.env.LSS_FUZZ_SEED ?? 42) },
    );
    const real = bodies.map((_, i) => yt.text(`real ${i}`));
    // Each garbage poll is followed by a real page; the real messages are queued for those pages.
    for (const body of bodies) api.rawNext(body);
    api.queue(real);
    connector.start();
    await waitUntil(() => {
      const have = listChatByShow(t.db, showId).filter((m) => m.text.startsWith('real '));
      if (have.length >= real.length) return true;
      throw new Error(`${have.length} stored; connector ${JSON.stringify(connector.status())}; ${api.requests.length} polls`);
    }, `all ${real.length} real messages stored`);
    const stored = listChatByShow(t.db, showId).filter((m) => m.text.startsWith('real '));
    expect(stored.map((m) => m.text).sort()).toEqual(real.map((_, i) => `real ${i}`).sort());
    expect(new Set(stored.map((m) => m.platformMessageId)).size).toBe(real.length);
    await waitUntil(() => connector.status().state === 'connected', 'polling again after the garbage');
  });
});
