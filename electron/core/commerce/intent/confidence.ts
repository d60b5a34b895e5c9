import type { Decided } from './classify';
import type { Scan } from './scan';

/** Below this an order is held for a moderator instead of taking stock (precision of orders first). */
export const LOW_CONFIDENCE = 0.6;

/** A token that looks like a claim code (letters and digits) but names no product: "A21" when the shop has A12. */
const CODE_LIKE = /^(?=.*\p{L})(?=.*\d)[\p{L}\d]{2,8}$/u;
const NUMBER_LIKE = /^\d+(?:[.,:]\d+)?\p{L}{0,3}$/u;

/**
 * The confidence of a reading and its reason: what it rests on (a claim word, a written code,
 * option values) and what made it doubtful (a typo read through, unknown words, a code the shop
 * does not have, a compliment or question beside the claim, a product only from the screen).
 */
export function assess(result: Decided, scan: Scan, tokens: readonly string[]): { confidence: number; reason: string } {
  const grounds: string[] = [];
  const doubts: string[] = [];
  let confidence: number;
  const hasCode = scan.marks.some((m) => m.kind === 'code');
  switch (result.intent) {
    case 'order': {
      if (result.correction) {
        confidence = scan.cancel ? 0.75 : 0.85;
        grounds.push(scan.cancel ? 'cancel word then a new value: a correction' : 'correction');
      } else if (scan.claim) {
        confidence = 0.95;
        grounds.push('claim word');
      } else if (scan.claimWeak) {
        confidence = 0.8;
        grounds.push('weak claim word');
      } else {
        confidence = hasCode ? 0.85 : 0.75;
        grounds.push(hasCode ? 'code and options, no claim word' : 'options only, no claim word');
      }
      if (hasCode) grounds.push('code written');
      else if (result.code) {
        grounds.push('product on screen');
        if (!scan.claim) confidence -= 0.05;
      } else {
        doubts.push('no product');
        confidence -= 0.1;
      }
      const strayCodes = tokens.filter(
        (t, i) => CODE_LIKE.test(t) && !NUMBER_LIKE.test(t) && !scan.marks.some((m) => m.at <= i && i < m.end),
      );
      if (strayCodes.length > 0) {
        doubts.push(`unknown code ${strayCodes.join(', ')}`);
        confidence -= 0.4;
      }
      if (scan.compliment) {
        doubts.push('compliment beside the claim');
        confidence -= 0.1;
      }
      if (scan.questionMark) {
        doubts.push('question beside the claim');
        confidence -= 0.05;
      }
      break;
    }
    case 'cancel':
      confidence = result.code ? 0.9 : 0.8;
      grounds.push(result.code ? 'cancel word, product named' : 'cancel word');
      break;
    case 'question':
      confidence = result.topic && result.topic !== 'other' ? 0.9 : 0.75;
      grounds.push(result.topic && result.topic !== 'other' ? `question about ${result.topic}` : 'question');
      break;
    default:
      confidence = 0.9;
      if (scan.hypothetical) grounds.push('conditional');
      else if (scan.compliment && (scan.claimWeak || hasCode)) grounds.push('compliment, no claim word');
      else if (scan.audience) grounds.push('addressed to other viewers');
      else grounds.push('no claim, cancel or question');
      if (scan.claim || scan.claimWeak) {
        doubts.push('a claim word was read but not taken');
        confidence = 0.6;
      }
  }
  if (scan.fuzzy.length > 0) {
    doubts.push(`typo ${scan.fuzzy.join(', ')}`);
    confidence -= 0.15 * scan.fuzzy.length;
  }
  if (scan.unknown > 0) {
    doubts.push(`${scan.unknown} unknown word${scan.unknown > 1 ? 's' : ''}`);
    confidence -= 0.05 * Math.min(scan.unknown, 4);
  }
  confidence = Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100;
  return { confidence, reason: [grounds.join(', '), doubts.join(', ')].filter(Boolean).join('; ') };
}
