import type { CatalogIndex, IndexedProduct } from './catalog-index';
import type { WordEntry } from './compile-rules';
import { CYRILLIC_BY_SOUND, foldLookalikes } from './normalize';
import { bandCupKey, isCup, letterSizeKey } from './sizes';
import { kazakhBases, spanishBases } from './morphology';
import {
  isSizeSystem,
  isWidthWord,
  LARGEST,
  oneOfUnit,
  readDimension,
  readHalfUnit,
  readMeasure,
  readSpokenFraction,
  readSpokenHalf,
  SMALLEST,
  startsHalfUnit,
  startsOneOfUnit,
  startsSpokenFraction,
  startsSpokenHalf,
} from './units';
import { OPTION_WORDS } from './option-names';
import { aliasToken, aliasTokens, compoundKeyOf, hasDigitChar, KAZAKH_CASE_AFTER_DIGIT, KAZAKH_CASE_ENDINGS } from './compound-values';
import { matchKnown, Memo, type FuzzyMatch, type KnownWord } from './phrase-matcher';

export type MarkerRole = 'quantityUnit' | 'sizeMarker' | 'priceMarker' | 'timeMarker' | 'timeUnit';
export type NumberRole = 'bare' | 'quantity' | 'size' | 'ignored';

/** What a span of tokens means, in message order. `at`/`end` are token indexes (end exclusive). */
export type Mark =
  | { kind: 'code'; at: number; end: number; product: IndexedProduct }
  | { kind: 'value'; at: number; end: number; keys: string[]; pair?: number; age?: true }
  | { kind: 'number'; at: number; end: number; value: number; role: NumberRole }
  | { kind: 'claim'; at: number; end: number; weak?: boolean }
  | { kind: 'negation'; at: number; end: number }
  | { kind: 'negationAfter'; at: number; end: number }
  | { kind: 'separator'; at: number; end: number }
  | { kind: 'marker'; at: number; end: number; role: MarkerRole };

/**
 * Round 28: every mark is made here with the same fields in the same order (those its kind lacks left undefined), so
 * all marks share one hidden class and the `marks.some(…)`, `find`, `filter` loops over them stay monomorphic.
 */
const mark = (
  kind: Mark['kind'],
  at: number,
  end: number,
  keys: string[] | undefined,
  product: IndexedProduct | undefined,
  value: number | undefined,
  role: NumberRole | MarkerRole | undefined,
  weak: boolean | undefined,
  pair: number | undefined,
  age: true | undefined,
) => ({ kind, at, end, keys, product, value, role, weak, pair, age }) as Mark;
type Of<K extends Mark['kind']> = Extract<Mark, { kind: K }>;
export const valueMark = (at: number, end: number, keys: string[], pair?: number, age?: true) =>
  mark('value', at, end, keys, undefined, undefined, undefined, undefined, pair, age) as Of<'value'>;
export const codeMark = (at: number, end: number, product: IndexedProduct) =>
  mark('code', at, end, undefined, product, undefined, undefined, undefined, undefined, undefined) as Of<'code'>;
const numberMark = (at: number, end: number, value: number, role: NumberRole) =>
  mark('number', at, end, undefined, undefined, value, role, undefined, undefined, undefined) as Of<'number'>;
const claimMark = (at: number, end: number, weak?: boolean) =>
  mark('claim', at, end, undefined, undefined, undefined, undefined, weak, undefined, undefined) as Of<'claim'>;
const spanMark = (kind: 'negation' | 'negationAfter' | 'separator', at: number, end: number) =>
  mark(kind, at, end, undefined, undefined, undefined, undefined, undefined, undefined, undefined);
const markerMark = (at: number, end: number, role: MarkerRole) =>
  mark('marker', at, end, undefined, undefined, undefined, role, undefined, undefined, undefined) as Of<'marker'>;

/** A message read once: its marks and the flags the decision needs. */
export interface Scan {
  marks: Mark[];
  claim: boolean;
  claimWeak: boolean;
  cancel: boolean;
  hypothetical: boolean;
  /** A question word opens the message. */
  questionStart: boolean;
  /** A question word anywhere. */
  questionWord: boolean;
  questionParticle: boolean;
  /** Token index where the last question word ends: one that ends the message ("L көк бар ма", "худи большемерит или нет") asks. */
  questionEnd: number;
  questionMark: boolean;
  correctionCue: boolean;
  /** Token index of the first correction cue (-1: none). */
  correctionAt: number;
  deictic: boolean;
  /** Words no rule and no catalog value knows: many of them make a message chat, not a claim. */
  unknown: number;
  /** Praise ("love", "śliczna", "красивый"): with no claim word and no code, no order. */
  compliment: boolean;
  /** Token index where the last praise word ends (-1: none): a claim may follow the praise ("so pretty... ok A12 M"). */
  complimentEnd: number;
  /** Words addressing other viewers ("girls", "девочки"). */
  audience: boolean;
  /** Token indexes of the pointing and product words ("this", "the mug", "kubek"). */
  deicticAt: number[];
  /** Token indexes of the audience words. */
  audienceAt: number[];
  /** A "please" ("pls", "proszę", "пожалуйста", "bitte", "por favor", "өтінемін"): a request, not a remark. */
  polite: boolean;
  /** Praise said with an emoji (🔥, 😍, ❤️): with no claim word and no code, no order ("ese rojo 🔥🔥"). */
  praiseEmoji: boolean;
  /** Words read through a typo (one edit away from a rule word or catalog value). */
  fuzzy: string[];
  /** Token index of the first cancel word, the first strong or weak claim word, the first question word (-1: none). */
  cancelAt: number;
  /** Token index where the first cancel phrase ends. */
  cancelEnd: number;
  claimAt: number;
  questionAt: number;
  /** Token indexes of product nouns no rule lists (`readProductNoun`), also counted in `unknownAt`. */
  nounAt: number[];
  /** Token indexes of the words counted in `unknown` (what a moderator's fix can teach). */
  unknownAt: number[];
  /** Typo'd option values, kept by settleFuzzyValues() only when the message claims. */
  pendingFuzzy: { mark: Mark; note: string }[]; // note '': a relative size, not a typo
  votes: Map<string, number>;
}

const DIGIT = /\d/;
const DIGITS = /^\d+$/;
const SHORT_LETTERS = /^\p{L}{1,3}$/u;
const DECIMAL_OR_TIME = /^\d+[.,:]\d+/;
const DECIMAL = /^\d+[.,]\d+$/;
const DECIMAL_NOUN = /^(\d{1,3}[.,]\d)(?:er|ern)$/u;
/** Endings typed apart from what they end: Kazakh case endings ("R2 ні", "M ді", "20,5 ке") and the Russian noun ending of a number ("20-ка", "22-ку"). */
const ENDINGS_TYPED_APART: ReadonlySet<string> = new Set([...KAZAKH_CASE_ENDINGS, 'ка', 'ку', 'кои', 'кой']);
const NUMBER_WITH_SUFFIX = /^(\d+)(\p{L}+)$/u;
/** A number said as a noun in Latin letters: German "-er" ("39er", "160er"), Polish "-tka/-stka/-ka" and their cases ("39tkę", "12stki"). */
const NUMBER_NOUN = /^(\d{2,3})(?:er|ern|s?t?k[aeiio]|s?tek|s?tkami)$/u;
const TIMES_NUMBER = /^[x×*](\d+)$/;
// Normalised: "й" has lost its breve ("38й" reads "38и").
const ORDINAL = /^(\d+)(?:и|ыи|ии|ои|я|ая|ого|го|th|st|nd|rd)$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/** Finenesses of gold and silver ("925", "585"): numbers chat writes about metal, not quantities. */
const HALLMARKS = new Set(['375', '585', '750', '916', '925', '999']);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Round 28: what the catalog index and its rules know of one word, looked up once per distinct word (one map hit per token
 * instead of one per set or matcher): whether it may start an alias, the code it is, whether it names a product, and the
 * rule words' and literal values' remembered lookups (`PhraseMatcher.known()`). Valid for the index's life: nothing is
 * added to these after `buildCatalogIndex()` (the learned matchers, which grow, are looked up apart).
 */
interface WordFacts {
  startsAlias: boolean;
  code: IndexedProduct | undefined;
  noun: boolean;
  words: KnownWord<WordEntry> | null;
  literal: KnownWord<string> | null;
  /** What `readInflected()` looks up for an unknown word, made the first time it is needed. */
  second: SecondLook | null;
  /** Which readers of the scan loop can start at the word (`STARTS_*` bits): the others are not called. */
  starts: number;
  /** Its letter size (`letterSizeKey()`). */
  size: string | null;
}

const STARTS_HALF = 1;
const STARTS_FRACTION = 2;
const STARTS_HALF_UNIT = 4;
const STARTS_ONE_UNIT = 8;
const STARTS_OPTION_WORD = 16;
const STARTS_SIZE_SYSTEM = 32;
const STARTS_AGE = 64;
const STARTS_SHADE = 128;
const STARTS_POSSESSIVE = 256;

/** The word's `STARTS_*` bits: each the test the loop made before calling the reader, or one every non-null answer passes. */
const startsOf = (token: string): number =>
  (startsSpokenHalf(token) ? STARTS_HALF : 0) |
  (startsSpokenFraction(token) ? STARTS_FRACTION : 0) |
  (startsHalfUnit(token) ? STARTS_HALF_UNIT : 0) |
  (startsOneOfUnit(token) ? STARTS_ONE_UNIT : 0) |
  (OPTION_WORDS.has(token) ? STARTS_OPTION_WORD : 0) |
  (isSizeSystem(token) ? STARTS_SIZE_SYSTEM : 0) |
  (AGE_BEFORE.has(token) ? STARTS_AGE : 0) |
  (SHADE_PREFIX.test(token) ? STARTS_SHADE : 0) |
  (POSSESSIVE_CLAIMS.has(token) ? STARTS_POSSESSIVE : 0);

/** An unknown word's second look (`readInflected()`), looked up once: each lookup depends on the word and the index only. */
interface SecondLook {
  /** A topic word: never a typo of a value. */
  topic: boolean;
  /** Its Kazakh, then Spanish, bases that the catalog's values or the rules' value words read (in that order). */
  bases: { literal: readonly string[] | null; values: WordEntry[] }[];
  doubled: { word: string; entries: WordEntry[] } | null;
  word: FuzzyMatch<WordEntry> | null;
  literal: FuzzyMatch<string> | null;
}

function secondLook(token: string, index: CatalogIndex): SecondLook {
  const bases: SecondLook['bases'] = [];
  for (const base of [...kazakhBases(token), ...spanishBases(token)]) {
    const literal = index.literalValues.matchWord(base)?.entries ?? null;
    const values = index.rules.words.matchWord(base)?.entries.filter((e) => FUZZY_VALUE_KINDS.has(e.kind)) ?? [];
    if (literal || values.length > 0) bases.push({ literal, values });
  }
  return {
    topic: index.rules.topics.matchWord(token) !== null,
    bases,
    doubled: undoubled(token, index),
    word: index.rules.words.fuzzy(token),
    literal: index.literalValues.fuzzy(token),
  };
}
/** Distinct words remembered per index in each of two generations (as the phrase matchers' word memory). */
const MAX_FACTS = 16384;
const FACTS = new WeakMap<CatalogIndex, Memo<WordFacts>>();

function wordFacts(token: string, index: CatalogIndex, memo: Memo<WordFacts>): WordFacts {
  const known = memo.get(token);
  if (known !== undefined) return known;
  const facts: WordFacts = {
    startsAlias:
      index.aliases !== null && (index.aliasTriggers.has(token) || (hasDigitChar(token) && index.aliasStarts.has(aliasToken(token)))),
    code: index.byCode.get(token),
    noun: index.namedBy.has(token) || index.titleWords.has(token),
    words: index.rules.words.known(token),
    literal: index.literalValues.known(token),
    second: null,
    starts: startsOf(token),
    size: letterSizeKey(token),
  };
  memo.set(token, facts);
  return facts;
}

