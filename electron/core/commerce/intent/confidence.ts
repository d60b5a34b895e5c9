import type { Decided } from './classify';
import { hasDigitChar } from './compound-values';
import type { Scan } from './scan';
import type { ReasonPart, Reasons } from './types';

/**
 * The reason phrases, by code: the English the CLI and the order note carry. The review panel shows
 * the codes in the moderator's language (shared/i18n `parser.reasons.<code>`), so every code here has
 * a key there (tests/unit/intent/reasons.test.ts).
 */
export const REASON_TEXT: Record<ReasonPart['code'], (p: Record<string, string | number>) => string> = {
  correctionAfterCancel: () => 'cancel word then a new value: a correction',
  correction: () => 'correction',
  claimWord: () => 'claim word',
  weakClaimWord: () => 'weak claim word',
  codeAndOptions: () => 'code and options, no claim word',
  optionsOnly: () => 'options only, no claim word',
  codeWritten: () => 'code written',
  productOnScreen: () => 'product on screen',
  noProduct: () => 'no product',
  unknownCode: (p) => `unknown code ${p.codes}`,
  complimentBeside: () => 'compliment beside the claim',
  questionBeside: () => 'question beside the claim',
  cancelWordProduct: () => 'cancel word, product named',
  cancelWord: () => 'cancel word',
  questionAbout: (p) => `question about ${p.topic}`,
  question: () => 'question',
  conditional: () => 'conditional',
  complimentNoClaim: () => 'compliment, no claim word',
  toViewers: () => 'addressed to other viewers',
  noClaim: () => 'no claim, cancel or question',
  claimWordNotTaken: () => 'a claim word was read but not taken',
  typo: (p) => `typo ${p.typos}`,
  unknownWords: (p) => `${p.count} unknown word${Number(p.count) > 1 ? 's' : ''}`,
  learned: () => 'a moderator labelled this message',
  confirmationAsked: () => 'confirmation after the host asked this buyer',
  confirmationHesitated: () => 'confirmation after the buyer hesitated',
};

/** The English reason of coded grounds and doubts: "claim word, code written; 2 unknown words". */
export function reasonText(reasons: Reasons): string {
  const grounds = say(reasons.grounds);
  const doubts = say(reasons.doubts);
  return grounds && doubts ? `${grounds}; ${doubts}` : grounds || doubts;
}

/** Reason parts in words, joined by commas (module-level: no closure made per message). */
function say(parts: readonly ReasonPart[]): string {
  let out = '';
  for (const r of parts) out += (out ? ', ' : '') + REASON_TEXT[r.code](r.params ?? {});
  return out;
}

/** Below this an order is held for a moderator instead of taking stock (precision of orders first). */
export const LOW_CONFIDENCE = 0.6;

/** A token that looks like a claim code (letters and digits) but names no product: "A21" when the shop has A12. */
const CODE_LIKE = /^(?=.*\p{L})(?=.*\d)[\p{L}\d]{2,8}$/u; // tested after hasDigitChar (\d is 0-9): most words have no digit
const NUMBER_LIKE = /^\d+(?:[.,:]\d+)?\p{L}{0,3}$/u;

/**
 * The confidence of a reading and its reason: what it rests on (a claim word, a written code,
 * option values) and what made it doubtful (a typo read through, unknown words, a code the shop
 * does not have, a compliment or question beside the claim, a product only from the screen).
 */
export function assess(result: Decided, scan: Scan, tokens: readonly string[]): { confidence: number; reason: string; reasons: Reasons } {
  const grounds: ReasonPart[] = [];
  const doubts: ReasonPart[] = [];
  let confidence: number;
  const hasCode = scan.marks.some((m) => m.kind === 'code');
  switch (result.intent) {
    case 'order': {
      if (result.correction) {
        confidence = scan.cancel ? 0.75 : 0.85;
        grounds.push({ code: scan.cancel ? 'correctionAfterCancel' : 'correction' });
      } else if (scan.claim) {
        confidence = 0.95;
        grounds.push({ code: 'claimWord' });
      } else if (scan.claimWeak) {
        confidence = 0.8;
        grounds.push({ code: 'weakClaimWord' });
      } else {
        confidence = hasCode ? 0.85 : 0.75;
        grounds.push({ code: hasCode ? 'codeAndOptions' : 'optionsOnly' });
      }
      if (hasCode) grounds.push({ code: 'codeWritten' });
      else if (result.code) {
        grounds.push({ code: 'productOnScreen' });
        if (!scan.claim) confidence -= 0.05;
      } else {
        doubts.push({ code: 'noProduct' });
        confidence -= 0.1;
      }
      const strayCodes = tokens.filter(
        (t, i) => hasDigitChar(t) && CODE_LIKE.test(t) && !NUMBER_LIKE.test(t) && !scan.marks.some((m) => m.at <= i && i < m.end),
      );
      if (strayCodes.length > 0) {
        doubts.push({ code: 'unknownCode', params: { codes: strayCodes.join(', ') } });
        confidence -= 0.4;
      }
      if (scan.compliment) {
        doubts.push({ code: 'complimentBeside' });
        confidence -= 0.1;
      }
      if (scan.questionMark) {
        doubts.push({ code: 'questionBeside' });
        confidence -= 0.05;
      }
      break;
    }
    case 'cancel':
      confidence = result.code ? 0.9 : 0.8;
      grounds.push({ code: result.code ? 'cancelWordProduct' : 'cancelWord' });
      break;
    case 'question':
      confidence = result.topic && result.topic !== 'other' ? 0.9 : 0.75;
      grounds.push(
        result.topic && result.topic !== 'other' ? { code: 'questionAbout', params: { topic: result.topic } } : { code: 'question' },
      );
      break;
    default:
      confidence = 0.9;
      if (scan.hypothetical) grounds.push({ code: 'conditional' });
      else if (scan.compliment && (scan.claimWeak || hasCode)) grounds.push({ code: 'complimentNoClaim' });
      else if (scan.audience) grounds.push({ code: 'toViewers' });
      else grounds.push({ code: 'noClaim' });
      if (scan.claim || scan.claimWeak) {
        doubts.push({ code: 'claimWordNotTaken' });
        confidence = 0.6;
      }
  }
  if (scan.fuzzy.length > 0) {
    doubts.push({ code: 'typo', params: { typos: scan.fuzzy.join(', ') } });
    confidence -= 0.15 * scan.fuzzy.length;
  }
  if (scan.unknown > 0) {
    doubts.push({ code: 'unknownWords', params: { count: scan.unknown } });
    confidence -= 0.05 * Math.min(scan.unknown, 4);
  }
  confidence = Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100;
  const reasons: Reasons = { grounds, doubts };
  return { confidence, reason: reasonText(reasons), reasons };
}
