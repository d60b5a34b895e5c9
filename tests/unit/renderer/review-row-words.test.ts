// The Review's rows take their words from rowWords: the same text as i18next's t in each language, each key
// looked up once (a cold window's first render draws ~30 rows), and a buyer's name put in as it is.
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';
import { rowWords } from '../../../renderer/screens/review/row-words';

const NAMES = ['anna_k', 'Zoë <b>&amp;</b>', '{{buyer}}', 'Айгүл 🌸', '$& $1'];

describe('rowWords', () => {
  for (const lng of ['en', 'pl', 'kk'] as const) {
    it(`says what t says, in ${lng}`, async () => {
      const i18n = i18next.createInstance();
      await i18n.init({
        resources: { en: { translation: en }, pl: { translation: pl }, kk: { translation: kk } },
        lng,
        fallbackLng: 'en',
        interpolation: { escapeValue: false },
      });
      const words = rowWords(i18n.t);
      for (const state of ['open', 'awaiting_payment', 'paid', 'shipped'])
        expect(words.word(`review.state.${state}`)).toBe(i18n.t(`review.state.${state}`));
      for (const count of [0, 1, 2, 5, 22, 101]) expect(words.word('review.units', { count })).toBe(i18n.t('review.units', { count }));
      expect(words.word('orders.source.nowhere', { defaultValue: 'nowhere' })).toBe('nowhere');
      for (const buyer of NAMES) expect(words.selectCart(buyer)).toBe(i18n.t('review.selectCart', { buyer }));
    });
  }

  it('looks each word up once', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
    const t = vi.fn(i18n.t) as unknown as typeof i18n.t;
    const words = rowWords(t);
    const before = vi.mocked(t).mock.calls.length;
    for (let row = 0; row < 30; row++) {
      words.word('review.state.paid');
      words.word('review.units', { count: row % 3 });
    }
    expect(vi.mocked(t).mock.calls.length - before).toBe(1 + 3);
  });
});
