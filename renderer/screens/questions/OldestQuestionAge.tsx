import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/contract';
import type { QuestionWaitClock } from '../../../shared/domain/alerts';
import { formatAge } from '../live/format';
import { ageLevel } from './QuestionCard';
import { useQuestionNow } from './ticker';

/**
 * The oldest unanswered question's age, always in view (buyers in a live show
 * expect an answer in seconds). Shares the one clock with the queue. Once the show is not live it
 * stops counting: the age stands at the show's end, in quiet colours.
 */
export function OldestQuestionAge({
  questions,
  clockOffsetMs,
  waits,
  compact = false,
}: {
  questions: Question[];
  clockOffsetMs: number;
  waits: QuestionWaitClock;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  let oldest: Question | null = null;
  for (const q of questions) if (q.state === 'open' && (oldest === null || q.askedAt < oldest.askedAt)) oldest = q;
  const now = useQuestionNow(waits, oldest !== null, clockOffsetMs);
  if (oldest === null) {
    return (
      <span className="oldest-question none" data-testid="oldest-question" data-state="none">
        {compact ? '' : t('questions.noneWaiting')}
      </span>
    );
  }
  const age = Math.max(0, now - oldest.askedAt);
  return (
    <span
      className={`oldest-question ${waits.running ? `age-${ageLevel(age)}` : 'stopped'}`}
      data-testid="oldest-question"
      data-state={waits.running ? 'waiting' : 'stopped'}
      title={oldest.text}
    >
      {t('questions.oldest')} <b>{formatAge(age)}</b>
    </span>
  );
}
