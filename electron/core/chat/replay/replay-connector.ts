import fs from 'node:fs';
import { ChatMessageSchema, type ChatMessage } from '../../../../shared/contract/chat';
import { TimestampSchema } from '../../../../shared/contract/define';
import { StatusTracker, type ChatConnector, type ConnectorDeps, type ConnectorStatus } from '../connector';
import type { ChatEvent } from '../events';
import { parseIrcLine } from '../twitch/irc-message';
import { normalizeTwitchMessage } from '../twitch/normalize';

export interface ReplayOptions {
  /** JSONL of ChatMessage (plus `{"type":"feature","code":"A12","at":…}` show events), or raw Twitch IRC lines. */
  file: string;
  /** 1 = as recorded, N = N times faster, 'max' = as fast as ingest takes it. */
  speed: number | 'max';
  id?: string;
  /** In 'max' mode, yield to I/O (socket writes, timers) after this many lines. */
  yieldEvery?: number;
}

export interface ReplayResult {
  lines: number;
  messages: number;
  features: number;
  skipped: number;
}

/** Parses one recorded line into an event plus its recorded time (for pacing); null for lines without one. */
export function parseReplayLine(line: string, now: number): { event: ChatEvent; recordedAt: number | null } | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('{')) {
    const raw = JSON.parse(trimmed) as Record<string, unknown>;
    if (raw.type === 'feature') {
      // The recording's time paces the replay; the show is told now, as its messages are received now: a feature
      // dated by the recording would fall outside the show it is played into (its report's segments, its timeline).
      const recordedAt = TimestampSchema.parse(raw.at);
      const code = raw.code == null ? null : String(raw.code);
      return { event: { kind: 'feature', code, at: now, recordedAt }, recordedAt };
    }
    // zod hands back a fresh object: reuse it rather than copy (this runs per line at full speed).
    const message: ChatMessage = ChatMessageSchema.parse(raw);
    const recordedAt = message.sentAt ?? message.receivedAt;
    message.receivedAt = now;
    // Store-assigned fields come from this studio's store, not the recording.
    message.seq = undefined;
    message.showId = undefined;
    message.buyerId = undefined;
    return { event: { kind: 'message', message }, recordedAt };
  }
  const irc = parseIrcLine(trimmed);
  const event = irc ? normalizeTwitchMessage(irc, now) : null;
  if (!event) return null;
  const recordedAt = event.kind === 'message' ? event.message.sentAt : 'at' in event ? event.at : null;
  return { event, recordedAt };
}

/** Plays a recorded chat into ingest. Ids are kept, so replaying into a show that has them adds nothing. */
export class ReplayConnector implements ChatConnector {
  readonly id: string;
  readonly platform = 'replay' as const;
  readonly channel: string;
  /** Resolves when the whole file has been played and is on disk. */
  readonly done: Promise<ReplayResult>;
  private readonly tracker: StatusTracker;
  private stopped = false;
  private started = false;
  private resolveDone!: (r: ReplayResult) => void;
  private rejectDone!: (e: Error) => void;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly options: ReplayOptions,
    private readonly deps: ConnectorDeps,
  ) {
    if (options.speed !== 'max' && !(options.speed > 0)) throw new Error(`replay speed must be > 0 or 'max', got ${options.speed}`);
    this.channel = options.file;
    this.id = options.id ?? `replay:${options.file}`;
    this.tracker = new StatusTracker({ id: this.id, platform: 'replay', channel: this.channel }, deps.clock);
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    this.done.catch(() => {}); // reported through status as well
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.tracker.set('connected', `replaying at ${this.options.speed === 'max' ? 'full speed' : `${this.options.speed}×`}`);
    this.run().then(this.resolveDone, (error: Error) => {
      this.tracker.set('failed', error.message);
      this.rejectDone(error);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.done.catch(() => {});
  }

  status(): ConnectorStatus {
    return this.tracker.get();
  }

  onStatus(listener: (status: ConnectorStatus) => void): () => void {
    return this.tracker.on(listener);
  }

  private async run(): Promise<ReplayResult> {
    const result: ReplayResult = { lines: 0, messages: 0, features: 0, skipped: 0 };
    const pace = { firstRecorded: null as number | null, wallStart: this.deps.clock() };
    for await (const lines of readLineChunks(this.options.file)) {
      for (const line of lines) {
        if (this.stopped) break;
        await this.play(line, result, pace);
      }
      if (this.stopped) break;
    }
    await this.deps.sink.drain();
    // A replay that reached its end is done (grey in the status bar); one stopped by the user is disconnected.
    this.tracker.set(
      this.stopped ? 'disconnected' : 'ended',
      `replay ${this.stopped ? 'stopped' : 'finished'}: ${result.messages} messages${result.skipped ? `, ${result.skipped} unreadable lines skipped` : ''}`,
    );
    return result;
  }

  private async play(line: string, result: ReplayResult, pace: { firstRecorded: number | null; wallStart: number }): Promise<void> {
    const { sink, clock, log } = this.deps;
    const speed = this.options.speed;
    result.lines++;
    let parsed: ReturnType<typeof parseReplayLine>;
    try {
      parsed = parseReplayLine(line, clock());
    } catch (error) {
      result.skipped++;
      log('warn', `replay: line ${result.lines} skipped: ${(error as Error).message.slice(0, 200)}`, { file: this.options.file });
      return;
    }
    if (!parsed) return;
    if (speed !== 'max' && parsed.recordedAt !== null) {
      // The clock starts at the first paced message, not when the file was opened: reading it may
      // take a while (a big file, a busy machine), and the gaps after the first must stay as recorded.
      if (pace.firstRecorded === null) {
        pace.firstRecorded = parsed.recordedAt;
        pace.wallStart = clock();
      }
      const wait = pace.wallStart + (parsed.recordedAt - pace.firstRecorded) / speed - clock();
      if (wait > 1) await this.sleep(wait);
      if (this.stopped) return;
      if (parsed.event.kind === 'message') parsed.event.message.receivedAt = clock();
      else if (parsed.event.kind === 'feature') parsed.event.at = clock();
    }
    sink.push(parsed.event);
    if (parsed.event.kind === 'message') result.messages++;
    else if (parsed.event.kind === 'feature') result.features++;
    if (speed === 'max' && result.lines % (this.options.yieldEvery ?? 2000) === 0) {
      // Back-pressure and fairness: commit what is queued, then let sockets and timers run.
      await sink.drain();
      await new Promise((r) => setImmediate(r));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.wake = null;
        resolve();
      }, ms);
    });
  }
}

/**
 * The file's lines, a 1 MiB chunk's worth at a time (readline's per-line events cost
 * more than the parsing at full replay speed). Splits on LF, drops a trailing CR.
 */
async function* readLineChunks(file: string): AsyncGenerator<string[]> {
  let rest = '';
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    const lines: string[] = [];
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', start)) !== -1) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      lines.push(text.slice(start, end));
      start = nl + 1;
    }
    rest = text.slice(start);
    yield lines;
  }
  if (rest) yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}
