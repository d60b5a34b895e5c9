import type { ChatDeletion, OutboxStatus, Platform, StoredChatMessage } from '../../../shared/contract/chat';
import { StudioError } from '../../../shared/contract/errors';
import type { TimelineEvent } from '../../../shared/contract/shows';
import type { Db } from '../store/db';
import { findChatMessage, listChat, listChatByShow } from '../store/chat';
import { ChatBadges } from './chat-badges';
import type { ChatConnector, ConnectorDeps, ConnectorStatus } from './connector';
import type { Clock } from '../clock';
import type { ChatLog } from './events';
import { ChatIngest, type IngestHook, type IngestStats } from './ingest';
import type { ManualConnector, ManualEntry } from './manual/manual-connector';
import { OutboundQueue, type OutboundItem, type RateLimit } from './outbound';
import { defaultRateLimit, platforms, type ConnectablePlatform, type ConnectorOf, type ConnectorOptions } from './platforms';

/** Every dependency is named and required: a caller that wants nothing to happen passes a no-op, visibly. */
export interface ChatServiceDeps {
  db: Db;
  /** The show incoming chat belongs to (the live one), or null. Read at every commit. */
  showId: () => number | null;
  clock: Clock;
  log: ChatLog;
  /** New messages, already on disk, in ingest order: forward as the 'chat.messages' event. */
  onMessages: (messages: StoredChatMessage[]) => void;
  /** Forward as 'chat.deleted'. */
  onDeleted: (deletion: ChatDeletion) => void;
  /** Any connector's state changed: merge into status.chat and emit 'status.changed'. */
  onStatus: (status: ConnectorStatus, all: ConnectorStatus[]) => void;
  /** A timeline event chat wrote (connector.gap, chat.cleared): forward as 'show.timeline'. */
  onTimeline: (event: TimelineEvent) => void;
  /** A replay's feature change: apply it to the show (shows module) unless `applied` (the ingest hook did, in its transaction). */
  onFeature: (feature: { code: string | null; at: number; applied: boolean }) => void;
  /** Runs inside each ingest transaction: the commerce engine (orders take stock in the same commit as their message); null for none. */
  ingestHook: IngestHook | null;
  /** Forward as 'chat.outbox'. */
  onOutbox: (status: OutboxStatus) => void;
  /** Tuning, not behaviour: posting limits per platform (default: the platforms table's) and the ingest batch size. */
  rateLimits?: Partial<Record<Platform, RateLimit>>;
  maxBatch?: number;
}

/**
 * The chat part of the core: connectors (one per source, made through the platforms table),
 * ingest (store, then emit) and the rate-limited reply queues. Built by the composition root.
 */
export class ChatService {
  readonly ingest: ChatIngest;
  readonly manual: ManualConnector;
  private readonly connectorDeps: ConnectorDeps;
  private readonly sources = new Map<string, { connector: ChatConnector; unsubscribe: () => void }>();
  private readonly queues = new Map<Platform, OutboundQueue>();
  /** Each chat line's buyer badges for the windows, reused for a few seconds per buyer. */
  private readonly badges: ChatBadges;

  constructor(private readonly deps: ChatServiceDeps) {
    this.badges = new ChatBadges({ db: deps.db, clock: deps.clock });
    this.ingest = new ChatIngest({
      db: deps.db,
      clock: deps.clock,
      log: deps.log,
      showId: deps.showId,
      // Published after the commit; each line carries its buyer's badges for the live feed (one read per batch).
      onMessages: (messages) => deps.onMessages(this.badges.attach(messages)),
      onDeleted: deps.onDeleted,
      onTimeline: deps.onTimeline,
      onFeature: deps.onFeature,
      hook: deps.ingestHook ?? undefined,
      maxBatch: deps.maxBatch,
    });
    this.connectorDeps = { sink: this.ingest, clock: deps.clock, log: deps.log };
    this.manual = this.connect('manual', {});
  }

  statuses(): ConnectorStatus[] {
    return [...this.sources.values()].map((c) => c.connector.status());
  }

