import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/contract';
import type { QuestionWaitClock } from '../../../shared/domain/alerts';
import { useKeyAction } from '../../lib/keymap';
import type { StudioClient } from '../../lib/studio-client';
import { OpenQuestionCard, SettledQuestion } from './QuestionCard';
import { OldestQuestionAge } from './OldestQuestionAge';
import { useQuestionNow } from './ticker';
import './questions.css';

/** How many answered questions stay listed (newest); the rest are in the show's review. */
const SETTLED_SHOWN = 30;
/** Open questions listed as cards, oldest first (each ticks its age every second); the rest are counted below them. */
const OPEN_SHOWN = 25;

/** Buyers' questions, oldest first: each with a live age, the suggested answer ready, answered ones folded away. */
export function QuestionQueue({
  client,
  questions,
  openTotal,
  clockOffsetMs,
  waits,
}: {
  client: StudioClient;
  questions: Question[];
  /** The show's open questions (commerce.summary); the board keeps only the oldest in memory. */
  openTotal?: number;
  clockOffsetMs: number;
  /** Ages count only while the show is live. */
  waits: QuestionWaitClock;
}) {
  const { t } = useTranslation();
  const open = useMemo(() => questions.filter((q) => q.state === 'open'), [questions]);
  const openCount = Math.max(open.length, openTotal ?? 0);
  const listed = open.length > OPEN_SHOWN ? open.slice(0, OPEN_SHOWN) : open;
  const settled = useMemo(
    () =>
      questions
        .filter((q) => q.state !== 'open')
        .sort((a, b) => (b.answeredAt ?? 0) - (a.answeredAt ?? 0))
        .slice(0, SETTLED_SHOWN),
    [questions],
  );
  // The shared one-second clock runs only while the show is live and someone is waiting for an answer.
  const now = useQuestionNow(waits, open.length > 0, clockOffsetMs);
  // "A": the oldest open question's answer box, its suggested answer selected: Enter sends it, typing replaces it.
  const section = useRef<HTMLElement>(null);
  useKeyAction('answerOldest', () => {
    const box = section.current?.querySelector<HTMLTextAreaElement>('[data-testid="questions-open"] [data-testid="question-answer-text"]');
    box?.focus();
    box?.select();
  });

  return (
    <section ref={section} className="questions" aria-labelledby="questions-title" data-testid="questions">
      <div className="live-panel-head">
        <h2 id="questions-title" className="section-title">
          {t('questions.title')}{' '}
          {open.length > 0 && (
            <span className="q-open-count" data-testid="questions-open-count">
              {openCount}
            </span>
          )}
        </h2>
        <OldestQuestionAge questions={open} clockOffsetMs={clockOffsetMs} waits={waits} compact />
      </div>
      <ol className="questions-list" data-testid="questions-open">
        {open.length === 0 && <li className="questions-empty muted">{t('questions.none')}</li>}
        {listed.map((q) => (
          <OpenQuestionCard key={q.id} question={q} ageMs={Math.max(0, now - q.askedAt)} client={client} />
        ))}
        {openCount > listed.length && (
          <li className="questions-more muted" data-testid="questions-more">
            {t('livePerf.moreQuestions', { count: openCount - listed.length })}
          </li>
        )}
      </ol>
      {settled.length > 0 && (
        <ol className="questions-settled" data-testid="questions-settled" aria-label={t('questions.settled')}>
          {settled.map((q) => (
            <SettledQuestion key={q.id} question={q} />
          ))}
        </ol>
      )}
    </section>
  );
}
