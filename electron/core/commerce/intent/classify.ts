import type { CatalogIndex, IndexedProduct, OptionRef } from './catalog-index';
import { codeKey, normalizeText, tokenize } from './normalize';
import { scanMessage, type Mark, type Scan } from './scan';
import { pickTopic } from './topic';
import { assess } from './confidence';
import type { ClaimItem, ClassifyContext, ClassifyResult, OptionValues } from './types';

/** A product a message points at: from the catalog, or a featured code the catalog does not know. */
interface Target {
  product: IndexedProduct | null;
  code: string | null;
}

interface Draft extends Target {
  options: OptionValues;
  quantity: number | null;
  /** Options copied from the item before ("XL black and M grey": M starts an item that is black until told otherwise). */
  inherited: Set<string>;
}

/** A result before its confidence is assessed. */
export type Decided = Omit<ClassifyResult, 'confidence' | 'reason'>;

type Attribute = Extract<Mark, { kind: 'value' } | { kind: 'number' }>;

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/** Most words a claim may carry that no rule knows ("I'll take it, so pretty"). */
const MAX_UNKNOWN_WITH_CLAIM = 1;
/** Bare numbers up to this are quantities when they are no option value ("B7 3"). */
const MAX_BARE_QUANTITY = 20;
/** "x0" or "x5000" is a typo or a joke, not a quantity. */
const isQuantity = (n: number) => Number.isInteger(n) && n >= 1 && n <= 999;

/**
 * Reads one chat message: an order (with its items), a cancel, a question (with its topic) or other.
 * Pure and synchronous; everything costly was compiled into `index` by buildCatalogIndex().
 */
export function classify(message: string, index: CatalogIndex, context: ClassifyContext = {}): ClassifyResult {
  const tokens = tokenize(normalizeText(message));
  const scan = scanMessage(tokens, index);
  const example = index.learned.size > 0 ? learnedReading(tokens, scan, index, context) : null;
  if (example) return example;
  const decided = decide(message, tokens, scan, index, context);
  const { confidence, reason } = assess(decided, scan, tokens);
  return { ...decided, confidence, reason };
}

/**
 * The moderators' own reading of this very message on this product, when they fixed one. A "not
 * an order" never overrides a claim word with a written code of another product than the example's.
 */
