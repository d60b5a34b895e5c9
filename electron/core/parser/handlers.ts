import type { parserCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { ParserReviewService } from './review-service';

/** The contract's parser domain: review of held claims, and the labelled examples moderators taught. */
export function parserHandlers(review: ParserReviewService): HandlersOf<typeof parserCommands> {
  return {
    'parser.review': (input, ctx) => review.review(input, ctx),
    'parser.examples.list': () => review.listExamples(),
    'parser.examples.delete': ({ id }) => review.deleteExample(id),
  };
}