export function scanMessage(tokens: readonly string[], index: CatalogIndex): Scan {
  const scan: Scan = {
    marks: [],
    claim: false,
    claimWeak: false,
    cancel: false,
    hypothetical: false,
    questionStart: false,
    questionWord: false,
    questionParticle: false,
    questionEnd: -1,
    questionMark: false,
    correctionCue: false,
    correctionAt: -1,
    deictic: false,
    unknown: 0,
    compliment: false,
    complimentEnd: -1,
    audience: false,
    praiseEmoji: false,
    polite: false,
    audienceAt: [],
    deicticAt: [],
    fuzzy: [],
    cancelAt: -1,
    cancelEnd: -1,
    claimAt: -1,
    questionAt: -1,
    pendingFuzzy: [],
    unknownAt: [],
    nounAt: [],
    votes: new Map(),
  };
  const { marks } = scan;
  let memo = FACTS.get(index);
  if (memo === undefined) FACTS.set(index, (memo = new Memo<WordFacts>(MAX_FACTS)));
  // Respelled for model aliases only once a word could start one ("айпад", "с24ке", "ip15").
  let spelled: string[] | null = null;
  const spelledUnits: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as string;
    const facts = wordFacts(token, index, memo);
    // "pro 13", "tab s9", "ipadair", "айпад про 13", "с24ке": a value of several words by its parts (compound-values.ts).
    const alias = facts.startsAlias ? index.aliases?.match((spelled ??= aliasTokens(tokens)), i) : undefined;
    // Round 25: one word read as an alias only squeezed ("xs" for the glued "xss" of "XS/S") yields to a value the catalog
    // spells so ("XS" of a dress): the range stays named by "xs/s", "xs s".
    if (alias && !(alias.length === 1 && index.literalValues.spells(token) && !index.aliases?.spells(spelled?.[i] ?? token))) {
      marks.push(valueMark(i, i + alias.length, [...alias.entries]));
      i += alias.length;
      continue;
    }
    // Round 25: "si lo vendieran …", "si costara menos …": Spanish "if" before a past subjunctive supposes, it claims nothing.
    if (token === 'si' && pastSubjunctiveAfter(tokens, i)) scan.hypothetical = true;
    if (token === '?' || token === '¿') {
      scan.questionMark = true;
      i++;
      continue;
    }
    if (token === ',' || token === '+' || token === '&') {
      marks.push(spanMark('separator', i, i + 1));
      i++;
      continue;
    }
    if (token === '×' || token === '*') {
      marks.push(markerMark(i, i + 1, 'quantityUnit'));
      i++;
      continue;
    }
    if (token === '#') {
      const next = tokens[i + 1];
      const product = next !== undefined ? index.byCode.get(foldLookalikes(next)) : undefined;
      if (product) marks.push(codeMark(i, i + 2, product));
      i += product ? 2 : 1;
      continue;
    }
    // "seven and a half", "8 i pół", "сегіз жарым": a size with a half the catalog sells, before its number reads as a count.
    const withHalf = facts.starts & STARTS_HALF ? readSpokenHalf(tokens, i) : null;
    if (withHalf && index.globalValues.has(withHalf.key)) {
      marks.push(valueMark(i, i + withHalf.length, [withHalf.key]));
      i += withHalf.length;
      continue;
    }
    // "75b", "80 C", "75в": a band-and-cup size the catalog sells (bras), before it can read as a code or a count.
    const bandCup = isDigit(token.charCodeAt(0)) ? readBandCup(tokens, i, index) : null;
    if (bandCup) {
      marks.push(valueMark(i, i + bandCup.length, [bandCup.key]));
      i += bandCup.length;
      continue;
    }
    // Round 20: "waist 32", "32er bund", "28 w pasie", "ұзындығы 30": an option's word beside a number names its numbered value.
    const named =
      index.optionNumbers.size > 0 && (isDigit(token.charCodeAt(0)) || facts.starts & STARTS_OPTION_WORD)
        ? readOptionNumber(tokens, i, index)
        : null;
    if (named) {
      marks.push(valueMark(i, i + named.length, named.keys));
      i += named.length;
      continue;
    }
    // Round 20: "30/32", "30x32", "28 на 32" on a product sold by two numbered options (jeans by waist and length).
    const pair = index.numberPairs.size > 0 && isDigit(token.charCodeAt(0)) ? readNumberPair(tokens, i, index) : null;
    if (pair) {
      // Both halves know their pair (its first token), so a correction takes back "не 30/32" whole.
      marks.push(valueMark(i, i + 1, pair.keys[0], i));
      marks.push(valueMark(i + pair.length - 1, i + pair.length, pair.keys[1], i));
      i += pair.length;
      continue;
    }
    // Round 20: "w30 l30" where "L30" is also another product's code: after a value of a product that sells "L30" too, the value.
    if (facts.code !== undefined && marks[marks.length - 1]?.end === i && marks[marks.length - 1]?.kind === 'value') {
      const sibling = siblingValue(token, marks[marks.length - 1] as Extract<Mark, { kind: 'value' }>, index);
      if (sibling) {
        marks.push(valueMark(i, i + 1, [sibling]));
        i++;
        continue;
      }
    }
    const used = DIGIT.test(token) ? readCodeLike(tokens, i, index, marks) : 0;
    if (used > 0) {
      i += used;
      continue;
    }
    // "150x200cm", "150 х 200", "36-40": a dimension or range the catalog sells.
    const dimension = isDigit(token.charCodeAt(0)) ? readDimension(tokens, i) : null;
    // "180/200" (the slash dropped) for a catalog that sells "180x200 cm": a rising pair read as the dimension it names.
    const dimensionKey =
      dimension && !index.globalValues.has(dimension.key) ? dimension.key.replace(/^r:(\d+)-(\d+)$/, 'd:$1x$2') : dimension?.key;
    if (dimension && dimensionKey && index.globalValues.has(dimensionKey)) {
      marks.push(valueMark(i, i + dimension.length, [dimensionKey]));
      i += dimension.length;
      continue;
    }
    const measure = isDigit(token.charCodeAt(0)) || facts.starts & STARTS_SIZE_SYSTEM ? readMeasure(tokens, i) : null;
    if (measure && (!measure.ambiguous || index.globalValues.has(measure.key))) {
      marks.push(valueMark(i, i + measure.length, [measure.key]));
      i += measure.length;
      continue;
    }
    // Round 22: "my 4 year old", "8-latka", "на 5 лет", "9 жасар", "de 8 años", "5-jährigen": an age names the range that holds it.
    const age = isDigit(token.charCodeAt(0)) || facts.starts & STARTS_AGE ? readAge(tokens, i, index) : null;
    if (age) {
      marks.push(valueMark(i, i + age.length, age.keys, undefined, true));
      i += age.length;
      continue;
    }
    const waistLength = DIGITS.test(token) ? readWaistLength(tokens, i, index) : null;
    if (waistLength) {
      marks.push(valueMark(i, i + 2, [waistLength]));
      i += 2;
      continue;
    }
    // Round 29: "15 000", "на 20 тысяч", "10 mil": a number of thousands the catalog sells (a power bank's capacity).
    const thousands =
      i + 1 < tokens.length && DIGITS.test(token) && token.length <= 3 ? soldThousands(token, tokens[i + 1] as string, index) : 0;
    if (thousands > 0) {
      marks.push(numberMark(i, i + 2, thousands, 'bare'));
      i += 2;
      continue;
    }
    if (isDigit(token.charCodeAt(0))) {
      readNumber(token, i, index, scan);
      i++;
      continue;
    }
    // "pół cala", "полдюйма", "tres cuartos": a fraction of an inch the catalog sells (`1/2"`, `3/4"`).
    const fraction = facts.starts & STARTS_FRACTION ? readSpokenFraction(tokens, i) : null;
    if (fraction && index.globalValues.has(fraction.key)) {
      marks.push(valueMark(i, i + fraction.length, [fraction.key]));
      i += fraction.length;
      continue;
    }
    // "half a litre", "pół litra", "medio kilo": half of the unit, when the catalog sells that much ("0.5 l", "500 g").
    const half = facts.starts & STARTS_HALF_UNIT ? readHalfUnit(tokens, i) : null;
    if (half && index.globalValues.has(half.key)) {
      marks.push(valueMark(i, i + half.length, [half.key]));
      spelledUnits.push(i);
      i += half.length;
      continue;
    }
    // "a kilo of the beans", "kilogram kawy": one of the unit, when the catalog sells exactly that ("1 kg").
    const one = facts.starts & STARTS_ONE_UNIT ? oneOfUnit(tokens, i) : null;
    if (one && index.globalValues.has(one)) {
      marks.push(valueMark(i, i + 1, [one]));
      spelledUnits.push(i);
      i++;
      continue;
    }
    const split = readSplitCode(tokens, i, index);
    if (split) {
      marks.push(codeMark(i, i + 2, split));
      i += 2;
      continue;
    }
    // "gelbgold", "weißgold": glued meanings that make a catalog value, before a stem ("gelb*") reads only the first.
    if (
      index.compounds &&
      token.length >= 2 * MIN_COMPOUND_PART &&
      !isDigit(token.charCodeAt(0)) &&
      readGluedCompound(token, i, index, scan)
    ) {
      i++;
      continue;
    }
    // "ciemnoszara", "dunkelgrau", "темносерый": a dark or light shade glued to its colour is that colour (dark grey first as charcoal).
    const shade = facts.starts & STARTS_SHADE ? gluedShade(token, index) : null;
    if (shade) {
      marks.push(valueMark(i, i + 1, shade));
      i++;
      continue;
    }
    // Round 25: "más pequeña que la mía", "igual q el mío": a possessive compared is no "mine!" claim.
    if (facts.starts & STARTS_POSSESSIVE && comparedPossessive(tokens, i)) {
      i++;
      continue;
    }
    const word = matchKnown(facts.words, tokens, i);
    const literal = matchKnown(facts.literal, tokens, i);
    if (word || literal) {
      const length = Math.max(word?.length ?? 0, literal?.length ?? 0);
      const keys: string[] = [];
      if (literal && literal.length === length) keys.push(...literal.entries);
      if (word && word.length === length) readWords(word.entries, i, length, scan, keys);
      // "small" / "big" as the smallest or largest amount count only in a message that claims ("a big thank you" is none).
      const relative = keys.filter((k) => k === SMALLEST || k === LARGEST);
      const own = relative.length > 0 ? keys.filter((k) => k !== SMALLEST && k !== LARGEST) : keys;
      if (own.length > 0) marks.push(valueMark(i, i + length, own));
      if (relative.length > 0) scan.pendingFuzzy.push({ mark: valueMark(i, i + length, relative), note: '' });
      i += length;
      continue;
    }
    const { size } = facts;
    if (size) {
      marks.push(valueMark(i, i + 1, [`s:${size}`]));
    } else if (facts.code !== undefined) {
      marks.push(codeMark(i, i + 1, facts.code));
    } else if (PICTOGRAPH.test(token)) {
      if (PRAISE_EMOJI.has(token)) scan.praiseEmoji = true;
    } else if (ENDINGS_TYPED_APART.has(token) && marks[marks.length - 1]?.end === i && marks[marks.length - 1]?.kind !== 'claim') {
      // "R2 ні", "M ді", "20,5 ке": a Kazakh case ending typed apart from the code, size or number it belongs to.
    } else if (
      !readLearned(tokens, i, index, scan) &&
      !readProductNoun(facts.noun, i, scan) &&
      !readEnclitic(token, i, index, scan) &&
      !readInflected(token, i, index, scan, facts, tokens[i - 1]) &&
      !readGluedColour(token, i, index, scan)
    ) {
      scan.unknown++;
      scan.unknownAt.push(i);
    }
    i++;
  }
  // Round 19: "and how much for D20", "y cuánto cuesta", "i ile kosztuje", "а сколько стоит", "und wie viel kostet": a
  // question word right after an opening "and", "so", "but" (or Spanish "a", as in "a cuánto") opens the message as
  // it would alone, when the message names what it asks about (a code or a product noun: "и где моя талия на M" is a sigh).
  if (
    !scan.questionStart &&
    scan.questionAt === 1 &&
    OPENING_CONJUNCTIONS.has(tokens[0] as string) &&
    (scan.nounAt.length > 0 || marks.some((m) => m.kind === 'code'))
  )
    scan.questionStart = true;
  if (index.compounds) mergeCompounds(scan, index);
  namingTheOption(scan, tokens);
  settleFuzzyValues(scan);
  settleNumbers(marks);
  readWidths(scan, tokens, index);
  settleBoth(scan, tokens);
  scan.polite = tokens.some((t) => POLITE.has(t));
  if (scan.audience) shopAddressed(scan, tokens);
  readBeneficiaries(scan, tokens);
  settleWeakClaims(scan, tokens);
  if (scan.questionEnd > 0 && endsMessage(tokens, scan.questionEnd)) scan.questionParticle = true;
  // As a typo'd value, a unit word counts only beside a claim word, whom it is for, a code, a noun of what is sold, a
  // please or a correction cue ("i lost a kilo this week"; "litr żelu x2", "half a litre please", "не кило, а 250" claim).
  if (
    spelledUnits.length > 0 &&
    !scan.claim &&
    !scan.claimWeak &&
    !scan.polite &&
    !scan.correctionCue &&
    scan.nounAt.length === 0 &&
    !marks.some((m) => m.kind === 'code')
  ) {
    for (let k = marks.length - 1; k >= 0; k--) {
      const m = marks[k] as Mark;
      if (m.kind === 'value' && spelledUnits.includes(m.at)) marks.splice(k, 1);
    }
    scan.unknownAt = [...scan.unknownAt, ...spelledUnits].sort((a, b) => a - b);
    scan.unknown = scan.unknownAt.length;
  }
  return scan;
}

