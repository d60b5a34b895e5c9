// A drift between core and contract fails a test on either side of the socket: the core refuses to
// send it (checkOutputs, the bus's payload check) and the test client refuses to accept it.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server as SocketServer } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioEvents } from '../../../electron/core/events';
import { createLog } from '../../../electron/core/log';
import type { Handlers } from '../../../electron/core/server/dispatch';
import { attachSocketServer } from '../../../electron/core/server/socket';
import { connectClient, ContractDriftError, type TestClient } from '../../support/client';

const drifted = { core: { version: 1 }, obs: null, chat: 'none' };
let http: HttpServer;
let io: SocketServer;
let client: TestClient | null = null;

/** A socket server whose only handler (status.get) answers with a drifted status (or `reply`). */
async function serve(options: { checkOutputs: boolean; events: StudioEvents; reply?: unknown }): Promise<string> {
  http = createServer();
  io = attachSocketServer(http, {
    handlers: { 'status.get': () => options.reply ?? drifted } as unknown as Handlers,
    verifyToken: () => ({ id: 1, role: 'host', actor: 'host' }),
    events: options.events,
    log: createLog(null),
    checkOutputs: options.checkOutputs,
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

afterEach(async () => {
  try {
    client?.socket.close();
  } finally {
    client = null;
    await io.close();
  }
});

describe('a drift between core and contract', () => {
  it('leaves the core as a typed internal error when the server checks outputs', async () => {
    client = await connectClient(await serve({ checkOutputs: true, events: new StudioEvents(true) }), 'token');
    const reply = await client.call('status.get', {});
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('internal');
    expect(!reply.ok && reply.error.message).toMatch(/^status\.get replied outside its contract/);
  });

  it('is refused by the test client when the server does not check', async () => {
    client = await connectClient(await serve({ checkOutputs: false, events: new StudioEvents(false) }), 'token');
    await expect(client.call('status.get', {})).rejects.toThrow(ContractDriftError);
    await expect(client.call('status.get', {})).rejects.toThrow(/^reply to status\.get does not match the contract: /);
  });

  it('is refused by the test client when a reply carries a key the contract does not know', async () => {
    const status = {
      core: { version: '1', startedAt: 0, schemaVersion: 4, clients: 1 },
      obs: { state: 'disabled', since: 0, detail: null, programScene: null },
      chat: [],
      password: 'x',
    };
    client = await connectClient(await serve({ checkOutputs: false, events: new StudioEvents(false), reply: status }), 'token');
    await expect(client.call('status.get', {})).rejects.toThrow(
      /^reply to status\.get does not match the contract: password: not in the contract/,
    );
  });

  it('in an event rejects the test client’s wait, and its close', async () => {
    const events = new StudioEvents(false);
    client = await connectClient(await serve({ checkOutputs: false, events }), 'token');
    const heard = client.next('status.changed');
    events.publish('status.changed', drifted as never);
    await expect(heard).rejects.toThrow(/^event status\.changed does not match the contract: /);
    await expect(client.next('status.changed')).rejects.toThrow(ContractDriftError);
    expect(() => client?.close()).toThrow(ContractDriftError);
  });
});
