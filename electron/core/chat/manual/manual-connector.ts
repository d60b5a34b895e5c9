import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '../../../../shared/contract/chat';
import { StatusTracker, type ChatConnector, type ConnectorDeps, type ConnectorStatus } from '../connector';

export interface ManualEntry {
  buyerName: string;
  /** An existing manual buyer's id; otherwise derived from the name, so the same name is the same buyer. */
  platformUserId?: string;
  text: string;
  /** Who typed it (the host or a moderator's actor name), kept as the channel. */
  enteredBy?: string;
}

export function manualBuyerId(name: string): string {
  return `manual:${name.trim().toLowerCase().replace(/\s+/g, '-')}`;
}

/** Messages and orders the host or a moderator types in for a buyer (phone orders, DMs). Always live. */
export class ManualConnector implements ChatConnector {
  readonly id = 'manual';
  readonly platform = 'manual' as const;
  readonly channel = 'studio';
  private readonly tracker: StatusTracker;

  constructor(private readonly deps: ConnectorDeps) {
    this.tracker = new StatusTracker({ id: this.id, platform: 'manual', channel: this.channel }, deps.clock, 'connected');
  }

  start(): void {
    this.tracker.set('connected');
  }

  async stop(): Promise<void> {
    this.tracker.set('disconnected');
  }

  status(): ConnectorStatus {
    return this.tracker.get();
  }

  onStatus(listener: (status: ConnectorStatus) => void): () => void {
    return this.tracker.on(listener);
  }

  /** Queues the message for ingest and returns it (not yet stored: await the sink's drain()). */
  enter(entry: ManualEntry): ChatMessage {
    const now = this.deps.clock();
    const message: ChatMessage = {
      platform: 'manual',
      platformMessageId: `manual-${randomUUID()}`,
      channel: entry.enteredBy ? `studio:${entry.enteredBy}` : this.channel,
      author: { platformUserId: entry.platformUserId ?? manualBuyerId(entry.buyerName), name: entry.buyerName.trim(), badges: [] },
      text: entry.text.trim(),
      isAction: false,
      paid: null,
      sentAt: now,
      receivedAt: now,
    };
    this.deps.sink.push({ kind: 'message', message });
    return message;
  }
}
