import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { formatAge, formatResponse } from '../live/format';
import { Isolated } from '../../widgets/Isolated';

/** How long a buyer has waited, coloured as it grows: fine, getting long, too long. */
export function ageLevel(ms: number): 'fresh' | 'waiting' | 'late' {
  return ms >= 120_000 ? 'late' : ms >= 30_000 ? 'waiting' : 'fresh';
}

/** An open question: who asked what, how long ago, and the answer the facts suggest, ready to send or edit. */
export const OpenQuestionCard = memo(function OpenQuestionCard({
  question,
  ageMs,
  client,
}: {
  question: Question;
  ageMs: number;
  client: StudioClient;
}) {
  const { t } = useTranslation();
  // The core makes the suggestion from the stock and prices of now and sends it again when they move
  // (stock.changed): the box follows it until the moderator types an answer of their own.
  const [typed, setTyped] = useState<string | null>(null);
  const suggested = question.suggestedAnswer ?? '';
  const answer = typed ?? suggested;
  const asSuggested = typed === null || typed === suggested;
  const { busy: sending, error, run } = useCommand();
  // Once answered or dismissed the buttons stay off until the question leaves the open list: no second send.
  const [done, setDone] = useState(false);
  const busy = sending || done;

  const act = (action: () => Promise<unknown>) =>
    run(async () => {
      await action();
      setDone(true);
    });
  const send = (e: { preventDefault(): void }) => {
    e.preventDefault();
    if (!answer.trim()) return;
    // The suggestion is sent without its text: the core makes it again at the moment of sending.
    void act(() =>
      client.call('questions.answer', asSuggested ? { questionId: question.id } : { questionId: question.id, text: answer.trim() }),
    );
  };

  return (
    <li className="question open" data-testid="question" data-question-id={question.id} data-state="open">
      <div className="q-head">
        <Isolated className="q-buyer">{question.buyer.name}</Isolated>
        {question.productCode && <span className="q-code">{question.productCode}</span>}
        <span className="q-topic">{t(`questions.topic.${question.topic}`)}</span>
        <span className={`q-age age-${ageLevel(ageMs)}`} data-testid="question-age" title={t('questions.waiting')}>
          {formatAge(ageMs)}
        </span>
      </div>
      <p className="q-text" data-testid="question-text">
        <Isolated>{question.text}</Isolated>
      </p>
      <form className="q-answer" onSubmit={send}>
        <textarea
          value={answer}
          rows={2}
          onChange={(e) => setTyped(e.target.value === suggested ? null : e.target.value)}
          onKeyDown={(e) => {
            // Enter sends (a chat answer is one line); Shift+Enter is left to the textarea.
            if (e.key === 'Enter' && !e.shiftKey) send(e);
          }}
          placeholder={t('questions.answerPlaceholder')}
          aria-label={t('questions.answerLabel', { name: question.buyer.name })}
          maxLength={500}
          data-testid="question-answer-text"
        />
        <div className="q-buttons">
          <button type="submit" className="small primary" disabled={busy || !answer.trim()} data-testid="question-answer">
            {t('questions.answer')}
          </button>
          <button
            type="button"
            className="small ghost"
            disabled={busy}
            onClick={() => act(() => client.call('questions.dismiss', { questionId: question.id }))}
            data-testid="question-dismiss"
          >
            {t('questions.dismiss')}
          </button>
        </div>
      </form>
      {question.suggestedAnswer && asSuggested && <div className="q-suggested muted">{t('questions.suggested')}</div>}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </li>
  );
});

/** An answered or dismissed question, folded to one line with its response time; opens to the answer given. */
export const SettledQuestion = memo(function SettledQuestion({ question }: { question: Question }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`question settled ${question.state}`} data-testid="question" data-question-id={question.id} data-state={question.state}>
      <details>
        <summary>
          <span className="q-mark" aria-hidden>
            {question.state === 'answered' ? '✓' : '–'}
          </span>
          <Isolated className="q-buyer">{question.buyer.name}</Isolated>
          <Isolated className="q-text-line">{question.text}</Isolated>
          {question.responseMs !== null && (
            <span className="q-response" data-testid="question-response" title={t('questions.responseTime')}>
              {formatResponse(question.responseMs, i18n.language)}
            </span>
          )}
          {question.state === 'dismissed' && <span className="q-response muted">{t('questions.dismissed')}</span>}
        </summary>
        {question.answer && (
          <p className="q-given">
            <Isolated>{question.answer}</Isolated>
            {question.answeredBy && (
              <span className="muted"> — {question.autoAnswered ? t('questions.auto') : <Isolated>{question.answeredBy}</Isolated>}</span>
            )}
          </p>
        )}
      </details>
    </li>
  );
});
