import type { TopicEntry } from './compile-rules';
import type { PhraseMatcher } from './phrase-matcher';
import type { Topic } from './types';

/**
 * When a question names several topics, the more specific one wins: "how much is shipping" is
 * about shipping, "what sizes do you have" about sizes, not stock.
 */
const PRIORITY: readonly Exclude<Topic, 'other'>[] = ['shipping', 'payment', 'material', 'price', 'size', 'stock'];

export function pickTopic(tokens: readonly string[], topics: PhraseMatcher<TopicEntry>): Exclude<Topic, 'other'> | null {
  let best = PRIORITY.length;
  for (let i = 0; i < tokens.length;) {
    const match = topics.match(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    for (const entry of match.entries) best = Math.min(best, PRIORITY.indexOf(entry.topic));
    i += match.length;
  }
  return PRIORITY[best] ?? null;
}
