import { performance } from 'node:perf_hooks';
import type { ChatDeletion, ChatMessage, StoredChatMessage } from '../../../shared/contract/chat';
import type { TimelineEvent } from '../../../shared/contract/shows';
import type { Db } from '../store/db';
import { forgetCachedBuyers } from '../store/buyers';
import { insertChatBatch, markAuthorMessagesDeleted, markMessageDeleted } from '../store/chat';
import { indexPendingChat } from '../store/search';
import { appendTimeline } from '../store/shows';
import { writeTx } from '../store/sql';
import type { Clock } from '../clock';
import { silentLog, type ChatEvent, type ChatLog, type ChatSink } from './events';

/**
 * The most events one commit takes without the commerce hook. A claim waits for its whole batch (every
 * message of it classified, its orders written, then one fsync), so the bound is what keeps a claim's
 * commit within milliseconds while a backlog (a replay at full speed, a reconnect catching up) is read:
 * bigger batches would buy throughput with every claim's wait (issue 18: claim.commit.p99 < 10 ms,
 * measured in the same run as ingest's throughput). Plain chat costs a tenth of a commerce message, and
 * its commit is most of a batch's time: a fixed bound of 128.
 */
export const MAX_INGEST_BATCH = 128;

/**
 * With the commerce hook a batch is bounded by work, not by a fixed count (issue 18): a backlog's batch
 * takes as many events as its apply and commit can do in `budgetMs`, at the cost per event the last full
 * batches measured, between `min` and `max` (a burst starts at `start`). Cheaper messages (chatter, a
 * faster machine) buy bigger batches, a loaded machine smaller ones, and a claim's wait stays near the
 * budget either way: its wait is its batch's apply and commit. The budget: a full batch's apply + commit
 * of 3.5 ms put claim.commit.p99 at ~7–8 ms on a quiet machine (README, ingest figures); until 28 Nov the
 * bound was a fixed 40 (48 before).
 */
export const COMMERCE_BATCH = { start: 40, min: 16, max: 160, budgetMs: 3.5 } as const;

/**
 * The chat search index is written after the claims' commit (migration 0020): this long after a
 * commit, in passes of at most INDEX_PASS messages, each its own short transaction (a message that
 * arrives meanwhile waits for one pass at most). A search indexes whatever is still pending first.
 */
export const INDEX_DELAY_MS = 100;
export const INDEX_PASS = 256;

export interface ChatIngestOptions {
  db: Db;
  clock: Clock;
  log?: ChatLog;
  /** The show new messages belong to (the live one); null stores them without a show. */
  showId: () => number | null;
  /** Called after the batch is committed: clients never see a message that is not on disk. */
  onMessages?: (messages: StoredChatMessage[]) => void;
  onDeleted?: (deletion: ChatDeletion) => void;
  onTimeline?: (event: TimelineEvent) => void;
  /** A replay's show event (feature change); the composition root applies it to the show unless `applied` (the hook already did, in the transaction). */
  onFeature?: (feature: { code: string | null; at: number; applied: boolean }) => void;
  /** Runs inside the ingest transaction (the commerce engine): every stored message and replay feature, in order. */
  hook?: IngestHook;
  /**
   * Flush at once when this many events wait, without waiting for the next tick. Default: MAX_INGEST_BATCH
   * without a hook; with one, a bound set by work (COMMERCE_BATCH).
   */
  maxBatch?: number;
  /** Milliseconds on a monotonic clock, to measure what a batch cost (default performance.now; tests drive it). */
  elapsed?: () => number;
  retryDelayMs?: number;
}

/**
 * Work that must commit with the chat rows (an order takes its stock in the same
 * transaction as its message). Called in ingest order inside the transaction;
 * committed()/rolledBack() after it, before any listener hears the batch.
 */
export interface IngestHook {
  messages(messages: StoredChatMessage[], showId: number | null): void;
  /** Applies a replay's feature change to the show inside the transaction; true when applied. */
  feature?(feature: { code: string | null; at: number; recordedAt?: number }, showId: number | null): boolean;
  committed(): void;
  rolledBack(): void;
}

export interface IngestStats {
  received: number;
  stored: number;
  duplicates: number;
  deletionsMarked: number;
  batches: number;
  gaps: number;
  /** Events waiting for the next commit. */
  pending: number;
  /** How many waiting events make a batch commit at once (with the commerce hook: set by work). */
  batchBound: number;
}

