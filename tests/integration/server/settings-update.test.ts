/**
 * settings.update replaces only the sections it names: an overlay change must
 * not reset auto-replies, LAN access or chat sources to their defaults.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/contract';
import { readSettings } from '../../../electron/core/store/settings';
import { connectClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('settings.update', () => {
  it('changes the sections it is given and leaves the others as stored', async () => {
    const studio = await startTestStudio();
    cleanups.push(() => studio.dispose());
    const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
    cleanups.push(() => host.close());
    const update = async (patch: Partial<Settings>) => {
      const reply = await host.call('settings.update', patch);
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      return reply.result as Settings;
    };
    await update({ commerce: { autoReplies: true, thankYous: false, extraIntentRules: {} }, network: { lanAccess: true } });
    const after = await update({
      overlay: { theme: 'daylight', position: 'side-card', brandColor: '#2563eb', font: 'DejaVu Sans, sans-serif' },
    });
    expect(after.commerce).toMatchObject({ autoReplies: true, thankYous: false });
    expect(after.network.lanAccess).toBe(true);
    expect(after.overlay.theme).toBe('daylight');
    expect(readSettings(studio.db)).toEqual(after);
    // Chat sources are not a settings.update section: they change through chat.sources.* only.
    await update({ chat: { sources: [{ platform: 'facebook', id: 'facebook:1', liveVideoId: '1' }] } } as Partial<Settings>);
    expect(readSettings(studio.db).chat.sources).toEqual([]);
  });

  it('stores the alerts section, refuses values out of range whole, and tells the live windows at once', async () => {
    const studio = await startTestStudio();
    cleanups.push(() => studio.dispose());
    const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
    cleanups.push(() => host.close());
    const invite = await host.call('access.invite', { role: 'moderator', actor: 'Ola' });
    if (!invite.ok) throw new Error(JSON.stringify(invite.error));
    const ola = await connectClient(studio.baseUrl, new URL((invite.result as { url: string }).url).hash.replace('#token=', ''));
    cleanups.push(() => ola.close());
    const heard = new Promise<unknown>((resolve) => ola.socket.once('settings.alerts', resolve));
    const alerts = {
      sound: false,
      newOrder: true,
      questionWaiting: true,
      questionWaitSeconds: 90,
      droppedFrames: true,
      droppedFramesPercent: 2.5,
      chatReconnecting: false,
    };
    const reply = await host.call('settings.update', { alerts });
    expect(reply).toMatchObject({ ok: true, result: { alerts } });
    expect(await heard).toEqual(alerts);
    const refused = await host.call('settings.update', { alerts: { ...alerts, questionWaitSeconds: 2 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(readSettings(studio.db).alerts).toEqual(alerts);
    // A moderator reads them (their console alerts too) but cannot change them.
    expect(await ola.call('settings.get', {})).toMatchObject({ ok: true, result: { alerts } });
    expect(await ola.call('settings.update', { alerts: { ...alerts, sound: true } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
