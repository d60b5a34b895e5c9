import type { ordersCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { LineupService } from '../shows/lineup-service';
import type { OrdersService } from './orders-service';
import type { QuestionsService } from './questions-service';

/** The contract's orders domain: orders, questions, the summary, and deals (which the lineup runs). */
export function ordersHandlers(
  orders: OrdersService,
  questions: QuestionsService,
  lineup: LineupService,
): HandlersOf<typeof ordersCommands> {
  return {
    'orders.list': (input) => orders.list(input),
    'orders.events': ({ orderId }) => orders.events(orderId),
    'orders.setState': (input, ctx) => orders.setState(input, ctx),
    'orders.completeDetails': (input, ctx) => orders.completeDetails(input, ctx),
    'orders.create': (input, ctx) => orders.create(input, ctx),
    'orders.askDetails': (input) => orders.askDetails(input),
    'questions.list': (input) => questions.list(input),
    'questions.answer': (input, ctx) => questions.answer(input, ctx),
    'questions.dismiss': ({ questionId }, ctx) => questions.dismiss(questionId, ctx),
    'commerce.summary': ({ showId }) => orders.summary(showId),
    'deal.start': ({ itemId }) => lineup.startDeal(itemId),
    'deal.end': ({ itemId }) => lineup.endDeal(itemId),
  };
}