/**
 * Words for years of age after a number (normalised): "4 year old", "5 yrs", "8-latka", "7 letniej", "на 5 лет", "4 года",
 * "9 жасар", "3 жасқа", "8 años", "5-jährigen", "7 jahre".
 */
const AGE_WORDS = new Set([
  'year',
  'years',
  'yr',
  'yrs',
  'yo',
  'lat',
  'lata',
  'latek',
  'latka',
  'latki',
  'latkowi',
  'letni',
  'letnia',
  'letniej',
  'letniego',
  'лет',
  'года',
  'год',
  'годика',
  'годиков',
  'жас',
  'жаста',
  'жасар',
  'жасқа',
  'жаска',
  'жастағы',
  'жастагы',
  'жасында',
  'ano',
  'anos',
  'anito',
  'anitos',
  'jahr',
  'jahre',
  'jahren',
  'jahrig',
  'jahrige',
  'jahrigen',
  'jahriger',
  'jahriges',
  // Round 23: Kazakh in Latin letters.
  'jas',
  'jaska',
  'jasqa',
  'jasar',
  'jasta',
  'zhas',
  'zhaska',
]);
/**
 * A number with an age word glued to it: "5yo", "7y", "4j", "9жасар"; since round 23 also "6latka", "7jährigen", "5лет",
 * "8летнему", "3годика", "4jaska".
 */
const GLUED_AGE = /^(\d{1,2})(?:yo|y|yrs?|j|жас\p{L}*|lat\p{L}*|letn\p{L}*|jahr\p{L}*|лет\p{L}*|летн\p{L}*|годик\p{L}*|jas\p{L}*)$/u;
/** Round 23: the end of a range glued to a word for years, a letter of one too: "1-2г", "5-6л", "2-3y", "3-4j", "5-6лет". */
const GLUED_RANGE_END = /^(\d{1,2})(?:г|л|y|j|yo|yrs?|lat\p{L}*|jahr\p{L}*|лет|года?|годик\p{L}*|жас\p{L}*|jas\p{L}*)$/u;
/**
 * Round 23: a word for age before the number ("age 7", "wiek 2", "возраст 7", "edad 8", "alter 2", "жасы 5") or a verb of
 * turning or being so old ("turns 4", "tiene 5", "cumple 6", "исполнилось 5", "kończy 3", "толды 6"), normalised.
 */
const AGE_BEFORE = new Set([
  'age',
  'aged',
  'turns',
  'turned',
  'turning',
  'wiek',
  'wieku',
  'konczy',
  'skonczyl',
  'skonczyla',
  'возраст',
  'исполнилось',
  'исполняется',
  'жасы',
  'толды',
  'толады',
  'edad',
  'tiene',
  'cumple',
  'cumplio',
  'alter',
]);
/** The catalog's ranges ("r:3-5" from "Kids 3-5", "4-5 y"), per index: [from, to, key]. */
const RANGES = new WeakMap<CatalogIndex, readonly [number, number, string][]>();

function rangesOf(index: CatalogIndex): readonly [number, number, string][] {
  const known = RANGES.get(index);
  if (known) return known;
  const ranges: [number, number, string][] = [];
  for (const key of index.globalValues.keys()) {
    const m = /^r:(\d+)-(\d+)$/.exec(key);
    if (m) ranges.push([Number(m[1]), Number(m[2]), key]);
  }
  RANGES.set(index, ranges);
  return ranges;
}

/**
 * Round 22: an age is a number that is no count. A number of years said with its word ("4 year old", "на 5 лет", "9 жасар",
 * "5-jährigen") names every range the catalog sells that holds it ("Kids 3-5", "4-5 y"); none, and it is read as before.
 */
function readAge(tokens: readonly string[], at: number, index: CatalogIndex): { length: number; keys: string[] } | null {
  const token = tokens[at] as string;
  const ranges = rangesOf(index);
  if (ranges.length === 0) return null;
  if (AGE_BEFORE.has(token)) return ageAfterItsWord(tokens, at, ranges);
  const next = tokens[at + 1];
  // "1-2г", "5-6л" (the dash is no token): the catalog's range itself, its end glued to a word for years.
  const end = next !== undefined && DIGITS.test(token) ? GLUED_RANGE_END.exec(next) : null;
  if (end) {
    const key = `r:${token}-${end[1]}`;
    if (index.globalValues.has(key)) return { length: 2, keys: [key] };
  }
  const glued = GLUED_AGE.exec(token);
  const n = glued ? Number(glued[1]) : DIGITS.test(token) && AGE_WORDS.has(next as string) ? Number(token) : NaN;
  if (Number.isNaN(n)) return null;
  const keys = ranges.filter(([from, to]) => from <= n && n <= to).map(([, , key]) => key);
  if (keys.length === 0) return null;
  // "4 year old": the "old" goes with it.
  const length = glued ? 1 : tokens[at + 2] === 'old' ? 3 : 2;
  return { length, keys };
}

/** Round 23: "age 7", "tiene 5": the number after a word for age, when a range the catalog sells holds it. */
function ageAfterItsWord(
  tokens: readonly string[],
  at: number,
  ranges: readonly [number, number, string][],
): { length: number; keys: string[] } | null {
  const next = tokens[at + 1];
  if (next === undefined || !DIGITS.test(next) || next.length > 2) return null;
  const n = Number(next);
  const keys = ranges.filter(([from, to]) => from <= n && n <= to).map(([, , key]) => key);
  return keys.length > 0 ? { length: 2, keys } : null;
}

/** "And", "so", "but" opening a message, in six languages (normalised; Spanish "a" also opens "a cuánto"). */
const OPENING_CONJUNCTIONS = new Set([
  'and',
  'so',
  'but',
  'i',
  'a',
  'ale',
  'to',
  'а',
  'и',
  'ну',
  'но',
  'так',
  'ал',
  'y',
  'e',
  'pero',
  'und',
  'aber',
  'also',
]);

/** "екеуі де" (the two of them too), "los dos", "las dos": "both", not a count of two. */
const BOTH_AFTER = new Set(['де', 'да', 'те', 'та']);
const BOTH_BEFORE = new Set(['los', 'las']);

/**
 * "F1 gold, D20 red — екеуі де маған", "A12 S blanca, K9 negro - los dos para mí": after two codes, "both" says the items are
 * the buyer's, each once; it counts nothing.
 */
function settleBoth(scan: Scan, tokens: readonly string[]): void {
  if (scan.marks.filter((m) => m.kind === 'code').length < 2) return;
  scan.marks = scan.marks.filter(
    (m) =>
      !(
        m.kind === 'number' &&
        m.value === 2 &&
        m.end === m.at + 1 &&
        (BOTH_AFTER.has(tokens[m.end] as string) || BOTH_BEFORE.has(tokens[m.at - 1] as string))
      ),
  );
}

/** "Please" in six languages, normalised. */
const POLITE = new Set([
  'please',
  'pls',
  'plz',
  'plis',
  'prosze',
  'poprosze',
  'пожалуиста',
  'пжл',
  'плиз',
  'bitte',
  'favor',
  'porfa',
  'отинемин',
  'өтінемін',
  // Chat spellings of "please": "xfa", "porfi", "bidde", "плз", "өтінем".
  'xfa',
  'xf',
  'porfi',
  'porfis',
  'bidde',
  'плз',
  'өтінем',
  'pliss',
  'plss',
]);

/** Emoji that praise: fire, heart eyes, hearts, sparkles. */
const PRAISE_EMOJI = new Set(['🔥', '😍', '🥰', '😻', '🤩', '❤', '💕', '💖', '💗', '💓', '💞', '😘', '💯', '✨', '👌', '🤤']);

/**
 * Shades and the base colour they fall back to when a product has no value for the shade itself (an exact value
 * always wins: a catalog with both Mustard and Yellow tells them apart). Navy, cream and light/dark blue keep
 * their own rules.
 */
const SHADE_FAMILY: Readonly<Record<string, string>> = {
  mustard: 'yellow',
  lilac: 'purple',
  burgundy: 'red',
  coral: 'orange',
  fuchsia: 'pink',
  olive: 'green',
  mint: 'green',
  turquoise: 'blue',
  charcoal: 'grey',
  sage: 'green',
  terracotta: 'orange',
  // Round 19: a forest green is green where the product sells no Forest.
  forest: 'green',
  // Round 21: shiny is polished where the product sells no Glossy ("блестящих", "glänzend" on a ring).
  glossy: 'polished',
  // Round 23: a powder shade is pink where the product sells no Powder ("пудровый платок" of a scarf sold in Pink); metal
  // is steel where the product sells no Metal ("metalowy" of a watch strap in Steel mesh).
  powder: 'pink',
  metal: 'steel',
};

/** Dark and light glued before a colour (normalised): "ciemno|szara", "jasno|zielona", "dunkel|grau", "hell|grün", "темно|серый". */
const SHADE_PREFIX = /^(ciemno|jasno|dunkel|hell|темно|светло)(\p{L}{3,})$/u;
const DARK_PREFIXES = new Set(['ciemno', 'dunkel', 'темно']);
/** The shade a dark colour is when the product sells it ("dunkelgrau" on a product sold in Charcoal). */
const DARK_SHADE: Readonly<Record<string, string>> = { grey: 'charcoal', green: 'olive', red: 'burgundy' };
/** What things are made of ("Leather", "Steel"): values whose words are also what buyers ask about. */
// Round 23: silicone and a (steel) mesh, what watch straps are made of.
export const MATERIAL_CONCEPTS: ReadonlySet<string> = new Set([
  'leather',
  'suede',
  'steel',
  'cotton',
  'linen',
  'wool',
  'silicone',
  'mesh',
  'metal',
]);
/**
 * Round 26: what a product shows or holds ("Cats", "Mountains", "Old town" of a puzzle; "Buckwheat", "Memory foam" of a
 * pillow; "Ash blonde" of a dye; a cropped length): words that are mostly chat about pets, trips and food, so they name a
 * value only of a product the message is about that sells it (`classify.ts`), and are never guessed from a typo ("pero"
 * is no "perro").
 */
export const THEME_CONCEPTS: ReadonlySet<string> = new Set([
  'cats',
  'dogs',
  'mountains',
  'old town',
  'buckwheat',
  'memory foam',
  'blonde',
  'ash',
  'cropped',
  // "full", "długie", "lang": a long umbrella, full-length leggings; "im full lol" on a puzzle is no value.
  'long',
]);
/** Meanings that are what a thing is made of, not its colour: never read out of a glued word (metals and finishes too). */
const MATERIALS: ReadonlySet<string> = new Set([...MATERIAL_CONCEPTS, 'gold', 'silver', 'clear', 'powder']);

