import { describe, expect, it } from 'vitest';
import { dealPhaseAt, dealQuotaTaken } from '../../../shared/domain/deals';

const running = { phase: 'running' as const, endsAt: 10_000, graceUntil: 15_000, left: 3 };

describe('where a deal stands on a screen (dealPhaseAt)', () => {
  it('runs until its end, is in grace until the grace ends, then has ended', () => {
    expect(dealPhaseAt(running, 9_999)).toBe('running');
    expect(dealPhaseAt(running, 10_000)).toBe('grace');
    expect(dealPhaseAt(running, 14_999)).toBe('grace');
    expect(dealPhaseAt(running, 15_000)).toBe('ended');
    expect(dealPhaseAt({ ...running, phase: 'grace' }, 14_000)).toBe('grace');
  });

  it('has ended as soon as its quota is taken, though its time runs (the overlay says the same)', () => {
    expect(dealPhaseAt({ ...running, left: 0 }, 5_000)).toBe('ended');
    expect(dealPhaseAt({ ...running, phase: 'grace', left: 0 }, 12_000)).toBe('ended');
    expect(dealQuotaTaken(0)).toBe(true);
  });

  it('runs again when a unit comes back, and a deal without a quota never runs out', () => {
    expect(dealPhaseAt({ ...running, left: 1 }, 5_000)).toBe('running');
    expect(dealPhaseAt({ ...running, left: null }, 5_000)).toBe('running');
    expect(dealQuotaTaken(null)).toBe(false);
  });

  it('a deal without an end runs until stopped; planned and ended stay as the core said', () => {
    expect(dealPhaseAt({ ...running, endsAt: null, graceUntil: null }, 1e12)).toBe('running');
    expect(dealPhaseAt({ ...running, phase: 'planned' }, 1e12)).toBe('planned');
    expect(dealPhaseAt({ ...running, phase: 'ended' }, 0)).toBe('ended');
  });
});
