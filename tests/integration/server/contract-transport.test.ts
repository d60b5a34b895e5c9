import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogSchema, FeaturedSchema, StudioStatusSchema } from '../../../shared/contract';
import { connectClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let hostToken: string;
beforeAll(async () => {
  studio = await startTestStudio();
  hostToken = new URL(studio.hostUrl).hash.replace('#token=', '');
});
afterAll(async () => studio.dispose());

describe('the contract over socket.io', () => {
  it('refuses a socket without a token or with a wrong one', async () => {
    await expect(connectClient(studio.baseUrl, undefined)).rejects.toThrow('unauthorized');
    await expect(connectClient(studio.baseUrl, 'wrong')).rejects.toThrow('unauthorized');
  });

  it('refuses a revoked token', async () => {
    const token = studio.issueToken('moderator', 'Temp');
    const ok = await connectClient(studio.baseUrl, token);
    ok.close();
    const row = studio.db.prepare('SELECT id FROM access_tokens WHERE actor = ?').get('Temp') as { id: number };
    studio.db.prepare('UPDATE access_tokens SET revoked_at = 1 WHERE id = ?').run(row.id);
    await expect(connectClient(studio.baseUrl, token)).rejects.toThrow('unauthorized');
  });

  it('lists the demo catalog in the contract’s shape', async () => {
    const client = await connectClient(studio.baseUrl, hostToken);
    const reply = await client.call('catalog.list', {});
    client.close();
    expect(reply.ok).toBe(true);
    const catalog = CatalogSchema.parse(reply.ok && reply.result);
    expect(catalog.currency).toBe('PLN');
    expect(catalog.products.length).toBeGreaterThanOrEqual(10);
    expect(catalog.products.find((p) => p.code === 'A12')?.variants.length).toBe(6);
  });

  it('sends a feature to every client and the overlay, with the actor taken from the token', async () => {
    const host = await connectClient(studio.baseUrl, hostToken);
    const moderator = await connectClient(studio.baseUrl, studio.issueToken('moderator', 'Ola'));
    const overlay = await connectClient(studio.baseUrl, new URL(studio.overlayUrl).hash.replace('#token=', ''));
    const seen = Promise.all([host, moderator, overlay].map((c) => c.next('show.featured', (f) => f.product?.code === 'B3')));
    const timeline = moderator.next('show.timeline', (e) => e.type === 'feature');
    const reply = await host.call('show.feature', { code: 'b3' });
    expect(reply.ok).toBe(true);
    for (const payload of await seen) expect(FeaturedSchema.parse(payload).product?.title).toBe('Cozy Oversized Hoodie');
    expect((await timeline).actor).toBe('host');
    for (const c of [host, moderator, overlay]) c.close();
  });

  it('enforces roles: a moderator or the overlay may not feature', async () => {
    for (const [role, actor] of [
      ['moderator', 'Ola'],
      ['overlay', 'obs'],
    ] as const) {
      const client = await connectClient(studio.baseUrl, studio.issueToken(role, actor));
      const reply = await client.call('show.feature', { code: 'A12' });
      client.close();
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('validates every input and answers with typed errors', async () => {
    const client = await connectClient(studio.baseUrl, hostToken);
    const bad = await client.call('show.feature', { productId: -3 } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!bad.ok && bad.error.issues?.length).toBeGreaterThan(0);
    expect(await client.call('show.feature', { code: 'ZZ99' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await client.call('nope.nothing' as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(await client.call('catalog.list', { extra: 1 } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    client.close();
  });

  it('steps through the lineup and says when it reaches the end', async () => {
    const client = await connectClient(studio.baseUrl, hostToken);
    const lineup = studio.services.shows.current()!.lineup;
    await client.call('show.feature', { productId: lineup[lineup.length - 2]!.productId });
    const last = await client.call('show.feature', { step: 'next' });
    expect(last.ok && (last.result as { product: { id: number } }).product.id).toBe(lineup[lineup.length - 1]!.productId);
    expect(await client.call('show.feature', { step: 'next' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    client.close();
  });

  it('reports studio status and pushes changes', async () => {
    const client = await connectClient(studio.baseUrl, hostToken);
    const reply = await client.call('status.get', {});
    const status = StudioStatusSchema.parse(reply.ok && reply.result);
    expect(status.core.schemaVersion).toBeGreaterThanOrEqual(4);
    expect(status.obs.state).toBe('disabled');
    const changed = client.next('status.changed', (s) => s.chat.some((c) => c.id === 'test'));
    studio.services.status.setChatSource({ id: 'test', platform: 'twitch', channel: '#demo', state: 'connected', since: 1, detail: null });
    expect((await changed).chat[0]?.state).toBe('connected');
    client.close();
  });

  it('never sends secrets to a client', async () => {
    const client = await connectClient(studio.baseUrl, hostToken);
    const settings = await client.call('settings.get', {});
    client.close();
    const text = JSON.stringify(settings);
    expect(text).not.toContain(hostToken);
    expect(text).not.toMatch(/password|token/i);
  });
});

describe('access tokens', () => {
  it('survive a restart: the same overlay and host URLs keep working', async () => {
    const { MemorySecretStore } = await import('../../../electron/core/secrets/secret-store');
    const secrets = new MemorySecretStore();
    const first = await startTestStudio({ secrets });
    const dataDir = first.dataDir;
    const overlayUrl = first.overlayUrl;
    await first.close();
    const second = await startTestStudio({ secrets, dataDir });
    expect(second.overlayUrl.replace(/:\d+\//, ':P/')).toBe(overlayUrl.replace(/:\d+\//, ':P/'));
    const overlay = await connectClient(second.baseUrl, new URL(second.overlayUrl).hash.replace('#token=', ''));
    overlay.close();
    await second.dispose();
  });
});
