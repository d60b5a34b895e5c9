import { useTranslation } from 'react-i18next';
import type { CommerceSummary, Question } from '../../../shared/contract';
import type { QuestionWaitClock } from '../../../shared/domain/alerts';
import { formatMoney } from '../../../shared/domain/money';
import { takenLines } from '../../../shared/domain/order-states';
import { OldestQuestionAge } from '../questions/OldestQuestionAge';
import { formatResponse } from './format';

/** The numbers to keep an eye on during a show, in one quiet line; the oldest question's wait comes first. */
export function LiveHeader({
  summary,
  questions,
  clockOffsetMs,
  waits,
}: {
  summary: CommerceSummary | null;
  questions: Question[];
  clockOffsetMs: number;
  waits: QuestionWaitClock;
}) {
  const { t, i18n } = useTranslation();
  const o = summary?.orders;
  // Lines taken = lines holding stock: the one definition (shared/domain/order-states.ts), as the orders panel counts them.
  const taken = o ? takenLines(o) : 0;
  return (
    <div className="live-header" data-testid="live-header">
      <OldestQuestionAge questions={questions} clockOffsetMs={clockOffsetMs} waits={waits} />
      <span className="live-stat" data-testid="live-open-questions">
        {t('questions.openCount', { count: summary?.openQuestions ?? questions.filter((q) => q.state === 'open').length })}
      </span>
      {o && o.needs_details > 0 && (
        <span className="live-stat attention" data-testid="live-needs-details">
          {t('orders.needsDetailsCount', { count: o.needs_details })}
        </span>
      )}
      <span className="live-stat" data-testid="live-taken" data-count={taken}>
        {t('orders.takenCount', { count: taken })}
      </span>
      {o && o.waitlisted > 0 && <span className="live-stat">{t('orders.waitlistedCount', { count: o.waitlisted })}</span>}
      {summary && (
        <span className="live-stat" data-testid="live-revenue" data-value-minor={summary.revenueMinor}>
          <b>{formatMoney(summary.revenueMinor, summary.currency, i18n.language)}</b>
        </span>
      )}
      {summary?.medianResponseMs != null && (
        <span className="live-stat muted">{t('questions.median', { time: formatResponse(summary.medianResponseMs, i18n.language) })}</span>
      )}
    </div>
  );
}
