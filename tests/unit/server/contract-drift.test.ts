// Outputs are checked too: with checking on (LSS_CHECK_OUTPUTS=1, as every test runner sets it), a
// handler or a service that drifts from the contract fails loudly instead of sending a wrong shape.
import { describe, expect, it } from 'vitest';
import type { StudioStatus } from '../../../shared/contract';
import { StudioEvents } from '../../../electron/core/events';
import { dispatchCommand, type CallContext, type Handlers } from '../../../electron/core/server/dispatch';

const host: CallContext = { role: 'host', actor: 'host', tokenId: 1 };

const status: StudioStatus = {
  core: { version: '1.0.0', startedAt: 0, schemaVersion: 4, clients: 1 },
  obs: { state: 'disabled', since: 0, detail: null, programScene: null },
  chat: [],
};

/** Only status.get, answering with `reply`: the dispatcher needs no other handler for these tests. */
const handlersReplying = (reply: unknown) => ({ 'status.get': () => reply }) as unknown as Handlers;

describe('command replies checked against their output schema', () => {
  it('the test runners turn checking on', () => {
    expect(process.env.LSS_CHECK_OUTPUTS).toBe('1');
  });

  it('a reply of the contract shape goes out unchanged', async () => {
    const reply = await dispatchCommand(handlersReplying(status), 'status.get', {}, host, { checkOutputs: true });
    expect(reply).toEqual({ ok: true, result: status });
  });

  it('a handler returning a wrong shape becomes an internal error naming the command and the issue', async () => {
    const drifted = { ...status, core: { ...status.core, clients: 'one' } };
    const logged: unknown[] = [];
    const log = { error: (...args: unknown[]) => logged.push(args) } as never;
    const reply = await dispatchCommand(handlersReplying(drifted), 'status.get', {}, host, { checkOutputs: true, log });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('internal');
    expect(reply.error.message).toMatch(/^status\.get replied outside its contract: core\.clients: /);
    expect(reply.error.issues).toEqual([{ path: 'core.clients', message: expect.any(String) }]);
    expect(logged).toHaveLength(1);
  });

  it('a key the contract does not know is a drift too (zod would strip it silently)', async () => {
    const extra = {
      ...status,
      chat: [{ id: 'twitch:x', platform: 'twitch', channel: 'x', state: 'connected', since: 0, detail: null, token: 't' }],
    };
    const reply = await dispatchCommand(handlersReplying(extra), 'status.get', {}, host, { checkOutputs: true });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'internal', issues: [{ path: 'chat.0.token', message: 'not in the contract (zod would strip it)' }] },
    });
  });

  it('a missing result is a drift too', async () => {
    const reply = await dispatchCommand(handlersReplying(undefined), 'status.get', {}, host, { checkOutputs: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', issues: [{ path: '(result)' }] } });
  });

  it('with checking off (the shipped studio) the result is sent as the handler gave it', async () => {
    const drifted = { wrong: true };
    const reply = await dispatchCommand(handlersReplying(drifted), 'status.get', {}, host);
    expect(reply).toEqual({ ok: true, result: drifted });
  });
});

describe('events checked against their payload schema', () => {
  it('a payload of the contract shape is delivered', () => {
    const bus = new StudioEvents(true);
    const heard: unknown[] = [];
    bus.subscribe((name, payload) => heard.push([name, payload]));
    bus.publish('status.changed', status);
    expect(heard).toEqual([['status.changed', status]]);
  });

  it('a drifted payload throws at the publisher and reaches no subscriber', () => {
    const bus = new StudioEvents(true);
    const heard: unknown[] = [];
    bus.subscribe((name) => heard.push(name));
    const drifted = { ...status, obs: { ...status.obs, state: 'sleeping' } } as never;
    expect(() => bus.publish('status.changed', drifted)).toThrow(/^event status\.changed published outside its contract: obs\.state: /);
    expect(heard).toEqual([]);
  });

  it('a payload key the contract does not know throws too', () => {
    const bus = new StudioEvents(true);
    expect(() => bus.publish('status.changed', { ...status, secret: 'x' } as never)).toThrow(/secret: not in the contract/);
  });

  it('the bus checks by default under the test runners', () => {
    expect(() => new StudioEvents().publish('status.changed', {} as never)).toThrow(/outside its contract/);
  });

  it('with checking off the payload is delivered as given', () => {
    const bus = new StudioEvents(false);
    const heard: unknown[] = [];
    bus.subscribe((_name, payload) => heard.push(payload));
    bus.publish('status.changed', { wrong: true } as never);
    expect(heard).toEqual([{ wrong: true }]);
  });
});
