import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
const tokenOf = (url: string) => new URL(url).hash.slice('#token='.length);
beforeAll(async () => {
  studio = await startTestStudio();
});
afterAll(async () => studio.dispose());

describe('co-moderator access', () => {
  it('invites a co-moderator whose link connects with the moderator role and their name', async () => {
    const host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
    const reply = await host.call('access.invite', { role: 'moderator', actor: 'Ola' });
    expect(reply.ok).toBe(true);
    const { id, url } = (reply as { ok: true; result: { id: number; url: string } }).result;
    expect(url).toMatch(/\/console\/#token=/);
    const ola = await connectClient(studio.baseUrl, tokenOf(url));
    expect(await ola.call('show.feature', { code: 'A12' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ola.call('access.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const list = await host.call('access.list', {});
    const rows = (list as { ok: true; result: { id: number; actor: string; role: string }[] }).result;
    expect(rows.find((r) => r.id === id)).toMatchObject({ actor: 'Ola', role: 'moderator' });
    // The database holds only hashes: the token value appears nowhere in it.
    const dump = JSON.stringify(studio.db.prepare('SELECT * FROM access_tokens').all());
    expect(dump).not.toContain(tokenOf(url));

    const dropped = new Promise<string>((resolve) => ola.socket.once('disconnect', (reason) => resolve(reason)));
    expect(await host.call('access.revoke', { id })).toMatchObject({ ok: true, result: { revoked: true } });
    expect(await dropped).toBe('io server disconnect');
    await expect(connectClient(studio.baseUrl, tokenOf(url))).rejects.toThrow('unauthorized');
    host.close();
  });

  it('refuses to revoke the caller’s own token and unknown ids', async () => {
    const host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
    const own = (await host.call('access.list', {})) as { ok: true; result: { id: number; role: string }[] };
    const hostId = own.result.find((r) => r.role === 'host')!.id;
    expect(await host.call('access.revoke', { id: hostId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await host.call('access.revoke', { id: 99999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await host.call('access.invite', { role: 'host' as never, actor: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    host.close();
  });

  it('tells each token its own role and name, so a window shows only what it may use', async () => {
    const host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
    expect(await host.call('access.whoami', {})).toMatchObject({ ok: true, result: { role: 'host' } });
    const invited = (await host.call('access.invite', { role: 'moderator', actor: 'Ewa' })) as { ok: true; result: { url: string } };
    const ewa = await connectClient(studio.baseUrl, tokenOf(invited.result.url));
    expect(await ewa.call('access.whoami', {})).toEqual({ ok: true, result: { role: 'moderator', actor: 'Ewa' } });
    const overlay = (await host.call('access.invite', { role: 'overlay', actor: 'OBS' })) as { ok: true; result: { url: string } };
    const obs = await connectClient(studio.baseUrl, tokenOf(overlay.result.url));
    expect(await obs.call('access.whoami', {})).toEqual({ ok: true, result: { role: 'overlay', actor: 'OBS' } });
    for (const c of [host, ewa, obs]) c.close();
  });
});