/** Colour concepts (`c:…`) a single word means, by the rules' words, with their base colours after them. */
function colourKeys(word: string, index: CatalogIndex): string[] {
  const match = index.rules.words.matchWord(word);
  if (!match || match.length !== 1) return [];
  const keys: string[] = [];
  for (const e of match.entries) {
    if (e.kind !== 'value' || !e.concept || MATERIALS.has(e.concept) || keys.includes(`c:${e.concept}`)) continue;
    keys.push(`c:${e.concept}`);
    const family = SHADE_FAMILY[e.concept];
    if (family) keys.push(`c:${family}`);
  }
  return keys;
}

function gluedShade(token: string, index: CatalogIndex): string[] | null {
  const m = SHADE_PREFIX.exec(token) as RegExpExecArray;
  const keys = colourKeys(m[2] as string, index);
  // Blues keep their own words ("dunkelblau", "ciemnoniebieski" are dark blue, navy after it).
  if (keys.length === 0 || keys.some((k) => k === 'c:blue' || k === 'c:navy' || k === 'c:light blue')) return null;
  const base = (keys[0] as string).slice(2);
  const dark = DARK_PREFIXES.has(m[1] as string) ? DARK_SHADE[base] : undefined;
  return dark ? [`c:${dark}`, ...keys] : keys;
}

/** German colour compounds (Latin letters only; read after inflections and typos): a colour closing the word ("waldgrün", "steingrau") or made a colour by "-farben" ("camelfarbene"). */
const COLOURED = /^(\p{L}{3,}?)(?:farben|farbene|farbenen|farbener|farbenes|farbig|farbige|farbigen|farbiger|farbiges)$/u;
const LATIN_WORD = /^[a-z]+$/;
const MIN_COLOUR_HEAD = 3;
const MIN_COLOUR_TAIL = 4;
/**
 * The German colour words a compound ends in (normalised, with an adjective ending): only these, never any stem of the
 * rules ("rozszarpany" is no "szar*", "abendbrot" no "rot" — red is left out for "brot").
 */
const GERMAN_COLOUR_TAIL = /(grun|grau|blau|gelb|schwarz|weiss|braun|rosa|lila|beige|pink|oliv|turkis)(?:e|en|er|es|em)?$/;

/** An unknown word that is a colour compound: read as its colour (the catalog's spelling of the head too: "camel"). */
function readGluedColour(token: string, at: number, index: CatalogIndex, scan: Scan): boolean {
  if (token.length < MIN_COLOUR_HEAD + MIN_COLOUR_TAIL || !LATIN_WORD.test(token)) return false;
  const coloured = COLOURED.exec(token);
  if (coloured) {
    const head = coloured[1] as string;
    const keys = [...colourKeys(head, index), ...(index.literalValues.matchWord(head)?.entries ?? [])];
    if (keys.length > 0) {
      scan.marks.push(valueMark(at, at + 1, keys));
      return true;
    }
  }
  const tail = GERMAN_COLOUR_TAIL.exec(token);
  if (!tail || (tail.index as number) < MIN_COLOUR_HEAD) return false;
  const keys = colourKeys(tail[1] as string, index);
  if (keys.length === 0) return false;
  scan.marks.push(valueMark(at, at + 1, keys));
  return true;
}

/**
 * A base colour's usual dark shade, tried after the base itself ("gris" on a sleeve sold in Olive and Charcoal). Round 19:
 * green is Forest on a product that sells Forest and no plain green ("zielone", "зелёные", "grün" on mittens in Forest/Charcoal).
 */
// Round 23: yellow is mustard where the product sells mustard and no plain yellow.
const BASE_SHADE: Readonly<Record<string, string>> = {
  blue: 'navy',
  grey: 'charcoal',
  purple: 'lilac',
  green: 'forest',
  yellow: 'mustard',
};

/** "for", "dla", "для", "para"/"pa", "für"/"fürs": the word after (or after a possessive) may be who the item is for. */
export const BENEFICIARY_PREPOSITIONS = new Set(['for', 'dla', 'для', 'para', 'pa', 'fur', 'furs', 'furn', 'fuer']);
export const BENEFICIARY_DETERMINERS = new Set([
  'my',
  'all',
  'whole',
  'calej',
  'wszystkich',
  'toda',
  'todos',
  'todas',
  'ganze',
  'ganzen',
  'alle',
  'the',
  'our',
  'mojej',
  'mojego',
  'moich',
  'mojemu',
  'naszej',
  'naszego',
  'моей',
  'моеи', // normalised: "й" has lost its breve
  'моего',
  'моих',
  'нашей',
  'нашеи',
  'нашего',
  'mi',
  'los',
  'las',
  'mis',
  'nuestra',
  'nuestro',
  'meine',
  'meinen',
  'meinem',
  'meiner',
  'die',
  'den',
  'unsere',
  'unseren',
  'unser',
]);
/** The listener's (normalised): "your", "twojej", "твоей", "tu", "deinen"… */
const SECOND_PERSON = new Set([
  'your',
  'ur',
  'twoj',
  'twoja',
  'twojej',
  'twojego',
  'twojemu',
  'twoich',
  'waszej',
  'waszego',
  'твоей',
  'твоеи', // normalised: "й" has lost its breve
  'твоего',
  'твоему',
  'твоих',
  'вашей',
  'вашеи',
  'вашего',
  'tu',
  'tus',
  'vuestra',
  'vuestro',
  'deine',
  'deinen',
  'deinem',
  'deiner',
  'eure',
  'euren',
]);

/** Words that open where someone is (normalised): "at work", "z biura", "с работы", "de la ofi", "aus dem büro". */
const PLACE_PREPOSITIONS = new Set(['at', 'from', 'z', 'ze', 'с', 'из', 'de', 'del', 'aus', 'vom', 'im', 'bei', 'beim']);
const PLACE_ARTICLES = new Set(['the', 'la', 'el', 'dem', 'der']);

/**
 * Where a place phrase closing the message starts ("… at the gym", "… z biura", "… de la ofi"): a place word and at most
 * two words, an article among them, that no value, code or number covers; the end of the message when there is none.
 */
function placeAt(tokens: readonly string[], close: number, covered: ReadonlySet<number>): number {
  let end = close;
  while (end > 0 && PICTOGRAPH.test(tokens[end - 1] as string)) end--;
  for (let p = end - 2; p >= Math.max(2, end - 4); p--) {
    if (!PLACE_PREPOSITIONS.has(tokens[p] as string)) continue;
    const rest = tokens.slice(p + 1, end);
    const words = rest.filter((t) => !PLACE_ARTICLES.has(t));
    if (words.length >= 1 && words.length <= 2 && !rest.some((_, k) => covered.has(p + 1 + k))) return p;
  }
  return tokens.length;
}

/** Kazakh "to my …" (possessive then dative: ұлыма, жиенімге, ұлдарыма) and "to the …" in the plural (балаларға). */
const KAZAKH_BENEFICIARY = /(?:(?:ым|ім|м)(?:а|е|ға|ге|қа|ке)|(?:лар|лер|дар|дер|тар|тер)(?:ға|ге))$/u;

/** "all", "the whole" after "на" (normalised: "всеи" has lost its breve). */
const WHOLE = new Set(['всю', 'всех', 'всеи', 'весь', 'все']);
const KAZAKH_DATIVE = /(?:ға|ге|қа|ке)$/u;
/** Laughter that may close a beneficiary ("for my sis lol", "dla siostry hehe"). */
const LAUGHS = new Set(['lol', 'lmao', 'haha', 'hahaha', 'hehe', 'xd', 'jaja', 'jajaja', 'jeje', 'хаха', 'ахах', 'хехе', 'хахаха']);

/** What a gift is for, closing a message after whom it is for ("for her birthday", "na urodziny", "pod choinkę", "на день рождения", "туған күніне", "por navidad", "zu weihnachten"). */
const OCCASIONS = new Set([
  'birthday',
  'bday',
  'xmas',
  'christmas',
  'anniversary',
  'wedding',
  'graduation',
  'valentines',
  'urodziny',
  'imieniny',
  'swieta',
  'gwiazdke',
  'choinke',
  'komunie',
  'rocznice',
  'walentynki',
  'рождения',
  'др',
  'год',
  'выпускной',
  'праздник',
  'юбилей',
  'свадьбу',
  'күніне',
  'жылға',
  'мерекеге',
  'тойға',
  'cumple',
  'cumpleanos',
  'navidad',
  'reyes',
  'aniversario',
  'boda',
  'geburtstag',
  'weihnachten',
  'jahrestag',
  'hochzeit',
  'ostern',
  'muttertag',
  // A gift said as such ("na prezent", "w prezencie", "в подарок", "сыйлыққа", "als geschenk"; "para regalo", "for a gift"
  // stay whom an item is for).
  'prezent',
  'prezencie',
  'подарок',
  'сыилыққа',
  'geschenk',
]);
/** Words that lead to an occasion: prepositions, possessives, "new"/"birth" ("на новый год", "туған күніне", "on her birthday"). */
const OCCASION_LEADS = new Set([
  'for',
  'on',
  'her',
  'his',
  'my',
  'their',
  'the',
  'na',
  'pod',
  'jej',
  'jego',
  'на',
  'к',
  'день',
  'новыи',
  'её',
  'ее',
  'его',
  'туған',
  'жаңа',
  'por',
  'para',
  'su',
  'mi',
  'el',
  'zum',
  'zu',
  'zur',
  'ihrem',
  'seinem',
  'ihren',
  'seinen',
  // "w prezencie", "в подарок", "als geschenk".
  'w',
  'в',
  'als',
]);

/** Where an occasion closing the message starts ("… for my mum for her birthday" -> "for"), or the message's length. */
function occasionAt(tokens: readonly string[]): number {
  // A gift emoji or two after the occasion still closes it ("мужу на день рождения 🎁").
  let last = tokens.length - 1;
  while (last > 0 && PICTOGRAPH.test(tokens[last] as string)) last--;
  if (last < 2 || !OCCASIONS.has(tokens[last] as string)) return tokens.length;
  let at = last;
  while (at > 0 && OCCASION_LEADS.has(tokens[at - 1] as string)) at--;
  // "for christmas" alone ("wallet for christmas") is whom nothing is for; an occasion only closes a claim said before it.
  return at < last || KAZAKH_DATIVE.test(tokens[last] as string) || (tokens[last] as string).endsWith('не') ? at : tokens.length;
}

/** "dla mojej dziewczyny": an address word after a possessive is a relative (a girlfriend), not the viewers. */
const addressedNoun = (scan: Scan, u: number, at: number) => scan.audienceAt.includes(u) && !scan.audienceAt.includes(at) && u - at >= 2;

/**
 * "skirt yellow M for my niece", "dla bratanicy", "para mi sobrina", "für die jungs", "жиенімге": who the item is for,
 * closing the claim (last word, or before a comma or an emoji), reads as a weak claim word whatever the noun. Kinship
 * nouns are too many to list; the preposition and its place say it.
 */
function readBeneficiaries(scan: Scan, tokens: readonly string[]): void {
  findBeneficiaries(scan, tokens);
  // "платок розовый маме на день рождения": the occasion belongs to the claim it closes (whom it is for right before it);
  // its words are no chatter.
  const close = occasionAt(tokens);
  if (close === tokens.length || !scan.marks.some((m) => m.kind === 'claim' && m.weak && m.end === close)) return;
  scan.unknownAt = scan.unknownAt.filter((k) => k < close);
  scan.unknown = scan.unknownAt.length;
}

