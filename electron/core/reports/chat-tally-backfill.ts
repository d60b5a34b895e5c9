import type { Db } from '../store/db';
import { endedShowWithoutChatTally, storeEndedShowChatTally } from '../store/chat-tally';

export interface ChatTallyBackfillOptions {
  db: Db;
  /** How long after start the first show is counted, and the pause between two (the core stays responsive). */
  delayMs?: number;
  onError?(error: unknown): void;
}

/**
 * Counts and stores the chat of shows that ended before their chat was counted at the end (databases from before
 * migration 0021), newest first, one show per turn of the event loop after a pause, until none is left: their reports
 * then start from the stored tally as every later show's do. A show that fails is reported and passed over.
 */
export class ChatTallyBackfill {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Shows at or above this id have been looked at in this run. */
  private below = Number.MAX_SAFE_INTEGER;

  constructor(private readonly options: ChatTallyBackfillOptions) {}

  start(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => this.step(), this.options.delayMs ?? 1_000);
    this.timer.unref();
  }

  /** Counts one show; false when none is left. */
  step(): boolean {
    this.timer = null;
    if (this.closed) return false;
    const showId = endedShowWithoutChatTally(this.options.db, this.below);
    if (showId === null) return false;
    this.below = showId;
    try {
      storeEndedShowChatTally(this.options.db, showId);
    } catch (error) {
      this.options.onError?.(error);
    }
    this.schedule();
    return true;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
