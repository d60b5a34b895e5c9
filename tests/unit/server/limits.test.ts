// The client limiter on its own, with a hand-moved clock: budgets weighted by cost and refilled
// over time, a cap on commands in flight, sockets per token, refused handshakes per address.
import { describe, expect, it } from 'vitest';
import {
  ClientLimiter,
  commandCost,
  DEFAULT_LIMITS,
  HELD_REFUSALS_PER_TOKEN,
  MAX_REFUSAL_HOLD_MS,
} from '../../../electron/core/server/limits';

function limiter() {
  let now = 1_000_000;
  const l = new ClientLimiter(() => now);
  return { l, advance: (ms: number) => (now += ms) };
}

describe('ClientLimiter', () => {
  it('weighs long pages and the whole catalog more than a click', () => {
    expect(commandCost('show.feature', { code: 'A12' })).toBe(1);
    expect(commandCost('orders.list', { limit: 2000 })).toBe(9);
    expect(commandCost('orders.list', { limit: 1e300 })).toBe(41);
    expect(commandCost('catalog.list', {})).toBe(5);
  });

  it('spends a token’s budget, refuses with rate_limited, and refills it over time', () => {
    const { l, advance } = limiter();
    const { burst, perSecond } = DEFAULT_LIMITS.roles.moderator;
    let admitted = 0;
    for (let i = 0; i < burst + 10; i++) {
      const refused = l.admitCommand(7, 'moderator', 'show.current', {});
      if (refused) expect(refused.code).toBe('rate_limited');
      else {
        admitted++;
        l.finished(7);
      }
    }
    expect(admitted).toBe(burst);
    // Another token has its own budget.
    expect(l.admitCommand(8, 'moderator', 'show.current', {})).toBeNull();
    advance(1000);
    for (let i = 0; i < perSecond; i++) {
      expect(l.admitCommand(7, 'moderator', 'show.current', {})).toBeNull();
      l.finished(7);
    }
    expect(l.admitCommand(7, 'moderator', 'show.current', {})).toMatchObject({ code: 'rate_limited' });
  });

  it('caps the commands of one token in flight', () => {
    const { l } = limiter();
    const { concurrent } = DEFAULT_LIMITS.roles.overlay;
    for (let i = 0; i < concurrent; i++) expect(l.admitCommand(3, 'overlay', 'overlay.state', {})).toBeNull();
    expect(l.admitCommand(3, 'overlay', 'overlay.state', {})).toMatchObject({ code: 'rate_limited', message: /at once/ });
    l.finished(3);
    expect(l.admitCommand(3, 'overlay', 'overlay.state', {})).toBeNull();
  });

  it('holds a refusal for the wait it names (at most 1 s), and only so many per token', () => {
    const { l } = limiter();
    const { burst } = DEFAULT_LIMITS.roles.moderator;
    for (let i = 0; i < burst / 9; i++) if (!l.admitCommand(5, 'moderator', 'orders.list', { limit: 2000 })) l.finished(5);
    const refused = l.admitCommand(5, 'moderator', 'orders.list', { limit: 2000 })!;
    expect(refused).toMatchObject({ code: 'rate_limited', key: 'tooManyTryAgain' });
    const hold = l.holdRefusal(5, refused);
    expect(hold).toBe(Math.min(Number(refused.params!.ms), MAX_REFUSAL_HOLD_MS));
    expect(hold).toBeGreaterThan(0);
    for (let i = 1; i < HELD_REFUSALS_PER_TOKEN; i++) expect(l.holdRefusal(5, refused)).toBe(hold);
    // The token's share is held: the next refusal goes at once, until a held one has gone out.
    expect(l.holdRefusal(5, refused)).toBe(0);
    l.refusalSent(5);
    expect(l.holdRefusal(5, refused)).toBe(hold);
    // Another token's refusals are held on their own share.
    expect(l.holdRefusal(6, refused)).toBe(hold);
  });

  it('counts sockets per token and refused handshakes per address', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < DEFAULT_LIMITS.socketsPerToken; i++) expect(l.openSocket(1)).toBe(true);
    expect(l.openSocket(1)).toBe(false);
    l.closeSocket(1);
    expect(l.openSocket(1)).toBe(true);
    for (let i = 0; i < DEFAULT_LIMITS.refusedHandshakes.burst; i++) {
      expect(l.mayTryHandshake('10.0.0.9')).toBe(true);
      l.handshakeRefused('10.0.0.9');
    }
    expect(l.mayTryHandshake('10.0.0.9')).toBe(false);
    expect(l.mayTryHandshake('10.0.0.10')).toBe(true);
    advance(1000);
    expect(l.mayTryHandshake('10.0.0.9')).toBe(true);
  });
});
