import type { Platform } from '../../../shared/contract/chat';
import type { ConnectionState } from '../../../shared/contract/status';
import type { Clock } from '../clock';
import type { ChatSink, ChatLog } from './events';

/** Same shape as the contract's ChatSourceStatus: what the status bar shows per connector. */
export interface ConnectorStatus {
  id: string;
  platform: string;
  channel: string;
  /** connected = live; reconnecting: `since` is when the connection was lost; failed: `detail` says why. */
  state: ConnectionState;
  since: number;
  detail: string | null;
}

export interface SendOptions {
  /** Platform message id this answers, where the platform threads replies. */
  replyTo?: string;
}

/**
 * One live (or recorded) chat source. Every platform implements this and only this,
 * so the service, outbound queue and status bar treat them alike.
 */
export interface ChatConnector {
  readonly id: string;
  readonly platform: Platform;
  readonly channel: string;
  /** Connects in the background; state changes arrive through onStatus. */
  start(): void;
  /** Disconnects for good (no reconnect); resolves when the connection is closed. */
  stop(): Promise<void>;
  status(): ConnectorStatus;
  onStatus(listener: (status: ConnectorStatus) => void): () => void;
  /** Posting: present only when the connector has credentials to post; rejects when it cannot post right now. */
  send?(text: string, options?: SendOptions): Promise<void>;
  /** Whether the posting account moderates the channel (raises Twitch's rate limit). */
  readonly isModerator?: boolean;
}

/** What every connector factory is given by the composition root. */
export interface ConnectorDeps {
  sink: ChatSink;
  clock: Clock;
  log: ChatLog;
}

/** Keeps one connector's status and tells listeners when it changes. */
export class StatusTracker {
  private current: ConnectorStatus;
  private readonly listeners = new Set<(status: ConnectorStatus) => void>();

  constructor(
    base: { id: string; platform: string; channel: string },
    private readonly clock: Clock,
    initial: ConnectionState = 'disconnected',
  ) {
    this.current = { ...base, state: initial, since: clock(), detail: null };
  }

  get(): ConnectorStatus {
    return { ...this.current };
  }

  /** `since` stays put when the state does not change (reconnecting since the first loss, not the last try). */
  set(state: ConnectionState, detail: string | null = null, since?: number): void {
    const changed = state !== this.current.state;
    if (!changed && detail === this.current.detail) return;
    this.current = { ...this.current, state, detail, since: since ?? (changed ? this.clock() : this.current.since) };
    const snapshot = this.get();
    for (const l of this.listeners) l(snapshot);
  }

  on(listener: (status: ConnectorStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
