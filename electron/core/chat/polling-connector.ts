import type { Platform } from '../../../shared/contract/chat';
import { Backoff, type BackoffOptions } from '../backoff';
import { StatusTracker, type ChatConnector, type ConnectorDeps, type ConnectorStatus } from './connector';

/**
 * What every polled platform (YouTube, Facebook) shares: one poll at a time on a
 * timer, stop that aborts the request in flight, reconnecting with backoff while
 * polls fail, and one 'gap' event for the time lost once a poll succeeds again.
 * A subclass writes poll() and says when to poll next.
 */
export abstract class PollingConnector implements ChatConnector {
  readonly id: string;
  readonly platform: Platform;
  readonly channel: string;
  protected readonly tracker: StatusTracker;
  protected readonly backoff: Backoff;
  /** The request in flight, so stop() can abort it. */
  protected controller: AbortController | null = null;
  protected stopped = true;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lostAt: number | null = null;

  protected constructor(
    identity: { id: string; platform: Platform; channel: string },
    protected readonly deps: ConnectorDeps,
    backoff: BackoffOptions | undefined,
  ) {
    this.id = identity.id;
    this.platform = identity.platform;
    this.channel = identity.channel;
    this.tracker = new StatusTracker(identity, deps.clock);
    this.backoff = new Backoff(backoff ?? { initialMs: 2000, maxMs: 60_000 });
  }

  /** One request to the platform; it ends by calling schedule(), lost() or fail(). */
  protected abstract poll(): Promise<void>;

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.tracker.set('connecting');
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.controller?.abort();
    await this.running?.catch(() => {});
    // Keep what the last state said (e.g. the quota estimate) beside 'disconnected'.
    if (this.tracker.get().state !== 'failed') this.tracker.set('disconnected', this.tracker.get().detail);
  }

  status(): ConnectorStatus {
    return this.tracker.get();
  }

  onStatus(listener: (status: ConnectorStatus) => void): () => void {
    return this.tracker.on(listener);
  }

  protected schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A poll that throws where it did not expect to (a platform answer of a shape nobody foresaw) is a
      // failed poll: retried with backoff, never a polling loop that silently stops while the status says connected.
      this.running = this.poll()
        .catch((error: unknown) => {
          if (this.stopped) return;
          const delay = this.backoff.next();
          this.deps.log('warn', `${this.id}: poll failed unexpectedly`, { error: String(error) });
          this.lost(`${String(error)}; next try in ${delay} ms`, delay);
        })
        .finally(() => (this.running = null));
    }, delayMs);
  }

  /** A poll failed in a way that may pass: show 'reconnecting since …' and try again after `delayMs`. */
  protected lost(message: string, delayMs: number): void {
    if (this.lostAt === null) this.lostAt = this.deps.clock();
    this.tracker.set('reconnecting', message, this.lostAt);
    this.schedule(delayMs);
  }

  /** A poll succeeded: report the gap since the first failure, if any, and start backoff afresh. */
  protected recovered(now: number): void {
    if (this.lostAt !== null) {
      this.deps.sink.push({
        kind: 'gap',
        connectorId: this.id,
        platform: this.platform,
        channel: this.channel,
        from: this.lostAt,
        to: now,
      });
      this.lostAt = null;
    }
    this.backoff.reset();
  }

  /** Retrying cannot help (bad token, chat ended): stop for good and say why. */
  protected fail(detail: string, state: 'failed' | 'disconnected' | 'ended' = 'failed'): void {
    this.stopped = true;
    this.tracker.set(state, detail);
  }
}