function learnedReading(tokens: readonly string[], scan: Scan, index: CatalogIndex, context: ClassifyContext): ClassifyResult | null {
  const featuredCode = context.featuredCode ?? null;
  const example = index.learned.exact.get(`${tokens.join(' ')}\u0000${featuredCode ? codeKey(featuredCode) : ''}`);
  if (!example) return null;
  if (example.intent !== 'order' && scan.claim) {
    const written = scan.marks.find((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
    if (written && written.product.code !== (featuredCode && index.byCode.get(codeKey(featuredCode))?.code)) return null;
  }
  const result: ClassifyResult = {
    intent: example.intent,
    code: example.code,
    options: { ...example.options },
    quantity: example.intent === 'order' ? (example.quantity ?? 1) : null,
    topic: example.intent === 'question' ? (example.topic ?? 'other') : null,
    confidence: 0.99,
    reason: 'a moderator labelled this message',
  };
  if (example.language) result.language = example.language;
  return result;
}

function decide(message: string, tokens: readonly string[], scan: Scan, index: CatalogIndex, context: ClassifyContext): Decided {
  const featured = featuredTarget(index, context.featuredCode);
  const language = pickLanguage(scan);
  const codeMark = scan.marks.find((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
  const firstCode: Target | null = codeMark ? { product: codeMark.product, code: codeMark.product.code } : null;
  const questionish = scan.questionMark || scan.questionParticle || (scan.questionStart && !isExclamation(tokens, index, scan.compliment));
  const base = language ? { language } : {};

  if (scan.hypothetical && !scan.cancel) {
    return questionish ? question(tokens, scan, index, firstCode ?? featured, base) : other(base);
  }
  const replacing = scan.cancel ? cancelThenClaim(scan, index, firstCode) : null;
  if (replacing) return { ...replacing, ...base };
  if (scan.cancel || negatesClaim(scan.marks)) {
    const target = firstCode ?? (scan.deictic ? featured : null);
    return {
      intent: 'cancel',
      code: target?.code ?? null,
      options: resolveAll(scan.marks, target, index),
      quantity: null,
      topic: null,
      ...base,
    };
  }
  const correction = readCorrection(scan, index, firstCode, questionish);
  if (correction) return { ...correction, ...base };
  const values = countValues(scan, firstCode ?? featured, index);
  if (isClaim(scan, codeMark !== undefined, featured.code !== null, questionish, values)) {
    // "sold M, does it run small?": what follows the question word is asked, not claimed.
    const asked = scan.questionMark && scan.claimAt >= 0 && scan.questionAt > scan.claimAt;
    const claimed = asked ? scan.marks.filter((m) => m.at < scan.questionAt) : scan.marks;
    const items = assembleItems(claimed, featured, index).map(toItem);
    const [first] = items;
    const result: Decided = {
      intent: 'order',
      code: first?.code ?? null,
      options: first?.options ?? {},
      quantity: first?.quantity ?? 1,
      topic: null,
      ...base,
    };
    if (items.length > 1) result.items = items;
    return result;
  }
  // "girls, what size are you wearing?", "@anna did you get yours?": a question to other viewers, not the shop.
  if (questionish && (scan.audience || MENTION.test(message)) && !firstCode) return other(base);
  if (questionish) return question(tokens, scan, index, firstCode ?? featured, base);
  return other(base);
}

const MENTION = /(?:^|\s)@[\p{L}\p{N}_]/u;

/**
 * "cancel M, I want L instead", "anuluj M, chcę L": a cancel word followed by a claim word and a
 * new value is a correction, not a cancel: the values before the claim word are taken back.
 */
function cancelThenClaim(scan: Scan, index: CatalogIndex, firstCode: Target | null): Decided | null {
  if (scan.claimAt <= scan.cancelAt) return null;
  const target: Target = firstCode ?? { product: null, code: null };
  const from: OptionValues = {};
  const to: OptionValues = {};
  let quantity: number | null = null;
  for (const mark of scan.marks) {
    if (!isAttribute(mark)) continue;
    const ref = resolveAttribute(mark, target, index);
    const after = mark.at > scan.claimAt;
    if (ref) (after ? to : from)[ref.name] = ref.value;
    else if (after && mark.kind === 'number' && mark.role !== 'size' && isQuantity(mark.value)) quantity = mark.value;
  }
  if (Object.keys(to).length === 0) return null;
  return { intent: 'order', code: target.code, options: { ...to }, quantity, topic: null, correction: { from, to } };
}

/**
 * "jaka śliczna", "какая прелесть", "wie hübsch": a question word opening two words and no
 * question mark is an exclamation unless it asks about a topic ("ile kosztuje").
 */
function isExclamation(tokens: readonly string[], index: CatalogIndex, compliment: boolean): boolean {
  if (compliment) return true; // "какой красивый цвет", "jaka śliczna sukienka"
  const words = tokens.filter((t) => !PICTOGRAPH.test(t) && t !== '!' && t !== ',');
  return words.length <= 2 && pickTopic(tokens, index.rules.topics) === null;
}

function other(base: { language?: string }): Decided {
  return { intent: 'other', code: null, options: {}, quantity: null, topic: null, ...base };
}

function question(tokens: readonly string[], scan: Scan, index: CatalogIndex, target: Target, base: { language?: string }): Decided {
  const options = resolveAll(scan.marks, target, index);
  const mentionsValue = scan.marks.some((m) => m.kind === 'value');
  const topic = pickTopic(tokens, index.rules.topics) ?? (mentionsValue ? 'stock' : 'other');
  return { intent: 'question', code: target.code, options, quantity: null, topic, ...base };
}

function featuredTarget(index: CatalogIndex, featuredCode: string | null | undefined): Target {
  if (!featuredCode) return { product: null, code: null };
  const product = index.byCode.get(codeKey(featuredCode)) ?? null;
  return { product, code: product?.code ?? featuredCode };
}

/**
 * A claim needs a claim word that is not drowned in chat, or — with no claim word at all — a
 * code or option values and almost nothing else ("A12 M", "c5 40", "xxl please" on a featured product).
 */
/**
 * Option values and quantities a message names: a bare number counts only when it could be a
 * quantity or is one of the product's values ("700" on a shirt is neither: a score, a price, a joke).
 */
function countValues(scan: Scan, target: Target, index: CatalogIndex): number {
  let values = 0;
  for (const m of scan.marks) {
    if (!isAttribute(m)) continue;
    if (m.kind === 'number' && m.role === 'bare' && m.value > MAX_BARE_QUANTITY && !resolveAttribute(m, target, index)) continue;
    values++;
  }
  return values;
}

/** A claim word drowned in this many unknown words, with no code, is chat ("Type !claim to activate your sub"). */
const MAX_UNKNOWN_AROUND_CLAIM = 4;

function isClaim(scan: Scan, hasCode: boolean, hasFeatured: boolean, questionish: boolean, values: number): boolean {
  const reference = hasCode || values > 0 || scan.deictic;
  // Praise with no claim word and no code: "love the red one", "ładny ten czerwony".
  if (scan.compliment && !scan.claim && !scan.claimWeak) return false;
  // "take a look at C5 girls": talking to other viewers, with no claim word, is no claim.
  if (scan.audience && !scan.claim) return false;
  if (scan.claim) {
    // "does it come in M? I'll take it" asks first; "sold M, does it run small?" claims, then asks.
    if (scan.questionMark && scan.questionWord && !(scan.claimAt >= 0 && scan.claimAt < scan.questionAt)) return false;
    if (!hasCode && scan.unknown > MAX_UNKNOWN_AROUND_CLAIM) return false;
    return reference || scan.unknown <= MAX_UNKNOWN_WITH_CLAIM;
  }
  if (scan.claimWeak) {
    if (questionish) return false;
    return (reference && scan.unknown <= MAX_UNKNOWN_WITH_CLAIM + 1) || (hasFeatured && scan.unknown === 0);
  }
  if (questionish || !(hasCode || (hasFeatured && values > 0))) return false;
  return scan.unknown === 0 || (scan.unknown <= MAX_UNKNOWN_WITH_CLAIM && values > 0);
}

/** "nie biorę", "don't take": a negation right before a claim word. */
function negatesClaim(marks: readonly Mark[]): boolean {
  for (let k = 0; k + 1 < marks.length; k++) {
    const a = marks[k] as Mark;
    const b = marks[k + 1] as Mark;
    if (a.kind === 'negation' && b.kind === 'claim' && b.at === a.end) return true;
  }
  return false;
}

function isAttribute(m: Mark | undefined): m is Attribute {
  return m?.kind === 'value' || (m?.kind === 'number' && m.role !== 'ignored');
}

/**
 * "I meant L not M", "nie M tylko L", "M емес L": values after a negation (or before a Kazakh
 * one) are what the buyer takes back, the others what they want instead.
 */
function readCorrection(scan: Scan, index: CatalogIndex, firstCode: Target | null, questionish: boolean): Decided | null {
  const { marks } = scan;
  const attributes = marks.filter(isAttribute);
  if (attributes.length === 0) return null;
  const negated = new Set<Mark>();
  marks.forEach((m, k) => {
    const next = marks[k + 1];
    const prev = marks[k - 1];
    if (m.kind === 'negation' && isAttribute(next) && next.at === m.end) negated.add(next);
    if (m.kind === 'negationAfter' && isAttribute(prev) && prev.end === m.at) negated.add(prev);
  });
  const structural = negated.size > 0 && attributes.length >= 2;
  if (!structural && !(scan.correctionCue && !questionish)) return null;

  const target: Target = firstCode ?? { product: null, code: null };
  const from: OptionValues = {};
  const to: OptionValues = {};
  let quantity: number | null = null;
  for (const attribute of attributes) {
    const ref = resolveAttribute(attribute, target, index);
    if (ref) (negated.has(attribute) ? from : to)[ref.name] = ref.value;
    else if (attribute.kind === 'number' && attribute.role !== 'size' && !negated.has(attribute) && isQuantity(attribute.value))
      quantity = attribute.value;
  }
  if (Object.keys(to).length === 0) return null;
  return { intent: 'order', code: target.code, options: { ...to }, quantity, topic: null, correction: { from, to } };
}

function resolveKeys(keys: readonly string[], target: Target, index: CatalogIndex): OptionRef | null {
  for (const key of keys) {
    const ref = target.product ? target.product.values.get(key) : index.globalValues.get(key);
    if (ref) return ref;
  }
  return null;
}

function resolveAttribute(attribute: Attribute, target: Target, index: CatalogIndex): OptionRef | null {
  if (attribute.kind === 'value') return resolveKeys(attribute.keys, target, index);
  if (attribute.role === 'quantity') return null;
  return resolveKeys([`l:${attribute.value}`, `n:${attribute.value}`], target, index);
}

/** Option values a question or cancel mentions, for its product (no splitting into items). */
function resolveAll(marks: readonly Mark[], target: Target | null, index: CatalogIndex): OptionValues {
  const options: OptionValues = {};
  if (!target) return options;
  for (const mark of marks) {
    if (!isAttribute(mark)) continue;
    const ref = resolveAttribute(mark, target, index);
    if (ref && options[ref.name] === undefined) options[ref.name] = ref.value;
  }
  return options;
}

/**
 * Splits a claim into items. Separators ("and", ",", "i", "и") cut the message into segments;
 * each code starts an item and takes the values around it in its segment; a segment without a
 * code adds to the item before it, and a second value for an option it already has ("M and L")
 * makes a new item of the same product.
 */
function assembleItems(marks: readonly Mark[], featured: Target, index: CatalogIndex): Draft[] {
  const items: Draft[] = [];
  const newDraft = (target: Target): Draft => {
    const draft: Draft = { ...target, options: {}, quantity: null, inherited: new Set() };
    items.push(draft);
    return draft;
  };
  const anyCode = marks.some((m) => m.kind === 'code');
  if (!anyCode) newDraft(featured);

  let leading: Attribute[] = [];
  let segment: Mark[] = [];
  const flush = () => {
    const hasCode = segment.some((m) => m.kind === 'code');
    if (!hasCode) {
      const last = items[items.length - 1];
      if (!last) leading.push(...segment.filter(isAttribute));
      else segment.filter(isAttribute).reduce((draft, a) => applyAttribute(draft, a, items, index), last);
    } else {
      let current: Draft | null = null;
      let before: Attribute[] = leading;
      leading = [];
      for (const mark of segment) {
        if (mark.kind === 'code') {
          current = newDraft({ product: mark.product, code: mark.product.code });
          for (const a of before) current = applyAttribute(current, a, items, index);
          before = [];
        } else if (isAttribute(mark)) {
          if (current) current = applyAttribute(current, mark, items, index);
          else before.push(mark);
        }
      }
    }
    segment = [];
  };
  for (const mark of marks) {
    if (mark.kind === 'separator') flush();
    else segment.push(mark);
  }
  flush();
  return items;
}

function applyAttribute(draft: Draft, attribute: Attribute, items: Draft[], index: CatalogIndex): Draft {
  if (attribute.kind === 'number' && attribute.role === 'quantity') {
    if (draft.quantity === null && isQuantity(attribute.value)) draft.quantity = attribute.value;
    return draft;
  }
  const ref = resolveAttribute(attribute, draft, index);
  if (!ref) {
    const n = attribute.kind === 'number' && attribute.role === 'bare' ? attribute.value : 0;
    if (n >= 1 && n <= MAX_BARE_QUANTITY && draft.quantity === null) draft.quantity = n;
    return draft;
  }
  const current = draft.options[ref.name];
  if (current === undefined || draft.inherited.has(ref.name)) {
    draft.options[ref.name] = ref.value;
    draft.inherited.delete(ref.name);
    return draft;
  }
  if (current === ref.value) return draft;
  const inherited = new Set(Object.keys(draft.options).filter((name) => name !== ref.name));
  const next: Draft = {
    product: draft.product,
    code: draft.code,
    options: { ...draft.options, [ref.name]: ref.value },
    quantity: null,
    inherited,
  };
  items.push(next);
  return next;
}

function toItem(draft: Draft): ClaimItem {
  const options: OptionValues = {};
  const names = draft.product?.optionNames ?? Object.keys(draft.options);
  for (const name of names) {
    const value = draft.options[name];
    if (value !== undefined) options[name] = value;
  }
  return { code: draft.code, options, quantity: draft.quantity ?? 1 };
}

function pickLanguage(scan: Scan): string | undefined {
  let best: string | undefined;
  let bestVotes = 0;
  for (const [language, votes] of scan.votes) {
    if (votes > bestVotes) {
      best = language;
      bestVotes = votes;
    }
  }
  return best;
}
