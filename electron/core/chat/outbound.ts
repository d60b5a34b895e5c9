import type { OutboxStatus, Platform } from '../../../shared/contract/chat';
import { Backoff } from '../backoff';
import type { SendOptions } from './connector';
import type { Clock } from '../clock';
import { silentLog, type ChatLog } from './events';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** What a platform takes unless its adapter says otherwise: 20 messages per 30 s. */
export const STANDARD_RATE_LIMIT: RateLimit = { limit: 20, windowMs: 30_000 };

export interface OutboundItem {
  id: number;
  text: string;
  options: SendOptions;
  queuedAt: number;
  attempts: number;
}

export interface OutboundQueueOptions {
  platform: Platform;
  /** The connector's send(); rejects when it cannot post now (not connected): the item stays queued. */
  send: (text: string, options: SendOptions) => Promise<void>;
  rateLimit: RateLimit;
  clock: Clock;
  log?: ChatLog;
  onChange?: (status: OutboxStatus) => void;
  retry?: { initialMs?: number; maxMs?: number };
}

/**
 * One platform's reply queue. Replies go out in order within a sliding-window
 * rate limit; a failed send stays at the head and is retried with backoff.
 * Nothing is dropped silently: the queue length is visible, and stop() hands
 * back whatever is still waiting.
 */
export class OutboundQueue {
  private readonly items: OutboundItem[] = [];
  private sentAt: number[] = [];
  private nextId = 1;
  private timer: NodeJS.Timeout | null = null;
  private sending = false;
  private stopped = false;
  private lastError: string | null = null;
  private readonly retry: Backoff;
  private readonly log: ChatLog;

  constructor(private readonly options: OutboundQueueOptions) {
    this.retry = new Backoff({ initialMs: options.retry?.initialMs ?? 1000, maxMs: options.retry?.maxMs ?? 30_000, jitter: 0 });
    this.log = options.log ?? silentLog;
  }

  enqueue(text: string, options: SendOptions = {}): OutboxStatus {
    if (this.stopped) throw new Error(`${this.options.platform} reply queue is stopped`);
    this.items.push({ id: this.nextId++, text, options, queuedAt: this.options.clock(), attempts: 0 });
    this.changed();
    this.pump();
    return this.status();
  }

  get length(): number {
    return this.items.length;
  }

  pending(): readonly OutboundItem[] {
    return this.items.map((i) => ({ ...i }));
  }

  status(): OutboxStatus {
    const now = this.options.clock();
    this.prune(now);
    const { limit, windowMs } = this.options.rateLimit;
    let nextAt: number | null = null;
    if (this.items.length > 0) nextAt = this.sentAt.length < limit ? now : this.sentAt[0]! + windowMs;
    return {
      platform: this.options.platform,
      queued: this.items.length,
      sentInWindow: this.sentAt.length,
      limit,
      windowMs,
      nextAt,
      lastError: this.lastError,
    };
  }

  /** Stops sending and returns what was still queued, so the caller can report it. */
  stop(): OutboundItem[] {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.items.splice(0);
  }

  private prune(now: number): void {
    const from = now - this.options.rateLimit.windowMs;
    let i = 0;
    while (i < this.sentAt.length && this.sentAt[i]! <= from) i++;
    if (i > 0) this.sentAt = this.sentAt.slice(i);
  }

  private pump(): void {
    if (this.sending || this.stopped || this.timer || this.items.length === 0) return;
    const now = this.options.clock();
    this.prune(now);
    const { limit, windowMs } = this.options.rateLimit;
    if (this.sentAt.length >= limit) {
      this.wakeAt(this.sentAt[0]! + windowMs - now + 1);
      return;
    }
    const item = this.items[0]!;
    item.attempts++;
    this.sending = true;
    this.options.send(item.text, item.options).then(
      () => {
        this.sending = false;
        this.sentAt.push(this.options.clock());
        this.items.shift();
        this.lastError = null;
        this.retry.reset();
        this.changed();
        this.pump();
      },
      (error: Error) => {
        this.sending = false;
        this.lastError = error.message;
        const delay = this.retry.next();
        this.log('warn', `${this.options.platform} reply not sent yet, retrying in ${delay} ms: ${error.message}`, {
          queued: this.items.length,
        });
        this.changed();
        this.wakeAt(delay);
      },
    );
  }

  private wakeAt(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.pump();
      },
      Math.max(0, delayMs),
    );
  }

  private changed(): void {
    this.options.onChange?.(this.status());
  }
}
