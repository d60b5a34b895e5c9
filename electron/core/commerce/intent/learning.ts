import type { WordEntry } from './compile-rules';
import { codeKey, normalizeText, tokenize } from './normalize';
import { PhraseMatcher } from './phrase-matcher';
import type { Intent, OptionValues, Topic } from './types';

/**
 * A moderator's fix of a parse, kept as a labelled example for the shop (migration 0013):
 * the message as written, the product on screen when it was sent, and what it really was.
 */
export interface LearnedExample {
  text: string;
  /** The product on screen when the message was sent (part of the key: "SOLD" means a different thing on another product). */
  featuredCode: string | null;
  intent: Intent;
  code: string | null;
  options: OptionValues;
  quantity: number | null;
  topic?: Topic | null;
  language?: string | null;
}

/** A message's normalised text as examples are keyed by: the engine's tokens, space-joined. */
export const exampleText = (text: string): string => tokenize(normalizeText(text)).join(' ');

/** The key an example is found by: the normalised text and the product on screen. */
export function exampleKey(text: string, featuredCode: string | null | undefined): string {
  return `${exampleText(text)}\u0000${featuredCode ? codeKey(featuredCode) : ''}`;
}

/** What the shop's examples teach beyond their own text: words no rule knew, by what the moderator made of them. */
export interface Learned {
  /** Exact examples by exampleKey(). */
  exact: Map<string, LearnedExample>;
  /** Words learned as claim words (a claim the engine missed) or as chatter (a "not an order" on a bare or weak claim). */
  words: PhraseMatcher<WordEntry>;
  /** Words learned as a catalog value of one product ("niebieściutka" -> Blue), as literal value keys. */
  values: PhraseMatcher<string>;
  size: number;
}

export const emptyLearned = (): Learned => ({ exact: new Map(), words: new PhraseMatcher(), values: new PhraseMatcher(), size: 0 });

/** Tokens worth learning: words of 3+ letters (never numbers or codes). */
export const LEARNABLE = /^\p{L}{3,}$/u;