type Output =
  | { type: 'messages'; messages: StoredChatMessage[] }
  | { type: 'deleted'; deletion: ChatDeletion }
  | { type: 'timeline'; event: TimelineEvent }
  | { type: 'feature'; code: string | null; at: number; applied: boolean };

/**
 * Every connector's events go through here: batched into one SQLite transaction
 * per tick (the natural group commit: whatever arrived while the last commit was
 * fsyncing goes in the next), duplicates dropped by (platform, platformMessageId),
 * deletions and bans marked, reconnect gaps put on the show's timeline. Listeners
 * hear about a batch only after it is committed, in the order it arrived.
 */
export class ChatIngest implements ChatSink {
  private queue: ChatEvent[] = [];
  private scheduled = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private waiters: (() => void)[] = [];
  private indexTimer: NodeJS.Timeout | null = null;
  private readonly counters = { received: 0, stored: 0, duplicates: 0, deletionsMarked: 0, batches: 0, gaps: 0 };
  private readonly log: ChatLog;
  /** Events that make a batch flush at once: fixed, or (with the hook, no maxBatch given) set by work. */
  private maxBatch: number;
  private readonly adaptive: boolean;
  private readonly elapsed: () => number;
  private readonly commit: (events: ChatEvent[]) => Output[];

  constructor(private readonly options: ChatIngestOptions) {
    this.log = options.log ?? silentLog;
    this.adaptive = options.maxBatch === undefined && options.hook !== undefined;
    this.maxBatch = options.maxBatch ?? (options.hook ? COMMERCE_BATCH.start : MAX_INGEST_BATCH);
    this.elapsed = options.elapsed ?? (() => performance.now());
    this.commit = (events) => writeTx(options.db, () => this.apply(events));
    // Messages committed before a crash or a stop and not indexed yet.
    this.scheduleIndex();
  }

  push(event: ChatEvent): void {
    this.queue.push(event);
    if (event.kind === 'message') this.counters.received++;
    if (this.queue.length >= this.maxBatch) this.flush();
    else this.schedule();
  }

  /** Commits everything queued now. Returns false if the commit failed (the events stay queued and are retried). */
  flush(): boolean {
    if (this.queue.length === 0) {
      this.resolveWaiters();
      return true;
    }
    const events = this.queue;
    this.queue = [];
    let outputs: Output[];
    const before = { ...this.counters };
    const started = this.elapsed();
    try {
      outputs = this.commit(events);
    } catch (error) {
      // Never drop: put them back in front and try again shortly (SQLITE_BUSY, disk full …).
      Object.assign(this.counters, before); // the rolled-back batch counted nothing
      forgetCachedBuyers(this.options.db); // nor created buyers
      this.options.hook?.rolledBack();
      this.queue = events.concat(this.queue);
      this.log('error', `chat ingest: commit failed, retrying: ${(error as Error).message}`, { pending: this.queue.length });
      this.scheduleRetry();
      return false;
    }
    this.counters.batches++;
    // A full batch (a backlog) says what an event costs now; a tick's few events say mostly what a commit costs.
    if (this.adaptive && events.length >= this.maxBatch) this.fitBatch(events.length, this.elapsed() - started);
    if (outputs.some((o) => o.type === 'messages')) this.scheduleIndex();
    // What the batch did (its orders, questions, stock) is told before its chat lines: a screen then draws a line
    // that became an order with its order's tag from its first frame, instead of growing it a moment later.
    this.options.hook?.committed();
    this.emit(outputs);
    if (this.queue.length === 0) this.resolveWaiters();
    return true;
  }

