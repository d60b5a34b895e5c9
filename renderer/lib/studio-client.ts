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
import { keyedError } from '../../shared/contract/errors';
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

/**
 * The renderer's side of the contract: `call` is typed by the command's
 * schemas, `on` by the event's. Reconnects by itself; a refused token is final.
 */
export class StudioClient {
  readonly socket: Socket;
  private phase: ConnectionPhase = 'connecting';
  private everConnected = false;
  private readonly phaseListeners = new Set<(phase: ConnectionPhase) => void>();

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
      }
    });
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

  call<K extends CommandName>(name: K, input: CommandInput<K>, timeoutMs = 10_000): Promise<CommandOutput<K>> {
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

/** The access token from the page address: `#token=…` (kept out of server logs) or `?token=…`. */
export function tokenFromLocation(location: Location = window.location): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  return fromHash ?? new URLSearchParams(location.search).get('token');
}