  /** Adds and starts a connector (several at once = simulcast, merged into one feed by ingest order). */
  add<C extends ChatConnector>(connector: C): C {
    if (this.sources.has(connector.id)) throw StudioError.of('conflict', 'chatSourceIsAlreadyConnected', { id: connector.id });
    const unsubscribe = connector.onStatus((s) => this.deps.onStatus(s, this.statuses()));
    this.sources.set(connector.id, { connector, unsubscribe });
    this.deps.onStatus(connector.status(), this.statuses());
    connector.start();
    return connector;
  }

  /** Makes the platform's connector through its adapter (chat/platforms.ts), then adds and starts it. */
  connect<P extends ConnectablePlatform>(platform: P, options: ConnectorOptions<P>): ConnectorOf<P> {
    // The table is keyed by platform, so P's factory takes P's options: TypeScript cannot follow that through the union.
    const make = platforms[platform].connector as (options: ConnectorOptions<P>, deps: ConnectorDeps) => ConnectorOf<P>;
    return this.add(make(options, this.connectorDeps));
  }

  async remove(id: string): Promise<void> {
    const entry = this.sources.get(id);
    if (!entry) return;
    this.sources.delete(id);
    entry.unsubscribe();
    await entry.connector.stop();
    this.deps.onStatus(entry.connector.status(), this.statuses());
  }

  connectors(): ChatConnector[] {
    return [...this.sources.values()].map((e) => e.connector);
  }

  /** 'chat.recent': the current show's chat (all chat when there is no show) after a seq. */
  recent(afterSeq = 0, limit = 500): StoredChatMessage[] {
    const showId = this.deps.showId();
    const page = showId === null ? listChat(this.deps.db, afterSeq, limit) : listChatByShow(this.deps.db, showId, afterSeq, limit);
    return this.badges.attach(page);
  }

  /** 'chat.manual': stores a message typed in for a buyer and returns it as stored. */
  async enterManual(entry: ManualEntry): Promise<StoredChatMessage> {
    const message = this.manual.enter(entry);
    await this.ingest.drain();
    const stored = findChatMessage(this.deps.db, 'manual', message.platformMessageId);
    if (!stored) throw StudioError.of('internal', 'theManualMessageWasNotStored');
    return stored;
  }

  /** 'chat.send': queues a reply on the platform's rate-limited queue. */
  send(platform: Platform, text: string, replyTo?: string): OutboxStatus {
    return this.queueFor(platform).enqueue(text, replyTo ? { replyTo } : {});
  }

  /** 'chat.outbox' */
  outbox(): OutboxStatus[] {
    return [...this.queues.values()].map((q) => q.status());
  }

  stats(): IngestStats {
    return this.ingest.stats();
  }

  /** Stops every connector, commits what is queued; returns replies that were still waiting (never dropped silently). */
  async stop(): Promise<{ unsentReplies: { platform: Platform; items: OutboundItem[] }[] }> {
    const unsent = [...this.queues.entries()].map(([platform, q]) => ({ platform, items: q.stop() })).filter((u) => u.items.length > 0);
    for (const u of unsent)
      this.deps.log('warn', `${u.items.length} ${u.platform} replies were still queued at stop`, { texts: u.items.map((i) => i.text) });
    await Promise.all([...this.sources.values()].map((e) => e.connector.stop()));
    for (const e of this.sources.values()) e.unsubscribe();
    this.sources.clear();
    await this.ingest.drain();
    this.ingest.close();
    return { unsentReplies: unsent };
  }

  private poster(platform: Platform): ChatConnector {
    const c = this.connectors().find((x) => x.platform === platform && x.send);
    if (!c) throw StudioError.of('unavailable', 'noConnectionThatCanPostAnonymous', { platform });
    return c;
  }

  private queueFor(platform: Platform): OutboundQueue {
    let q = this.queues.get(platform);
    if (!q) {
      const connector = this.poster(platform);
      q = new OutboundQueue({
        platform,
        // Looked up at send time: a reconnected or replaced connector takes over the queue.
        send: (text, o) => this.poster(platform).send!(text, o),
        rateLimit: this.deps.rateLimits?.[platform] ?? defaultRateLimit(platform, connector.isModerator),
        clock: this.deps.clock,
        log: this.deps.log,
        onChange: this.deps.onOutbox,
      });
      this.queues.set(platform, q);
    }
    return q;
  }
}
