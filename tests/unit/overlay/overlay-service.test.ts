import { describe, expect, it } from 'vitest';
import { ClaimAnnouncementSchema, SettingsSchema, type EventName } from '../../../shared/contract';
import { StudioEvents } from '../../../electron/core/events';
import { OverlayService, RECENT_CLAIMS } from '../../../electron/core/overlay/overlay-service';

const SETTINGS = { theme: 'midnight', position: 'lower-third', brandColor: '#ff4f8b', font: 'Inter' } as const;

function setup(now = { t: 1_000 }) {
  const events = new StudioEvents();
  const seen: { name: EventName; payload: unknown }[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  const overlay = new OverlayService({ events, settings: () => ({ ...SETTINGS }), clock: () => now.t });
  return { overlay, seen, now, events };
}

describe('OverlayService', () => {
  it('pins and unpins, telling every client; unpinning nothing says so and publishes nothing', () => {
    const { overlay, seen } = setup();
    const pinned = overlay.pin({ kind: 'question', author: 'marta', text: 'Len?', answer: '100% len' }, 'moderator:Ola');
    expect(pinned).toMatchObject({
      id: 1,
      kind: 'question',
      author: 'marta',
      answer: '100% len',
      pinnedAt: 1_000,
      pinnedBy: 'moderator:Ola',
    });
    expect(overlay.state().pinned).toEqual(pinned);
    expect(overlay.unpin()).toEqual({ unpinned: true });
    expect(overlay.unpin()).toEqual({ unpinned: false });
    expect(seen.map((e) => [e.name, (e.payload as { pinned: unknown }).pinned === null])).toEqual([
      ['overlay.pinned', false],
      ['overlay.pinned', true],
    ]);
  });

  it(`keeps the last ${RECENT_CLAIMS} claims for the ticker, oldest first`, () => {
    const { overlay, seen } = setup();
    for (let i = 1; i <= RECENT_CLAIMS + 5; i++) overlay.announceClaim({ buyer: `b${i}`, code: 'A12', variant: null });
    const claims = overlay.state().claims;
    expect(claims).toHaveLength(RECENT_CLAIMS);
    expect(claims[0]!.buyer).toBe('b6');
    expect(claims.at(-1)!.buyer).toBe(`b${RECENT_CLAIMS + 5}`);
    expect(seen.filter((e) => e.name === 'overlay.claim')).toHaveLength(RECENT_CLAIMS + 5);
  });

  it('says how many units a claim took (one when the caller does not say), in a payload the contract accepts', () => {
    const { overlay, seen } = setup();
    overlay.announceClaim({ buyer: 'Dan', code: 'A12', variant: 'S/Blue', quantity: 2 });
    overlay.announceClaim({ buyer: 'Ann', code: 'A12', variant: 'M' });
    const published = seen.filter((e) => e.name === 'overlay.claim').map((e) => ClaimAnnouncementSchema.strict().parse(e.payload));
    expect(published.map((c) => [c.buyer, c.quantity])).toEqual([
      ['Dan', 2],
      ['Ann', 1],
    ]);
    expect(overlay.state().claims.map((c) => c.quantity)).toEqual([2, 1]);
    // A payload from a core that did not send it yet reads as one unit.
    expect(ClaimAnnouncementSchema.parse({ id: 1, buyer: 'Ann', code: 'A12', variant: null, at: 1 }).quantity).toBe(1);
  });

  it('a deal runs until endsAt and then ends by itself, with the core clock in each payload', async () => {
    const now = { t: Date.now() };
    const { overlay, seen } = setup(now);
    const deal = overlay.announceDeal({
      productId: 1,
      code: 'A12',
      priceMinor: 9900,
      currency: 'PLN',
      quota: 5,
      left: 5,
      startedAt: now.t,
      endsAt: now.t + 50,
    });
    expect(deal).toMatchObject({ state: 'running', now: now.t });
    await new Promise((r) => setTimeout(r, 80));
    now.t += 80;
    const last = seen.filter((e) => e.name === 'overlay.deal').at(-1)!.payload as { deal: { state: string } };
    expect(last.deal.state).toBe('ended');
    expect(overlay.state().deal?.state).toBe('ended');
    overlay.clearDeal();
    expect(overlay.state().deal).toBeNull();
    overlay.close();
  });

  it('a deal whose quota is gone is ended at once', () => {
    const { overlay } = setup();
    expect(
      overlay.announceDeal({
        productId: 1,
        code: 'A12',
        priceMinor: 9900,
        currency: 'PLN',
        quota: 5,
        left: 0,
        startedAt: 0,
        endsAt: 1_000_000,
      }).state,
    ).toBe('ended');
    overlay.close();
  });

  it('publishes the overlay settings when they change', () => {
    const { events, seen } = setup();
    const settings = SettingsSchema.parse({ overlay: { ...SETTINGS, theme: 'daylight' } });
    events.internal.publish('settings.changed', { settings, sections: ['overlay'] });
    events.internal.publish('settings.changed', { settings, sections: ['commerce'] });
    expect(seen).toEqual([{ name: 'overlay.settings', payload: { ...SETTINGS, theme: 'daylight' } }]);
  });
});
