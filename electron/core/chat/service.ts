import type { ChatDeletion, OutboxStatus, Platform, StoredChatMessage } from '../../../shared/contract/chat';
import { StudioError } from '../../../shared/contract/errors';
import type { TimelineEvent } from '../../../shared/contract/shows';
import type { Db } from '../store/db';
import { findChatMessage, listChat, listChatByShow } from '../store/chat';
import type { ChatConnector, ConnectorDeps, ConnectorStatus } from './connector';
import { systemClock, type Clock } from '../clock';
import { silentLog, type ChatLog } from './events';
import { ChatIngest, type IngestHook, type IngestStats } from './ingest';
import type { ManualConnector, ManualEntry } from './manual/manual-connector';
import { OutboundQueue, type OutboundItem, type RateLimit } from './outbound';
import { defaultRateLimit, platforms, type ConnectablePlatform, type ConnectorOf, type ConnectorOptions } from './platforms';

export interface ChatServiceOptions {
  db: Db;
  /** The show incoming chat belongs to (the live one), or null. Read at every commit. */
  showId: () => number | null;
  clock?: Clock;
  log?: ChatLog;
  /** New messages, already on disk, in ingest order: forward as the 'chat.messages' event. */
  onMessages?: (messages: StoredChatMessage[]) => void;
  /** Forward as 'chat.deleted'. */
  onDeleted?: (deletion: ChatDeletion) => void;
  /** Any connector's state changed: merge into status.chat and emit 'status.changed'. */
  onStatus?: (status: ConnectorStatus, all: ConnectorStatus[]) => void;
  /** A timeline event chat wrote (connector.gap, chat.cleared): forward as 'show.timeline'. */
  onTimeline?: (event: TimelineEvent) => void;
  /** A replay's feature change: apply it to the show (shows module) unless `applied` (the ingest hook did, in its transaction). */
  onFeature?: (feature: { code: string | null; at: number; applied: boolean }) => void;
  /** Runs inside each ingest transaction: the commerce engine (orders take stock in the same commit as their message). */
  ingestHook?: IngestHook;
  /** Forward as 'chat.outbox'. */
  onOutbox?: (status: OutboxStatus) => void;
  /** Override posting limits per platform (tests). */
  rateLimits?: Partial<Record<Platform, RateLimit>>;
  maxBatch?: number;
}

export interface ChatService {
  readonly ingest: ChatIngest;
  readonly manual: ManualConnector;
  /** Adds and starts a connector (several at once = simulcast, merged into one feed by ingest order). */
  add<C extends ChatConnector>(connector: C): C;
  /** Makes the platform's connector through its adapter (chat/platforms.ts), then adds and starts it. */
  connect<P extends ConnectablePlatform>(platform: P, options: ConnectorOptions<P>): ConnectorOf<P>;
  remove(id: string): Promise<void>;
  connectors(): ChatConnector[];
  statuses(): ConnectorStatus[];
  /** 'chat.recent': the current show's chat (all chat when there is no show) after a seq. */
  recent(afterSeq?: number, limit?: number): StoredChatMessage[];
  /** 'chat.manual': stores a message typed in for a buyer and returns it as stored. */
  enterManual(entry: ManualEntry): Promise<StoredChatMessage>;
  /** 'chat.send': queues a reply on the platform's rate-limited queue. */
  send(platform: Platform, text: string, replyTo?: string): OutboxStatus;
  /** 'chat.outbox' */
  outbox(): OutboxStatus[];
  stats(): IngestStats;
  /** Stops every connector, commits what is queued; returns replies that were still waiting (never dropped silently). */
  stop(): Promise<{ unsentReplies: { platform: Platform; items: OutboundItem[] }[] }>;
}

