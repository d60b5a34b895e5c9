/**
 * The connection state machine: disconnected -> connecting -> connected, and
 * reconnecting (capped exponential backoff) whenever a socket is lost or an
 * attempt fails. A wrong password (close code 4009) is final: 'failed', no retry.
 * A heartbeat request notices sockets that look open but are dead.
 */
import type { ConnectionState } from '../../../shared/contract/status';
import { StudioError } from '../../../shared/contract/errors';
import { backoffDelay, type BackoffSteps } from '../backoff';
import { OBS_CODES, ObsRequestError, type ObsSocket, type SocketFactory } from './socket';
import type { ObsLogger } from './types';

/** 250 ms, 500 ms, 1 s … up to 5 s: OBS is usually local, so retry soon. No jitter: one client per OBS. */
export const OBS_BACKOFF = { initialMs: 250, maxMs: 5_000 } as const satisfies BackoffSteps;

export const AUTH_FAILED_DETAIL = 'auth failed: OBS rejected the password (close code 4009)';

export interface ObsConnectionOptions {
  url: string;
  password: string | undefined;
  createSocket: SocketFactory;
  log: ObsLogger;
  backoff?: BackoffSteps;
  /** A cheap request this often; no answer within the socket's request timeout = dead. */
  heartbeatMs?: number;
  onStateChange(state: ConnectionState, detail: string | null): void;
  /** Runs after every successful (re)connect, e.g. to read scenes and restore the overlay. */
  onConnected(socket: ObsSocket): Promise<void>;
  onLost(): void;
}

export class ObsConnection {
  private stateValue: ConnectionState = 'disconnected';
  private detailValue: string | null = null;
  private socketValue: ObsSocket | null = null;
  /** Bumped by every attempt, loss and stop: callbacks from older sockets see a stale number and do nothing. */
  private generation = 0;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(private options: ObsConnectionOptions) {}

  get state(): ConnectionState {
    return this.stateValue;
  }

  get detail(): string | null {
    return this.detailValue;
  }

  get url(): string {
    return this.options.url;
  }

  /** The identified socket, or an 'unavailable' error saying why there is none. */
  requireSocket(): ObsSocket {
    if (this.socketValue && this.stateValue === 'connected') return this.socketValue;
    throw this.detailValue
      ? StudioError.of('unavailable', 'obsIsNotConnectedDetail', { state: this.stateValue, detail: this.detailValue })
      : StudioError.of('unavailable', 'obsIsNotConnected', { state: this.stateValue });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.failures = 0;
    this.setState('connecting', `connecting to ${this.options.url}`);
    void this.attempt();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.generation++;
    this.clearTimers();
    const socket = this.socketValue;
    this.socketValue = null;
    this.setState('disconnected', null);
    if (socket) await socket.disconnect().catch(() => socket.terminate());
  }

  /** New address or password (from the settings screen): drop everything and start over. */
  async reconfigure(url: string, password: string | undefined): Promise<void> {
    await this.stop();
    this.options = { ...this.options, url, password };
    this.start();
  }

  private async attempt(): Promise<void> {
    const generation = ++this.generation;
    const { url, password } = this.options;
    const socket = this.options.createSocket();
    socket.onClose((code, reason) => {
      if (this.socketValue === socket) this.lose(generation, `OBS closed the connection (code ${code}${reason ? `: ${reason}` : ''})`);
    });
    try {
      await socket.connect(url, password);
    } catch (error) {
      socket.terminate();
      if (generation !== this.generation) return;
      const code = error instanceof ObsRequestError ? error.code : -1;
      if (code === OBS_CODES.authenticationFailed) {
        this.running = false;
        this.setState('failed', AUTH_FAILED_DETAIL);
        this.options.log.warn({ url }, 'OBS rejected the password; not retrying');
        return;
      }
      const message = error instanceof Error && error.message ? error.message : `close code ${code}`;
      this.scheduleRetry(`cannot reach OBS at ${url}: ${message}`);
      return;
    }
    if (generation !== this.generation) {
      await socket.disconnect().catch(() => socket.terminate());
      return;
    }
    this.socketValue = socket;
    this.failures = 0;
    this.setState('connected', null);
    this.options.log.info({ url }, 'OBS connected');
    this.scheduleHeartbeat(generation, socket);
    try {
      await this.options.onConnected(socket);
    } catch (error) {
      this.options.log.warn({ error: String(error) }, 'OBS setup after connect failed');
    }
  }

  private lose(generation: number, detail: string): void {
    if (generation !== this.generation || !this.running) return;
    this.generation++;
    this.clearTimers();
    const socket = this.socketValue;
    this.socketValue = null;
    socket?.terminate();
    this.options.log.warn({ detail }, 'OBS connection lost');
    this.options.onLost();
    this.scheduleRetry(detail);
  }

  private scheduleRetry(reason: string): void {
    const delay = backoffDelay(this.failures++, this.options.backoff ?? OBS_BACKOFF);
    this.setState('reconnecting', `${reason}; retrying in ${(delay / 1000).toFixed(delay < 1000 ? 2 : 0)} s`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.running) void this.attempt();
    }, delay);
  }

  private scheduleHeartbeat(generation: number, socket: ObsSocket): void {
    const every = this.options.heartbeatMs ?? 3_000;
    this.heartbeatTimer = setTimeout(async () => {
      this.heartbeatTimer = null;
      try {
        await socket.call('GetVersion');
      } catch (error) {
        // A status error is still an answer; only silence or a broken socket means dead.
        if (error instanceof ObsRequestError && error.code > 0) {
          if (generation === this.generation) this.scheduleHeartbeat(generation, socket);
          return;
        }
        this.lose(generation, `OBS stopped answering (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      if (generation === this.generation) this.scheduleHeartbeat(generation, socket);
    }, every);
  }

  private clearTimers(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    if (this.heartbeatTimer !== null) clearTimeout(this.heartbeatTimer);
    this.retryTimer = null;
    this.heartbeatTimer = null;
  }

  private setState(state: ConnectionState, detail: string | null): void {
    if (state === this.stateValue && detail === this.detailValue) return;
    this.stateValue = state;
    this.detailValue = detail;
    this.options.onStateChange(state, detail);
  }
}
