import { StudioError, type CommandParsedInput, type Question, type Settings } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { StudioEvents } from '../events';
import type { Db } from '../store/db';
import { getQuestion, getQuestions, listQuestions, markAnswered, markDismissed } from '../store/questions';
import type { ChatReplies } from './chat-replies';
import type { CommerceLog } from './log';
import type { Caller } from './orders-service';
import type { CommercePublisher } from './publisher';

export interface QuestionsServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  /** settings.commerce, read at each commit (the host may flip auto-replies mid-show). */
  settings: () => Settings['commerce'];
  currentShowId: () => number | null;
  publisher: CommercePublisher;
  replies: ChatReplies;
  log: CommerceLog;
}

/**
 * Buyers' questions: the questions commands of the contract, and the automatic
 * answers posted after a commit when settings.commerce.autoReplies is on (else
 * the suggested answer waits for a moderator).
 */
export class QuestionsService {
  private readonly db: Db;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: QuestionsServiceDeps) {
    this.db = deps.db;
    this.unsubscribe = deps.events.internal.subscribe('commerce.committed', ({ effects }) => {
      if (effects.autoAnswers.length && deps.settings().autoReplies) this.answerAutomatically(effects.autoAnswers);
    });
  }

  list(input: CommandParsedInput<'questions.list'>): Question[] {
    const showId = input.showId === undefined ? this.deps.currentShowId() : input.showId === null ? undefined : input.showId;
    return listQuestions(this.db, { showId, states: input.states, limit: input.limit });
  }

  answer(input: CommandParsedInput<'questions.answer'>, caller: Caller): Question {
    const question = this.requireOpen(input.questionId);
    const text = input.text ?? question.suggestedAnswer;
    if (!text) throw StudioError.of('invalid_input', 'thereIsNoSuggestedAnswerFor', {}, [{ path: 'text', message: 'required' }]);
    // A question typed in by staff (phone, DM) is answered there: the answer is recorded, not posted.
    if (question.platform !== 'manual' && question.platform !== 'replay') this.deps.replies.toQuestion(question, text);
    markAnswered(this.db, question.id, text, caller.actor, false, this.deps.clock());
    return this.changed(question.id);
  }

  dismiss(questionId: number, caller: Caller): Question {
    const question = this.requireOpen(questionId);
    markDismissed(this.db, question.id, caller.actor, this.deps.clock());
    return this.changed(question.id);
  }

  /** Stops following commits. */
  close(): void {
    this.unsubscribe();
  }

  /** Posts the suggested answers; a question is marked answered once its post is queued. */
  private answerAutomatically(questionIds: readonly number[]): void {
    const answered: number[] = [];
    for (const q of getQuestions(this.db, questionIds)) {
      if (q.state !== 'open' || !q.suggestedAnswer) continue;
      try {
        this.deps.replies.toQuestion(q, q.suggestedAnswer);
      } catch (error) {
        // Nothing can post there (not connected, anonymous): the answer stays a suggestion for the moderator.
        this.deps.log('warn', `commerce: auto-answer not posted: ${(error as Error).message}`, { questionId: q.id });
        continue;
      }
      if (markAnswered(this.db, q.id, q.suggestedAnswer, 'studio', true, this.deps.clock())) answered.push(q.id);
    }
    if (answered.length) this.deps.events.publish('questions.changed', { questions: getQuestions(this.db, answered) });
  }

  private requireOpen(id: number): Question {
    const question = getQuestion(this.db, id);
    if (!question) throw StudioError.of('not_found', 'noQuestionWithId', { id });
    if (question.state !== 'open') throw StudioError.of('conflict', 'questionIsAlready', { id: question.id, state: question.state });
    return question;
  }

  private changed(id: number): Question {
    const question = getQuestion(this.db, id);
    if (!question) throw StudioError.of('not_found', 'noQuestionWithId', { id });
    this.deps.events.publish('questions.changed', { questions: [question] });
    this.deps.publisher.summary();
    return question;
  }
}