  drain(): Promise<void> {
    if (this.flush() && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  stats(): IngestStats {
    return { ...this.counters, pending: this.queue.length, batchBound: this.maxBatch };
  }

  /** Stops timers; call drain() first to commit what is queued. */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
  }

  /** The next bound: as many events as fit in the budget at this batch's cost per event, smoothed, within the limits. */
  private fitBatch(events: number, ms: number): void {
    const fit = Math.min(COMMERCE_BATCH.max, Math.max(COMMERCE_BATCH.min, ms > 0 ? (COMMERCE_BATCH.budgetMs * events) / ms : Infinity));
    // A third of the way there each full batch (one slow commit does not halve the next batch), rounded towards the fit.
    const next = 0.7 * this.maxBatch + 0.3 * fit;
    this.maxBatch = fit > this.maxBatch ? Math.ceil(next) : Math.floor(next);
  }

  private scheduleIndex(delay = INDEX_DELAY_MS): void {
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      if (!this.options.db.open) return;
      try {
        // A full pass means more may be pending: the next one after whatever is waiting now.
        if (indexPendingChat(this.options.db, INDEX_PASS) === INDEX_PASS) this.scheduleIndex(0);
      } catch (error) {
        // SQLITE_BUSY and the like: the messages are committed; index them on the next try (a search would too).
        this.log('error', `chat ingest: search index pass failed, retrying: ${(error as Error).message}`);
        this.scheduleIndex();
      }
    }, delay);
    this.indexTimer.unref?.();
  }

  private schedule(): void {
    if (this.scheduled || this.retryTimer) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, this.options.retryDelayMs ?? 250);
  }

  private resolveWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Runs inside the transaction. Messages are inserted in runs so a deletion sees the messages queued before it. */
  private apply(events: ChatEvent[]): Output[] {
    const { db } = this.options;
    const showId = this.options.showId();
    const now = this.options.clock();
    const outputs: Output[] = [];
    let run: ChatMessage[] = [];
    const flushRun = () => {
      if (run.length === 0) return;
      const stored = insertChatBatch(db, showId, run);
      this.counters.stored += stored.length;
      this.counters.duplicates += run.length - stored.length;
      if (stored.length > 0) {
        this.options.hook?.messages(stored, showId);
        outputs.push({ type: 'messages', messages: stored });
      }
      run = [];
    };
    for (const e of events) {
      if (e.kind === 'message') {
        run.push(e.message);
        continue;
      }
      flushRun();
      switch (e.kind) {
        case 'delete': {
          const seqs = markMessageDeleted(db, e.platform, e.platformMessageId, e.at, 'deleted');
          this.deleted(outputs, seqs, e.at, 'deleted');
          break;
        }
        case 'ban': {
          const reason = e.durationSec === null ? 'ban' : 'timeout';
          const seqs = markAuthorMessagesDeleted(db, {
            platform: e.platform,
            channel: e.channel,
            platformUserId: e.platformUserId,
            at: e.at,
            reason,
            showId,
          });
          this.deleted(outputs, seqs, e.at, reason);
          break;
        }
        case 'clear':
          if (showId !== null) {
            const event = appendTimeline(
              db,
              showId,
              'chat.cleared',
              `${e.platform}:${e.channel}`,
              { platform: e.platform, channel: e.channel },
              e.at,
            );
            outputs.push({ type: 'timeline', event });
          }
          break;
        case 'gap': {
          this.counters.gaps++;
          if (showId !== null) {
            const data = { connector: e.connectorId, platform: e.platform, channel: e.channel, from: e.from, to: e.to, ms: e.to - e.from };
            const event = appendTimeline(db, showId, 'connector.gap', e.connectorId, data, now);
            outputs.push({ type: 'timeline', event });
          }
          break;
        }
        case 'feature': {
          const applied = this.options.hook?.feature?.({ code: e.code, at: e.at, recordedAt: e.recordedAt }, showId) ?? false;
          outputs.push({ type: 'feature', code: e.code, at: e.at, applied });
          break;
        }
      }
    }
    flushRun();
    return outputs;
  }

  private deleted(outputs: Output[], seqs: number[], at: number, reason: ChatDeletion['reason']): void {
    if (seqs.length === 0) return;
    this.counters.deletionsMarked += seqs.length;
    outputs.push({ type: 'deleted', deletion: { seqs, deletedAt: at, reason } });
  }

  private emit(outputs: Output[]): void {
    const o = this.options;
    for (const out of outputs) {
      try {
        if (out.type === 'messages') o.onMessages?.(out.messages);
        else if (out.type === 'deleted') o.onDeleted?.(out.deletion);
        else if (out.type === 'timeline') o.onTimeline?.(out.event);
        else o.onFeature?.({ code: out.code, at: out.at, applied: out.applied });
      } catch (error) {
        // A listener's bug must not stop the feed: the data is already on disk.
        this.log('error', `chat ingest: listener failed: ${(error as Error).message}`);
      }
    }
  }
}
