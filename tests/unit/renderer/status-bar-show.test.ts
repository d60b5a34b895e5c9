// What the status bar says of the viewed show (renderer/screens/status-bar/StatusBar.tsx shownInBar): a cold window
// opened on a past show's review leaves the title blank while the show lists load, never "No show yet".
import { describe, expect, it } from 'vitest';
import type { ShowSummary } from '../../../shared/contract';
import { shownInBar } from '../../../renderer/screens/status-bar/StatusBar';

const past = { id: 3, title: 'Friday linen', state: 'ended' } as ShowSummary;

describe('the status bar’s show', () => {
  it('is the viewed show once it is known', () => {
    expect(shownInBar(past, 3, [past])).toBe(past);
    expect(shownInBar(past, 3, undefined)).toBe(past);
  });
  it('is still loading (blank) while the lists that decide it have not arrived', () => {
    expect(shownInBar(null, undefined, undefined)).toBeUndefined();
    expect(shownInBar(null, 3, undefined)).toBeUndefined();
  });
  it('is none when there is no show, or the address names one the lists do not have', () => {
    expect(shownInBar(null, null, undefined)).toBeNull();
    expect(shownInBar(null, 3, [])).toBeNull();
  });
});
