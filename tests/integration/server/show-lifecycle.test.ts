import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShowSchema } from '../../../shared/contract';
import { connectClient, okResult, type TestClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let host: TestClient;
const ok = okResult;
beforeAll(async () => {
  studio = await startTestStudio();
  host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.slice('#token='.length));
});
afterAll(async () => {
  host.close();
  await studio.dispose();
});

describe('show lifecycle', () => {
  it('takes the demo draft live, refuses a second live show, ends it, and records each step', async () => {
    const draft = ok<{ id: number; state: string }>(await host.call('show.current', {}));
    expect(draft.state).toBe('draft');
    const changed = host.next('show.changed', (s) => s.state === 'live');
    const live = ShowSchema.parse(ok(await host.call('show.goLive', { showId: draft.id })));
    expect(live.state).toBe('live');
    expect(live.startedAt).not.toBeNull();
    expect((await changed).id).toBe(draft.id);

    const other = ok<{ id: number; state: string; language: string; timeZone: string }>(
      await host.call('show.create', { title: 'Sunday sale' }),
    );
    expect(other).toMatchObject({ state: 'draft', language: 'pl', timeZone: 'Europe/Warsaw' }); // the shop's defaults
    // The live show stays current while a draft is planned.
    expect(ok<{ id: number }>(await host.call('show.current', {})).id).toBe(draft.id);
    expect(await host.call('show.goLive', { showId: other.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const ended = ShowSchema.parse(ok(await host.call('show.end', { showId: draft.id })));
    expect(ended.state).toBe('ended');
    expect(await host.call('show.end', { showId: draft.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await host.call('show.goLive', { showId: draft.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Now the new draft is current.
    expect(ok<{ id: number }>(await host.call('show.current', {})).id).toBe(other.id);

    const types = (
      studio.db.prepare('SELECT type FROM show_events WHERE show_id = ? ORDER BY seq').all(draft.id) as { type: string }[]
    ).map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(['show.live', 'show.ended']));
    const list = ok<{ id: number; state: string }[]>(await host.call('show.list', {}));
    expect(list.map((s) => s.id)).toEqual([other.id, draft.id]);
  });

  it('validates show details and keeps co-moderators out of the lifecycle', async () => {
    expect(await host.call('show.create', { title: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await host.call('show.create', { title: 'X', timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await host.call('show.update', { showId: 9999, title: 'Y' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const mod = await connectClient(studio.baseUrl, studio.issueToken('moderator', 'Ola'));
    expect(await mod.call('show.create', { title: 'Mine' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ok<unknown[]>(await mod.call('show.list', {})).length).toBeGreaterThan(0);
    mod.close();
  });
});
