/**
 * The slice of obs-websocket the controller uses, as an interface so unit tests
 * can hand in a fake socket. The real one wraps obs-websocket-js (protocol v5),
 * which has no reconnect and no request timeout of its own: a request sent on a
 * socket that died silently would wait forever, so every call here has a deadline.
 */
import OBSWebSocket, {
  OBSWebSocketError,
  type OBSEventTypes,
  type OBSRequestTypes,
  type OBSResponseTypes,
  type RequestBatchRequest,
  type ResponseMessage,
} from 'obs-websocket-js';

export type { OBSEventTypes, OBSRequestTypes, OBSResponseTypes, RequestBatchRequest, ResponseMessage };

export type RequestName = keyof OBSRequestTypes;
export type ObsEventName = keyof OBSEventTypes;

/** A failure reported by OBS (request status code) or by the socket (close code). */
export class ObsRequestError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ObsRequestError';
  }
}

/** obs-websocket request status codes and close codes the controller acts on. */
export const OBS_CODES = {
  resourceNotFound: 600,
  resourceAlreadyExists: 601,
  invalidInputKind: 605,
  outputRunning: 500,
  outputNotRunning: 501,
  authenticationFailed: 4009,
} as const;

export interface ObsSocket {
  /** Connects and identifies; rejects with an ObsRequestError carrying the close code (4009: wrong password). */
  connect(url: string, password: string | undefined): Promise<void>;
  call<T extends RequestName>(type: T, data?: OBSRequestTypes[T]): Promise<OBSResponseTypes[T]>;
  /** One round trip for several requests, run in order; a failure does not stop the rest. */
  callBatch(requests: RequestBatchRequest[]): Promise<ResponseMessage[]>;
  on<E extends ObsEventName>(event: E, listener: (data: OBSEventTypes[E]) => void): void;
  /** Called once when the socket closes for any reason, with the close code. */
  onClose(listener: (code: number, reason: string) => void): void;
  /** Polite close. */
  disconnect(): Promise<void>;
  /** Drops the connection at once, for a socket that stopped answering. */
  terminate(): void;
}

export type SocketFactory = () => ObsSocket;

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ObsRequestError(-1, `${what}: no answer from OBS within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toObsError(error));
      },
    );
  });
}

function toObsError(error: unknown): ObsRequestError {
  if (error instanceof ObsRequestError) return error;
  if (error instanceof OBSWebSocketError) return new ObsRequestError(error.code, error.message || `OBS error ${error.code}`);
  if (error instanceof Error) return new ObsRequestError(-1, error.message);
  return new ObsRequestError(-1, String(error));
}

/** obs-websocket-js keeps the raw socket protected; terminate() needs it. */
interface WithRawSocket {
  socket?: { terminate?: () => void; close?: () => void };
}

export function createObsWebSocket(options: { requestTimeoutMs?: number } = {}): ObsSocket {
  const timeoutMs = options.requestTimeoutMs ?? 5_000;
  const ws = new OBSWebSocket();
  const closeListeners: ((code: number, reason: string) => void)[] = [];
  let closed = false;
  ws.on('ConnectionClosed', (error) => {
    if (closed) return;
    closed = true;
    for (const listener of closeListeners) listener(error.code, error.message);
  });
  return {
    async connect(url, password) {
      await withDeadline(ws.connect(url, password, { rpcVersion: 1 }), timeoutMs, 'connect');
    },
    call(type, data) {
      return withDeadline(ws.call(type, data), timeoutMs, type);
    },
    callBatch(requests) {
      return withDeadline(ws.callBatch(requests, { haltOnFailure: false }), timeoutMs, 'batch');
    },
    on(event, listener) {
      // eventemitter3's typing per event name is too narrow to pass a generic through.
      (ws.on as (event: string, listener: (data: unknown) => void) => void)(event, listener as (data: unknown) => void);
    },
    onClose(listener) {
      closeListeners.push(listener);
    },
    async disconnect() {
      await withDeadline(ws.disconnect(), 2_000, 'disconnect').catch(() => this.terminate());
    },
    terminate() {
      const raw = (ws as unknown as WithRawSocket).socket;
      if (raw?.terminate) raw.terminate();
      else raw?.close?.();
    },
  };
}