/** Round 26: thanks (normalised) and what they are said for: "danke für die tipps", "thanks for the tips", "спасибо за". */
const THANKS_WORDS: ReadonlySet<string> = new Set([
  'thanks',
  'thank',
  'thx',
  'danke',
  'dank',
  'gracias',
  'dzieki',
  'dziekuje',
  'спасибо',
  'благодарю',
  'рахмет',
]);
const THANKED_FOR: ReadonlySet<string> = new Set(['for', 'fur', 'por', 'za', 'за', 'you']);
const thanksFor = (tokens: readonly string[]) => tokens.some((t, k) => THANKS_WORDS.has(t) && THANKED_FOR.has(tokens[k + 1] as string));

function findBeneficiaries(scan: Scan, tokens: readonly string[]): void {
  // "the white one is perfect for summer": praise says what it suits, not whom it is for.
  if ((scan.unknownAt.length === 0 && scan.audienceAt.length === 0) || scan.compliment) return;
  // Round 26: "danke für die tipps", "thanks for the live": what thanks are for is no one an item is for.
  if (thanksFor(tokens)) return;
  // "spare für meinen urlaub": with nothing to claim (no code, value, count or product word) it is whom a story is for.
  if (!scan.deictic && !scan.marks.some((m) => m.kind === 'code' || m.kind === 'value' || m.kind === 'number')) return;
  const unknown = new Set(scan.unknownAt);
  const found: { at: number; end: number }[] = [];
  // What other marks cover (values, codes, numbers) is no noun; a weak claim word may be the possessive ("für meine").
  const covered = new Set<number>();
  for (const m of scan.marks) if (m.kind !== 'claim' && m.kind !== 'separator') for (let k = m.at; k < m.end; k++) covered.add(k);
  // "tuch rosa für mama zum geburtstag": an occasion after whom the item is for closes the sentence as an emoji does.
  const close = occasionAt(tokens);
  // "navy x3 for the girls at work", "dla dziewczyn z biura": where they are closes the message after whom it is for.
  const place = placeAt(tokens, close, covered);
  for (let u = 0; u < close; u++) {
    const next = u + 1 < close ? tokens[u + 1] : undefined;
    // Round 22: the age of whom it is for closes it as the end does ("para mi niña de 8 años", "for my son, 5 years").
    const age = ageAfter(scan, tokens, u + 1);
    // Laughter closes a sentence as an emoji does ("bolso negro para mi esposo jajaja").
    if (
      next !== undefined &&
      next !== ',' &&
      !PICTOGRAPH.test(next) &&
      !(LAUGHS.has(next) && u + 2 === tokens.length) &&
      u + 1 !== place &&
      age < 0
    )
      continue;
    const word = tokens[u] as string;
    if (word === ',' || PICTOGRAPH.test(word) || covered.has(u)) continue;
    // "for my lil sis", "für meine kleine schwester": one unknown word (an adjective) may stand before the noun.
    const v = unknown.has(u - 1) && !BENEFICIARY_PREPOSITIONS.has(tokens[u - 1] as string) ? u - 1 : u;
    // "dla twojego Marka", "für deinen opa": an item for the listener's people is no claim of the buyer's.
    if (SECOND_PERSON.has(tokens[v - 1] as string) || SECOND_PERSON.has(tokens[v] as string)) continue;
    let at = -1;
    if (BENEFICIARY_PREPOSITIONS.has(tokens[v - 1] as string)) at = v - 1;
    else if (BENEFICIARY_DETERMINERS.has(tokens[v - 1] as string) && BENEFICIARY_PREPOSITIONS.has(tokens[v - 2] as string)) at = v - 2;
    // "на всю семью", "на всех детей": "на" is whom an item is for only before "all".
    else if (WHOLE.has(tokens[u - 1] as string) && tokens[u - 2] === 'на') at = u - 2;
    // "бүкіл отбасыға": "the whole …" in the dative.
    else if (tokens[u - 1] === 'бүкіл' && KAZAKH_DATIVE.test(word)) at = u - 1;
    // The noun may be a word the rules know as an address ("dla mojej dziewczyny": a girlfriend, not "girls!").
    if (at < 0 && unknown.has(u) && word.length >= 5 && KAZAKH_BENEFICIARY.test(word)) at = u;
    // A known word as the noun only when it points at nothing and addresses no one ("for this", "para ti", "for the hoodie").
    const known = !unknown.has(u) && !scan.deicticAt.includes(u) && !scan.audienceAt.includes(u);
    if (at >= 0 && (unknown.has(u) || known || addressedNoun(scan, u, at))) {
      found.push({ at, end: u + 1 });
      // The "de" / "of" before the age is no chatter.
      if (age > u + 1) unknown.delete(u + 1);
    }
  }
  // Round 16, ORDERS: whom it is for may also open the claim, before what is claimed ("dla wnusia 68 w zielonym",
  // "для внучки 56 белый", "for my son 68 white", "жиенімнің баласына 62 ақ").
  const opening = openingBeneficiary(tokens, unknown, covered, scan);
  if (opening && !found.some((f) => f.at === opening.at)) found.push(opening);
  if (found.length === 0) return;
  // The place after whom it is for is no chatter either.
  if (place < tokens.length && found.some((f) => f.end === place)) for (let k = place; k < tokens.length; k++) unknown.delete(k);
  for (const { at, end } of found) {
    for (let k = at; k < end; k++) unknown.delete(k);
    scan.audienceAt = scan.audienceAt.filter((k) => k < at || k >= end);
    scan.audience = scan.audienceAt.length > 0;
    scan.marks = scan.marks.filter((m) => m.end <= at || m.at >= end);
    scan.marks.push(claimMark(at, end, true));
    scan.claimWeak = true;
    if (scan.claimAt < 0 || at < scan.claimAt) scan.claimAt = at;
  }
  scan.marks.sort((a, b) => a.at - b.at);
  scan.unknownAt = [...unknown].sort((a, b) => a - b);
  scan.unknown = scan.unknownAt.length;
}

/** "de", "of", "von", "z" between whom an item is for and their age (normalised). */
const AGE_LINKS = new Set(['de', 'of', 'von', 'z', 'who', 'whos', 'thats', 'is', 'ist', 'der', 'die']);

/** Round 22: where an age mark begins at `at` or after one linking word ("de 8 años"): its token index, else -1. */
function ageAfter(scan: Scan, tokens: readonly string[], at: number): number {
  const linked = AGE_LINKS.has(tokens[at] as string);
  for (const m of scan.marks) {
    if (m.kind !== 'value' || m.age !== true) continue;
    if (m.at === at) return at;
    if (linked && m.at === at + 1) return at + 1;
  }
  return -1;
}

/** "for your baby shower", "dla twojej mamy", "para tu hija", "für deine mama": an item for the listener's people. */
export function forTheListener(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, k) =>
      (BENEFICIARY_PREPOSITIONS.has(t) && SECOND_PERSON.has(tokens[k + 1] as string)) ||
      // Kazakh "сенің анаңа", "сіздің қызыңызға": "your" and a noun in the dative with the second person's ending.
      (KAZAKH_YOUR.has(t) && KAZAKH_YOURS_DATIVE.test(tokens[k + 1] ?? '')),
  );
}
const KAZAKH_YOUR = new Set(['сенің', 'сенин', 'сіздің', 'сиздин']);
const KAZAKH_YOURS_DATIVE = /(?:ңа|ңе|ңызға|ңізге)$/u;

/** A Kazakh dative, also after a third person's possessive ("баласына": to his child, "қызына", "әжесіне"). */
const OPENING_DATIVE = /(?:ға|ге|қа|ке|ына|іне|сына|сіне)$/u;

/**
 * Whom the item is for, opening the message and followed by what is claimed: a preposition and a noun (one unknown
 * word between them at most: "for my lil sis", "dla mojego wnusia"), or a Kazakh dative of a person ("баласына", after its
 * possessor "жиенімнің"). Only when a value or a code follows it, and never for the listener's people.
 */
function openingBeneficiary(
  tokens: readonly string[],
  unknown: ReadonlySet<number>,
  covered: ReadonlySet<number>,
  scan: Scan,
): { at: number; end: number } | null {
  let end = -1;
  if (BENEFICIARY_PREPOSITIONS.has(tokens[0] as string)) {
    const noun = unknown.has(1) && unknown.has(2) && !covered.has(2) ? 2 : 1;
    if (unknown.has(noun) || BENEFICIARY_DETERMINERS.has(tokens[1] as string)) end = noun + 1;
    if (tokens.slice(1, end).some((t) => SECOND_PERSON.has(t))) return null;
  } else {
    const dative = [0, 1].find((k) => unknown.has(k) && (tokens[k] as string).length >= 5 && OPENING_DATIVE.test(tokens[k] as string));
    if (dative !== undefined && (dative === 0 || unknown.has(0))) end = dative + 1;
  }
  if (end < 0 || covered.has(end - 1)) return null;
  const claimed = scan.marks.some((m) => m.at >= end && (m.kind === 'value' || m.kind === 'code'));
  return claimed ? { at: 0, end } : null;
}

/**
 * A weak claim word ("me", "mój", "мой", "meine", "маған") with an unknown word right before or
 * after it is part of a sentence, not a claim: "czerwony to mój ulubiony kolor", "the 30 ml
 * lasted me 2 months". Claims put it next to what they claim ("M for me", "мне 50 мл", "me too").
 * With no strong claim word and every weak one inside chat, the message has no claim word; those
 * words count as unknown chat.
 */
function settleWeakClaims(scan: Scan, tokens: readonly string[]): void {
  if (!scan.claimWeak || scan.claim || scan.unknown === 0) return;
  const unknown = new Set(scan.unknownAt);
  const weak = scan.marks.filter((m) => m.kind === 'claim');
  const valueAt = new Set(scan.marks.filter((m) => m.kind === 'value' || m.kind === 'code').map((m) => m.at));
  const inSentence = (m: Mark) =>
    // "mój ulubiony kolor": determines the next word; "lasted me 2 months": the object of a verb, followed by no value.
    // An emoji after it ends the sentence ("srebrne kółka dla mamy 💕").
    // Laughter closing the message is no word of the sentence ("para mi esposo jajaja").
    (m.at > 0 && unknown.has(m.end) && !laughsToTheEnd(tokens, m.end)) ||
    (unknown.has(m.at - 1) && !endsMessage(tokens, m.end) && !laughsToTheEnd(tokens, m.end) && !valueAt.has(m.end));
  if (!weak.every(inSentence)) return;
  scan.claimWeak = false;
  scan.claimAt = -1;
  scan.marks = scan.marks.filter((m) => m.kind !== 'claim');
  for (const m of weak) {
    scan.unknown++;
    scan.unknownAt.push(m.at);
  }
  scan.unknownAt.sort((a, b) => a - b);
}

/** Only laughter (and emoji) from `at` to the end. */
function laughsToTheEnd(tokens: readonly string[], at: number): boolean {
  if (!LAUGHS.has(tokens[at] as string)) return false;
  for (let k = at + 1; k < tokens.length; k++) if (!LAUGHS.has(tokens[k] as string) && !PICTOGRAPH.test(tokens[k] as string)) return false;
  return true;
}

/** Only emoji and "!" after `end`: a question word there closes the message (verb-final questions, Kazakh particles). */
function endsMessage(tokens: readonly string[], end: number): boolean {
  for (let k = end; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (token !== '!' && !PICTOGRAPH.test(token)) return false;
  }
  return true;
}

/** Round 25: Spanish possessives that claim alone ("¡mía!"), normalised. */
const POSSESSIVE_CLAIMS: ReadonlySet<string> = new Set(['mio', 'mia', 'mios', 'mias']);
const ARTICLES_ES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'lo']);
/** "que" / "q" / "como" opening the second term of a comparison. */
const COMPARED_BY: ReadonlySet<string> = new Set(['que', 'q', 'k', 'como']);

/** "… que la mía", "… como el mío": the possessive after an article after a word of comparison. */
function comparedPossessive(tokens: readonly string[], at: number): boolean {
  return at >= 2 && ARTICLES_ES.has(tokens[at - 1] as string) && COMPARED_BY.has(tokens[at - 2] as string);
}

