// One figure, one function, one label: the live header's "orders taken" and the orders panel's head are the
// same count of lines holding stock (shared/domain/order-states.ts); every line of the show (the "All" chip,
// cancelled and waiting ones too) is a different number, and the panel says so in words, in en, pl and kk.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

// The header's question clock ticks from a store React cannot read server-side; its number is not under test here.
vi.mock('../../../renderer/screens/questions/ticker', () => ({
  useTickingNow: () => 1_700_000_000_000,
  tickerRunning: () => false,
  useQuestionNow: () => 1_700_000_000_000,
}));
import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';
import type { CommerceSummary, OrderState } from '../../../shared/contract';
import { allLines, takenLines } from '../../../shared/domain/order-states';
import { OrderTotals } from '../../../renderer/screens/orders/OrdersList';
import { LiveHeader } from '../../../renderer/screens/live/LiveHeader';

const counts: Record<OrderState, number> = {
  needs_details: 2,
  held: 0,
  waitlisted: 3,
  claimed: 12,
  confirmed: 5,
  paid: 3,
  packed: 0,
  shipped: 0,
  cancelled: 3,
  released: 0,
  returned: 0,
};
const summary: CommerceSummary = {
  showId: 1,
  currency: 'PLN',
  orders: counts,
  lineTotals: Object.fromEntries(Object.entries(counts).map(([s, n]) => [s, n * 14900])) as Record<OrderState, number>,
  revenueMinor: 20 * 14900,
  openQuestions: 0,
  oldestOpenQuestionAt: null,
  oldestOpenQuestionAgeMs: null,
  medianResponseMs: null,
  now: 1_700_000_000_000,
};

async function render(language: 'en' | 'pl' | 'kk') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, pl: { translation: pl }, kk: { translation: kk } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  const wrap = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(I18nextProvider, { i18n }, el));
  // The panel's figures as OrdersList gives them from the show's summary (the same functions).
  const figures = { taken: takenLines(summary.orders), all: allLines(summary.orders), valueMinor: summary.revenueMinor, currency: 'PLN' };
  const panel =
    wrap(createElement(OrderTotals, { ...figures, part: 'head' })) + wrap(createElement(OrderTotals, { ...figures, part: 'all' }));
  const header = wrap(createElement(LiveHeader, { summary, questions: [], clockOffsetMs: 0, waits: { running: true, stoppedAt: null } }));
  return { i18n, panel, header };
}

/** The text of the element with this test id (no nested elements but <b>). */
function textOf(html: string, testId: string): string | null {
  const m = new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>(.*?)</(span|p|button)>`).exec(html);
  return m ? m[1]!.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0/g, ' ') : null;
}

describe('order counts on one screen', () => {
  it('taken = lines holding stock; all = every line', () => {
    expect(takenLines(counts)).toBe(20);
    expect(allLines(counts)).toBe(28);
  });

  for (const language of ['en', 'pl', 'kk'] as const) {
    it(`${language}: the panel's head is the live header's "taken", and every line is labelled as such`, async () => {
      const { i18n, panel, header } = await render(language);
      const taken = i18n.t('orders.takenCount', { count: 20 });
      expect(textOf(header, 'live-taken')).toBe(taken);
      // The panel's head: the same words and number as the live header, beside the same revenue.
      expect(textOf(panel, 'orders-totals')).toMatch(new RegExp(`^${taken} · `));
      expect(panel).toContain('data-taken="20"');
      // Every line of the show is another number: said in words, and it is the "All" chip's.
      const all = textOf(panel, 'orders-all-lines');
      expect(all).toBe(i18n.t('orders.allLinesCount', { count: 28 }));
      expect(all).toContain('28');
      expect(all).not.toBe(i18n.t('orders.count', { count: 28 }));
      // The report's tiles say the same: "lines taken" for the 20, and every line named with what it includes.
      const figures = (i18n.getResourceBundle(language, 'translation') as { report: { figures: Record<string, string> } }).report.figures;
      expect(figures.orderLines).not.toBe(figures.linesTaken);
    });
  }
});
