import { describe, expect, it } from 'vitest';
import { actorLabel } from '../../../renderer/lib/actor-label';
import { uiT } from '../../support/ui-t';

describe('who did something, in the window’s language', () => {
  it('names the host, the studio and a buyer in chat in Polish and Kazakh; a moderator by the name the invite gave', async () => {
    const pl = await uiT('pl');
    const kk = await uiT('kk');
    expect(actorLabel(pl, 'host')).toBe('prowadzący');
    expect(actorLabel(kk, 'host')).toBe('жүргізуші');
    expect(actorLabel(kk, 'studio')).toBe('студия');
    expect(actorLabel(pl, 'chat:twitch:u1')).toContain('twitch');
    expect(actorLabel(pl, 'Ola')).toBe('Ola');
  });
});
