/**
 * `studio listen`: records chat into a show from the command line, through the
 * same ingest path and commerce engine as the running studio (orders take their
 * stock in the same commit as their message), then prints counts. Read-only
 * towards the platforms: nothing is posted to chat from here.
 */
import fs from 'node:fs';
import type { ReplayResult } from '../core/chat/replay/replay-connector';
import { ChatService } from '../core/chat/service';
import { openDatabase } from '../core/store/db';
import { readSettings } from '../core/store/settings';
import { orderTotalsByState } from '../core/store/orders';
import { createShow, getShow, liveShowId } from '../core/store/shows';
import { parseCommandArgs, databaseFile } from './args';
import { headlessCommerce } from '../core/commerce/headless';
import { EXIT, UsageError, type CliIo } from './io';

export const LISTEN_HELP = `Usage: studio listen [--db FILE] [--show ID] [--twitch CHANNEL] [--twitch-server HOST[:PORT]]
                     [--youtube LIVE_CHAT_ID (--youtube-key-file F | --youtube-root URL)]
                     [--replay FILE --speed N|max] [--seconds N]

Records chat into a show (--show ID; else the live show; else a new live show) until the time is
up, the replay ends, or Ctrl+C; claims become orders and questions are queued exactly as in the
studio. Prints counts. A replayed file can be replayed again: messages already stored are skipped.
  --twitch CHANNEL          read a Twitch channel anonymously
  --twitch-server HOST:PORT another IRC server (tests)
  --youtube LIVE_CHAT_ID    read a YouTube live chat with the API key in --youtube-key-file
  --youtube-root URL        another API root (tests)
  --replay FILE             a recorded chat (JSONL ChatMessages and feature events, or raw Twitch IRC)
  --speed N|max             replay speed: 1 = as recorded, N times faster, or max (default max)
  --seconds N               stop after N seconds
`;

export async function listenCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      db: { type: 'string' },
      show: { type: 'string' },
      twitch: { type: 'string' },
      'twitch-server': { type: 'string' },
      youtube: { type: 'string' },
      'youtube-key-file': { type: 'string' },
      'youtube-root': { type: 'string' },
      replay: { type: 'string' },
      speed: { type: 'string' },
      seconds: { type: 'string' },
    },
    false,
  );
  if (values.help) {
    io.stdout.write(LISTEN_HELP);
    return EXIT.ok;
  }
  values.db = databaseFile(values.db, io.env);
  if (!values.twitch && !values.youtube && !values.replay) throw new UsageError('name a source: --twitch, --youtube or --replay');
  if (values.replay && !fs.existsSync(values.replay)) throw new UsageError(`no such file: ${values.replay}`);
  const speed = values.speed === undefined || values.speed === 'max' ? 'max' : Number(values.speed);
  if (speed !== 'max' && !(speed > 0)) throw new UsageError(`--speed must be a positive number or max, got ${values.speed}`);
  const seconds = values.seconds === undefined ? null : Number(values.seconds);
  if (seconds !== null && !(seconds > 0)) throw new UsageError(`--seconds must be a positive number, got ${values.seconds}`);
  if (values.youtube && !values['youtube-key-file'] && !values['youtube-root'])
    throw new UsageError('--youtube needs --youtube-key-file (or --youtube-root for a test server)');

  const db = openDatabase({ file: values.db });
  try {
    const showId = chooseShow(db, values.show, io);
    const log = (level: string, message: string) => {
      if (level === 'warn' || level === 'error') io.stderr.write(`${message}\n`);
    };
    const { engine, close: closeCommerce } = headlessCommerce({
      db,
      showId,
      extraIntentRules: () => readSettings(db).commerce.extraIntentRules,
      log,
    });
    // Headless: the counts printed at the end are the only output, so the live events go nowhere.
    const ignore = () => {};
    const chat = new ChatService({
      db,
      showId: () => showId,
      clock: Date.now,
      log,
      onMessages: ignore,
      onDeleted: ignore,
      onStatus: ignore,
      onTimeline: ignore,
      onFeature: ignore,
      onOutbox: ignore,
      ingestHook: engine,
    });
    const ordersBefore = countOrders(db, showId);
    const waits: Promise<unknown>[] = [];
    if (values.twitch) chat.connect('twitch', { channel: values.twitch, server: values['twitch-server'] });
    if (values.youtube) {
      const apiKey = values['youtube-key-file'] ? fs.readFileSync(values['youtube-key-file'], 'utf8').trim() : 'test-key';
      chat.connect('youtube', { liveChatId: values.youtube, apiKey, rootUrl: values['youtube-root'] });
    }
    let replayed: ReplayResult | null = null;
    if (values.replay) {
      const replay = chat.connect('replay', { file: values.replay, speed });
      waits.push(replay.done.then((r) => (replayed = r)));
    }
    // Live sources run until the time is up or Ctrl+C; a replay alone ends when the file does.
    const live = Boolean(values.twitch || values.youtube);
    let onSignal = () => {};
    const stop = new Promise<void>((resolve) => {
      onSignal = () => resolve();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      if (seconds !== null) setTimeout(resolve, seconds * 1000).unref();
      if (!live) void Promise.all(waits).then(() => resolve());
    });
    await stop;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await chat.stop();
    closeCommerce();

    const stats = chat.stats();
    const after = countOrders(db, showId);
    const lines = [
      `show ${showId}`,
      `messages: ${stats.received} received, ${stats.stored} stored, ${stats.duplicates} already stored`,
      replayLine(replayed),
      `orders: ${after.total - ordersBefore.total} new (${
        Object.entries(after.byState)
          .map(([state, n]) => `${state} ${n - (ordersBefore.byState[state] ?? 0)}`)
          .filter((s) => !s.endsWith(' 0'))
          .join(', ') || 'none'
      }); ${engine.counts.duplicate} repeated claims, ${engine.counts.over_limit} over the limit`,
      `cancels: ${engine.counts.cancel}, corrections: ${engine.counts.correction}, questions: ${engine.counts.question}`,
    ].filter((l): l is string => l !== null);
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}

function chooseShow(db: ReturnType<typeof openDatabase>, show: string | undefined, io: CliIo): number {
  if (show !== undefined) {
    const id = Number(show);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--show must be a show id, got ${show}`);
    if (!getShow(db, id)) throw new UsageError(`no show with id ${id}`);
    return id;
  }
  const live = liveShowId(db);
  if (live !== null) {
    io.stderr.write(`recording into the live show ${live}\n`);
    return live;
  }
  const id = createShow(
    db,
    { title: `Chat recorded ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`, state: 'live' },
    Date.now(),
  );
  io.stderr.write(`recording into a new live show ${id}\n`);
  return id;
}

function countOrders(db: ReturnType<typeof openDatabase>, showId: number): { total: number; byState: Record<string, number> } {
  const totals = orderTotalsByState(db, showId);
  return { total: totals.reduce((s, t) => s + t.count, 0), byState: Object.fromEntries(totals.map((t) => [t.state, t.count])) };
}

function replayLine(r: ReplayResult | null): string | null {
  return r ? `replay: ${r.lines} lines, ${r.features} feature changes, ${r.skipped} unreadable` : null;
}
