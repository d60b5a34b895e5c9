import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/contract';
import { formatAge } from '../live/format';
import { ageLevel } from './QuestionCard';
import { useTickingNow } from './ticker';

/**
 * The oldest unanswered question's age, always in view (buyers in a live show
 * expect an answer in seconds). Shares the one clock with the queue.
 */
export function OldestQuestionAge({
  questions,
  clockOffsetMs,
  compact = false,
}: {
  questions: Question[];
  clockOffsetMs: number;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  let oldest: Question | null = null;
  for (const q of questions) if (q.state === 'open' && (oldest === null || q.askedAt < oldest.askedAt)) oldest = q;
  const now = useTickingNow(oldest !== null) + clockOffsetMs;
  if (oldest === null) {
    return (
      <span className="oldest-question none" data-testid="oldest-question" data-state="none">
        {compact ? '' : t('questions.noneWaiting')}
      </span>
    );
  }
  const age = Math.max(0, now - oldest.askedAt);
  return (
    <span className={`oldest-question age-${ageLevel(age)}`} data-testid="oldest-question" data-state="waiting" title={oldest.text}>
      {t('questions.oldest')} <b>{formatAge(age)}</b>
    </span>
  );
}