/** Spanish object pronouns between "si" and its verb ("si me lo vendieran"). */
const CLITICS_ES: ReadonlySet<string> = new Set(['lo', 'la', 'los', 'las', 'le', 'les', 'me', 'te', 'se', 'nos']);
/**
 * The Spanish past subjunctive by its ending (normalised): "-iera(n)", "-iese(n)", "-uera(n)", "-jera(n)" ("hubiera",
 * "vendieran", "fuera", "trajeran"), and "-ara(n)", "-ase(n)" on a longer word ("costara", "bajaran"; not "para", "cara", "clara").
 */
const PAST_SUBJUNCTIVE = /^(?:\p{L}{2,}(?:ieran?|iesen?|ueran?|jeran?|jesen?)|\p{L}{4,}(?:aran?|asen?))$/u;

/** "si" followed, past at most two object pronouns, by a past subjunctive. */
function pastSubjunctiveAfter(tokens: readonly string[], at: number): boolean {
  let k = at + 1;
  while (k < at + 3 && CLITICS_ES.has(tokens[k] as string)) k++;
  const verb = tokens[k];
  return verb !== undefined && PAST_SUBJUNCTIVE.test(verb);
}

function readWords(entries: readonly WordEntry[], at: number, length: number, scan: Scan, keys: string[]): void {
  const end = at + length;
  let voted = '';
  for (const entry of entries) {
    if (entry.language !== voted) {
      voted = entry.language; // entries of one language sit together: one vote per language and phrase
      scan.votes.set(voted, (scan.votes.get(voted) ?? 0) + 1);
    }
    switch (entry.kind) {
      case 'claim':
        if (scan.claimAt < 0) scan.claimAt = at;
        scan.claim = true;
        scan.marks.push(claimMark(at, end));
        break;
      case 'claimWeak':
        if (scan.claimAt < 0) scan.claimAt = at;
        scan.claimWeak = true;
        scan.marks.push(claimMark(at, end, true));
        break;
      case 'cancel':
        if (scan.cancelAt < 0) {
          scan.cancelAt = at;
          scan.cancelEnd = end;
        }
        scan.cancel = true;
        break;
      case 'hypothetical':
        scan.hypothetical = true;
        break;
      case 'question':
        if (scan.questionAt < 0) scan.questionAt = at;
        scan.questionWord = true;
        // "how long is the M", and after a code that opens the message: "Q2 how long is the M", "X1 jaki to obwód".
        if (at === 0 || (scan.marks.length === 1 && scan.marks[0]?.kind === 'code' && scan.marks[0].at === 0 && scan.marks[0].end === at))
          scan.questionStart = true;
        scan.questionEnd = end;
        break;
      case 'questionParticle':
        scan.questionParticle = true;
        break;
      case 'correction':
        scan.correctionCue = true;
        if (scan.correctionAt < 0) scan.correctionAt = at;
        break;
      case 'deictic':
        scan.deictic = true;
        for (let k = at; k < end; k++) scan.deicticAt.push(k);
        break;
      case 'negation':
        scan.marks.push(spanMark('negation', at, end));
        break;
      case 'negationAfter':
        scan.marks.push(spanMark('negationAfter', at, end));
        break;
      case 'separator':
        scan.marks.push(spanMark('separator', at, end));
        break;
      case 'quantityUnit':
      case 'sizeMarker':
      case 'priceMarker':
      case 'timeMarker':
      case 'timeUnit':
        scan.marks.push(markerMark(at, end, entry.kind));
        break;
      case 'number': {
        // Round 26: "2x the dogs one", "the red one": "one" right after a value points at it, it counts nothing.
        const last = scan.marks[scan.marks.length - 1];
        if (entry.number === 1 && entry.language === 'en' && end === at + 1 && last?.kind === 'value' && last.end === at) break;
        // "size forty one": a number word of tens is read as a written number is (a size, a count beside "x", …).
        scan.marks.push(numberMark(at, end, entry.number ?? 1, (entry.number ?? 1) >= 20 ? 'bare' : 'quantity'));
        break;
      }
      case 'size':
        if (entry.size) keys.push(`s:${entry.size}`);
        break;
      case 'value':
        if (entry.concept) {
          keys.push(`c:${entry.concept}`);
          // A shade is its base colour when the product has no such shade ("mustard" on a skirt sold in yellow).
          const family = SHADE_FAMILY[entry.concept];
          if (family) keys.push(`c:${family}`);
          // And a base colour is the product's one shade of it when it sells no such base ("синий", "көк" on a scarf sold in navy).
          const shade = BASE_SHADE[entry.concept];
          if (shade) keys.push(`c:${shade}`);
        }
        break;
      case 'compliment':
        scan.compliment = true;
        scan.complimentEnd = end;
        break;
      case 'audience':
        scan.audience = true;
        for (let k = at; k < end; k++) scan.audienceAt.push(k);
        break;
      case 'notClaim':
      case 'filler':
        break;
    }
  }
}

/**
 * A noun that names a product the catalog sells ("esterilla", "przedłużacz", "gel" for a "Shower gel": `namedBy`, from the
 * title) that no rule lists is noted: a claim of values alone (no claim word) is not drowned in chat by it ("esterilla lila
 * 4mm"). It still counts among the unknown words everywhere else (a story with a claim verb stays a story) and does not
 * point as "this one" does (which would make "el gorrito rojo es una ternura" more than praise). Never a word read otherwise.
 */
function readProductNoun(noun: boolean, at: number, scan: Scan): boolean {
  if (noun) scan.nounAt.push(at);
  return false;
}

/** A word the shop's moderators taught (learning.ts): a claim word, chatter, or a product's value. */
function readLearned(tokens: readonly string[], at: number, index: CatalogIndex, scan: Scan): boolean {
  if (index.learned.size === 0) return false;
  const value = index.learned.values.match(tokens, at);
  const word = index.learned.words.match(tokens, at);
  if (!value && !word) return false;
  const keys: string[] = value ? [...value.entries] : [];
  if (word) readWords(word.entries, at, 1, scan, keys);
  if (keys.length > 0) scan.marks.push(valueMark(at, at + 1, keys));
  return true;
}

/** Spanish object pronouns glued to an imperative, longest first ("apártamelo", "guárdamela", "sepáramelos"). */
const SPANISH_ENCLITICS = ['melos', 'melas', 'selos', 'selas', 'melo', 'mela', 'selo', 'sela', 'los', 'las', 'lo', 'la'];

/**
 * Round 16, ORDERS: a Spanish claim verb with its object pronoun glued on ("apártamelo", "guardamela", "resérvamelas" after
 * normalising): the verb the rules know ("apartame", "guardame", "reservame") with "lo / la / los / las" or "me" + one of
 * them, read as that claim word. Only a claim word (strong or weak) that is itself an imperative with "me" is extended.
 */
function readEnclitic(token: string, at: number, index: CatalogIndex, scan: Scan): boolean {
  if (token.length < 7) return false;
  for (const ending of SPANISH_ENCLITICS) {
    if (!token.endsWith(ending)) continue;
    const stem = token.slice(0, -ending.length);
    const verb = ending.startsWith('me') || ending.startsWith('se') ? `${stem}me` : stem;
    if (!verb.endsWith('me') || verb.length < 5) continue;
    const entries = index.rules.words.matchWord(verb)?.entries.filter((e) => e.kind === 'claim' && e.language === 'es') ?? [];
    if (entries.length === 0) continue;
    readWords(entries, at, 1, scan, []);
    return true;
  }
  return false;
}

/** Round 26: Kazakh question particles, glued to the word they ask about in chat ("барма", "болама", "бересізбе"). */
const GLUED_PARTICLE = /^([\u0400-\u04ff]{3,})(ма|ме|ба|бе|па|пе)$/u;

/**
 * Round 26: "сұр S барма", "бөліп төлеуге болама": a Kazakh word with its question particle glued on is read as the
 * question the two words make ("бар ма", "бола ма"); a word of its own ("итіме", to my dog) is left alone.
 */
function readGluedParticle(token: string, at: number, index: CatalogIndex, scan: Scan): boolean {
  const glued = GLUED_PARTICLE.exec(token);
  if (!glued) return false;
  const pair = [glued[1] as string, glued[2] as string];
  const phrase = index.rules.words.match(pair, 0);
  if (!phrase || phrase.length !== 2) return false;
  readWords(phrase.entries, at, 1, scan, []);
  return true;
}

/**
 * Kinds a typo may stand for, and the edits allowed: claim and cancel words only with two letters
 * swapped ("slod", "biroe": "told", "mind", "solid" stay themselves); option values with any one
 * edit ("whte", "bleu", "czrna"), kept only when the message also claims or names a code.
 */
const MAX_SECOND_LOOKS = 5;
/** A cancel word typed with a letter dropped, added or changed ("canel", "rezyngnuję") is read when this long: shorter words are too close to chat. */
const MIN_FUZZY_CANCEL = 5;
// Weak claim words too ("tkae it", "wnat the red"): only ever through two letters swapped (see below).
const FUZZY_WORD_KINDS = new Set<WordEntry['kind']>(['claim', 'claimWeak', 'cancel']);
const DOUBLED_WORD_KINDS = new Set<WordEntry['kind']>(['claim', 'claimWeak', 'cancel']);
const FUZZY_VALUE_KINDS = new Set<WordEntry['kind']>(['value', 'size']);

/** A word's base (an ending or a diminutive taken off) read as an option value the catalog or the rules know: marks it. */
function readValueBase(literal: readonly string[] | null, values: readonly WordEntry[], at: number, scan: Scan): boolean {
  const keys: string[] = [];
  if (literal) keys.push(...literal);
  if (values.length > 0) readWords(values, at, 1, scan, keys);
  if (keys.length === 0) return false;
  scan.marks.push(valueMark(at, at + 1, keys));
  return true;
}

/**
 * An unknown word that is an inflected form (Kazakh "көгін", "қарасын") or a typo ("slod",
 * "whte") of a word the rules or the catalog know. Reads it as that word; false when it is none.
 */
function readInflected(token: string, at: number, index: CatalogIndex, scan: Scan, facts: WordFacts, previous?: string): boolean {
  // Round 26: a question particle glued on is read however long the message ("… ілуге болама").
  if (readGluedParticle(token, at, index, scan)) return true;
  // A message already this full of unknown words is chat: no second look at the rest.
  if (scan.unknown >= MAX_SECOND_LOOKS) return false;
  // Round 28: the lookups below are made once per word (`secondLook()`).
  const look = (facts.second ??= secondLook(token, index));
  // A topic word ("gratis", "versand") is what a question is about, never a typo of a value ("gratis" is no "grau").
  if (look.topic) return false;
  // Its Kazakh bases, then (round 26) a Spanish diminutive of a value ("la blandita", "durita", "azulito") is the value.
  for (const base of look.bases) if (readValueBase(base.literal, base.values, at, scan)) return true;
  const { doubled } = look;
  if (doubled) {
    readWords(doubled.entries, at, 1, scan, []);
    scan.fuzzy.push(`${token}->${doubled.word}`);
    return true;
  }
  const { word } = look;
  // Round 24: after a Kazakh converb ("жазып", "салып") the next verb is its helper ("жазып қойыңызшы", put me down), never a
  // typo of a cancel word ("жойыңызшы", delete).
  // Round 24: a word that names a product ("gorra", a cap) is no typo of a rule word ("borra", delete).
  if (
    word &&
    scan.nounAt[scan.nounAt.length - 1] !== at &&
    (word.edit === 'swap' ||
      (token.length >= MIN_FUZZY_CANCEL &&
        !(previous !== undefined && KAZAKH_CONVERB.test(previous)) &&
        word.entries.every((e) => e.kind === 'cancel')))
  ) {
    const entries = word.entries.filter((e) => FUZZY_WORD_KINDS.has(e.kind));
    if (entries.length > 0) {
      readWords(entries, at, 1, scan, []);
      scan.fuzzy.push(`${token}->${word.word}`);
      return true;
    }
  }
  const keys: string[] = [];
  // A typo keeps the first letter: "remove" is no "kremow*" (Polish cream), "rose" no "brose".
  const literal = sameStart(look.literal, token);
  if (literal) keys.push(...literal.entries);
  // Material, scent and relative-size words are short and close to names and words ("lena" is no "lana"): never guessed at.
  // Round 24: a material typed in six letters or more is guessed ("leathr", "silkion", "силкион"): no name is that close.
  const values =
    (sameStart(word, token) ? word : null)?.entries.filter(
      (e) =>
        FUZZY_VALUE_KINDS.has(e.kind) &&
        !(e.concept && NEVER_GUESSED.has(e.concept) && !(token.length >= MIN_MATERIAL_TYPO && MATERIAL_CONCEPTS.has(e.concept))),
    ) ?? [];
  if (values.length > 0) readWords(values, at, 1, scan, keys);
  if (keys.length === 0) return false;
  scan.pendingFuzzy.push({ mark: valueMark(at, at + 1, keys), note: `${token}->${literal?.word ?? word?.word}` });
  return true;
}

