// An unexpected exception in a handler (a raw SQLite error, a bug) must not tell a client how the
// core is built: the client gets a reference, the log gets the whole error under that reference.
import { describe, expect, it } from 'vitest';
import { dispatchCommand, type CallContext, type Handlers } from '../../../electron/core/server/dispatch';
import { tempDatabase } from '../../support/temp-db';

const host: CallContext = { role: 'host', actor: 'host', tokenId: 1 };

function recordingLog() {
  const lines: { data: Record<string, unknown>; message: string }[] = [];
  const log = { error: (data: Record<string, unknown>, message: string) => lines.push({ data, message }) } as never;
  return { log, lines };
}

describe('an internal error reaching a client', () => {
  it('is "Internal error (ref …)" with the raw SQLite message only in the log, under the same ref', async () => {
    const t = tempDatabase('studio-internal-error-');
    const handlers = {
      'status.get': () => t.db.prepare('SELECT secret_column FROM no_such_table').get(),
    } as unknown as Handlers;
    const { log, lines } = recordingLog();
    const reply = await dispatchCommand(handlers, 'status.get', {}, host, { log });
    t.remove();
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('internal');
    expect(reply.error.message).toMatch(/^Internal error \(ref [0-9a-f]{8,}\)$/);
    expect(JSON.stringify(reply)).not.toMatch(/no_such_table|secret_column|SQLITE|status\.get failed/i);
    const ref = /\(ref ([0-9a-f]+)\)/.exec(reply.error.message)![1];
    expect(lines).toHaveLength(1);
    expect(lines[0]!.data).toMatchObject({ ref, command: 'status.get' });
    expect(String((lines[0]!.data.err as Error).message)).toMatch(/no such table: no_such_table/);
  });

  it('each failure has its own ref', async () => {
    const handlers = {
      'status.get': () => {
        throw new Error('boom');
      },
    } as unknown as Handlers;
    const { log } = recordingLog();
    const a = await dispatchCommand(handlers, 'status.get', {}, host, { log });
    const b = await dispatchCommand(handlers, 'status.get', {}, host, { log });
    expect(!a.ok && !b.ok && a.error.message !== b.error.message).toBe(true);
  });
});
