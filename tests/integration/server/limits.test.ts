// Per-token limits on a running studio over real socket.io clients: a moderator flooding heavy lists
// is answered rate_limited while the host's show.feature still answers; one token cannot open more
// sockets than its share; an address presenting bad tokens is refused quietly, while a valid token
// from the same address still gets in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandReply } from '../../../shared/contract';
import { DEFAULT_LIMITS } from '../../../electron/core/server/limits';
import { StudioClient } from '../../../renderer/lib/studio-client';
import { connectClient, type TestClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';
import { waitUntil } from '../../support/waits';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let host: TestClient;
const opened: TestClient[] = [];
const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

beforeEach(async () => {
  studio = await startTestStudio();
  host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
});
afterEach(async () => {
  for (const c of opened.splice(0)) c.socket.close();
  host.close();
  await studio.dispose();
});

async function invite(actor: string): Promise<string> {
  const reply = await host.call('access.invite', { role: 'moderator', actor });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return tokenOf((reply.result as { url: string }).url);
}

async function refusal(token: string | undefined): Promise<string> {
  try {
    const client = await connectClient(studio.baseUrl, token);
    opened.push(client);
    return 'connected';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('per-token limits', () => {
  it('a flood from one moderator token gets rate_limited while the host’s show.feature still answers', async () => {
    const ola = await connectClient(studio.baseUrl, await invite('Ola'));
    opened.push(ola);
    const flood = Array.from({ length: 200 }, () => ola.call('orders.list', { showId: null, limit: 2000 }));
    const feature = host.call('show.feature', { code: 'A12' });
    const replies: CommandReply<unknown>[] = await Promise.all(flood);
    const limited = replies.filter((r) => !r.ok && r.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(100);
    expect(replies.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(replies.every((r) => r.ok || r.error.code === 'rate_limited')).toBe(true);
    expect(await feature).toMatchObject({ ok: true });
    // The host's own budget is untouched by the moderator's flood.
    expect(await host.call('show.feature', { code: 'B3' })).toMatchObject({ ok: true });
    // Another moderator's token has its own budget.
    const ewa = await connectClient(studio.baseUrl, await invite('Ewa'));
    opened.push(ewa);
    expect(await ewa.call('orders.list', { showId: null, limit: 2000 })).toMatchObject({ ok: true });
  });

  it('a moderator working fast (a reconnect’s lists, then clicks) is never throttled', async () => {
    const ola = await connectClient(studio.baseUrl, await invite('Ola'));
    opened.push(ola);
    // What the console sends when it (re)connects, twice in a row, then 60 quick commands.
    const connectLists = () =>
      Promise.all([
        ola.call('orders.list', { showId: null, limit: 2000 }),
        ola.call('questions.list', { showId: null, limit: 2000 }),
        ola.call('commerce.summary', {}),
        ola.call('catalog.list', {}),
        ola.call('chat.recent', { limit: 500 }),
        ola.call('status.get', {}),
        ola.call('show.current', {}),
        ola.call('show.featured', {}),
        ola.call('overlay.state', {}),
      ]);
    const replies = [...(await connectLists()), ...(await connectLists())];
    for (let i = 0; i < 60; i++) replies.push(await ola.call('show.current', {}));
    expect(replies.filter((r) => !r.ok)).toEqual([]);
  });

  it(`refuses a token’s socket past its share (${DEFAULT_LIMITS.socketsPerToken}), so the 501st certainly`, async () => {
    const token = await invite('Ola');
    for (let i = 0; i < DEFAULT_LIMITS.socketsPerToken; i++) opened.push(await connectClient(studio.baseUrl, token));
    expect(await refusal(token)).toBe('rate_limited');
    // Another token (the host's) is not affected; a closed socket makes room again.
    expect(await refusal(tokenOf(studio.hostUrl))).toBe('connected');
    opened.shift()!.socket.close();
    await waitUntil(async () => (await refusal(token)) === 'connected', 'a socket of the token once one closed');
  });

  it('a window refused while the token is at its share connects by itself once there is room (socket.io retries no refusal)', async () => {
    const token = await invite('Ola');
    for (let i = 0; i < DEFAULT_LIMITS.socketsPerToken; i++) opened.push(await connectClient(studio.baseUrl, token));
    const window = new StudioClient(token, studio.baseUrl);
    try {
      await waitUntil(() => window.socket.active === false, 'the window refused at the cap');
      expect(window.socket.connected).toBe(false);
      opened.shift()!.socket.close();
      await waitUntil(() => window.connectionPhase === 'connected', 'the window connected again by itself');
    } finally {
      window.socket.close();
    }
  });

  it('refuses an address’s bad tokens quietly after a burst; a valid token from it still connects', async () => {
    const results: string[] = [];
    for (let i = 0; i < DEFAULT_LIMITS.refusedHandshakes.burst + 10; i++) results.push(await refusal(i % 2 ? 'wrong' : undefined));
    expect(results.slice(0, DEFAULT_LIMITS.refusedHandshakes.burst).every((r) => r === 'unauthorized')).toBe(true);
    expect(results.slice(-5)).toEqual(Array(5).fill('rate_limited'));
    expect(await refusal(tokenOf(studio.hostUrl))).toBe('connected');
  });
});