/** Round 24: a Kazakh converb ("жазып", "салып", "алып"): a Cyrillic word of four letters or more ending in -ып / -іп. */
const KAZAKH_CONVERB = /^\p{Script=Cyrillic}{2,}(?:ып|іп)$/u;

const sameStart = <T extends { word: string }>(match: T | null | undefined, token: string): T | null =>
  match && match.word[0] === token[0] ? match : null;

/**
 * A claim or cancel word (strong or weak) typed with one letter doubled ("takke", "biorre", "nehmme"): a slip of
 * a finger on a phone, read as the word. Only claim and cancel words, only a letter doubled.
 */
function undoubled(token: string, index: CatalogIndex): { word: string; entries: WordEntry[] } | null {
  if (token.length < 4) return null;
  for (let k = 1; k < token.length; k++) {
    if (token[k] !== token[k - 1]) continue;
    const word = token.slice(0, k) + token.slice(k + 1);
    const entries = index.rules.words.matchWord(word)?.entries.filter((e) => DOUBLED_WORD_KINDS.has(e.kind)) ?? [];
    if (entries.length > 0) return { word, entries };
  }
  return null;
}

/**
 * Scents and flavours (candles, cosmetics, coffee: the rules' `values` of that kind): their words are read in each language's
 * forms, never through a typo.
 */
const SCENT_CONCEPTS: ReadonlySet<string> = new Set([
  'vanilla',
  'fig',
  'cedar',
  'lavender',
  'rose',
  'jasmine',
  'sandalwood',
  'coconut',
  'lemon',
  'cinnamon',
  'amber',
  'musk',
  'strawberry',
  'cherry',
  'peach',
  'chocolate',
  'caramel',
  'pine',
  'eucalyptus',
  'bergamot',
  'citrus',
  'green tea',
  'patchouli',
  // Round 23: oud and sea salt (perfumes).
  'oud',
  'sea salt',
]);

/** A number above this beside "small" / "big" is an amount, not how many ("2 small", "the big one 400"). */
const MAX_RELATIVE_COUNT = 10;
/** A value key that is an amount: a measure (`u:30cm`), a bare number (`n:400`), a catalog value written with digits (`l:30 cm`). */
const AMOUNT_KEY = /^[lun]:\d/;

/** Round 24: the shortest word read as a material through a typo. */
const MIN_MATERIAL_TYPO = 6;

/** Concepts never read through a typo: materials, scents, and "small" / "big" ("lager" is no "larger", "Maltę" no "małe"). */
// Round 22: honey, a dotted print, a type by what it does and denim are short or common words ("money", "song"): never guessed.
const NEVER_GUESSED: ReadonlySet<string> = new Set([
  ...MATERIAL_CONCEPTS,
  ...SCENT_CONCEPTS,
  ...THEME_CONCEPTS,
  'smallest',
  'largest',
  'glossy',
  'honey',
  'polka dot',
  'compact',
  'denim',
]);

