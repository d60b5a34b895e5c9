// The Review's rows take their words from rowWords: the same text as i18next's t in each language, each key
// looked up once (a cold window's first render draws ~30 rows), and a buyer's name put in as it is.
import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { rowWords } from '../../../renderer/screens/review/row-words';
import { uiT } from '../../support/ui-t';

const NAMES = ['anna_k', 'Zoë <b>&amp;</b>', '{{buyer}}', 'Айгүл 🌸', '$& $1'];

describe('rowWords', () => {
  for (const lng of ['en', 'pl', 'kk'] as const) {
    it(`says what t says, in ${lng}`, async () => {
      const t = await uiT(lng);
      const words = rowWords(t as unknown as TFunction);
      for (const state of ['open', 'awaiting_payment', 'paid', 'shipped'])
        expect(words.word(`review.state.${state}`)).toBe(t(`review.state.${state}`));
      for (const count of [0, 1, 2, 5, 22, 101]) expect(words.word('review.units', { count })).toBe(t('review.units', { count }));
      expect(words.word('orders.source.nowhere', { defaultValue: 'nowhere' })).toBe('nowhere');
      for (const buyer of NAMES) expect(words.selectCart(buyer)).toBe(t('review.selectCart', { buyer }));
    });
  }

  it('looks each word up once', async () => {
    const t = vi.fn(await uiT('en'));
    const words = rowWords(t as unknown as TFunction);
    const before = t.mock.calls.length;
    for (let row = 0; row < 30; row++) {
      words.word('review.state.paid');
      words.word('review.units', { count: row % 3 });
    }
    expect(t.mock.calls.length - before).toBe(1 + 3);
  });
});
