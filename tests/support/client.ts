import { io, type Socket } from 'socket.io-client';
import type { CommandInput, CommandName, CommandReply, EventName, EventPayload } from '../../shared/contract';
import { REAL_COMPONENT_WAIT_MS } from './waits';

/** A Node socket.io client speaking the contract, for tests and benchmarks. */
export interface TestClient {
  socket: Socket;
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandReply<unknown>>;
  next<K extends EventName>(name: K, match?: (p: EventPayload<K>) => boolean, timeoutMs?: number): Promise<EventPayload<K>>;
  close(): void;
}

export function connectClient(baseUrl: string, token: string | undefined): Promise<TestClient> {
  const socket = io(baseUrl, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const client: TestClient = {
    socket,
    call: (name, input) => new Promise((resolve) => socket.emit('cmd', name, input, resolve)),
    next: (name, match = () => true, timeoutMs = REAL_COMPONENT_WAIT_MS) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          socket.off(name as string, on);
          reject(new Error(`no ${String(name)} event within ${timeoutMs} ms`));
        }, timeoutMs);
        const on = (payload: EventPayload<typeof name>) => {
          if (!match(payload)) return;
          clearTimeout(timer);
          socket.off(name as string, on);
          resolve(payload);
        };
        socket.on(name as string, on);
      }),
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}
