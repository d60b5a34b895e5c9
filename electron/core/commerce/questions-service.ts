import { StudioError, type CommandParsedInput, type EventPayload, type Question, type Settings } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { StudioEvents } from '../events';
import type { Db } from '../store/db';
import { getQuestion, getQuestions, listQuestions, markAnswered, markDismissed, openQuestionsOn } from '../store/questions';
import { currentSuggestion, withCurrentSuggestions } from './answers';
import type { CatalogView } from './catalog-view';
import type { ChatReplies } from './chat-replies';
import type { CommerceLog } from './log';
import type { Caller } from './orders-service';
import type { CommercePublisher } from './publisher';

export interface QuestionsServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  /** The products (with their variants) that suggested answers are made about. */
  catalog: CatalogView;
  /** settings.commerce, read at each commit (the host may flip auto-replies mid-show). */
  settings: () => Settings['commerce'];
  currentShowId: () => number | null;
  publisher: CommercePublisher;
  replies: ChatReplies;
  log: CommerceLog;
}

/** How many open questions of the changed products are re-shown after a change of stock or price. */
const RESHOWN_MAX = 200;

/**
 * Buyers' questions: the questions commands of the contract, and the automatic
 * answers posted after a commit when settings.commerce.autoReplies is on (else
 * the suggested answer waits for a moderator). A suggested answer is made from
 * the stock and prices of the moment it is shown or sent (`currentSuggestion`),
 * never the one stored when the question arrived; open questions whose suggestion
 * moves with a stock or price change are published again.
 */
export class QuestionsService {
  private readonly db: Db;
  private readonly unsubscribe: (() => void)[];

  constructor(private readonly deps: QuestionsServiceDeps) {
    this.db = deps.db;
    this.unsubscribe = [
      deps.events.internal.subscribe('commerce.committed', ({ effects }) => {
        if (effects.autoAnswers.length && deps.settings().autoReplies) this.answerAutomatically(effects.autoAnswers);
      }),
      deps.events.subscribe((name, payload) => {
        if (name === 'stock.changed') this.reshow((payload as EventPayload<'stock.changed'>).changes.map((c) => c.productId));
        else if (name === 'catalog.changed') this.reshow((payload as EventPayload<'catalog.changed'>).productIds);
        else if (name === 'show.featured') {
          // A deal started, stopped or used quota: the price answers of the featured product move.
          const productId = (payload as EventPayload<'show.featured'>).product?.id;
          if (productId !== undefined) this.reshow([productId]);
        }
      }),
    ];
  }

  list(input: CommandParsedInput<'questions.list'>): Question[] {
    const showId = input.showId === undefined ? this.deps.currentShowId() : input.showId === null ? undefined : input.showId;
    return this.present(listQuestions(this.db, { showId, states: input.states, limit: input.limit }));
  }

  answer(input: CommandParsedInput<'questions.answer'>, caller: Caller): Question {
    const question = this.requireOpen(input.questionId);
    // Without a text the suggestion is sent, made now: never what the stock was when the question arrived.
    const text = input.text ?? currentSuggestion(this.db, this.deps.catalog, question, this.deps.clock());
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

  /** Stops following commits and stock. */
  close(): void {
    for (const off of this.unsubscribe) off();
    this.shown.clear();
  }

  /** The suggestion last published for each open question, so a change that does not move it is not sent again. */
  private readonly shown = new Map<number, string | null>();

  private present(questions: Question[]): Question[] {
    const presented = withCurrentSuggestions(this.db, this.deps.catalog, questions, this.deps.clock());
    for (const q of presented) {
      if (q.state === 'open') this.shown.set(q.id, q.suggestedAnswer);
      else this.shown.delete(q.id);
    }
    return presented;
  }

  /** Stock or prices of these products changed: the current show's open questions about them whose suggestion moved are published again. */
  private reshow(productIds: readonly number[]): void {
    const ids = [...new Set(productIds)];
    if (ids.length === 0) return;
    try {
      // An import may change thousands of products: read them a bounded chunk at a time (SQLite's parameter limit).
      const open: Question[] = [];
      const showId = this.deps.currentShowId();
      for (let at = 0; at < ids.length && open.length < RESHOWN_MAX; at += 500)
        open.push(...openQuestionsOn(this.db, showId, ids.slice(at, at + 500), RESHOWN_MAX - open.length));
      // A question not yet re-shown is published once (a client may hold the suggestion it arrived with); then only when it moves.
      const before = new Map(open.map((q) => [q.id, this.shown.has(q.id) ? this.shown.get(q.id) : undefined]));
      const moved = this.present(open).filter((q) => before.get(q.id) === undefined || q.suggestedAnswer !== before.get(q.id));
      if (moved.length) this.deps.events.publish('questions.changed', { questions: moved });
    } catch (error) {
      // The change is committed already: a failed re-show leaves the old suggestion on screen until the next one.
      this.deps.log('error', `commerce: suggested answers not refreshed: ${(error as Error).message}`);
    }
  }

  /** Posts the suggested answers, made at the moment of posting; a question is marked answered once its post is queued. */
  private answerAutomatically(questionIds: readonly number[]): void {
    const answered: number[] = [];
    for (const q of getQuestions(this.db, questionIds)) {
      if (q.state !== 'open') continue;
      // Stock may have moved since the question arrived (a claim later in the same batch): answer with what is true now.
      const text = currentSuggestion(this.db, this.deps.catalog, q, this.deps.clock());
      if (!text) continue;
      try {
        this.deps.replies.toQuestion(q, text);
      } catch (error) {
        // Nothing can post there (not connected, anonymous): the answer stays a suggestion for the moderator.
        this.deps.log('warn', `commerce: auto-answer not posted: ${(error as Error).message}`, { questionId: q.id });
        continue;
      }
      if (markAnswered(this.db, q.id, text, 'studio', true, this.deps.clock())) answered.push(q.id);
      this.shown.delete(q.id);
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
    this.shown.delete(id);
    this.deps.events.publish('questions.changed', { questions: [question] });
    this.deps.publisher.summary();
    return question;
  }
}
