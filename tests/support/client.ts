import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import { contractIssues } from '../../electron/core/contract-check';
import {
  commands,
  events,
  StudioErrorSchema,
  type CommandInput,
  type CommandName,
  type CommandReply,
  type EventName,
  type EventPayload,
} from '../../shared/contract';
import { REAL_COMPONENT_WAIT_MS } from './waits';

/** A Node socket.io client speaking the contract, for tests and benchmarks. */
export interface TestClient {
  socket: Socket;
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandReply<unknown>>;
  next<K extends EventName>(name: K, match?: (p: EventPayload<K>) => boolean, timeoutMs?: number): Promise<EventPayload<K>>;
  close(): void;
}

export interface ClientOptions {
  /**
   * Parse every reply with its command's `output` schema (or the error shape) and every event with
   * its payload schema, so a drift between core and contract fails the test. On by default;
   * benchmarks turn it off to time the transport alone.
   */
  checkContract?: boolean;
}

/** Thrown (or rejected) when something the studio sent does not match the contract. */
export class ContractDriftError extends Error {
  override name = 'ContractDriftError';
}

/** The same check the core makes when outputs are checked: the schema, and no key it does not know. */
function drift(what: string, schema: z.ZodType, value: unknown): ContractDriftError | null {
  const issues = contractIssues(schema, value, '(root)');
  if (issues.length === 0) return null;
  return new ContractDriftError(`${what} does not match the contract: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
}

function checkReply(name: CommandName, reply: CommandReply<unknown>): void {
  if (typeof reply !== 'object' || reply === null) throw new ContractDriftError(`reply to ${name} is not an object`);
  const error = reply.ok
    ? commands[name] && drift(`reply to ${name}`, commands[name].output, reply.result)
    : drift(`error reply to ${name}`, StudioErrorSchema, reply.error);
  if (error) throw error;
}

function checkEvent(name: string, payload: unknown): ContractDriftError | null {
  if (!Object.hasOwn(events, name)) return new ContractDriftError(`event ${name} is not in the contract`);
  return drift(`event ${name}`, events[name as EventName].payload, payload);
}

export function connectClient(baseUrl: string, token: string | undefined, options: ClientOptions = {}): Promise<TestClient> {
  const { checkContract = true } = options;
  const socket = io(baseUrl, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  // A drifted event rejects every pending `next` and is thrown again at close, so no test passes over it.
  let eventDrift: ContractDriftError | null = null;
  const pending = new Set<(error: Error) => void>();
  if (checkContract)
    socket.onAny((name: string, payload: unknown) => {
      const error = checkEvent(name, payload);
      if (!error) return;
      eventDrift ??= error;
      for (const reject of pending) reject(error);
    });
  const client: TestClient = {
    socket,
    call: (name, input) =>
      new Promise((resolve, reject) =>
        socket.emit('cmd', name, input, (reply: CommandReply<unknown>) => {
          try {
            if (checkContract) checkReply(name, reply);
            resolve(reply);
          } catch (error) {
            reject(error as Error);
          }
        }),
      ),
    next: (name, match = () => true, timeoutMs = REAL_COMPONENT_WAIT_MS) =>
      new Promise((resolve, reject) => {
        if (eventDrift) return reject(eventDrift);
        const done = () => {
          clearTimeout(timer);
          socket.off(name as string, on);
          pending.delete(fail);
        };
        const fail = (error: Error) => {
          done();
          reject(error);
        };
        const timer = setTimeout(() => fail(new Error(`no ${String(name)} event within ${timeoutMs} ms`)), timeoutMs);
        const on = (payload: EventPayload<typeof name>) => {
          if (!match(payload)) return;
          done();
          resolve(payload);
        };
        pending.add(fail);
        socket.on(name as string, on);
      }),
    close: () => {
      socket.close();
      if (eventDrift) throw eventDrift;
    },
  };
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** The result of a reply that must have succeeded; a refusal fails the test with the reply. */
export function okResult<T>(reply: { ok: boolean; result?: unknown; error?: unknown }): T {
  if (!reply.ok) throw new Error(`command failed: ${JSON.stringify(reply.error ?? reply)}`);
  return reply.result as T;
}
