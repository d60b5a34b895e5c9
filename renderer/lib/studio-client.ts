// First: every window's parsing is jitless before any schema runs (see zod-jitless.ts).
import './zod-jitless';
import { io, type Socket } from 'socket.io-client';
import type {
  CommandInput,
  CommandName,
  CommandOutput,
  CommandReply,
  EventName,
  EventPayload,
  StudioErrorShape,
} from '../../shared/contract';
import { keyedError } from '../../shared/contract/error-values';
import { oversizeMessageError } from '../../shared/contract/message-size';

/** A command's failure as the UI sees it: a code to translate, a message, field issues. */
export class CommandError extends Error {
  constructor(readonly error: StudioErrorShape) {
    super(error.message);
    this.name = 'CommandError';
  }
}

/** refused: the token was never accepted; revoked: it was, and the host has since revoked it. */
export type ConnectionPhase = 'connecting' | 'connected' | 'reconnecting' | 'refused' | 'revoked';

/** How long after a refused handshake the window tries again (socket.io's own longest backoff). */
const RETRY_AFTER_REFUSAL_MS = 2000;

/**
 * The renderer's side of the contract: `call` is typed by the command's
 * schemas, `on` by the event's. Reconnects by itself; a refused token is final.
 */
export class StudioClient {
  readonly socket: Socket;
  private phase: ConnectionPhase = 'connecting';
  private everConnected = false;
  private readonly phaseListeners = new Set<(phase: ConnectionPhase) => void>();
  private readonly early = new Map<string, EarlyReply>();

  constructor(token: string, url: string = window.location.origin) {
    this.socket = io(url, {
      auth: { token },
      transports: ['websocket'],
      reconnectionDelay: 250,
      reconnectionDelayMax: 2000,
    });
    this.socket.on('connect', () => {
      this.everConnected = true;
      this.setPhase('connected');
    });
    this.socket.on('disconnect', (reason) => {
      this.setPhase('reconnecting');
      // socket.io does not retry after the server dropped us (a core restart, or a revoked token):
      // try once more; a revoked token then ends in 'refused', a restarted core in 'connected'.
      if (reason === 'io server disconnect') setTimeout(() => this.socket.connect(), 250);
    });
    this.socket.on('connect_error', (err) => {
      if (err.message === 'unauthorized') {
        this.socket.disconnect();
        this.setPhase(this.everConnected ? 'revoked' : 'refused');
      } else {
        this.setPhase(this.phase === 'connecting' ? 'connecting' : 'reconnecting');
        // socket.io retries a transport that failed, but not a handshake the core refused (`rate_limited` while it was busy):
        // the window would say "reconnecting" for ever. Try again after the longest backoff.
        if (!this.socket.active) setTimeout(() => this.retryIfIdle(), RETRY_AFTER_REFUSAL_MS);
      }
    });
  }

  /** Connects again unless something else already did (a connection, a retry of socket.io's own, a refusal that ended it). */
  private retryIfIdle(): void {
    if (!this.socket.connected && !this.socket.active && (this.phase === 'reconnecting' || this.phase === 'connecting'))
      this.socket.connect();
  }

  get connectionPhase(): ConnectionPhase {
    return this.phase;
  }

  onPhase(listener: (phase: ConnectionPhase) => void): () => void {
    this.phaseListeners.add(listener);
    return () => this.phaseListeners.delete(listener);
  }

  private setPhase(phase: ConnectionPhase) {
    this.phase = phase;
    for (const l of this.phaseListeners) l(phase);
  }

  /**
   * Sends a read the window is about to make (its address names the screen and the show) before the
   * screen that makes it has rendered: the first `call` with the same name and input within 10 s takes
   * this reply instead of asking again. Used while the page boots (renderer/lib/first-reads.ts), so the
   * core works on the first rows while the page's code is still starting. A reply that one of
   * `invalidatedBy` may have changed before it was taken is dropped (the call asks again); a refusal
   * is never handed out (the call asks for its own). Resolves when the reply is here (or failed).
   */
  prefetch<K extends CommandName>(name: K, input: CommandInput<K>, invalidatedBy: readonly EventName[] = []): Promise<void> {
    const key = `${name} ${stableJson(input)}`;
    const asked = this.early.get(key);
    if (asked) return asked.reply.then(settled, settled);
    const reply = this.ask(name, input, 10_000);
    const entry: EarlyReply = { reply, invalidatedBy, until: Date.now() + 10_000 };
    // Kept for `arrived` once here; a refusal or a failure is dropped (the screen's call asks for its own).
    const here = reply.then(
      (result) => void (entry.value = { result }),
      () => void this.early.delete(key),
    );
    this.early.set(key, entry);
    const drop = () => {
      if (this.early.get(key) === entry) this.early.delete(key);
      for (const event of invalidatedBy) this.socket.off(event as string, drop);
    };
    for (const event of invalidatedBy) this.socket.on(event as string, drop);
    setTimeout(drop, 10_000);
    return here;
  }

  /**
   * A prefetched reply that has already arrived (still fresh, not taken), or undefined. A screen's first
   * render starts from it, so a cold window paints its first rows in the render that mounts the screen
   * rather than in a second one a task later; the screen's own `call` still takes the same reply.
   */
  arrived<K extends CommandName>(name: K, input: CommandInput<K>): CommandOutput<K> | undefined {
    if (this.early.size === 0) return undefined;
    const entry = this.early.get(`${name} ${stableJson(input)}`);
    return entry?.value && entry.until > Date.now() ? (entry.value.result as CommandOutput<K>) : undefined;
  }

  call<K extends CommandName>(name: K, input: CommandInput<K>, timeoutMs = 10_000): Promise<CommandOutput<K>> {
    if (this.early.size > 0) {
      const key = `${name} ${stableJson(input)}`;
      const entry = this.early.get(key);
      if (entry) {
        this.early.delete(key);
        if (entry.until > Date.now()) return (entry.reply as Promise<CommandOutput<K>>).catch(() => this.ask(name, input, timeoutMs));
      }
    }
    return this.ask(name, input, timeoutMs);
  }

  private ask<K extends CommandName>(name: K, input: CommandInput<K>, timeoutMs: number): Promise<CommandOutput<K>> {
    // The transport would drop a message past its buffer and close the socket: refuse it here, typed.
    const oversize = oversizeMessageError(name, input);
    if (oversize) return Promise.reject(new CommandError(oversize));
    return new Promise((resolve, reject) => {
      this.socket.timeout(timeoutMs).emit('cmd', name, input, (err: Error | null, reply: CommandReply<CommandOutput<K>>) => {
        if (err) reject(new CommandError(keyedError('unavailable', 'noAnswerInTime', { command: name })));
        else if (reply.ok) resolve(reply.result);
        else reject(new CommandError(reply.error));
      });
    });
  }

  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    const handler = listener as (...args: unknown[]) => void;
    this.socket.on(name as string, handler);
    return () => {
      this.socket.off(name as string, handler);
    };
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** A read asked before the screen that makes it (prefetch), and its result once it is here. */
interface EarlyReply {
  reply: Promise<unknown>;
  invalidatedBy: readonly EventName[];
  until: number;
  value?: { result: unknown };
}

/** A reply's end, whatever it was. */
const settled = (): void => undefined;

/** JSON with object keys sorted: the same input written in another key order is the same read. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The access token from the page address: `#token=…` (kept out of server logs) or `?token=…`. */
export function tokenFromLocation(location: Location = window.location): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  return fromHash ?? new URLSearchParams(location.search).get('token');
}