/** The chat part of the core, for the composition root (electron/core/studio.ts) to wire. */
export function createChatService(options: ChatServiceOptions): ChatService {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLog;
  const ingest = new ChatIngest({
    db: options.db,
    clock,
    log,
    showId: options.showId,
    onMessages: options.onMessages,
    onDeleted: options.onDeleted,
    onTimeline: options.onTimeline,
    onFeature: options.onFeature,
    hook: options.ingestHook,
    maxBatch: options.maxBatch,
  });
  const deps: ConnectorDeps = { sink: ingest, clock, log };
  const connectors = new Map<string, { connector: ChatConnector; unsubscribe: () => void }>();
  const queues = new Map<Platform, OutboundQueue>();

  const statuses = () => [...connectors.values()].map((c) => c.connector.status());

  function add<C extends ChatConnector>(connector: C): C {
    if (connectors.has(connector.id)) throw new StudioError('conflict', `chat source ${connector.id} is already connected`);
    const unsubscribe = connector.onStatus((s) => options.onStatus?.(s, statuses()));
    connectors.set(connector.id, { connector, unsubscribe });
    options.onStatus?.(connector.status(), statuses());
    connector.start();
    return connector;
  }

  function connect<P extends ConnectablePlatform>(platform: P, options: ConnectorOptions<P>): ConnectorOf<P> {
    // The table is keyed by platform, so P's factory takes P's options: TypeScript cannot follow that through the union.
    const make = platforms[platform].connector as (options: ConnectorOptions<P>, deps: ConnectorDeps) => ConnectorOf<P>;
    return add(make(options, deps));
  }

  const manual: ManualConnector = connect('manual', {});

  function poster(platform: Platform): ChatConnector {
    const c = [...connectors.values()].map((e) => e.connector).find((x) => x.platform === platform && x.send);
    if (!c) throw new StudioError('unavailable', `no ${platform} connection that can post (anonymous or not connected)`);
    return c;
  }

  function queueFor(platform: Platform): OutboundQueue {
    let q = queues.get(platform);
    if (!q) {
      const connector = poster(platform);
      q = new OutboundQueue({
        platform,
        // Looked up at send time: a reconnected or replaced connector takes over the queue.
        send: (text, o) => poster(platform).send!(text, o),
        rateLimit: options.rateLimits?.[platform] ?? defaultRateLimit(platform, connector.isModerator),
        clock,
        log,
        onChange: options.onOutbox,
      });
      queues.set(platform, q);
    }
    return q;
  }

  return {
    ingest,
    manual,
    add,
    connect,
    async remove(id) {
      const entry = connectors.get(id);
      if (!entry) return;
      connectors.delete(id);
      entry.unsubscribe();
      await entry.connector.stop();
      options.onStatus?.(entry.connector.status(), statuses());
    },
    connectors: () => [...connectors.values()].map((e) => e.connector),
    statuses,
    recent(afterSeq = 0, limit = 500) {
      const showId = options.showId();
      return showId === null ? listChat(options.db, afterSeq, limit) : listChatByShow(options.db, showId, afterSeq, limit);
    },
    async enterManual(entry) {
      const message = manual.enter(entry);
      await ingest.drain();
      const stored = findChatMessage(options.db, 'manual', message.platformMessageId);
      if (!stored) throw new StudioError('internal', 'the manual message was not stored');
      return stored;
    },
    send(platform, text, replyTo) {
      return queueFor(platform).enqueue(text, replyTo ? { replyTo } : {});
    },
    outbox: () => [...queues.values()].map((q) => q.status()),
    stats: () => ingest.stats(),
    async stop() {
      const unsent = [...queues.entries()].map(([platform, q]) => ({ platform, items: q.stop() })).filter((u) => u.items.length > 0);
      for (const u of unsent)
        log('warn', `${u.items.length} ${u.platform} replies were still queued at stop`, { texts: u.items.map((i) => i.text) });
      await Promise.all([...connectors.values()].map((e) => e.connector.stop()));
      for (const e of connectors.values()) e.unsubscribe();
      connectors.clear();
      await ingest.drain();
      ingest.close();
      return { unsentReplies: unsent };
    },
  };
}