/** Typo'd values count only in a message with a claim word or a code ("take a look at the back", "back at 8, save me a seat" are no "black"). */
function settleFuzzyValues(scan: Scan): void {
  if (scan.pendingFuzzy.length === 0) return;
  const claims = scan.claim || scan.marks.some((m) => m.kind === 'code');
  // A relative size ("big", "małą") is kept beside a claim, a code or another value ("маленькую сандаловую"), never alone.
  // Not beside an amount said outright ("big lantern 30 cm", "the big one, 400"): that is the one meant.
  const named = claims || scan.marks.some((m) => m.kind === 'value');
  const amountSaid = scan.marks.some(
    (m) => (m.kind === 'value' && m.keys.some((k) => AMOUNT_KEY.test(k))) || (m.kind === 'number' && m.value > MAX_RELATIVE_COUNT),
  );
  // Round 21: beside a written code, a typo names a value of that product only ("B3 … na Maltę?" is no "Matte" of another).
  const coded = scan.marks.filter((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
  const soldByCode = (mark: Mark) =>
    coded.length === 0 || (mark.kind === 'value' && mark.keys.some((k) => coded.some((c) => c.product.values.has(k))));
  const kept = scan.pendingFuzzy.filter(({ note, mark }) => (note ? claims && soldByCode(mark) : named && !amountSaid));
  scan.unknown += scan.pendingFuzzy.length - kept.length;
  for (const { mark, note } of kept) {
    if (note) scan.fuzzy.push(note); // a relative size is no typo
    const k = scan.marks.findIndex((m) => m.at > mark.at);
    scan.marks.splice(k < 0 ? scan.marks.length : k, 0, mark);
  }
}

/** A token opened by one or two Cyrillic letters and a digit: a code typed on a Cyrillic keyboard. */
const CYRILLIC_CODE_START = /^[\u0400-\u04ff]{1,2}\d/u;
const codeBySound = (token: string) => token.replace(/[\u0400-\u04ff]/gu, (c) => CYRILLIC_BY_SOUND[c] ?? c);

/**
 * A token with digits may be a claim code ("A12", "а12" typed in Cyrillic), a code glued to a
 * size or quantity ("a12m", "a12x2"), a code split in two ("A 12", "A-12"), or "x2".
 * Returns how many tokens it used (0: not code-like).
 */
function readCodeLike(tokens: readonly string[], at: number, index: CatalogIndex, marks: Mark[]): number {
  const token = tokens[at] as string;
  const key = foldLookalikes(token).replace(/'/g, '');
  // Round 25: a code typed in Cyrillic by sound, not by look ("Д9", "Г9", "Ф1": D9, G9, F1), when no look-alike reads it.
  const product = index.byCode.get(key) ?? (CYRILLIC_CODE_START.test(token) ? index.byCode.get(codeBySound(token)) : undefined);
  if (product) {
    marks.push(codeMark(at, at + 1, product));
    return 1;
  }
  const times = TIMES_NUMBER.exec(key);
  if (times) {
    marks.push(numberMark(at, at + 1, Number(times[1]), 'quantity'));
    return 1;
  }
  for (const n of index.codeLengths) {
    if (n >= key.length) continue;
    const glued = index.byCode.get(key.slice(0, n));
    if (!glued) continue;
    const rest = key.slice(n);
    const size = letterSizeKey(rest);
    const qty = TIMES_NUMBER.exec(rest);
    if (!size && !qty) continue;
    marks.push(codeMark(at, at + 1, glued));
    if (size) marks.push(valueMark(at, at + 1, [`s:${size}`]));
    else marks.push(numberMark(at, at + 1, Number(qty?.[1]), 'quantity'));
    return 1;
  }
  return 0;
}

/** Words between the two numbers of a pair: "30 x 32", "28 на 32", "30 by 32", "30 na 32", "32 por 30", "30 mal 32". */
const PAIR_JOINERS = new Set(['x', 'х', '×', '*', 'на', 'na', 'by', 'por', 'mal']);
const GLUED_PAIR = /^(\d{2,3})[xх×*](\d{2,3})$/u;

/** Round 20: two numbers said as a pair that name a variant's two numbered values ("30/32", "30x32", "28 на 32"). */
function readNumberPair(
  tokens: readonly string[],
  at: number,
  index: CatalogIndex,
): { keys: readonly [string[], string[]]; length: number } | null {
  const token = tokens[at] as string;
  const glued = GLUED_PAIR.exec(token);
  if (glued) {
    const keys = index.numberPairs.get(`${glued[1]}/${glued[2]}`);
    return keys ? { keys, length: 1 } : null;
  }
  if (!DIGITS.test(token)) return null;
  const next = tokens[at + 1];
  const length = next !== undefined && PAIR_JOINERS.has(next) ? 3 : 2;
  const second = tokens[at + length - 1];
  if (second === undefined || !DIGITS.test(second)) return null;
  const keys = index.numberPairs.get(`${token}/${second}`);
  return keys ? { keys, length } : null;
}

/** A number, or a German "-er" number noun ("32er"). */
const OPTION_NUMBER = /^(\d{2,3})(?:er)?$/;
/** A preposition between a number and the option's word: "28 w pasie", "30 в длину", "32 de cintura", "32 in der länge". */
const OPTION_PREPOSITION = new Set(['w', 'в', 'de', 'in', 'im']);

/** Round 20: an option's word before or after a number ("waist 32", "32 waist", "28 w pasie"): the value's keys and the span. */
function readOptionNumber(tokens: readonly string[], at: number, index: CatalogIndex): { keys: string[]; length: number } | null {
  const token = tokens[at] as string;
  const concept = OPTION_WORDS.get(token);
  if (concept) {
    const n = OPTION_NUMBER.exec(tokens[at + 1] ?? '')?.[1];
    const keys = n ? index.optionNumbers.get(`${concept}:${n}`) : undefined;
    return keys ? { keys, length: 2 } : null;
  }
  const n = OPTION_NUMBER.exec(token)?.[1];
  if (!n) return null;
  const gap = OPTION_PREPOSITION.has(tokens[at + 1] ?? '') ? 1 : 0;
  const after = OPTION_WORDS.get(tokens[at + 1 + gap] ?? '');
  const keys = after ? index.optionNumbers.get(`${after}:${n}`) : undefined;
  return keys ? { keys, length: 2 + gap } : null;
}

/** Round 20: a code that is also a value ("L30") of the product whose value was just said ("w30"): that value's key. */
function siblingValue(token: string, previous: Extract<Mark, { kind: 'value' }>, index: CatalogIndex): string | null {
  const key = `l:${token}`;
  if (!index.globalValues.has(key)) return null;
  for (const product of index.products) {
    const ref = product.values.get(key);
    if (ref && previous.keys.some((k) => (product.values.get(k)?.name ?? ref.name) !== ref.name)) return key;
  }
  return null;
}

/** "32/34" (the slash is dropped by the tokenizer) when the catalog sells "W32 L34": waist and length. */
function readWaistLength(tokens: readonly string[], at: number, index: CatalogIndex): string | null {
  const next = tokens[at + 1];
  if (next === undefined || !DIGITS.test(next)) return null;
  const key = `wl:${tokens[at]}/${next}`;
  return index.globalValues.has(key) ? key : null;
}

/** Letters then digits in two tokens ("A 12", "A-12") when together they are a code. */
function readSplitCode(tokens: readonly string[], at: number, index: CatalogIndex): IndexedProduct | undefined {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (first === undefined || second === undefined || first.length > 3 || !isDigit(second.charCodeAt(0))) return undefined;
  if (!SHORT_LETTERS.test(first) || !DIGITS.test(second)) return undefined;
  // "вернусь к 9 вечера", "w 12 godz": a preposition and an hour, not "K9" written apart.
  const after = index.rules.words.match(tokens, at + 2);
  if (after?.entries.some((e) => e.kind === 'timeUnit')) return undefined;
  // Round 26: "в 3/4" (the slash dropped: "в 3 4"): a preposition before a fraction the catalog sells, not "B3" written apart.
  const third = tokens[at + 2];
  if (third !== undefined && DIGITS.test(third) && index.literalValues.match(tokens, at + 1)?.length === 2) return undefined;
  return index.byCode.get(foldLookalikes(first) + second);
}

const BAND = /^\d{2,3}$/;

function readBandCup(tokens: readonly string[], at: number, index: CatalogIndex): { key: string; length: number } | null {
  const token = tokens[at] as string;
  const glued = bandCupKey(token);
  if (glued) return index.globalValues.has(glued) ? { key: glued, length: 1 } : null;
  const next = tokens[at + 1];
  if (!BAND.test(token) || next === undefined) return null;
  if (!isCup(next)) return null;
  const key = bandCupKey(token, next);
  return key && index.globalValues.has(key) ? { key, length: 2 } : null;
}

/** The Russian colloquial noun of a number, glued: "20ка", "22ку", "18кой" ("the 20 one"). */
const NUMBER_AS_NOUN = /(?<=\d)(?:ка|ку|ки|кои|кой)$/u;

function readNumber(raw: string, at: number, index: CatalogIndex, scan: Scan): void {
  const { marks } = scan;
  // "40қа", "20,5ке": a number with a Kazakh case ending is the number; so is a Russian number said as a noun ("20ка",
  // "22ку": "the 20 one").
  const token =
    raw.length > 2 && raw.charCodeAt(raw.length - 1) > 127 ? raw.replace(KAZAKH_CASE_AFTER_DIGIT, '').replace(NUMBER_AS_NOUN, '') : raw;
  if (DECIMAL_OR_TIME.test(token)) {
    // "16,5" or "16.5" when the catalog sells "16.5" (ring and shoe sizes); otherwise 19.99, 20:00, 20,50: prices and times.
    // Round 17: "7,5er", "17,5er" (German: "the 7.5 one") name the catalog's 7.5 as "7,5" does.
    const number = DECIMAL_NOUN.exec(token)?.[1] ?? token;
    const decimal = DECIMAL.test(number) ? `l:${number.replace(',', '.')}` : null;
    if (decimal && index.globalValues.has(decimal)) marks.push(valueMark(at, at + 1, [decimal]));
    else if (decimal) {
      // Round 26: "T8 0.5", "termos 0,75": a bare decimal is litres where the catalog sells that many (as "500 ml" too).
      const litres = `u:${Number(decimal.slice(2))}l`;
      if (Number(decimal.slice(2)) < 10 && index.globalValues.has(litres)) marks.push(valueMark(at, at + 1, [litres]));
    }
    return;
  }
  if (DIGITS.test(token)) {
    // "серебро 925", "złoto próby 585": a fineness stamped on metal, never a count; but where the catalog sells the number
    // as a value ("750 ml", "375 g") it names that value ("termos czarny 750").
    const hallmark = HALLMARKS.has(token) && !index.globalValues.has(`n:${token}`);
    marks.push(numberMark(at, at + 1, Number(token), hallmark ? 'ignored' : 'bare'));
    return;
  }
  const ordinal = ORDINAL.exec(token); // "38й", "41-й" (the hyphen is dropped by the tokenizer): a number
  if (ordinal) {
    marks.push(numberMark(at, at + 1, Number(ordinal[1]), 'bare'));
    return;
  }
  const size = letterSizeKey(token);
  if (size) {
    marks.push(valueMark(at, at + 1, [`s:${size}`]));
    return;
  }
  // "39er", "160er" (German), "39tka", "12stki", "40ke" (Polish number nouns): "the 39 one", a size, never a count.
  const noun = NUMBER_NOUN.exec(token);
  if (noun) {
    marks.push(numberMark(at, at + 1, Number(noun[1]), 'size'));
    return;
  }
  const glued = NUMBER_WITH_SUFFIX.exec(token);
  if (!glued) return;
  // Round 26: "1500er", "1k", "1к" where the catalog sells the number as a value (a puzzle's 1500 or 1000 pieces).
  const sold = soldNumber(Number(glued[1]), glued[2] as string, index);
  if (sold !== null) {
    marks.push(numberMark(at, at + 1, sold, 'bare'));
    return;
  }
  // Round 23: "3er", "3pak", "3pack", "3pk": a pack's size (packs.ts reads it on a product sold in packs), no chatter and
  // no count.
  if (PACK_SUFFIX.test(glued[2] as string)) return;
  const suffix = index.rules.words.matchWord(glued[2] as string);
  const role = suffix?.entries.find((e) => e.kind === 'quantityUnit' || e.kind === 'priceMarker' || e.kind === 'timeUnit')?.kind;
  if (role === 'quantityUnit') marks.push(numberMark(at, at + 1, Number(glued[1]), 'quantity'));
  else if (!role) scan.unknown++;
}

/**
 * Round 26: "largo 3/4", "длина 7/8": a word that names an option (`option-names.ts`) right before another value names
 * that option; it is no value of its own (Spanish "largo" is also a long umbrella, `=long`).
 */
function namingTheOption(scan: Scan, tokens: readonly string[]): void {
  const { marks } = scan;
  for (let k = marks.length - 2; k >= 0; k--) {
    const mark = marks[k] as Mark;
    const next = marks[k + 1] as Mark;
    if (mark.kind !== 'value' || mark.end !== mark.at + 1 || next.kind !== 'value' || next.at !== mark.end) continue;
    if (OPTION_WORDS.has(tokens[mark.at] as string)) marks.splice(k, 1);
  }
}

/** Round 26: thousands glued as "k" / "к" ("1k", "1,5k" is no value here: only whole thousands). */
const THOUSANDS = new Set(['k', 'к']);

/** A number glued to "er" ("1500er") or a thousand's "k" ("1k") that the catalog sells as a value of its own, or null. */
function soldNumber(n: number, suffix: string, index: CatalogIndex): number | null {
  const value = THOUSANDS.has(suffix) ? n * 1000 : suffix === 'er' && n > 20 ? n : 0;
  return value > 0 && (index.globalValues.has(`l:${value}`) || index.globalValues.has(`n:${value}`)) ? value : null;
}

/** Round 29: "thousand" after a number, as chat writes it (normalised). */
const THOUSAND_WORDS: ReadonlySet<string> = new Set([
  'thousand',
  'tys',
  'tysiecy',
  'tysiace',
  'тысяч',
  'тыс',
  'тысячи',
  'тыщ',
  'мың',
  'мын',
  'mil',
  'tausend',
]);
const THREE_DIGITS = /^\d{3}$/;

/** "15 000" (thousands set apart) or "15 тысяч": the number, when the catalog sells it as a value; else 0. */
function soldThousands(token: string, next: string, index: CatalogIndex): number {
  const value = THREE_DIGITS.test(next) ? Number(token) * 1000 + Number(next) : THOUSAND_WORDS.has(next) ? Number(token) * 1000 : 0;
  return value >= 1000 && (index.globalValues.has(`l:${value}`) || index.globalValues.has(`n:${value}`)) ? value : 0;
}

/** Round 23: what glues a pack's size to its number ("3er", "4pak", "6pack", "3pk"). */
const PACK_SUFFIX = /^(?:er|pak|pack|pk)$/;

const isYear = (n: number): boolean => n >= 1900 && n <= 2099;

/** A bare number next to a marker takes the marker's meaning: "x 2", "2 szt", "size 38", "20 zł", "at 8". */
function settleNumbers(marks: Mark[]): void {
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k] as Mark;
    if (mark.kind !== 'number' || mark.role !== 'bare') continue;
    const prev = marks[k - 1];
    const next = marks[k + 1];
    const before = prev?.kind === 'marker' && prev.end === mark.at ? prev.role : null;
    const after = next?.kind === 'marker' && next.at === mark.end ? next.role : null;
    // Round 28: a year before its word ("2028 года") is no span of time: it stays a number a catalog may sell (a planner's).
    if (before === 'timeMarker' || (after === 'timeUnit' && !isYear(mark.value)) || before === 'priceMarker' || after === 'priceMarker')
      mark.role = 'ignored';
    else if (before === 'sizeMarker' || after === 'sizeMarker') mark.role = 'size';
    else if (before === 'quantityUnit' || after === 'quantityUnit') mark.role = 'quantity';
  }
}

/**
 * "Z2 not 90 but 160 wide", "statt 90 lieber 140 breit": a width word makes the message's bare numbers widths, each naming
 * the one dimension the catalog sells that wide (`w:160` -> "160x200 cm"); the width word is no chatter.
 */
function readWidths(scan: Scan, tokens: readonly string[], index: CatalogIndex): void {
  const words = scan.unknownAt.filter((k) => isWidthWord(tokens[k]));
  if (words.length === 0) return;
  let read = false;
  scan.marks = scan.marks.map((m) => {
    if (m.kind !== 'number' || m.role !== 'bare' || !index.globalValues.has(`w:${m.value}`)) return m;
    read = true;
    return valueMark(m.at, m.end, [`w:${m.value}`]);
  });
  if (!read) return;
  scan.unknownAt = scan.unknownAt.filter((k) => !words.includes(k));
  scan.unknown = scan.unknownAt.length;
}

/** Colour and metal meanings of a value mark (`c:…` keys). */
const conceptsIn = (mark: Mark) => (mark.kind === 'value' ? mark.keys.filter((k) => k.startsWith('c:')).map((k) => k.slice(2)) : []);

/**
 * "białe złoto", "oro blanco", "ақ алтын": two meanings side by side that make one of the catalog's values of two words
 * ("White gold", `k:gold+white`) are that value, in either order.
 */
function mergeCompounds(scan: Scan, index: CatalogIndex): void {
  const { marks } = scan;
  for (let k = 0; k + 1 < marks.length; k++) {
    const a = marks[k] as Mark;
    const b = marks[k + 1] as Mark;
    if (a.kind !== 'value' || b.kind !== 'value' || b.at !== a.end) continue;
    const key = compoundOf(conceptsIn(a), conceptsIn(b), index);
    if (key) marks.splice(k, 2, valueMark(a.at, b.end, [key]));
  }
}

function compoundOf(first: readonly string[], second: readonly string[], index: CatalogIndex): string | null {
  for (const x of first)
    for (const y of second) {
      if (x === y) continue;
      const key = compoundKeyOf([x, y]);
      if (index.globalValues.has(key)) return key;
    }
  return null;
}

/** Shortest part of a glued compound ("weiss|gold", "gelb|gold", "rose|gold"). */
const MIN_COMPOUND_PART = 3;

/** "weißgold", "gelbgold", "rosegold": two meanings glued into one word, when together they are a catalog value. */
function readGluedCompound(token: string, at: number, index: CatalogIndex, scan: Scan): boolean {
  let key = index.gluedSeen.get(token);
  if (key === undefined) {
    key = gluedCompoundKey(token, index);
    if (index.gluedSeen.size >= MAX_GLUED_SEEN) index.gluedSeen.clear();
    index.gluedSeen.set(token, key);
  }
  if (key) scan.marks.push(valueMark(at, at + 1, [key]));
  return key !== null;
}

/** Glued-compound answers remembered per catalog before the memory is emptied. */
const MAX_GLUED_SEEN = 4096;

function gluedCompoundKey(token: string, index: CatalogIndex): string | null {
  for (let k = MIN_COMPOUND_PART; k <= token.length - MIN_COMPOUND_PART; k++) {
    const first = valueConcepts(token.slice(0, k), index);
    if (first.length === 0) continue;
    const key = compoundOf(first, valueConcepts(token.slice(k), index), index);
    if (key) return key;
  }
  return null;
}

function valueConcepts(word: string, index: CatalogIndex): string[] {
  const match = index.rules.words.matchWord(word);
  return match?.entries.filter((e) => e.kind === 'value' && e.concept).map((e) => e.concept as string) ?? [];
}

/** "do you guys …", "can u guys …": a question opener, "you" and "guys" ask the shop's people, not the viewers. */
const SHOP_OPENERS = new Set(['do', 'can', 'will', 'could', 'would', 'are', 'r', 'did', 'have']);
const YOU = new Set(['you', 'u', 'ya']);

function shopAddressed(scan: Scan, tokens: readonly string[]): void {
  if (!SHOP_OPENERS.has(tokens[0] as string) || !YOU.has(tokens[1] as string)) return;
  scan.audienceAt = scan.audienceAt.filter((k) => !(k === 2 && (tokens[k] === 'guys' || tokens[k] === 'all')));
  scan.audience = scan.audienceAt.length > 0;
}
