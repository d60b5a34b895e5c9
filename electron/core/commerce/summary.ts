import { OrderStateSchema, type CommerceSummary, type OrderState } from '../../../shared/contract';
import { revenueMinor } from '../../../shared/domain/order-states';
import type { Db } from '../store/db';
import { orderTotalsByState } from '../store/orders';
import { questionStats } from '../store/questions';
import { shopCurrency } from '../store/shop';

/** Orders per state, revenue and the question queue of a show, with the oldest unanswered question's age at `now`. */
export function commerceSummary(db: Db, showId: number | null, now: number): CommerceSummary {
  const totals = orderTotalsByState(db, showId);
  const counts = new Map(totals.map((t) => [t.state, t.count]));
  const sums = new Map(totals.map((t) => [t.state, t.lineTotalMinor]));
  const questions = questionStats(db, showId);
  const orders = Object.fromEntries(OrderStateSchema.options.map((s) => [s, counts.get(s) ?? 0])) as Record<OrderState, number>;
  return {
    showId,
    currency: shopCurrency(db),
    orders,
    lineTotals: Object.fromEntries(OrderStateSchema.options.map((s) => [s, sums.get(s) ?? 0])) as Record<OrderState, number>,
    revenueMinor: revenueMinor(totals),
    openQuestions: questions.open,
    oldestOpenQuestionAt: questions.oldestOpenAt,
    oldestOpenQuestionAgeMs: questions.oldestOpenAt === null ? null : Math.max(0, now - questions.oldestOpenAt),
    medianResponseMs: questions.medianResponseMs,
    now,
  };
}
