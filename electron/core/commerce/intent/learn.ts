import type { CatalogIndex } from './catalog-index';
import { classify } from './classify';
import { LOW_CONFIDENCE } from './confidence';
import { emptyLearned, exampleKey, LEARNABLE, type Learned, type LearnedExample } from './learning';
import { phraseTokens, normalizeText, tokenize } from './normalize';
import { scanMessage } from './scan';

/**
 * Reads the shop's examples against the index without them and keeps what each one teaches:
 * - the example itself, by its normalised text and product on screen;
 * - an option value the engine missed, when one unknown word is left to explain it ("A12 niebieściutka"
 *   fixed to Blue: "niebiesciutka" is A12's Blue, and any product's value spelled the same);
 * - a claim the engine missed or doubted, accepted or fixed into an order: its unknown words become claim words
 *   that need something to point at (weak claim words);
 * - an order marked "not an order": its unknown words become chatter, which stops bare and weak claims only,
 *   never a claim word with a code.
 */
export function learnFrom(examples: readonly LearnedExample[], index: CatalogIndex): Learned {
  const learned = emptyLearned();
  for (const example of examples) {
    learned.exact.set(exampleKey(example.text, example.featuredCode), example);
    learned.size++;
    const tokens = tokenize(normalizeText(example.text));
    const scan = scanMessage(tokens, index);
    const unknown = scan.unknownAt.map((i) => tokens[i] as string).filter((t) => LEARNABLE.test(t));
    if (unknown.length === 0) continue;
    const parsed = classify(example.text, index, { featuredCode: example.featuredCode });
    const language = example.language ?? parsed.language ?? 'en';
    const explained = new Set<string>();
    if (example.intent === 'order') {
      const missed = Object.entries(example.options).filter(([name, value]) => parsed.intent !== 'order' || parsed.options[name] !== value);
      if (missed.length === 1 && unknown.length === 1) {
        const [, value] = missed[0] as [string, string];
        const word = unknown[0] as string;
        learned.values.add([word], `l:${phraseTokens(value).join(' ')}`);
        explained.add(word);
      }
      const doubted = parsed.intent !== 'order' || parsed.confidence < LOW_CONFIDENCE || (!scan.claim && !scan.claimWeak);
      if (doubted && !scan.claim) {
        for (const word of unknown) if (!explained.has(word)) learned.words.add([word], { kind: 'claimWeak', language });
      }
    } else if (example.intent === 'other' && parsed.intent === 'order') {
      for (const word of unknown) learned.words.add([word], { kind: 'compliment', language });
    }
  }
  return learned;
}

/**
 * Words of a message the engine cannot read (no rule, no catalog value): what a moderator's decision on it can teach.
 * None means the message says all it says ("sold" with no size): the details a moderator adds to it are the buyer's, not a lesson.
 */
export function unreadWords(text: string, index: CatalogIndex): string[] {
  const tokens = tokenize(normalizeText(text));
  const scan = scanMessage(tokens, index);
  return scan.unknownAt.map((i) => tokens[i] as string).filter((t) => LEARNABLE.test(t));
}
