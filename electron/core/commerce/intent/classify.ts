import type { CatalogIndex, IndexedProduct, OptionRef } from './catalog-index';
import { cyrillicMessage } from './latin-russian';
import { withPackOfPieces } from './packs';
import { codeKey, normalizeText, squeeze, tokenize } from './normalize';
import {
  BENEFICIARY_DETERMINERS,
  BENEFICIARY_PREPOSITIONS,
  codeMark,
  forTheListener,
  MATERIAL_CONCEPTS,
  THEME_CONCEPTS,
  scanMessage,
  type Mark,
  type Scan,
} from './scan';
import { asksAfterSale, firstTopicAsked, HOW_MANY, pickTopic, topicSpans } from './topic';
import { assess, LOW_CONFIDENCE } from './confidence';
import { isBareConfirmation } from './confirm';
import { PRODUCT_NOUNS } from './rules';
import {
  asksWho,
  describes,
  tellsRatherThanAsks,
  tellsThePast,
  toldAPossession,
  toldAPurchase,
  toldAsAPerfect,
  toldInThePast,
} from './statements';
import type { ClaimItem, ClassifyContext, ClassifyResult, OptionValues, Topic } from './types';
import { isAmbiguousUnit, unitOf } from './units';

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
/** "mmm...", "hmmm", "ммм": a hesitation, never the size M (normalising would fold "mmm" into "m"). */
const HESITATION = /(?:^|[\s.,!…])(?:h|х)?(?:m|м){2,}(?=$|[\s.,!…?])/iu;
/** Most messages have no "mm": one indexOf each before the regex. */
const hesitant = (message: string) =>
  (message.includes('mm') || message.includes('мм') || message.includes('MM') || message.includes('ММ')) && HESITATION.test(message);
const HESITATION_ALL = /(^|[\s.,!…])(?:h|х)?(?:m|м){2,}(?=$|[\s.,!…?])/giu;

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
  const asWritten = classifyAsWritten(message, index, context);
  return withPackOfPieces(readInCyrillic(message, asWritten, index, context) ?? asWritten, message, index);
}

const unknownWordsOf = (result: ClassifyResult) =>
  Number(result.reasons?.doubts.find((d) => d.code === 'unknownWords')?.params?.count ?? 0);
const CYRILLIC = /[\u0400-\u04ff]/u;
const ASCII_TEXT = /^[\x20-\x7e\p{Extended_Pictographic}\s]*$/u;
const CYRILLIC_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'kk']);

/**
 * Round 17: Russian typed in Latin letters ("vozmu bezhevyi platok", "kogda otpravite?") is read again in Cyrillic
 * (latin-russian.ts) when words went unknown and one of them (of four letters or more) is a word of the rules or a product's noun in Cyrillic. The
 * Cyrillic reading is kept when it finds a claim, a cancel or a question in Russian or Kazakh with fewer unknown words.
 */
function readInCyrillic(message: string, asWritten: ClassifyResult, index: CatalogIndex, context: ClassifyContext): ClassifyResult | null {
  const unknown = unknownWordsOf(asWritten);
  // Letters of Polish, Spanish or German ("teściowa") say the message is not Russian; so does a claim, cancel or question
  // already read in English, Polish, Spanish or German words.
  if (unknown === 0 || !ASCII_TEXT.test(message)) return null;
  if (asWritten.intent !== 'other' && asWritten.language && !CYRILLIC_LANGUAGES.has(asWritten.language)) return null;
  const cyrillic = cyrillicMessage(message);
  if (!cyrillic) return null;
  const tokens = tokenize(normalizeText(cyrillic));
  // A word of four letters or more: short ones ("pa", "ma") are Kazakh question particles in Cyrillic and anything in Latin.
  const known = tokens.some(
    (t, k) =>
      t.length >= 4 &&
      CYRILLIC.test(t) &&
      (index.rules.words.match(tokens, k) !== null || index.rules.topics.match(tokens, k) !== null || index.namedBy.has(t)),
  );
  if (!known) return null;
  const read = classifyAsWritten(cyrillic, index, context);
  // Read in Cyrillic, the message must be mostly words the rules know ("gotta go make dinner" is no Russian with a "ма").
  const left = unknownWordsOf(read);
  const words = tokens.filter((t) => /\p{L}/u.test(t)).length;
  if (read.intent === 'other' || !read.language || !CYRILLIC_LANGUAGES.has(read.language) || left >= unknown || left * 2 > words)
    return null;
  return { ...read, reason: `read in Cyrillic; ${read.reason}` };
}

function classifyAsWritten(message: string, index: CatalogIndex, context: ClassifyContext): ClassifyResult {
  const read = hesitant(message) ? message.replace(HESITATION_ALL, '$1hmm') : message;
  // Round 21: a viewer's name after "@" is a name, never a rule word ("@mia_k" is no Spanish "mía", "@sam_take" no claim).
  const tokens = tokenize(normalizeText(read.includes('@') ? read.replace(MENTIONED_NAME, ' atname ') : read));
  const scan = scanMessage(tokens, index);
  materialsOfTheTarget(scan, tokens, index, context);
  if (scan.claimWeak && !scan.claim && tokens.length <= 4 && stretchedYes(read, tokens)) exclaimed(scan);
  const example = index.learned.size > 0 ? learnedReading(tokens, scan, index, context) : null;
  if (example) return example;
  if (context.confirming && isBareConfirmation(tokens)) return confirmation(context, scan, index);
  const reply = answerToMention(message, index, context);
  if (reply) return reply;
  alone(tokens, scan);
  addressedToTheShop(tokens, scan, index);
  suitsRatherThanFor(tokens, scan);
  partIsFor(tokens, scan);
  const rollCall = handRaisedToARollCall(tokens, scan);
  adviceToAViewer(message, tokens, scan);
  talkToAViewer(message, tokens, scan, index);
  asksWhichToTake(tokens, scan);
  const firstReading = decide(message, tokens, scan, index, context);
  // Round 28: a roll call is asked of the viewers whatever it names ("who else has big feet like 44? 🙋‍♀️"), unless it asks
  // what only the shop knows.
  const decided =
    rollCall && firstReading.intent === 'question' && !asksTheShop(tokens, index)
      ? other(firstReading.language ? { language: firstReading.language } : {})
      : firstReading;
  const { confidence, reason, reasons } = assess(decided, scan, tokens);
  // "my mom would love this!! white gold 19 for her": a wish exclaimed, then a claim in a sentence of its own.
  if (decided.intent === 'other' && scan.hypothetical && !scan.cancel) {
    const last = lastSentence(message);
    if (last && /!\s*$/u.test(message.slice(0, -last.length))) {
      const claim = classify(last, index, context);
      if (claim.intent === 'order' && claim.confidence >= LOW_CONFIDENCE && claimsAlone(claim, last, index))
        return { ...claim, reason: `a claim after a wish; ${claim.reason}` };
    }
  }
  // Round 22: a claim put off until the buyer is paid is not read again clause by clause.
  if (decided.intent === 'other' && !scan.hypothetical && !scan.cancel && !rollCall && !waitsForMoney(tokens)) {
    const last = lastSentence(message);
    if (last) {
      const claim = classify(last, index, context);
      if (claim.intent === 'order' && claim.confidence >= LOW_CONFIDENCE && claimsAlone(claim, last, index))
        return completedByChatter({ ...claim, reason: `a claim after chatter; ${claim.reason}` }, message.slice(0, -last.length), index);
    }
    // "czarna czy czerwona, obie śliczne": praise after the comma weighs two values, it takes neither.
    // "bluza szara, nie wiem czy L czy XL": a doubt, a negation or a question after the comma leaves the claim open.
    // Round 26: so does a Kazakh perfect after it ("…, былтыр сыйға алғам": what was had before is told, not claimed).
    const doubted =
      scan.questionMark || scan.questionWord || scan.compliment || scan.marks.some((m) => m.kind === 'negation') || toldAsAPerfect(tokens);
    const first = doubted || toAViewer(message, tokens) ? null : firstClause(message, tokens);
    if (first) {
      const claim = classify(first, index, context);
      if (claim.intent === 'order' && claim.confidence >= LOW_CONFIDENCE && claimsAlone(claim, first, index))
        return { ...claim, reason: `a claim before chatter; ${claim.reason}` };
    }
    // Round 22: "white M for my husband he works nights", "la marrón para mi suegra que cumple años": whom the item is
    // for, then a clause about them; what comes before that clause is read alone.
    const forThem = scan.questionMark ? null : beforeAClauseAboutThem(message, tokens, scan);
    if (forThem) {
      const claim = classify(forThem, index, context);
      if (claim.intent === 'order' && claim.confidence >= LOW_CONFIDENCE && claimsAlone(claim, forThem, index))
        return { ...claim, reason: `a claim before a clause about whom it is for; ${claim.reason}` };
    }
    // "por fin volvió la morada, S para mí!", "boah endlich grau wieder da, M für mich!": joy, a comma, then a claim with a
    // claim word or whom it is for; the clause after the last comma is read alone, as a last sentence is.
    const after = scan.claim || scan.claimWeak ? (lastClause(message, tokens) ?? clauseAfterAnd(message, tokens, scan)) : null;
    if (after) {
      const claim = classify(after, index, context);
      // It must name what it takes ("ach ja" after a story names nothing).
      const names = Object.keys(claim.options).length > 0 || claim.items !== undefined;
      if (claim.intent === 'order' && claim.confidence >= LOW_CONFIDENCE && names && claimsByWord(claim))
        return completedByChatter({ ...claim, reason: `a claim after chatter; ${claim.reason}` }, message.slice(0, -after.length), index);
    }
    const variant = after ? null : variantAfterChatter(message, tokens, scan, index, context);
    if (variant) return { ...variant, reason: `a variant after chatter; ${variant.reason}` };
  }
  // The decided object is this call's own (decide() makes it fresh): completed in place, not copied.
  const result = decided as ClassifyResult;
  result.confidence = confidence;
  result.reason = reason;
  result.reasons = reasons;
  return result;
}

/**
 * "verschickt ihr auch nach polen": the viewers' "ihr auch" (you too) begins inside the shop's "verschickt ihr" (do you ship),
 * a topic phrase that started before it; the message asks the shop, it does not talk to the viewers. One audience phrase
 * only, beginning strictly inside a topic phrase of two words or more ("habt ihr auch …", starting together, stays as read).
 */
function addressedToTheShop(tokens: readonly string[], scan: Scan, index: CatalogIndex): void {
  if (!scan.audience || scan.audienceAt.length === 0) return;
  // Round 24: "kann man bei euch auch auf rechnung zahlen": how to pay or how it is sent, asked of "you" with no viewer
  // named, is asked of the shop (only the shop takes the money and sends the parcel).
  if (
    !tokens.includes('atname') &&
    scan.audienceAt.every((k) => SAID_TO_YOU.has(tokens[k] as string)) &&
    SHOP_ONLY.has(pickTopic(tokens, index.rules.topics) ?? '')
  ) {
    scan.audience = false;
    scan.audienceAt = [];
    return;
  }
  const first = Math.min(...scan.audienceAt);
  if (scan.audienceAt.some((k) => k - first >= scan.audienceAt.length)) return;
  for (let i = 0; i < first; i++) {
    const match = index.rules.topics.match(tokens, i);
    if (match && match.length > 1 && i + match.length > first) {
      scan.audience = false;
      scan.audienceAt = [];
      return;
    }
  }
}

/** Round 24: what only the shop does, whoever the message says "you" to. */
const SHOP_ONLY: ReadonlySet<string> = new Set(['payment', 'shipping']);
/** "You" said to several (normalised, with "at" and "too" beside it): bei euch auch, ihr, у вас, вы, u was, wy, сіздер, vosotros, you. */
const SAID_TO_YOU: ReadonlySet<string> = new Set([
  'bei',
  'euch',
  'ihr',
  'auch',
  'у',
  'вас',
  'вы',
  'тоже',
  'u',
  'was',
  'wy',
  'tez',
  'сіздер',
  'сіздерде',
  'vosotros',
  'os',
  'tambien',
  'you',
  'ya',
  'too',
]);

/** Words that say what a product suits, right before "for" (normalised): "good for", "dobre dla", "подойдет для", "va bien para", "gut für". */
const SUITS = new Set([
  'good',
  'ok',
  'okay',
  'suitable',
  'safe',
  'fine',
  'dobre',
  'dobry',
  'dobra',
  'dobrze',
  'odpowiedni',
  'odpowiednie',
  'odpowiednia',
  'подоидет',
  'подходит',
  'подоидут',
  'подходят',
  'годится',
  'хорошо',
  'хороша',
  'хороший',
  'bien',
  'bueno',
  'buena',
  'apto',
  'apta',
  'sirve',
  'sirven',
  'vale',
  'valen',
  'gut',
  'geeignet',
  'passend',
]);
const FOR = new Set(['for', 'dla', 'для', 'para', 'fur']);

/**
 * "serum będzie dobre dla cery naczynkowej", "el sérum va bien para piel seca", "is it good for oily skin": after a word of
 * suitability, "for …" says what the product suits, not whom the buyer takes it for; the scan's beneficiary claim there
 * is dropped (a claim word elsewhere still claims).
 */
function suitsRatherThanFor(tokens: readonly string[], scan: Scan): void {
  if (!scan.claimWeak) return;
  const suited = (m: Mark) =>
    m.kind === 'claim' && m.weak === true && FOR.has(tokens[m.at] as string) && SUITS.has(tokens[m.at - 1] as string);
  if (!scan.marks.some(suited)) return;
  scan.marks = scan.marks.filter((m) => !suited(m));
  const claims = scan.marks.filter((m): m is Extract<Mark, { kind: 'claim' }> => m.kind === 'claim');
  scan.claimWeak = claims.some((m) => m.weak === true);
  scan.claimAt = claims[0]?.at ?? -1;
}

/** A word of suitability right before "for": "będzie dobre dla cery", "подойдет для жирной кожи". */
const suitsSomething = (tokens: readonly string[]) => tokens.some((t, k) => FOR.has(t) && SUITS.has(tokens[k - 1] as string));

/** "me!" said alone in each language (normalised, doubled letters squeezed): the buyer raising a hand for what is on screen. */
const SELF_ALONE = new Set(['me', 'ich', 'я', 'мен', 'yo']);
/**
 * Round 17: "bought!" said alone, the buyer's answer to the host's "sold!" (normalised, doubled letters squeezed). Beside
 * anything else it is a story ("hab ich letztes jahr gekauft"), left as it was.
 */
const BOUGHT_ALONE = new Set(['bought', 'kupione', 'kupiłam', 'kupilam', 'куплено', 'купила', 'алдым', 'comprado', 'comprada', 'gekauft']);
/**
 * A message of one word that is the buyer alone ("ich", "мен!", "я") claims as "me!" and Polish "ja" do. (A bare German
 * "ja" is left as it was: the sets' authors disagree whether a bare yes claims, heldout-4 and heldout-7 say it does.)
 */
function alone(tokens: readonly string[], scan: Scan): void {
  if (tokens.length !== 1 || scan.marks.length > 1) return selfAndAWish(tokens, scan);
  const word = squeeze(tokens[0] as string);
  if ((SELF_ALONE.has(word) || BOUGHT_ALONE.has(word)) && !scan.claim && !scan.cancel) {
    scan.claimWeak = true;
    scan.unknownAt = [];
    scan.unknown = 0;
  }
}

/** Round 26: a bare yes (normalised, squeezed): German "ja", "si", "yes", "tak", "да", "иә". */
const YES_ALONE: ReadonlySet<string> = new Set(['ja', 'si', 'yes', 'yea', 'yeah', 'tak', 'да', 'иә', 'ия']);
/** Turn words that may follow it ("jaaa ok", "jaaa klar"). */
const YES_TURN: ReadonlySet<string> = new Set(['ok', 'okay', 'klar', 'na', 'jasne', 'ладно', 'bueno', 'claro']);
const STRETCHED = /(\p{L})\1\1/u;
const A_WORD = /\p{L}+/u;

/**
 * Round 26: "jaaa", "jaaa 👍", "jaaa klar": a yes stretched out alone (a letter three times as typed) is an exclamation
 * to the chat; every independent set labels it so ("ja" said plainly may still be the Polish "me!").
 */
function stretchedYes(message: string, tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => A_WORD.test(t));
  if (words.length === 0 || words.length > 3 || !YES_ALONE.has(squeeze(words[0] as string))) return false;
  if (!words.slice(1).every((w) => YES_TURN.has(w))) return false;
  return STRETCHED.test(A_WORD.exec(message.toLowerCase())?.[0] ?? '');
}

/** The weak claim of an exclamation goes: its words claim nothing. */
function exclaimed(scan: Scan): void {
  scan.marks = scan.marks.filter((m) => !(m.kind === 'claim' && m.weak));
  scan.claimWeak = false;
  scan.claimAt = -1;
}

/** What a thing is made of: meanings of option values ("Leather", "Steel") that are also what buyers ask about. */
const MATERIALS: ReadonlySet<string> = new Set([...MATERIAL_CONCEPTS].map((c) => `c:${c}`));

/** Round 26: what a product shows or holds ("koty", "горы", "buchweizen"): a value only where that product is meant. */
const THEMES: ReadonlySet<string> = new Set([...THEME_CONCEPTS].map((c) => `c:${c}`));

/** A value mark that only names a theme or a filling ("mój kot", "meine katze"), or a material (`materialOnly`). */
function talkedOfOnly(mark: Mark): boolean {
  if (mark.kind !== 'value') return false;
  let named = false;
  for (const key of mark.keys) {
    if (THEMES.has(key) || MATERIALS.has(key)) named = true;
    else if (!key.startsWith('l:')) return false;
  }
  return named;
}

/** A value mark that only says what something is made of ("skórzany", "болат", "leinen"). */
export function materialOnly(mark: Mark): boolean {
  if (mark.kind !== 'value') return false;
  let material = false;
  for (const key of mark.keys) {
    if (MATERIALS.has(key)) material = true;
    else if (!key.startsWith('l:')) return false;
  }
  return material;
}

/**
 * "pasek stalowy 22mm", "кожаный на 18 мм": a material word is a value of the product the message is about when that
 * product sells it ("Leather", "Steel"); about any other product ("хлопок лучший для лета", "el bolso es de piel") it is
 * the material asked or talked about, as before: its mark goes and the word counts among the unknown (topic) words.
 */
function materialsOfTheTarget(scan: Scan, tokens: readonly string[], index: CatalogIndex, context: ClassifyContext): void {
  if (!scan.marks.some(talkedOfOnly)) return;
  // The products written (each item's) or, with none written, the one on screen.
  const written = scan.marks.flatMap((m) => (m.kind === 'code' ? [m.product] : []));
  // "… und dazu das laken 140x200 leinen": a product named by its noun is written too.
  // A word read as a value is not a product's name ("lederarmband": Leather, for whichever product sells it).
  const read = new Set(scan.marks.flatMap((m) => Array.from({ length: m.end - m.at }, (_, k) => m.at + k)));
  tokens.forEach((token, at) => {
    const named = read.has(at) ? null : index.namedBy.get(token);
    if (named && !written.includes(named)) written.push(named);
  });
  const featured = context.featuredCode ? index.byCode.get(codeKey(context.featuredCode)) : undefined;
  // Round 23: "ремешок силиконовый 20 мм", "das armband in 20 mm silikon" on a watch strap: a noun that names another
  // product ("pasek" a belt, "armband" a bracelet) is the buyer's word for the strap when no code is written and another
  // value said ("20 mm") is one the product on screen sells and the noun's product does not; the screen's product stays.
  if (featured && !written.includes(featured) && nounsYieldToTheScreen(scan, written, featured)) written.push(featured);
  const products = written.length > 0 ? written : featured ? [featured] : [];
  const kept: Mark[] = [];
  let ownerDropped = false;
  for (const mark of scan.marks) {
    const talkedOf = talkedOfOnly(mark);
    // Round 26: "meine katze ist …", "mój kot …": a possessive before a pet (a theme word) is the buyer's own animal, whatever
    // the product sells, and no "mine!" claim (unless the buyer says please: "meine katze 1000 bitte").
    const before = kept[kept.length - 1];
    const owned =
      talkedOf &&
      !scan.polite &&
      !materialOnly(mark) &&
      before?.kind === 'claim' &&
      before.weak === true &&
      before.end === mark.at &&
      POSSESSIVES.has(tokens[before.at] as string);
    if (owned || (talkedOf && mark.kind === 'value' && !mark.keys.some((k) => products.some((p) => p.values.has(k))))) {
      for (let k = mark.at; k < mark.end; k++) scan.unknownAt.push(k);
      if (owned && before) {
        kept.pop();
        scan.unknownAt.push(before.at);
        ownerDropped = true;
      }
      continue;
    }
    kept.push(mark);
  }
  scan.marks = kept;
  if (ownerDropped) {
    const claims = kept.filter((m): m is Extract<Mark, { kind: 'claim' }> => m.kind === 'claim');
    scan.claimWeak = claims.some((m) => m.weak === true);
    scan.claimAt = claims[0]?.at ?? -1;
  }
  scan.unknownAt.sort((a, b) => a - b);
  scan.unknown = scan.unknownAt.length;
}

/**
 * Products named by their nouns only (no code written), and a value mark other than a material that the product on
 * screen sells and none of them does: the nouns are the buyer's words for the screen's product.
 */
function nounsYieldToTheScreen(scan: Scan, named: readonly IndexedProduct[], featured: IndexedProduct): boolean {
  if (named.length === 0) return false;
  for (const mark of scan.marks) if (mark.kind === 'code') return false;
  for (const mark of scan.marks) {
    if (mark.kind === 'number') {
      // A bare number ("20" of "20 mm" before it is read as the width) by the number the product's values hold.
      const key = `n:${mark.value}`;
      if (featured.values.has(key) && named.every((p) => !p.values.has(key))) return true;
      continue;
    }
    if (mark.kind !== 'value' || materialOnly(mark)) continue;
    if (!mark.keys.some((k) => featured.values.has(k))) continue;
    if (named.every((p) => !mark.keys.some((k) => p.values.has(k)))) return true;
  }
  return false;
}

/** "where", "gdzie", "где", "қайда", "dónde", "wo" (normalised). */
const WHERE = new Set(['where', 'wheres', 'gdzie', 'где', 'қаида', 'каида', 'donde', 'wo']);

/**
 * "ech, gdzie moje 20 lat i rozmiar XS", "ay dónde quedó mi M de los 20": "where" with a possessive just after it asks
 * after what the buyer once had; the possessive is no weak claim word there.
 */
const POSSESSIVES = new Set([
  'my',
  'moj',
  'moja',
  'moje',
  'moi',
  'мои',
  'мой',
  'моя',
  'мое',
  'моё',
  'менің',
  'мениң',
  'mi',
  'mis',
  'mein',
  'meine',
  'meinen',
]);

function missesOwn(tokens: readonly string[], scan: Scan): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!WHERE.has(tokens[k] as string)) continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (POSSESSIVES.has(tokens[j] as string)) return true;
  }
  for (const m of scan.marks) {
    if (m.kind !== 'claim' || !m.weak) continue;
    for (let k = Math.max(0, m.at - 3); k < m.at; k++) if (WHERE.has(tokens[k] as string)) return true;
  }
  return false;
}

/** "one", "jedna", "один", "біреуі", "uno"/"otro", "eins" (normalised): one item each. */
const ONE_EACH = new Set([
  'one',
  'another',
  'jedna',
  'jeden',
  'jedno',
  'drugi',
  'druga',
  'drugie',
  'один',
  'одна',
  'одно',
  'второй',
  'вторую',
  'біреуі',
  'біреу',
  'екіншісі',
  'uno',
  'una',
  'otro',
  'otra',
  'eins',
  'einen',
  'eine',
  'noch',
]);
const FOR_SOMEONE = /^(?:for|dla|для|para|pa|fur|мне|маган|маған)$|(?:ге|ға|ке|қа|е|у|ю)$/u;

/**
 * "uno para mí y otro para mi hermana", "one for me and one for my mum", "біреуі маған біреуі әпкеме": an item said once,
 * then "one for …" twice or more, is that many items. Returns the count of such "one for …" (0 when under two).
 */
function onePerPerson(tokens: readonly string[]): number {
  let count = 0;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (ONE_EACH.has(tokens[k] as string) && FOR_SOMEONE.test(tokens[k + 1] as string)) count++;
  }
  return count >= 2 ? count : 0;
}

/** "but", "ale", "но", "бірақ", "pero", "aber" (normalised): what follows the comma takes the claim back or conditions it. */
const BUT = new Set([
  'but',
  'ale',
  'lecz',
  'но',
  'однако',
  'бірақ',
  'pero',
  'aber',
  'doch',
  'unless',
  'chyba',
  'если',
  'si',
  'wenn',
  'if',
  'jesli',
  'егер',
]);

/**
 * "3 mugs please, office secret santa 😂", "3 tassen bitte, wir sind ne wg": a claim before the first comma, then chatter
 * about why. The clause before the comma is read alone (as a last sentence is), unless what follows opens with "but" or "if".
 */
function firstClause(message: string, tokens: readonly string[]): string | null {
  const comma = clauseComma(message, false);
  if (comma <= 0) return clauseBeforeAnEmoji(message, tokens);
  const cut = tokens.indexOf(',');
  if (cut < 0 || BUT.has(tokens[cut + 1] as string) || tokens.slice(cut + 1).some((t) => BUT.has(t))) return null;
  return message.slice(0, comma);
}

/** Round 26: a comma between two digits is a decimal one ("9,90", "6,1"): no clause ends there. */
const isDigitAt = (message: string, at: number) => at >= 0 && at < message.length && isDigitCode(message.charCodeAt(at));
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The first (or last) comma of a message that breaks a clause, as the tokenizer reads it; -1 if none. */
function clauseComma(message: string, last: boolean): number {
  let at = last ? message.lastIndexOf(',') : message.indexOf(',');
  while (at >= 0 && isDigitAt(message, at - 1) && isDigitAt(message, at + 1))
    at = last ? (at > 0 ? message.lastIndexOf(',', at - 1) : -1) : message.indexOf(',', at + 1);
  return at;
}

/** Round 26: words of a habit (normalised): always, usually, zawsze, zwykle, всегда, обычно, siempre, immer, әрқашан… */
const HABIT: ReadonlySet<string> = new Set([
  'always',
  'usually',
  'zawsze',
  'zwykle',
  'всегда',
  'обычно',
  'siempre',
  'normalmente',
  'immer',
  'meistens',
  'normalerweise',
  'әрқашан',
  'үнемі',
  'әдетте',
]);
/** Wishing words a weak claim may be (normalised): "always wanted" is no habit. */
const WISHES: ReadonlySet<string> = new Set([
  'want',
  'wanted',
  'wanna',
  'chce',
  'chcialam',
  'chcialem',
  'хочу',
  'хотела',
  'хотел',
  'quiero',
  'queria',
  'will',
  'mochte',
  'wollte',
]);
/** "immer noch", "always still": still, not a habit. */
const STILL_AFTER: ReadonlySet<string> = new Set(['noch', 'still']);

/** Round 26: a strong claim word within two words of a habit word ("zawsze biorę", "nehm immer", "i always take"). */
function habitual(tokens: readonly string[], scan: Scan): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!HABIT.has(tokens[k] as string) || STILL_AFTER.has(tokens[k + 1] as string)) continue;
    // A weak claim word right beside it too ("i always take", "siempre pido"), unless it wishes ("always wanted").
    const near = (m: Mark) =>
      m.kind === 'claim' && (m.weak ? Math.abs(m.at - k) === 1 && !WISHES.has(tokens[m.at] as string) : Math.abs(m.at - k) <= 2);
    if (scan.marks.some(near)) return true;
  }
  return false;
}

/** Round 26: what a price is said for: for, für, por, za, за. */
const PRICE_FOR: ReadonlySet<string> = new Set(['for', 'fur', 'por', 'za', 'за']);

/** Round 26: a message opening with a price ("25 euros", "89 zł") followed by "for …": what something costs, said. */
function pricedRemark(tokens: readonly string[], scan: Scan): boolean {
  const [first, second] = scan.marks;
  return (
    first?.kind === 'number' &&
    first.at === 0 &&
    second?.kind === 'marker' &&
    second.role === 'priceMarker' &&
    second.at === 1 &&
    PRICE_FOR.has(tokens[second.end] as string)
  );
}

/** Round 24: the first emoji in a message. */
const AN_EMOJI = /\p{Extended_Pictographic}/u;
const A_LETTER = /\p{L}/u;

/**
 * Round 24: "mesh one 22mm for my husband 🙏 his birthday is sunday": with no comma, an emoji between a claim and more words
 * closes the clause as a comma does.
 */
function clauseBeforeAnEmoji(message: string, tokens: readonly string[]): string | null {
  const emoji = AN_EMOJI.exec(message);
  if (!emoji || emoji.index <= 0 || !A_LETTER.test(message.slice(emoji.index))) return null;
  const cut = tokens.findIndex((t) => AN_EMOJI.test(t));
  if (cut < 0 || tokens.slice(cut + 1).some((t) => BUT.has(t))) return null;
  return message.slice(0, emoji.index);
}

/**
 * A pronoun or relative opening a clause about whom an item is for (normalised): he, she, who; ona, on, która; он, она,
 * которая; que, quien, ella; er, sie, der, die.
 */
const ABOUT_THEM = new Set([
  'he',
  'she',
  'hes',
  'shes',
  'they',
  'theyre',
  // Round 23: "she'll", "he'll", "they'll" without their apostrophe (read only right after whom the item is for).
  'shell',
  'hell',
  'theyll',
  'who',
  'whos',
  'on',
  'ona',
  'oni',
  'ktora',
  'ktory',
  'он',
  'она',
  'они',
  'которая',
  'которыи',
  'que',
  'quien',
  'ella',
  'er',
  'sie',
  'der',
  'die',
]);

/**
 * Round 22: "polished 15 for my sister she's at work", "серый L для мужа он мёрзнет": a value or code, then whom it is for
 * ("for" and a noun, a possessive between), then a pronoun or relative about them opening a clause: the message up to
 * that clause, or null. The raw text is cut at the word whose tokens begin the clause.
 */
function beforeAClauseAboutThem(message: string, tokens: readonly string[], scan: Scan): string | null {
  for (let b = 1; b + 3 < tokens.length; b++) {
    if (!BENEFICIARY_PREPOSITIONS.has(tokens[b] as string)) continue;
    const noun = BENEFICIARY_DETERMINERS.has(tokens[b + 1] as string) ? b + 2 : b + 1;
    const opener = clauseAboutThem(tokens, noun, scan);
    if (opener < 0) continue;
    if (scan.marks.some((m) => m.at <= noun && noun < m.end && m.kind !== 'claim')) continue;
    if (!scan.marks.some((m) => (m.kind === 'value' || m.kind === 'code') && m.end <= b)) continue;
    let count = 0;
    for (const word of message.matchAll(/\S+/gu)) {
      if (count === opener) return message.slice(0, word.index).trimEnd();
      count += tokenize(normalizeText(word[0])).length;
      if (count > opener) return null;
    }
    return null;
  }
  return null;
}

/** Round 23: words the pronoun may follow after whom the item is for: "in law", "please" ("for my mother in law pls she'll …"). */
const MAX_WORDS_BEFORE_ABOUT_THEM = 4;

/**
 * Where the clause about whom the item is for opens, up to four words after the noun that is them (none of them a value
 * or a code), or -1; the pronoun read without its apostrophe ("she's", "she'll").
 */
function clauseAboutThem(tokens: readonly string[], noun: number, scan: Scan): number {
  for (let at = noun + 1; at <= noun + MAX_WORDS_BEFORE_ABOUT_THEM && at + 1 < tokens.length; at++) {
    const token = tokens[at] as string;
    if (ABOUT_THEM.has(token.includes("'") ? token.replace(/'/g, '') : token)) return at;
    if (scan.marks.some((m) => m.at <= at && at < m.end && (m.kind === 'value' || m.kind === 'code'))) return -1;
  }
  return -1;
}

/** The clause after the last comma, when the message has one and no "but"/"if" follows it. */
function lastClause(message: string, tokens: readonly string[]): string | null {
  const comma = clauseComma(message, true);
  const cut = tokens.lastIndexOf(',');
  if (comma <= 0 || cut < 0 || BUT.has(tokens[cut + 1] as string)) return null;
  const rest = message.slice(comma + 1);
  return rest.trim() === '' ? null : rest;
}

/** A claim that rests on a claim word (strong or weak: "S para mí") or a written code. */
function claimsByWord(claim: ClassifyResult): boolean {
  const grounds = claim.reasons?.grounds ?? [];
  return grounds.some((g) => CLAIM_GROUNDS.has(g.code) || g.code === 'weakClaimWord');
}

/**
 * "omg purple restocked 😍 S for me", "фиолетовая появилась 😍 S моя": a claim read after chatter leaves an option open
 * that the chatter named on the same product; the chatter's value completes it (one item, nothing negated there).
 */
function completedByChatter(claim: ClassifyResult, chatter: string, index: CatalogIndex): ClassifyResult {
  if (claim.items || !claim.code || claim.correction) return claim;
  const product = index.byCode.get(codeKey(claim.code));
  if (!product || Object.keys(claim.options).length >= product.optionNames.length) return claim;
  const scan = scanMessage(tokenize(normalizeText(chatter)), index);
  if (scan.cancel || scan.marks.some((m) => m.kind === 'negation' || m.kind === 'negationAfter')) return claim;
  const named = resolveAll(scan.marks, { product, code: product.code }, index);
  const options = { ...claim.options };
  for (const [name, value] of Object.entries(named)) if (options[name] === undefined) options[name] = value;
  return { ...claim, options };
}

/**
 * A sentence ends at ". ", "! ", "? ", ") ", ": " ("decided: skirt purple S"), an emoji or laughter ("restocked lol two
 * packs of the 250g") followed by more words.
 */
const SENTENCE_BREAK =
  /(?:[.!?…):]+|\p{Extended_Pictographic}+|(?<=\S\s+)(?:lol|lmao|xd|(?:ha){2,}|(?:he){2,}|(?:ja){2,}|(?:je){2,}|(?:ха){2,}х?|(?:ах){2,}а?))\s+(?=\S)/giu;
const CLAIM_GROUNDS = new Set(['claimWord', 'codeWritten']);

/**
 * A last sentence claims on its own with a claim word or a written code; or, since round 7, with a beneficiary ("sneakers 40
 * for me", "сумку чёрную мне") or the product's values and not one word it does not know ("tote black please", "venga, M
 * negro"): the chatter before it is an apology or a greeting, the sentence a claim as it would be alone.
 */
function claimsAlone(claim: ClassifyResult, clause: string, index: CatalogIndex): boolean {
  const grounds = claim.reasons?.grounds ?? [];
  if (grounds.some((g) => CLAIM_GROUNDS.has(g.code))) return true;
  // "pls stop showing me gold": words the rules do not know make it chatter still (one is a turn word: "venga, una taza para mí").
  // Round 17: a word that names the claimed product ("wrap" of a "Wrap dress", "bodysuit") is no such word.
  const doubts = claim.reasons?.doubts ?? [];
  const unknown = Number(doubts.find((d) => d.code === 'unknownWords')?.params?.count ?? 0) - namingWords(claim, clause, index);
  if (doubts.some((d) => d.code === 'typo')) return false;
  if (grounds.some((g) => g.code === 'weakClaimWord')) return unknown <= 1;
  const named = Object.keys(claim.options).length > 0 || (claim.quantity ?? 1) > 1;
  return unknown === 0 && named && grounds.some((g) => g.code === 'productOnScreen');
}

/** How many of the clause's unknown words name the claimed product: its noun or a word of its title ("wrap dress red S"). */
function namingWords(claim: ClassifyResult, clause: string, index: CatalogIndex): number {
  const product = claim.code ? index.byCode.get(codeKey(claim.code)) : undefined;
  if (!product) return 0;
  const tokens = tokenize(normalizeText(clause));
  const scan = scanMessage(tokens, index);
  // As the claim was read: a material the product is not sold in ("linen" of a "Linen shirt") is an unknown word there.
  materialsOfTheTarget(scan, tokens, index, { featuredCode: claim.code });
  return scan.unknownAt.filter((k) => {
    const token = tokens[k] as string;
    return index.namedBy.get(token) === product || product.titleWords.has(token);
  }).length;
}

/**
 * Round 17: "ну всё, уболтали, свечу инжир 400г", "bueno ya me converci, la plateada de 50": a decision said in chatter,
 * then, after the last comma, a whole variant of one product (each of its options, or two values) and nothing the rules
 * do not know. Not when anything in the message asks, praises, negates, supposes or talks to other viewers.
 */
function variantAfterChatter(message: string, tokens: readonly string[], scan: Scan, index: CatalogIndex, context: ClassifyContext) {
  if (scan.questionMark || scan.questionWord || scan.compliment || scan.audience || scan.hypothetical) return null;
  if (scan.marks.some((m) => m.kind === 'negation') || toAViewer(message, tokens)) return null;
  const tail = lastClause(message, tokens);
  if (!tail) return null;
  const claim = classify(tail, index, context);
  if (claim.intent !== 'order' || claim.confidence < LOW_CONFIDENCE || claim.items || claim.correction) return null;
  const product = claim.code ? index.byCode.get(codeKey(claim.code)) : undefined;
  const named = Object.keys(claim.options).length;
  if (!product || named === 0 || named < Math.min(2, product.optionNames.length)) return null;
  return claimsAlone(claim, tail, index) ? claim : null;
}

/**
 * "Всем привет! давно смотрю ваши эфиры) рубашку эльку синюю возьму", "hallo ihr lieben, bin grad erst
 * reingekommen 🙈 C5 in 38 für mich": greetings and a story, then the claim in a sentence of its own. The last
 * sentence is read alone; when it claims with a claim word or a written code, the chatter before it is no doubt.
 */
function lastSentence(message: string): string | null {
  let end = -1;
  for (const match of message.matchAll(SENTENCE_BREAK)) end = (match.index ?? 0) + match[0].length;
  return end > 0 && end < message.length ? message.slice(end) : null;
}

/**
 * "@anna_shop yes XXL black", "@mod да, чёрную": a yes to someone who asked, then what the buyer takes; so is the buyer
 * raising a hand ("@host я! ваза 20 угольная", "@host yooo, aros plata").
 */
const MENTION_YES =
  /^\s*@[\p{L}\p{N}_.]+[\s,:]+(?:yes|yep|yeah|yup|tak|да|ага|иә|ия|ja|jap|jo|sí|si|ok|okay|me+|yo+|я|мен|ich)(?=[\s,!.]|$)[\s,!.]*/iu;

/**
 * A reply to a moderator or the shop that says yes and names what the buyer takes: the claim after
 * the yes, read as if written alone (only when that reads as an order: "@anna yes, see you" is chat).
 */
function answerToMention(message: string, index: CatalogIndex, context: ClassifyContext): ClassifyResult | null {
  if (!message.includes('@')) return null;
  const yes = MENTION_YES.exec(message);
  if (!yes || yes[0].length >= message.length) return null;
  const rest = classify(message.slice(yes[0].length), index, context);
  if (rest.intent !== 'order' || rest.correction || Object.keys(rest.options).length === 0) return null;
  return { ...rest, reason: `a yes to a mention; ${rest.reason}` };
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
    reasons: { grounds: [{ code: 'learned' }], doubts: [] },
  };
  if (example.language) result.language = example.language;
  return result;
}

/**
 * The product and option values a message names, whatever it is ("@anna, L in red?", "hmm not sure
 * about M"): what a later "yes" from the buyer confirms.
 */
export function namedInMessage(
  message: string,
  index: CatalogIndex,
  featuredCode: string | null,
): { code: string | null; options: OptionValues } {
  const scan = scanMessage(tokenize(normalizeText(message)), index);
  const codeMark = scan.marks.find((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
  const target = codeMark ? { product: codeMark.product, code: codeMark.product.code } : featuredTarget(index, featuredCode);
  return { code: target.code, options: resolveAll(scan.marks, target, index) };
}

/** "yes" / "tak" / "да" / "иә" right after the buyer was asked or hesitated: a claim of the product in context. */
function confirmation(context: ClassifyContext, scan: Scan, index: CatalogIndex): ClassifyResult {
  const confirming = context.confirming!;
  const target = featuredTarget(index, confirming.code ?? context.featuredCode);
  const language = pickLanguage(scan);
  const result: ClassifyResult = {
    intent: 'order',
    code: target.code,
    options: { ...(confirming.options ?? {}) },
    quantity: 1,
    topic: null,
    confidence: confirming.why === 'asked' ? 0.85 : 0.75,
    reason: confirming.why === 'asked' ? 'confirmation after the host asked this buyer' : 'confirmation after the buyer hesitated',
    reasons: { grounds: [{ code: confirming.why === 'asked' ? 'confirmationAsked' : 'confirmationHesitated' }], doubts: [] },
  };
  if (language) result.language = language;
  return result;
}

function decide(message: string, tokens: readonly string[], scan: Scan, index: CatalogIndex, context: ClassifyContext): Decided {
  const codeMark = scan.marks.find((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
  // "socks 41-45 black" with nothing on screen: a product noun naming one catalog product is what the buyer points at.
  const featured = (!codeMark && !context.featuredCode && firstNamedProduct(tokens, index)) || featuredTarget(index, context.featuredCode);
  const language = pickLanguage(scan);
  const firstCode: Target | null = codeMark ? { product: codeMark.product, code: codeMark.product.code } : null;
  const questionish =
    scan.questionMark ||
    scan.questionParticle ||
    (scan.questionStart && !isExclamation(tokens, index, scan.compliment)) ||
    asksAtTheEnd(tokens, scan, index) ||
    asksAfterACondition(tokens, scan) ||
    // "przyszła paczka, dzięki!": an exclamation tells; "!" is no token, so the message says it.
    (!message.includes('!') && (asksByTopic(tokens, scan, index) || asksBetween(tokens, scan, index))) ||
    (!message.includes('!') && asksWhichOfTwo(tokens, scan, firstCode ?? featured, index)) ||
    (scan.questionWord && !scan.claim && suitsSomething(tokens)) ||
    (!message.includes('!') && asksWhatItHas(tokens, scan)) ||
    (!message.includes('!') && asksVerbFirst(tokens, scan, index)) ||
    doubtsTheFit(tokens, index) ||
    asksIfAllowed(tokens) ||
    endsWithATag(tokens, scan, index) ||
    (!message.includes('!') && asksWhichWithin(tokens, scan, index)) ||
    (!message.includes('!') && asksByIntonation(tokens, scan)) ||
    // "термос сколько часов держит горячим", "а когда следующий эфир", "на 46 размер какую брать": how long it keeps the heat,
    // when the show is on, which to take for a size.
    (scan.questionWord &&
      !scan.claim &&
      !scan.cancel &&
      (keepsTemperature(tokens) || whichForASize(tokens, scan) || (namesTheShow(tokens) && tokens.length <= MAX_WORDS_ABOUT_THE_SHOW))) ||
    // "19,99 für nen kilo kaffee ist doch fair": a judgement beside a weight tells.
    (scan.questionWord && givesBodyMeasures(tokens, scan) && !tellsRatherThanAsks(tokens, scan.unknownAt));
  const base = language ? { language } : {};
  // "anyone know if they ship to norway": the shop's shipping or payment, asked of whoever knows, is the shop's to answer.
  if (scan.audience && !scan.claim && !scan.cancel && !firstCode && asksShopThroughViewers(tokens, index))
    return question(tokens, scan, index, featured, base);
  // "didnt catch the price of the wallet", "no me quedó claro el precio": what the buyer missed hearing is asked again.
  if (missedWhatWasSaid(tokens) && pickTopic(tokens, index.rules.topics) !== null)
    return question(tokens, scan, index, firstCode ?? featured, base);
  // "35 for a belt?? i paid double at the outlet", "25 zł za skarpetki? w galerii połowę taniej": a price said back, then
  // compared with elsewhere, reacts to it; it asks nothing.
  if (!scan.claim && !codeMark && reactsToAPrice(tokens, scan)) return other(base);
  // "i wear 39 in most shoes which one should i get", "ich trag meistens 41, welche soll ich nehmen": the size the buyer wears,
  // then "which", asks which size to take.
  if (!scan.cancel && wearsThenAsksWhich(tokens, scan))
    return { ...question(tokens, scan, index, firstCode ?? featured, base), options: {}, topic: 'size' };

  // "mam 57 cm obwodu głowy, który rozmiar", "kopfumfang 58, nehm ich da M oder L?": a measure of the buyer's body asked
  // about asks the size, whatever claim word the doubt carries.
  // "my wrist is like 16cm which size would fit": a conditional after the question word is the question's, no wish.
  const askedConditional = scan.questionAt >= 0 && tokens.findIndex(counterfactual) > scan.questionAt && !tokens.some((t) => IFS.has(t));
  if (!scan.cancel && (!scan.hypothetical || askedConditional) && asksSizeForBody(tokens, scan, index, firstCode ?? featured))
    return { ...question(tokens, scan, index, firstCode ?? featured, base), topic: 'size' };
  // "why would i need another bag lol 😂", "тағы бір худи не үшін керек маған 😂": "why" laughed at, with no code or value, is
  // a joke about the buyer's own wants.
  if (!codeMark && asksWhyLaughing(tokens, scan)) return other(base);
  // "why is everything i like sold out in my size lol", "warum ist immer alles schon weg wenn ich reinschau haha": a "why"
  // laughed at is a lament, not a question the shop answers.
  const why = WHY.has(tokens[0] as string) || (tokens[0] === 'por' && tokens[1] === 'que');
  if (questionish && !firstCode && why && tokens.some((t) => LAUGHTER.has(t))) return other(base);
  // "jak wygram w lotka to biorę pół sklepu", "when i win the lottery then i'll take it all": "if/when …, then …" supposes.
  // Its opener is no question word there.
  if (!scan.hypothetical && !scan.questionMark && conditionalFrame(tokens)) return other(base);
  // Round 22: "when i get paid i'll take the brown", "si cobro la quincena me llevo", "жалақы түссе аламын": put off until paid.
  if (!scan.cancel && (scan.claim || scan.claimWeak) && waitsForMoney(tokens)) return other(base);
  if (scan.hypothetical && !scan.cancel) {
    // "does anyone know if it shrinks?": asked of the other viewers.
    if (questionish && (scan.audience || mentionsAViewer(message)) && !firstCode) return other(base);
    if (!questionish) return other(base);
    const asked = question(tokens, scan, index, firstCode ?? featured, base);
    // Round 21: "falls ich heute bestelle, wann ist er da": "when" after a condition on buying asks when it comes.
    if (asked.topic === 'other' && asksAfterACondition(tokens, scan) && tokens.slice(scan.questionAt).some((t) => WHEN.has(t)))
      return { ...asked, topic: 'shipping' };
    return asked;
  }
  // "M7 wie medium lol", "ахах M7 как размер": a code compared to something, laughed at, is a joke about its name.
  if (codeMark && !scan.claim && jokesAboutCode(tokens, codeMark.end)) return other(base);
  const replacing = scan.cancel ? cancelThenClaim(scan, index, firstCode, tokens, featured) : null;
  if (replacing) return { ...replacing, ...base };
  // "B3 black not red, cancel the red": a correction said first, then the cancel of what it replaced.
  const beforeCancel = scan.cancel ? { ...scan, marks: scan.marks.filter((m) => m.at < scan.cancelAt) } : null;
  const correctedFirst = beforeCancel ? readCorrection(tokens, beforeCancel, index, firstCode, questionish, featured) : null;
  if (
    correctedFirst?.correction &&
    Object.keys(correctedFirst.correction.from).length > 0 &&
    scan.marks.some((m) => isAttribute(m) && m.at < scan.cancelAt)
  )
    return { ...correctedFirst, ...base };
  // "cancel culture is wild lol", "mein flug wurde storniert, super": a cancel word in a story about something else.
  if (
    scan.cancel &&
    (cancelsSomethingElse(scan, tokens, firstCode) ||
      ordersCancelToldAsStory(scan, tokens, firstCode) ||
      cancelToldOfThePast(message, scan, tokens, firstCode))
  )
    return other(base);
  // "красота какая, хоть и не моё", "lovely, though not mine": a claim word negated after a concession judges, it takes nothing back.
  if (!scan.cancel && negatesClaim(scan.marks, tokens.length, scan.unknown) && concedes(tokens, scan.marks)) return other(base);
  // Round 15, ORDERS: "dziś nie kupuję", "hoy no compro": not shopping today takes back no claim.
  if (ordersNotShoppingToday(scan, tokens, firstCode)) return other(base);
  if (scan.cancel || negatesClaim(scan.marks, tokens.length, scan.unknown)) {
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
  // "i have 2 of those mugs", "mam już trzy", "у меня две такие": what the buyer owns, said with no claim word or code, is told;
  // "got mine in orange last year 😍": so is what they did before.
  // "красное лучше смотрится": a comparison with no claim word or code is a remark too.
  // "hab mich verschrieben, 85 meinte ich", "ошиблась, …": a slip owned in the past tense corrects the claim, it tells no story.
  const past =
    // Round 24: a Kazakh perfect tells what was done, a code written beside it or not.
    (!scan.claim && !scan.correctionCue && toldAsAPerfect(tokens)) ||
    // Round 27: so is a purchase told in the first-person past, with more told after it ("kupiłam mamie B3 …, wyglądała …").
    (!scan.claim && !scan.correctionCue && toldAPurchase(tokens, scan.unknownAt)) ||
    // Round 30: so is what the buyer or someone close has or wears ("B5 … już mam od was, polecam", "менде E4 қара бар, …"),
    // unless a count is asked for ("2x d9 xs bo mam dwa yorki") or a value is negated ("у меня 14й а не 15й" corrects).
    (!scan.claim &&
      !scan.claimWeak &&
      !scan.correctionCue &&
      toldAPossession(tokens, scan.unknownAt) &&
      !scan.marks.some((m) => m.kind === 'negation' || (m.kind === 'number' && m.role === 'quantity'))) ||
    (!codeMark &&
      ((!scan.correctionCue && tellsThePast(tokens)) ||
        // A product's noun is no verb, whatever it ends in ("esterilla" is no Polish past "-ła").
        (!scan.claim &&
          ((!scan.correctionCue &&
            toldInThePast(tokens, scan.nounAt.length > 0 ? scan.unknownAt.filter((k) => !scan.nounAt.includes(k)) : scan.unknownAt)) ||
            (comparesOnly(tokens, scan.marks) && !scan.claimWeak)))));
  if (!questionish && ((!scan.claim && !codeMark && !scan.correctionCue && ownsAlready(tokens)) || past)) return other(base);
  // Round 26: "25 euros por uno de 1000 esta tirado", "89 zł for one of those": a price, then what it buys, is a remark on
  // the price (no claim word, no code written).
  if (!questionish && !scan.claim && !codeMark && pricedRemark(tokens, scan)) return other(base);
  // Round 26: "zawsze biorę S, a potem żałuję", "i always take M in shirts": a claim word beside "always" tells a habit.
  if (!questionish && (scan.claim || scan.claimWeak) && !codeMark && habitual(tokens, scan)) return other(base);
  // "30 ml starczyło mi na dwa miesiące", "50 мл маған үш айға жетті": how long something lasted, with no claim word or code,
  // tells of its use; the count is of months.
  if (!questionish && !scan.claim && !codeMark && countsADuration(tokens, scan)) return other(base);
  // "ana te queda mejor la amarilla", "Маша, тебе красное больше идёт": "better" said to a viewer compares on them, it
  // corrects no order of the buyer's.
  const toViewer = scan.audience && !scan.claim && !codeMark;
  const correction = toViewer ? null : readCorrection(tokens, scan, index, firstCode, questionish, featured);
  if (correction) return { ...correction, ...base };
  const values = countValues(scan, firstCode ?? featured, index);
  const askedAfter = questionish ? claimThenAsk(tokens, scan, index, firstCode, featured) : -1;
  // "me and my 47 mugs": a number no claim makes (no quantity, none of the product's values).
  const strayNumber = scan.marks.some(
    (m) =>
      m.kind === 'number' &&
      m.role === 'bare' &&
      m.value > MAX_BARE_QUANTITY &&
      !resolveAttribute(m, firstCode ?? featured, index) &&
      !soldByANamedProduct(m, tokens, index),
  );
  if (
    askedAfter >= 0 ||
    (!past &&
      !(asksWho(tokens) && !codeMark) &&
      !(!codeMark && !scan.claim && missesOwn(tokens, scan)) &&
      isClaim(
        scan,
        codeMark !== undefined,
        featured.code !== null,
        questionish,
        values,
        strayNumber,
        describes(tokens),
        tokens,
        scan.praiseEmoji && !codeMark && praisesAFullVariant(scan, firstCode ?? featured, index),
      )) ||
    (!questionish && claimUnit(scan, index, featured, tokens))
  ) {
    // "sold M, does it run small?": what follows the question word is asked, not claimed.
    const asked = scan.questionMark && scan.claimAt >= 0 && scan.questionAt > scan.claimAt;
    const claimed =
      askedAfter >= 0 ? scan.marks.filter((m) => m.at < askedAfter) : asked ? scan.marks.filter((m) => m.at < scan.questionAt) : scan.marks;
    const onScreen = assembleItems(
      claimed,
      featured,
      index,
      pointsFirst(scan, claimed, featured) || screenBeforeCut(claimed, featured, index),
    );
    const named = namedProducts(tokens, claimed, index);
    const byName = named ? assembleItems(named, featured, index, screenBeforeCut(named, featured, index)) : null;
    // "көк көйлекті L" (a word for a dress and a shirt) on the blue shirt: a noun whose product lacks the values said names less than the screen.
    const drafts = byName && resolvedOptions(byName) >= resolvedOptions(onScreen) ? byName : onScreen;
    const items = countedList(bothValues(drafts, tokens), claimed, message).map(toItem);
    const [first] = items;
    const result: Decided = {
      intent: 'order',
      code: first?.code ?? null,
      options: first?.options ?? {},
      quantity: items.length === 1 && (first?.quantity ?? 1) === 1 ? Math.max(1, onePerPerson(tokens)) : (first?.quantity ?? 1),
      topic: null,
      ...base,
    };
    if (items.length > 1) result.items = items;
    return result;
  }
  // "girls, what size are you wearing?", "@anna did you get yours?": a question to other viewers, not the shop.
  if (questionish && (scan.audience || mentionsAViewer(message)) && !firstCode) return other(base);
  // Round 20: "@madina сен Z2 алып па едің, қалай", "@masha ты брала B3? как сидит": with a code too, a question put to a
  // viewer by name and "you" asks what they know of it, unless it asks what only the shop knows (price, stock, shipping, payment).
  if (questionish && firstCode && mentionsAViewer(message) && tokens.some((t) => YOU_ALONE.has(t)) && !asksTheShop(tokens, index))
    return other(base);
  // Round 27: "która z was nosi E4, …?", "кто из вас брал K9?", "wer von euch hat das A12?": asked of whichever viewers own
  // it, a code written or not, unless it asks what only the shop knows.
  if (questionish && firstCode && ofYouAll(tokens) && !asksTheShop(tokens, index)) return other(base);
  // Round 28: "девочки кто брал K5 …?", "guys who got the Z66 …?": the chat called first, then "who", asks the same.
  if (questionish && firstCode && scan.audienceAt[0] === 0 && tokens.some((t) => WHO.has(t)) && !asksTheShop(tokens, index))
    return other(base);
  // "wie süß die gelben sind 😍", "какой уютный цвет": praise shaped as a question asks about nothing the shop sells.
  if (questionish && scan.compliment && !scan.questionMark && pickTopic(tokens, index.rules.topics) === null) return other(base);
  // "is this stream ever gonna end haha": a question about nothing the shop sells, laughed at, is a joke.
  if (
    questionish &&
    !firstCode &&
    tokens.some((t) => LAUGHTER.has(t) || LAUGHING_FACES.has(t)) &&
    !scan.marks.some((m) => m.kind === 'value' && !toldBeforeTheQuestion(tokens, scan, m)) &&
    pickTopic(tokens, index.rules.topics) === null
  )
    return other(base);
  // "Tom, where did you go?", "Оля, ты куда делась?": a question to someone called by name, about nothing the shop sells, is theirs.
  if (questionish && !firstCode && calledByName(message, tokens, scan) && pickTopic(tokens, index.rules.topics) === null)
    return other(base);
  // "price 2000? joking 😂", "5 млн тұрады ма? қалжыңдаймын", "kostet 5000? spaß": a question the buyer calls a joke asks nothing.
  if (questionish && !firstCode && tokens.some((t) => JOKES.has(t))) return other(base);
  // "back at 8:30?", "lunch at 1pm?", "obiad o 14?", "сағат 2де кездесеміз бе?": a time asked about, with nothing the shop
  // sells or answers named, is chat about the day.
  if (questionish && !firstCode && asksOnlyTheTime(tokens, scan, index)) return other(base);
  if (questionish) return question(tokens, scan, index, firstCode ?? featured, base);
  return other(base);
}

/**
 * Round 21 (heldout-19's kinds): "wenn ich heute bestelle, wann ist es da", "if i order today when would it arrive": a
 * condition on buying that opens the message, then a question word after its claim word, asks (the hypothetical branch
 * then reads the topic).
 */
function asksAfterACondition(tokens: readonly string[], scan: Scan): boolean {
  return (
    IFS.has(tokens[0] as string) &&
    scan.questionAt >= 2 &&
    scan.claimAt < scan.questionAt &&
    !scan.cancel &&
    ASKED_AFTER_A_CONDITION.has(tokens[scan.questionAt] as string)
  );
}

/** Round 21: "when" asked (normalised). */
const WHEN = new Set(['when', 'kiedy', 'когда', 'қашан', 'кашан', 'cuando', 'wann']);
/** Round 21: what a condition on buying goes on to ask: when, how much, how long (normalised). */
const ASKED_AFTER_A_CONDITION = new Set([...WHEN, 'how', 'ile', 'сколько', 'қанша', 'канша', 'cuanto', 'cuanta', 'wie']);

/** "If" in six languages (normalised): a condition, whatever question word it carries. */
const IFS = new Set(['if', 'jesli', 'jezeli', 'gdyby', 'если', 'егер', 'si', 'wenn', 'falls']);

/** "Why" opening a message, in six languages (normalised). */
const WHY = new Set(['why', 'czemu', 'dlaczego', 'почему', 'чего', 'неге', 'nege', 'porque', 'warum', 'wieso', 'weshalb']);

/** Words that call what was said a joke (normalised). */
const JOKES = new Set([
  'joking',
  'jk',
  'kidding',
  'jking',
  'zart',
  'zartuje',
  'zartem',
  'шучу',
  'шутка',
  'шуткую',
  'калжын',
  'қалжың',
  'қалжыңдаимын',
  'қалжыңдаймын',
  'калжындаимын',
  'әзіл',
  'азил',
  'broma',
  'bromeo',
  'coña',
  'cona',
  'spass',
  'spaß',
  'scherz',
  'witz',
]);

/** "8:30", "14.00", "9pm", "13uhr", "2де": a clock time in one token. */
const CLOCK_TIME = /^(?:\d{1,2}[:.]\d{2}\p{L}*|\d{1,2}(?:am|pm|uhr|h|де|да|те|та))$/u;

/** The show itself and what comes next in it (normalised): a time asked about the stream is the shop's to answer. */
const THE_SHOW = new Set([
  'live',
  'stream',
  'show',
  'next',
  'again',
  'kolejny',
  'kolejna',
  'nastepny',
  'nastepna',
  'transmisja',
  'эфир',
  'стрим',
  'трансляция',
  'следующий',
  'продолжение',
  'тікелеи',
  'келесі',
  'directo',
  'vivo',
  'siguiente',
  'sendung',
  'weiter',
  'nachste',
  'nachster',
  'wieder',
]);

function asksOnlyTheTime(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  if (scan.claim || scan.claimWeak || scan.cancel || !scan.questionMark) return false;
  if (tokens.some((t) => THE_SHOW.has(t))) return false;
  if (scan.marks.some((m) => m.kind === 'value' || m.kind === 'code')) return false;
  if (pickTopic(tokens, index.rules.topics) !== null) return false;
  if (tokens.some((t) => CLOCK_TIME.test(t))) return true;
  const { marks } = scan;
  return marks.some(
    (m, k) =>
      m.kind === 'number' &&
      ((marks[k - 1]?.kind === 'marker' && (marks[k - 1] as { role: string }).role === 'timeMarker' && marks[k - 1]?.end === m.at) ||
        (marks[k + 1]?.kind === 'marker' && (marks[k + 1] as { role: string }).role === 'timeUnit' && marks[k + 1]?.at === m.end)),
  );
}

/** Words that ask which or what kind, inside a clause (normalised): "на какой обхват", "do jakiej cery", "für welchen handumfang". */
const WHICH = new Set([
  'which',
  'jaki',
  'jaka',
  'jakie',
  'jakiej',
  'jakiego',
  'jakim',
  'ktory',
  'ktora',
  'ktore',
  'ktorej',
  'ktorego',
  'какои',
  'какая',
  'какое',
  'какие',
  'какого',
  'какую',
  'каким',
  'каком',
  // Kazakh "қандай" also exclaims ("қандай сәнді"): only "қай" (which) here.
  'қаи',
  'cual',
  'cuales',
  'welche',
  'welcher',
  'welches',
  'welchen',
  'welchem',
]);
/** Spanish "qué" loses its accent: only after a preposition or before "tipo" is it a question ("para qué mano"). */
const WHICH_AFTER = new Set(['para', 'de', 'en', 'con', 'a']);

/**
 * "Q2 на какой обхват ладони M", "кофе какой обжарки", "do jakiej cery jest to serum", "Q2 la M para qué mano es", "Q2 für
 * welchen handumfang ist M": a word asking which or what kind inside the message, about the product
 * (a code, a value, a pointing word or its noun), asks. Never beside a claim, cancel, praise or supposition word, nor in an exclamation ("patrz jakie buty!!").
 */
function asksWhichWithin(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  if (scan.claim || scan.claimWeak || scan.cancel || scan.compliment || scan.hypothetical || scan.audience) return false;
  // "на какую талию 95", "for which wrist is 19": which body a size is for is about the product's fit.
  const body = tokens.some(
    (t, k) =>
      WHICH.has(t) && (BODY_PARTS.has(tokens[k + 1] as string) || pickTopic(tokens.slice(k + 1, k + 2), index.rules.topics) === 'size'),
  );
  const about = body || scan.deictic || scan.nounAt.length > 0 || scan.marks.some((m) => m.kind === 'code' || m.kind === 'value');
  if (!about) return false;
  return tokens.some((t, k) => WHICH.has(t) || (t === 'que' && (WHICH_AFTER.has(tokens[k - 1] as string) || tokens[k + 1] === 'tipo')));
}

/**
 * Spanish asks yes or no by intonation alone: a predicate of suitability, ability or what comes with the product (normalised
 * phrases), near the start ("el vestido vale para una boda", "la funda nórdica es apta para secadora", "la cartera trae
 * cremallera", "el pañuelo se puede lavar en casa") asks — it is no claim, and its "para …" is what it suits, not whom it is
 * for. Not with a claim, cancel or praise word, thanks, a past tense or a judgement ("me sirvió para la boda").
 */
const INTONATION_PREDICATES: readonly (readonly string[])[] = [
  ['vale', 'para'],
  ['valen', 'para'],
  ['sirve', 'para'],
  ['sirven', 'para'],
  ['es', 'apto'],
  ['es', 'apta'],
  ['son', 'aptos'],
  ['son', 'aptas'],
  ['apto', 'para'],
  ['apta', 'para'],
  ['trae'],
  ['traen'],
  ['viene', 'con'],
  ['vienen', 'con'],
  ['incluye'],
  ['se', 'puede'],
  ['se', 'pueden'],
  ['aguanta'],
  ['va', 'bien', 'para'],
  ['cabe'],
  ['caben'],
  ['van', 'bien', 'para'],
];
const MAX_INTONATION_START = 4;
function asksByIntonation(tokens: readonly string[], scan: Scan): boolean {
  if (scan.claim || scan.cancel || scan.compliment || scan.hypothetical || scan.audience) return false;
  let predicate = false;
  for (let k = 0; k <= MAX_INTONATION_START && k < tokens.length && !predicate; k++)
    if (INTONATION_STARTS.has(tokens[k] as string)) predicate = INTONATION_PREDICATES.some((p) => p.every((w, j) => tokens[k + j] === w));
  if (!predicate) return false;
  // "va bien para": the predicate's own "bien" judges nothing.
  const told = tokens.map((t) => (t === 'bien' ? '' : t));
  return !(tokens.some((t) => THANKS.has(t)) || tellsRatherThanAsks(told, scan.unknownAt) || tellsThePast(tokens));
}
const INTONATION_STARTS = new Set(INTONATION_PREDICATES.map((p) => p[0] as string));

/** Tags that turn a statement into a question when they close it (normalised). */
const TAGS = new Set([
  'right',
  'innit',
  'prawda',
  'tak',
  'правда',
  'да',
  'же',
  'ведь',
  'иә',
  'ия',
  'verdad',
  'cierto',
  'no',
  'oder',
  'gell',
  'ne',
  'richtig',
]);

/**
 * "the scarf is silk right", "portfel jest ze skóry prawda", "шарф шёлковый же", "орамал жібек қой иә", "la cartera es de piel
 * no", "das portemonnaie ist aus echtem leder oder": a statement about a topic the shop answers, closed by a tag, asks.
 * Never with a claim, cancel or praise word (those tags confirm: "biorę czarną, tak").
 */
function endsWithATag(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  if (tokens.length < 3 || scan.claim || scan.claimWeak || scan.cancel || scan.compliment) return false;
  let last = tokens.length - 1;
  while (last > 0 && (tokens[last] === '?' || PICTOGRAPH.test(tokens[last] as string))) last--;
  if (!TAGS.has(tokens[last] as string) || (tokens[last - 1] === ',' && !tokens.some((t) => SUPPOSES.has(t)))) return false;
  return pickTopic(tokens.slice(0, last), index.rules.topics) !== null;
}

/** "is paying by card an option", "is express delivery possible", "are returns ok": the English yes/no inversion, closed by what it asks. */
const INVERTED = new Set(['is', 'are']);
const ALLOWED = new Set(['possible', 'option', 'allowed', 'ok', 'okay', 'available', 'doable']);
function asksIfAllowed(tokens: readonly string[]): boolean {
  return tokens.length >= 3 && INVERTED.has(tokens[0] as string) && ALLOWED.has(tokens[tokens.length - 1] as string);
}

/** A capitalised word no rule knows, then a comma, opens the message: someone is called by name ("Kasia, …", "Айгүл, …"). */
const CALLED = /^\s*\p{Lu}\p{Ll}+\s*,/u;
function calledByName(message: string, tokens: readonly string[], scan: Scan): boolean {
  return tokens[1] === ',' && scan.unknownAt[0] === 0 && CALLED.test(message) && !scan.marks.some((m) => isAttribute(m));
}

/** The Kazakh ablative ("from …") after a stem of at least three letters: "нетфликстен", "залдан". */
const KAZAKH_ABLATIVE = /^[\u0400-\u04ff]{3,}(?:дан|ден|тан|тен|нан|нен)$/u;

/** Stems of what a buyer gives up from an order in Kazakh: the order, the list, the booking, the cart, "this". */
const KAZAKH_ORDER_STEMS = ['тапсырыс', 'тізім', 'брон', 'себет', 'осы', 'мына', 'бұл', 'сол', 'заказ'];
/** Concepts a story gives up as a habit ("кофеден бас тарттым", I gave up coffee): no sign of a product by themselves. */
const HABITS = new Set(['coffee']);
/** The first letters of every product noun's Cyrillic words ("худи", "кроссовк", "сөмке"), to tell a product from "нетфликс". */
const NOUN_STARTS = new Set(
  Object.entries(PRODUCT_NOUNS)
    .filter(([concept]) => !HABITS.has(concept))
    .flatMap(([, words]) => words)
    .map((w) => normalizeText(w))
    .filter((w) => /^[\u0400-\u04ff]{4}/u.test(w))
    .map((w) => w.slice(0, 4)),
);
/** What follows a German verb that opens a question: an article or a pronoun ("läuft die …", "kippt der …", "macht ihr …"). */
const AFTER_GERMAN_VERB = new Set(['der', 'die', 'das', 'den', 'dem', 'ihr', 'man', 'es', 'sie', 'er', 'du']);
const GERMAN_FINITE = /^[a-z]{3,}t$/u;
const GERMAN_PLURAL_FINITE = /^[a-z]{3,}en$/u;

/**
 * German asks by putting the verb first: "läuft die mütze beim waschen ein", "kippt die vase leicht", "hält die farbe", "macht
 * ihr versand am wochenende". A word no rule knows ending in -t (a finite verb), then an article or pronoun, in a German
 * message about a topic or the product, asks; not with a claim, cancel, praise, audience, supposition, a judgement or a
 * past ("sieht die gut aus").
 */
function asksVerbFirst(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  if (scan.claim || scan.claimWeak || scan.cancel || scan.compliment || scan.audience || scan.hypothetical) return false;
  if (tokens.length < 3 || tokens.length > MAX_WORDS_OF_AN_ALTERNATIVE + 2 || scan.unknownAt[0] !== 0) return false;
  const verb = tokens[0] as string;
  // A plural verb ("kommen die socken … an", "reichen die bohnen …") asks only before "die" and the product's noun: "nehmen
  // sie …" asks a favour.
  const plural = tokens[1] === 'die' && GERMAN_PLURAL_FINITE.test(verb) && (scan.nounAt.includes(2) || scan.deicticAt.includes(2));
  if (!(plural || (GERMAN_FINITE.test(verb) && AFTER_GERMAN_VERB.has(tokens[1] as string))) || pickLanguage(scan) !== 'de') return false;
  const about = scan.nounAt.length > 0 || scan.deicticAt.some((k) => k > 1) || pickTopic(tokens, index.rules.topics) !== null;
  return about && !tellsRatherThanAsks(tokens, scan.unknownAt) && !tellsThePast(tokens);
}

/** "has" in six languages (normalised): what a product has (a pocket, a lid) or whether a variant is there. */
const HAS = new Set(['has', 'have', 'ma', 'maja', 'есть', 'бар', 'tiene', 'tienen', 'lleva', 'llevan', 'hat', 'haben']);
const MAX_HAS_AT = 3;

/** Where "has" stands after the product named as its owner, or -1: "torba ma …", "la taza lleva …", "у кружки есть …", "кружканың … бар ма". */
function ownerHasAt(tokens: readonly string[], scan: Scan): number {
  for (let k = 1; k <= MAX_HAS_AT && k < tokens.length; k++) {
    if (!HAS.has(tokens[k] as string)) continue;
    for (let j = 0; j < k; j++) if (ownerAt(tokens, scan, j)) return k;
  }
  return kazakhHasAtTheEnd(tokens, scan);
}

/**
 * "torba ma w środku kieszonkę na klucze", "la bolsa tiene bolsillo interior", "la taza lleva tapa", "der beutel hat ein
 * innenfach": the product, then "has", then a part no value names asks whether it has it (yes or no by intonation). No value
 * may be named (that is a variant asked: stock), and no claim, cancel, praise, remark to viewers, supposition, thanks or
 * story.
 */
function asksWhatItHas(tokens: readonly string[], scan: Scan): boolean {
  if (scan.claim || scan.claimWeak || scan.cancel || scan.compliment || scan.audience || scan.hypothetical) return false;
  const at = ownerHasAt(tokens, scan);
  // "die tasse hat einen henkel": an article after "has" is no count.
  if (scan.marks.some((m) => m.kind === 'value' || (m.kind === 'number' && !(m.value === 1 && m.at === at + 1)))) return false;
  if (at < 0 || !scan.unknownAt.some((k) => k > at)) return false;
  if (tokens.some((t) => THANKS.has(t) || YESTERDAY.has(t) || LAUGHTER.has(t)) || tellsThePast(tokens)) return false;
  // Polish and Russian past endings ("-ło", "-ла") are no Spanish nouns ("bolsillo").
  const language = pickLanguage(scan);
  return language === 'es' || language === 'de' || !toldInThePast(tokens, scan.unknownAt);
}

/** A part of the product asked after ("в сумке есть карман", "кружканың қақпағы бар ма"): "has" after its owner, a word no rule knows beside it, and no stock word but "has" itself. */
function partAsked(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  const at = ownerHasAt(tokens, scan);
  if (at < 0 || !scan.unknownAt.some((k) => k !== at && !scan.deicticAt.includes(k) && !scan.nounAt.includes(k) && k > 0)) return false;
  const rest = tokens.map((t, k) => (k === at || (tokens[k - 1] === 'бар' && k === at + 1) ? '' : t));
  return pickTopic(rest, index.rules.topics) === null;
}

/** "орамалдан", "худиден", "тапсырыстан", "осыдан": an ablative of something the shop sells or of the order itself. */
function namesWhatIsSold(ablative: string): boolean {
  const stem = ablative.slice(0, -3);
  return KAZAKH_ORDER_STEMS.some((s) => stem.startsWith(s)) || NOUN_STARTS.has(stem.slice(0, 4));
}

/** Unknown words that make a cancel word part of a story when nothing points at an order. */
const MIN_UNKNOWN_AROUND_OTHER_CANCEL = 3;

/**
 * A cancel word with an object no rule knows right after it ("cancel culture", "anuluję netflixa", "отмена қылды"),
 * among this much chatter, with no code, value, product word, claim word or word for the buyer's order, cancels
 * something else.
 */
function cancelsSomethingElse(scan: Scan, tokens: readonly string[], firstCode: Target | null): boolean {
  // "cancel this", "anuluj to": a pointing word right after the cancel word points at the product ("cancel culture in this chat" does not).
  const points = scan.deicticAt.some((k) => k >= scan.cancelEnd && k <= scan.cancelEnd + 1);
  // Round 16: "my" before what was cancelled, "me" before the verb ("mi marido me canceló la tarjeta") claim nothing here.
  const claimsBesidesTheObject = scan.marks.some(
    (m) => m.kind === 'claim' && (m.weak !== true || (m.at !== scan.cancelEnd && m.end !== scan.cancelAt)),
  );
  if (firstCode || points || scan.claim || (scan.claimWeak && claimsBesidesTheObject)) return false;
  if (scan.marks.some((m) => isAttribute(m)) || tokens.some((t) => ORDER_WORDS.has(t))) return false;
  // Round 28: "снимите с меня бутылочку", "отмените с меня флакон": the buyer named right after the verb is whose order it is.
  if (tokens[scan.cancelEnd] === 'с' && FROM_THE_BUYER.has(tokens[scan.cancelEnd + 1] as string)) return false;
  // "нетфликстен бас тарттым", "спорт залдан бас тарттым": in Kazakh what is given up stands before the verb, in the
  // ablative; a word no rule knows there is something else than the buyer's order.
  const before = tokens[scan.cancelAt - 1];
  if (before !== undefined && scan.unknownAt.includes(scan.cancelAt - 1) && KAZAKH_ABLATIVE.test(before) && !namesWhatIsSold(before))
    return true;
  // "жоқ, бұл вазаны енді алмаймын": otherwise a noun of a product sold is what the buyer gives up.
  if (scan.nounAt.length > 0) return false;
  if (scan.unknown < MIN_UNKNOWN_AROUND_OTHER_CANCEL) return false;
  // "die bahn hat meinen zug storniert", "my gym class got cancelled": the object may come before a participle too, after
  // an auxiliary ("my husband says cancel it" still cancels).
  // With no auxiliary, only a one-word cancel closing its clause ("бүгін ештеңе алмаймын 🙈").
  const after = tokens[scan.cancelEnd];
  const closes = scan.cancelEnd - scan.cancelAt === 1 && (after === undefined || after === ',' || PICTOGRAPH.test(after));
  const passive =
    scan.cancelAt > 0 &&
    scan.unknownAt.includes(scan.cancelAt - 1) &&
    (closes || tokens.slice(0, scan.cancelAt).some((t) => AUXILIARIES.has(t)));
  // What was cancelled, past "my", "la", "mój" ("i canceled my netflix", "me canceló la tarjeta").
  let object = scan.cancelEnd;
  while (OBJECT_DETERMINERS.has(tokens[object] as string)) object++;
  return (object > 0 && scan.unknownAt.includes(object)) || passive;
}

/** Round 28: "с меня" / "с нас" after a Russian cancel verb: taken off the buyer's order (normalised). */
const FROM_THE_BUYER = new Set(['меня', 'нас']);

/** Possessives and articles before what a cancel word cancels (normalised). */
const OBJECT_DETERMINERS = new Set([
  'my',
  'our',
  'his',
  'her',
  'the',
  'a',
  'mi',
  'mis',
  'la',
  'el',
  'los',
  'las',
  'moj',
  'moja',
  'moje',
  'moją',
  'moja',
  'мою',
  'мой',
  'мои',
  'meine',
  'meinen',
  'den',
  'die',
  'das',
]);

/** Perfect and passive auxiliaries (normalised): "hat … storniert", "wurde abgesagt", "got cancelled", "został odwołany". */
const AUXILIARIES = new Set([
  'hat',
  'haben',
  'wurde',
  'wurden',
  'ist',
  'got',
  'was',
  'were',
  'has',
  'have',
  'been',
  'zostal',
  'zostala',
  'zostaly',
  'был',
  'была',
  'было',
  'были',
  'fue',
  'ha',
  'han',
  'me',
  'nam',
  'мне',
  'нам',
]);

/** "not sure if", "nie wiem czy", "не знаю", "no sé si", "weiß nicht ob" (normalised, as token runs): a doubt. */
const DOUBTS: readonly (readonly string[])[] = [
  ['not', 'sure', 'if'],
  ['not', 'sure', 'whether'],
  ['not', 'sure', 'the'],
  ['unsure', 'if'],
  ['no', 'idea', 'if'],
  ['dunno', 'if'],
  ['idk', 'if'],
  ['nie', 'wiem', 'czy'],
  ['nie', 'jestem', 'pewna', 'czy'],
  ['nie', 'jestem', 'pewien', 'czy'],
  ['не', 'знаю'],
  ['не', 'уверена'],
  ['не', 'уверен'],
  ['білмеимін'],
  ['білмеймін'],
  ['no', 'se', 'si'],
  ['no', 'estoy', 'segura', 'si'],
  ['no', 'estoy', 'seguro', 'si'],
  ['weiss', 'nicht', 'ob'],
  ['keine', 'ahnung', 'ob'],
  ['nicht', 'sicher', 'ob'],
];

/**
 * "not sure if the M will fit broad shoulders", "no sé si la 39 me quedará con pie ancho", "weiß nicht ob 41 bei breiten
 * füßen passt": a doubt about how something fits asks about the size, with no question word or mark.
 */
const DOUBT_STARTS = new Set(DOUBTS.map((d) => d[0] as string));

function doubtsTheFit(tokens: readonly string[], index: CatalogIndex): boolean {
  const doubts = tokens.some((t, k) => DOUBT_STARTS.has(t) && DOUBTS.some((d) => d.every((w, j) => tokens[k + j] === w)));
  return doubts && pickTopic(tokens, index.rules.topics) === 'size';
}

/** Height and weight words (normalised) and a number glued to a body unit ("130lbs", "65kg"). */
const BODY = new Set([
  'kg',
  'kilo',
  'kilos',
  'lbs',
  'lb',
  'кг',
  'рост',
  'вес',
  'бои',
  'боиым',
  'бойым',
  'салмағым',
  'салмагым',
  'mido',
  'peso',
  'wzrost',
  'waze',
  'height',
  'weight',
  'tall',
  'wiege',
  'groß',
]);
const BODY_UNIT = /^\d+(?:[.,]\d+)?(?:kg|lbs?|кг)$/u;

/** "im 170 cm 65 kg what would u recommend", "mido 1,70 y peso 65, qué talla": a question beside the buyer's height or weight asks the size. */
function givesBodyMeasures(tokens: readonly string[], scan: Scan): boolean {
  return (
    tokens.some((t) => BODY.has(t) || (t.charCodeAt(0) <= 57 && BODY_UNIT.test(t))) ||
    scan.marks.some((m) => m.kind === 'value' && m.keys.some((k) => /^u:\d+(?:\.\d+)?(?:kg|lbs?)$/.test(k)))
  );
}

/** Parts of the body a size is measured on, in six languages (normalised once): head, hand, palm, wrist, waist, foot, neck. */
const BODY_PARTS: ReadonlySet<string> = new Set(
  [
    'head',
    'hand',
    'hands',
    'palm',
    'wrist',
    'waist',
    'chest',
    'bust',
    'foot',
    'feet',
    'neck',
    'finger',
    'głowa',
    'głowy',
    'głowę',
    'obwód',
    'obwodu',
    'dłoń',
    'dłoni',
    'nadgarstek',
    'nadgarstka',
    'talia',
    'talii',
    'stopa',
    'stopy',
    'szyja',
    'szyi',
    'голова',
    'головы',
    'голову',
    'ладонь',
    'ладони',
    'запястье',
    'запястья',
    'талия',
    'талию',
    'шею',
    'стопу',
    'ногу',
    'талии',
    'стопа',
    'стопы',
    'шея',
    'шеи',
    'обхват',
    'бас',
    'басым',
    'басымның',
    'алақан',
    'алақаным',
    'білек',
    'білегім',
    'белім',
    'табаным',
    'мойным',
    'cabeza',
    'mano',
    'manos',
    'palma',
    'muñeca',
    'cintura',
    'pie',
    'pies',
    'cuello',
    'kopf',
    'kopfumfang',
    'handumfang',
    'handgelenk',
    'taille',
    'fuß',
    'füße',
    'hals',
  ].map((w) => normalizeText(w)),
);

/**
 * The buyer's body measured (a number beside a body part, height or weight: "57 cm obwodu głowy", "алақаным 8 см",
 * "kopfumfang 58") in a message that asks (a question mark, a question word or particle) about sizes (a size word or two
 * sizes of the product as alternatives): which size to take. A claim said as a measure with no question stays a claim.
 */
function asksSizeForBody(tokens: readonly string[], scan: Scan, index: CatalogIndex, target: Target): boolean {
  if (!(scan.questionMark || scan.questionWord || scan.questionParticle) || missesOwn(tokens, scan)) return false;
  if (!tokens.some((t) => t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57)) return false;
  if (!tokens.some((t) => BODY_PARTS.has(t)) && !givesBodyMeasures(tokens, scan)) return false;
  return pickTopic(withoutSizeMarkers(tokens, scan.marks), index.rules.topics) === 'size' || sizeAlternatives(scan.marks, target, index);
}

/** "like", "jak", "как", "сияқты", "como", "wie", "sounds like" (normalised): what a code is compared to. */
const LIKE = new Set(['like', 'jak', 'как', 'сиякты', 'сияқты', 'como', 'wie', 'brzmi', 'sounds', 'звучит']);

/** A code, then within two words a comparison, in a message that laughs: a joke about the code's name ("G2 sounds like the esports team lol"). */
function jokesAboutCode(tokens: readonly string[], codeEnd: number): boolean {
  if (!tokens.some((t) => LAUGHTER.has(t))) return false;
  for (let k = codeEnd; k <= codeEnd + 2 && k < tokens.length; k++) if (LIKE.has(tokens[k] as string)) return true;
  return false;
}

/** Words for the buyer's order, cart or reservation (normalised): a cancel naming one cancels the order. */
const ORDER_WORDS = new Set([
  'order',
  'orders',
  'mine',
  'cart',
  'basket',
  'list',
  'reservation',
  'zamowienie',
  'zamowienia',
  'koszyk',
  'koszyka',
  'rezerwacja',
  'rezerwacji',
  'listy',
  'заказ',
  'заказа',
  'заказы',
  // typed in Latin letters, as chat writes Russian and Kazakh without a Cyrillic keyboard
  'zakaz',
  'zakaza',
  'zakazy',
  'zakazymdy',
  'заказымды',
  'бронь',
  'брони',
  'мое',
  'моё',
  'корзины',
  'списка',
  'тапсырыс',
  'тапсырысымды',
  'тапсырысым',
  'брон',
  'броньды',
  'себеттен',
  'pedido',
  'reserva',
  'carrito',
  'lista',
  'bestellung',
  'reservierung',
  'warenkorb',
  'liste',
  'all',
  'everything',
  'wszystko',
  'все',
  'всё',
  'барлығын',
  'бәрін',
  'todo',
  'alles',
]);

/** A message this short that names a topic asks about it even with no question word or mark ("shipping to canada", "цена сыворотки"). */
const MAX_WORDS_OF_A_TOPIC_ASK = 7;

/**
 * Buyers ask by naming what they want to know: a topic noun or a verb addressed to the shop ("price on the dress",
 * "wysyłacie do czech", "отправляете в грузию", "zahlung per paypal möglich"), with no question word and no mark.
 * A short message naming a topic, with no claim, cancel, praise, remark to viewers or supposition, asks. With a
 * variant named it asks only whether that variant is left: a stock word after every value ("T3 purple S still
 * left", "белые 36-40 остались"); any other topic beside values is a claim's business.
 */
/** Token k is inside a value of several tokens, after its first ("150 на 200": "на", "200"). */
const insideValue = (scan: Scan, k: number) => scan.marks.some((m) => m.kind === 'value' && m.at < k && k < m.end);
/** Token k is part of a mark. */
const inAMark = (scan: Scan, k: number) => scan.marks.some((m) => m.at <= k && k < m.end);

/** Round 30: a price word (one to three tokens) that ends the message after the last value. */
function closesWithAPrice(tokens: readonly string[], last: number, lastValue: number, topics: CatalogIndex['rules']['topics']): boolean {
  for (let k = Math.max(lastValue, last - 2); k <= last; k++) {
    const match = topics.match(tokens, k);
    if (match !== null && k + match.length - 1 === last && match.entries.some((e) => e.topic === 'price')) return true;
  }
  return false;
}

function asksByTopic(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  // "скидку сделаете если возьму два", "si compro dos me hacen descuento": a condition on a deal asks about the deal.
  if (scan.hypothetical) return !scan.cancel && !scan.audience && asksAboutADeal(tokens, scan, index);
  if (scan.claim || scan.cancel || scan.compliment || scan.audience || scan.correctionCue) return false;
  // "przyszła paczka, dzięki!", "thanks for the fast shipping": an exclamation or thanks tells, it does not ask.
  // "sold out fast yesterday": what happened yesterday is told, not asked.
  if (timesAndPrices(scan) > 0 || tokens.some((t) => THANKS.has(t) || YESTERDAY.has(t))) return false;
  let words = 0;
  let last = -1;
  // "пододеяльник 150 на 200 серый ещё в наличии": a value said in several tokens is one word.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as string;
    if (t === ',' || PICTOGRAPH.test(t) || insideValue(scan, k)) continue;
    words++;
    last = k;
  }
  if (words > MAX_WORDS_OF_A_TOPIC_ASK) return false;
  const { topics } = index.rules;
  // Topic words are no rule words: the scan counts them unknown; here they are what the message is about.
  const covered = topicWords(tokens, topics);
  // "T3 w M w kolorze pomarańczowym jest", "юбка M фиолетовая есть": "there is" closing the values asks whether they are left.
  const existsAfter = EXISTS.has(tokens[last] as string) && scan.marks.some((m) => m.kind === 'value' && m.end === last);
  if (existsAfter) covered.add(last);
  if (covered.size === 0) return false;
  const chatterAt = scan.unknownAt.filter((k) => !covered.has(k));
  // "shipping was quick last time", "cena uczciwa", "курьер только что приехал": a past tense or a judgement tells
  // ("zostały", "остались" are topic words: what is left, not a story).
  if (tellsRatherThanAsks(tokens, chatterAt)) return false;
  const chatter = chatterAt.length;
  if (chatter > MAX_UNKNOWN_IN_A_TOPIC_ASK) return false;
  // "C5 in 42 still available": a number the written code sells as a size names its variant as a value does.
  const written = scan.marks.find((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
  const sold = (m: Mark) =>
    m.kind === 'number' &&
    m.role !== 'quantity' &&
    written !== undefined &&
    resolveAttribute(m, { product: written.product, code: written.product.code }, index) !== null;
  // "knittert das leinen stark", "czy len się gniecie": a material word asks about the material, even of a product sold in it.
  const names = (m: Mark) => (m.kind === 'value' && !materialOnly(m)) || sold(m);
  const lastValue = scan.marks.reduce((end, m) => (m.kind === 'code' || names(m) ? Math.max(end, m.end) : end), 0);
  // "әдетте 38 киемін", "бізде түнгі 12": a number with no variant named is a count or a time told, not asked.
  if (scan.marks.some((m) => m.kind === 'number' && m.role !== 'quantity') && !scan.marks.some(names)) return false;
  // "менде мұндай үш кружка бар", "у меня уже три": what the buyer has is told.
  if (ownsAlready(tokens)) return false;
  // Round 23: a code alone with its topic ("B44 price", "T41 цена", "C52 бағасы") asks as the topic alone does.
  if (lastValue > 0 && (scan.marks.some(names) || scan.marks.some((m) => m.kind !== 'code'))) {
    // A variant must be named ("үш кружка бар" counts mugs at home; it names none), and whether it is left asked
    // before or after it ("zostały jeszcze żółte 30", "T3 purple S still left").
    // "one more brown pls", "noch eine braune bitte": a count or a please asks for one more, not whether one is left.
    if (!scan.marks.some(names) || scan.claimWeak || scan.polite) return false;
    if (scan.marks.some((m) => m.kind === 'number' && m.role === 'quantity')) return false;
    // With a code the stock word follows the variant ("T3 purple S still left"; "die tasse und noch K9 braun" claims),
    // or a stock phrase of two words or more stands between the code and the variant ("M7 still available in red").
    const code = scan.marks.find((m) => m.kind === 'code');
    // "price on the khaki", "cena za granatową", "цена на синий", "preis für den grauen": a price named first asks it of the
    // variant the values name (a material first names the product: "seidentuch marine", "leather wallet black").
    // Round 24: so does a price named first, then a written code ("price on U4 long", "цена на B44 20 мм").
    const start = OPENERS.has(tokens[0] as string) ? 1 : 0;
    const opening = topics.match(tokens, start);
    if (opening?.entries.some((e) => e.topic === 'price') && !scan.marks.some((m) => m.at < start + opening.length)) return true;
    // Round 30: so does a price word closing the values ("павербанк 26800 сұр бағасы", "coffee beans 500 g price").
    if (closesWithAPrice(tokens, last, lastValue, topics)) return true;
    const from = code ? lastValue : 0;
    if (existsAfter || (from < tokens.length && pickTopic(tokens.slice(from), topics) === 'stock')) return true;
    const firstValue = scan.marks.find((m) => names(m) && code && m.at > code.end)?.at ?? -1;
    if (!code || firstValue < 0) return false;
    const between = tokens.slice(code.end, firstValue);
    return pickTopic(between, topics) === 'stock' && topicSpans(between, 0, topics).size > 0;
  }
  if (scan.claimWeak) return false;
  // The topic opens the message (after "a", "and", "и"…) or closes it: "shipping to canada", "лён сильно мнётся".
  const first = OPENERS.has(tokens[0] as string) ? 1 : 0;
  const opens = topics.match(tokens, first) !== null;
  let closes = false;
  for (let k = Math.max(0, last - 2); k <= last && !closes; k++) {
    const match = topics.match(tokens, k);
    closes = match !== null && k + match.length - 1 === last;
  }
  // "на три кружки скидка будет", "jest jakiś rabat przy dwóch rzeczach": a discount for a count of items asks about the deal
  // wherever the discount word stands.
  const deal = tokens.some((t) => DISCOUNTS.has(t)) && scan.marks.some((m) => m.kind === 'number');
  return (opens || closes || deal) && pickTopic(withoutSizeMarkers(tokens, scan.marks), topics) !== null;
}

/** "There is" in six languages (normalised): closing a variant's values, it asks whether the variant is left. */
const EXISTS = new Set(['jest', 'sa', 'есть', 'бар', 'hay', 'gibts']);

/** Discount words in six languages (normalised). */
const DISCOUNTS = new Set([
  'discount',
  'rabat',
  'rabatu',
  'znizka',
  'znizke',
  'znizki',
  'скидка',
  'скидку',
  'скидки',
  'жеңілдік',
  'descuento',
  'rabatt',
  'mengenrabatt',
]);

/** "or" in six languages: "real gold or plated", "srebro czy posrebrzane", "или напыление", "әлде", "o bañados", "oder kunstleder". */
const ALTERNATIVES = new Set(['or', 'czy', 'albo', 'или', 'либо', 'әлде', 'o', 'u', 'oder']);
/** An alternative asks through this many words ("true to size or should i size up"). */
const MAX_WORDS_OF_AN_ALTERNATIVE = 10;

/**
 * "the hoops real gold or just plated", "по размеру идут или на размер больше брать", "es seda natural o
 * poliéster": two things set side by side with "or", one of them a topic, ask the shop to pick. Not a claim,
 * a cancel, praise, a remark to viewers; "M or L" without a mark is the claim's own business.
 */
function asksBetween(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  if (scan.claim || scan.cancel || scan.compliment || scan.audience || scan.correctionCue || scan.hypothetical) return false;
  const at = tokens.findIndex((t, k) => k > 0 && k < tokens.length - 1 && ALTERNATIVES.has(t));
  if (at < 0 || tokens.length > MAX_WORDS_OF_AN_ALTERNATIVE + 2) return false;
  if (tokens.some((t) => THANKS.has(t) || YESTERDAY.has(t))) return false;
  const topic = pickTopic(withoutSizeMarkers(tokens, scan.marks), index.rules.topics);
  if (topic === null || topic === 'stock') return false;
  const covered = topicWords(tokens, index.rules.topics);
  return scan.unknownAt.filter((k) => !covered.has(k)).length <= MAX_UNKNOWN_IN_A_TOPIC_ASK;
}

/** Sides of an "or" that make an idiom, not a choice (normalised): "more or less", "más o menos", "так или иначе". */
const IDIOM_SIDES = new Set([
  'more less',
  'sooner later',
  'now never',
  'yes no',
  'wiecej mniej',
  'predzej pozniej',
  'tak nie',
  'более менее',
  'так иначе',
  'да нет',
  'рано поздно',
  'mas menos',
  'ahora nunca',
  'si no',
  'mehr weniger',
  'jetzt nie',
  'ja nein',
  'иә жоқ',
]);

/**
 * "is the mug glossy or matte", "kubek jest matowy czy błyszczący", "кружка глянцевая или матовая", "la sábana es ajustable o
 * plana", "steht die vase stabil oder kippt sie", "the tote has a pocket inside or not": two properties set side by side with
 * "or" in a short message about the product (its code, its noun, a pointing word or a word of its title) ask the shop to pick,
 * whatever topic they fall under (none: `other`; a material: `material`). The sides are words no value names ("M or L", "red
 * or black" are a claim's business), no idiom ("more or less"), and the message is no claim, cancel, praise, remark to
 * viewers, supposition, thanks, story or laughter.
 */
function asksWhichOfTwo(tokens: readonly string[], scan: Scan, target: Target, index: CatalogIndex): boolean {
  if (scan.claim || scan.claimWeak || scan.cancel || scan.compliment || scan.audience || scan.correctionCue || scan.hypothetical)
    return false;
  if (tokens.length > MAX_WORDS_OF_AN_ALTERNATIVE + 2) return false;
  const at = tokens.findIndex((t, k) => k > 0 && k < tokens.length - 1 && ALTERNATIVES.has(t));
  if (at < 0) return false;
  const left = tokens[at - 1] as string;
  const right = tokens[at + 1] as string;
  if (IDIOM_SIDES.has(`${left} ${right}`) || left === ',' || right === ',') return false;
  // Spanish "o"/"u" are Polish "about"/"at" ("jak u mojej babci"): read as "or" only in a Spanish message, "u" before an o-sound.
  if ((tokens[at] === 'o' || tokens[at] === 'u') && (pickLanguage(scan) !== 'es' || (tokens[at] === 'u' && !/^h?o/u.test(right))))
    return false;
  // A value the product does not sell is a property here ("hell oder dunkel geröstet" of coffee beans).
  const named = (k: number) =>
    scan.marks.some(
      (m) =>
        m.at <= k &&
        k < m.end &&
        m.kind !== 'negation' &&
        m.kind !== 'marker' &&
        !(m.kind === 'value' && (materialOnly(m) || (target.product !== null && resolveAttribute(m, target, index) === null))),
    );
  if (named(at - 1) || named(at + 1) || /\d/u.test(left) || /\d/u.test(right)) return false;
  const title = target.product?.titleWords;
  const about =
    scan.deictic ||
    scan.nounAt.length > 0 ||
    scan.marks.some((m) => m.kind === 'code') ||
    tokens.some((t) => index.namedBy.has(t)) ||
    (title !== undefined && tokens.some((t) => title.has(t) || title.has(`${t}s`)));
  if (!about) return false;
  if (tokens.some((t) => THANKS.has(t) || YESTERDAY.has(t) || LAUGHTER.has(t)) || tellsThePast(tokens)) return false;
  // The sides are what is asked ("is it glazed or matte"): a past tense is looked for among the other words only.
  const rest = scan.unknownAt.filter((k) => k !== at - 1 && k !== at + 1);
  // Polish and Russian past endings ("-ło", "-ла") are no Spanish words ("solo", "decorativa").
  return pickLanguage(scan) === 'es' || !toldInThePast(tokens, rest);
}

/** Token indexes inside any topic phrase. */
function topicWords(tokens: readonly string[], topics: CatalogIndex['rules']['topics']): Set<number> {
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length;) {
    const match = topics.match(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    for (let k = i; k < i + match.length; k++) covered.add(k);
    i += match.length;
  }
  return covered;
}

/**
 * The conditional mood (normalised): "would", "бы", "еді", "würde/wäre/hätte", Spanish "-ría", Polish "-bym/-łaby/jakby".
 * "my sister would take one if it was cheaper" wishes; "if I take two, any discount" asks.
 */
const COUNTERFACTUAL_WORDS: ReadonlySet<string> = new Set([
  'would',
  'wouldve',
  'id',
  'бы',
  'б',
  'еди',
  'едим',
  'еді',
  'едім',
  'wurde',
  'ware',
  'war',
  'hatte',
  'jakby',
]);
/** Its endings, each with the letters that must come before it ("-bym" may stand alone, "-ría" needs a stem). */
const COUNTERFACTUAL_ENDINGS: readonly (readonly [ending: string, stem: number])[] = [
  ['bym', 0],
  ['laby', 0],
  ['lby', 0],
  ['ria', 1],
  ['rian', 1],
  ['oby', 1],
];
const LETTERS_ONLY = /^\p{L}+$/u;
/** One word of the conditional mood: a set look-up, or an ending on a word of letters (no regex over every word). */
const counterfactual = (t: string) =>
  COUNTERFACTUAL_WORDS.has(t) ||
  (COUNTERFACTUAL_ENDINGS.some(([ending, stem]) => t.length >= ending.length + stem && t.endsWith(ending)) && LETTERS_ONLY.test(t));

/** "when/if" opening a clause that a "then" word closes, normalised: "jak … to", "когда … то", "cuando … entonces", "wenn … dann". */
const CONDITION_OPENERS = new Set(['jak', 'jesli', 'jezeli', 'gdy', 'kiedy', 'when', 'once', 'когда', 'cuando', 'wenn', 'sobald']);
const CONDITION_THEN = new Set(['to', 'then', 'то', 'тогда', 'entonces', 'dann']);

function conditionalFrame(tokens: readonly string[]): boolean {
  if (!CONDITION_OPENERS.has(tokens[0] as string)) return false;
  for (let k = 2; k < tokens.length - 1; k++) if (CONDITION_THEN.has(tokens[k] as string)) return true;
  return false;
}

/** "If" and "when" opening a condition (normalised), beside CONDITION_OPENERS: if, si, если, как, егер, falls. */
const MONEY_CONDITION_OPENERS = new Set([...CONDITION_OPENERS, 'if', 'si', 'если', 'как', 'егер', 'falls']);
/** The buyer's money coming (normalised here: "айлық" is "аилық"): being paid, a salary, the lottery, in six languages. */
const MONEY_COMING: ReadonlySet<string> = new Set(
  [
    'paid',
    'payday',
    'paycheck',
    'paycheque',
    'salary',
    'wages',
    'lottery',
    'lotto',
    'wyplata',
    'wyplate',
    'wyplaty',
    'pensja',
    'pensje',
    'lotka',
    'зарплата',
    'зарплату',
    'зарплаты',
    'получка',
    'получку',
    'аванс',
    'лотерея',
    'лотерею',
    'айлық',
    'айлығым',
    'жалақы',
    'жалақым',
    'cobro',
    'cobre',
    'cobrar',
    'quincena',
    'nomina',
    'pagan',
    'paguen',
    'loteria',
    'gehalt',
    'lohn',
    'zahltag',
  ].map(normalizeText),
);
/** A Kazakh conditional verb (after the money word): "түссе", "келсе", "алсам". */
const KAZAKH_CONDITIONAL = /^[\u0400-\u04ff]{2,}(?:са|се|сам|сем|сақ|сек)$/u;

/**
 * Round 22: a claim put off until the buyer is paid ("when i get paid friday i'll take …", "si cobro la quincena me llevo
 * …", "как придёт зарплата, возьму …", "sobald das Gehalt da ist …", "жалақы түссе … аламын"): a condition opener, then
 * within four words a word for the buyer's money coming (or, in Kazakh, that word then a conditional verb). It claims
 * nothing yet.
 */
function waitsForMoney(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!MONEY_COMING.has(tokens[k] as string)) continue;
    for (let j = Math.max(0, k - 4); j < k; j++) if (MONEY_CONDITION_OPENERS.has(tokens[j] as string)) return true;
    if (KAZAKH_CONDITIONAL.test(tokens[k + 1] ?? '') || KAZAKH_CONDITIONAL.test(tokens[k + 2] ?? '')) return true;
  }
  return false;
}

/** Topics a condition may ask about ("if I take two, is there a discount?"). */
const DEAL_TOPICS = new Set(['price', 'shipping', 'payment']);

function asksAboutADeal(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  if (tokens.some(counterfactual) || scan.marks.some((m) => m.kind === 'code' || m.kind === 'value')) return false;
  const { topics } = index.rules;
  const covered = topicWords(tokens, topics);
  if (scan.unknownAt.filter((k) => !covered.has(k)).length > MAX_UNKNOWN_IN_A_TOPIC_ASK) return false;
  const topic = pickTopic(tokens, topics);
  return topic !== null && DEAL_TOPICS.has(topic);
}

/** Words that may open a question before its topic: "a cena?", "и доставка", "and shipping", "y el envío", "und versand". */
const OPENERS = new Set(['a', 'and', 'so', 'also', 'i', 'и', 'а', 'ал', 'y', 'e', 'und', 'also', 'oraz', 'plus']);
/** Thanks in six languages: a message that thanks tells about a parcel, it does not ask about shipping. */
const THANKS = new Set([
  'thanks',
  'thank',
  'thx',
  'ty',
  'dzieki',
  'dziekuje',
  'спасибо',
  'благодарю',
  'рахмет',
  'gracias',
  'danke',
  'merci',
]);
/** Laughter in chat, normalised. */
const LAUGHTER = new Set([
  'lol',
  'lmao',
  'haha',
  'hahaha',
  'xd',
  'jaja',
  'jajaja',
  'хаха',
  'ахах',
  'ахаха',
  'хахаха',
  'hehe',
  'хехе',
  '😂',
  '🤣',
]);
/** "Why" (normalised, as token runs): why, po co, czemu, зачем, не үшін, para qué, wozu… */
const WHY_RUNS: readonly (readonly string[])[] = [
  ['why'],
  ['po', 'co'],
  ['czemu'],
  ['зачем'],
  ['нафига'],
  ['не', 'үшін'],
  ['неге'],
  ['para', 'que'],
  ['pa', 'que'],
  ['wozu'],
  ['warum'],
];

/** A "why" and laughter in a message that names no value. */
function asksWhyLaughing(tokens: readonly string[], scan: Scan): boolean {
  if (!tokens.some((t) => LAUGHTER.has(t)) || scan.marks.some((m) => m.kind === 'value')) return false;
  return tokens.some((_, k) => WHY_RUNS.some((w) => w.every((part, j) => tokens[k + j] === part)));
}

/** Spans of time (normalised): months, weeks, days, years in six languages, Kazakh datives included. */
const DURATIONS = new Set([
  'months',
  'month',
  'weeks',
  'week',
  'years',
  'miesiace',
  'miesiecy',
  'miesiac',
  'tygodnie',
  'tygodni',
  'lata',
  'lat',
  'месяца',
  'месяцев',
  'месяц',
  'недели',
  'недель',
  'года',
  'лет',
  'аи',
  'аиға',
  'аиды',
  'апта',
  'аптаға',
  'жыл',
  'жылға',
  'meses',
  'semanas',
  'anos',
  'monate',
  'monaten',
  'wochen',
  'jahre',
  'jahren',
]);

/** A count right before a span of time ("2 айға", "na dwa miesiące", "for 3 months"). */
function countsADuration(tokens: readonly string[], scan: Scan): boolean {
  return scan.marks.some((m) => m.kind === 'number' && DURATIONS.has(tokens[m.end] as string));
}

/** "I have" / "we have" opening a message, in six languages. */
const HAVE = new Set([
  'менде',
  'бізде',
  'үйде',
  'mam',
  'mamy',
  'tengo',
  'tenemos',
  'hab',
  'habe',
  'у меня',
  'у нас',
  'i have',
  'i got',
  'ive got',
  'we have',
  'ich habe',
  'ich hab',
]);
const ownsAlready = (tokens: readonly string[]) => HAVE.has(tokens[0] as string) || HAVE.has(`${tokens[0]} ${tokens[1]}`);
/** "Yesterday" in six languages. */
const YESTERDAY = new Set(['yesterday', 'wczoraj', 'вчера', 'кеше', 'ayer', 'gestern']);
/** Unknown words a topic ask may carry ("shipping to canada": one). */
const MAX_UNKNOWN_IN_A_TOPIC_ASK = 3;

const MENTIONS = /(?:^|\s)@([\p{L}\p{N}_][\p{L}\p{N}_.]*)/gu;
/** A handle that names a shop in six languages: "@shop_anna", "@sklep_ola", "@magazin_lena", "@tienda_sol", "@laden_mia". */
const SHOP_HANDLE = /shop|store|boutique|sklep|butik|magazin|магазин|дукен|дүкен|tienda|laden/iu;

/**
 * Round 18: a question with another viewer's name is chatter between viewers; one addressed to the shop by a handle that
 * says it is a shop ("@sklep a paczkomat jest?") asks the seller.
 */
function mentionsAViewer(message: string): boolean {
  if (!message.includes('@')) return false;
  for (const m of message.matchAll(MENTIONS)) if (!SHOP_HANDLE.test(m[1] as string)) return true;
  return false;
}

/** Round 20: "you" (one person) as the subject spoken to, in six languages (normalised): you, ty, ты, сен, tú, du. */
const YOU_ALONE = new Set(['you', 'u', 'ty', 'ты', 'сен', 'tu', 'du']);
/** Round 27: "which of you", "z was", "из вас", "von euch", "de ustedes" / "de vosotras", "араңызда": one of the viewers. */
const OF_YOU: readonly (readonly [string, string])[] = [
  ['of', 'you'],
  ['of', 'u'],
  ['z', 'was'],
  ['из', 'вас'],
  ['von', 'euch'],
  ['de', 'ustedes'],
  ['de', 'vosotras'],
  ['de', 'vosotros'],
];
const OF_YOU_FIRST: ReadonlySet<string> = new Set(['of', 'z', 'из', 'von', 'de']);
/** Who among the viewers: "which/who/any of you", "która/kto z was", "кто из вас", "wer von euch", "alguna de ustedes". */
function ofYouAll(tokens: readonly string[]): boolean {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!OF_YOU_FIRST.has(tokens[k] as string)) continue;
    if (OF_YOU.some(([a, b]) => tokens[k] === a && tokens[k + 1] === b) && VIEWER_PICKERS.has(tokens[k - 1] as string)) return true;
  }
  return false;
}
const VIEWER_PICKERS: ReadonlySet<string> = new Set([
  'which',
  'who',
  'any',
  'anyone',
  'ktora',
  'ktory',
  'kto',
  'ktoras',
  'ktos',
  'кто',
  'кого',
  'кому',
  'wer',
  'welche',
  'welcher',
  'alguna',
  'alguno',
  'quien',
  'cual',
]);
/** Round 28: "who" (normalised), asked of the viewers after they are called. */
const WHO: ReadonlySet<string> = new Set(['who', 'kto', 'кто', 'wer', 'quien', 'кім', 'ким']);
/** Topics only the shop answers. */
const SHOP_TOPICS: ReadonlySet<string> = new Set(['price', 'stock', 'shipping', 'payment']);
const asksTheShop = (tokens: readonly string[], index: CatalogIndex) => SHOP_TOPICS.has(pickTopic(tokens, index.rules.topics) ?? '');

/** "know" in six languages, as in "does anyone know if …", "ktoś wie czy …", "кто знает …", "білетін бар ма". */
const KNOWS = new Set([
  'know',
  'knows',
  'wie',
  'wiecie',
  'знает',
  'знаете',
  'білетін',
  'біледі',
  'білесіңдер',
  'sabe',
  'saben',
  'weiß',
  'weiss',
  'wisst',
  'біле',
]);

/**
 * "anyone know if they ship to norway", "alguien sabe si aceptan paypal", "weiß jemand ob die nach österreich schicken": what
 * the shop does about shipping or payment, asked of whoever knows, is a question the shop answers (its policy, not the
 * viewers' experience: "does anyone know if the serum burns" stays theirs).
 */
function asksShopThroughViewers(tokens: readonly string[], index: CatalogIndex): boolean {
  if (!tokens.some((t) => KNOWS.has(t))) return false;
  const topic = pickTopic(tokens, index.rules.topics);
  return topic === 'shipping' || topic === 'payment' || (topic === 'material' && asksWhatFrom(tokens));
}

/** A question word this close to the end, after every value, asks without a question mark ("а 30 мл сколько стоит", "das 50 ml was kostet das"). */
const LATE_QUESTION_TAIL = 2;

function asksAtTheEnd(tokens: readonly string[], scan: Scan, index: CatalogIndex): boolean {
  if (!scan.questionWord || scan.claim || scan.cancel || scan.compliment || scan.audience || scan.hypothetical) return false;
  if (tokens.length - scan.questionEnd > LATE_QUESTION_TAIL) return false;
  const lastValue = scan.marks.reduce(
    (end, m) => (m.kind === 'value' || m.kind === 'code' || m.kind === 'number' ? Math.max(end, m.end) : end),
    0,
  );
  if (scan.questionAt < lastValue || scan.questionAt === 0) return false;
  // "qué divertido", "der ist riesig": a question word that asks about nothing the shop sells is an exclamation or a story.
  return pickTopic(tokens.slice(scan.questionAt), index.rules.topics) !== null;
}

/** What a buyer says after a claim about getting it: how it is paid or sent. */
const ASIDE_AFTER_CLAIM = new Set(['shipping', 'payment']);

/** Topics a buyer asks about after claiming ("C5 39, how much is shipping?", "A12 M — does it shrink in the wash?": care is `other`): none of them is about the variant itself. */
const ASIDE_TOPICS = new Set(['shipping', 'payment', 'material', 'price', 'size', 'other']);

/**
 * "K9 brown, do you ship to Ireland?", "D20 różowa, da się blikiem?": a code with its values, a
 * comma, then a question about something else (shipping, payment, price, material) claims, then
 * asks. Returns the token index where the question starts, or -1. A question that names a
 * variant ("A12 M, is L left?") or asks about size or stock stays a question.
 */
function claimThenAsk(tokens: readonly string[], scan: Scan, index: CatalogIndex, firstCode: Target | null, featured: Target): number {
  if (scan.hypothetical || scan.audience || scan.cancel) return -1;
  const { marks } = scan;
  const cut = marks.findIndex((m) => m.kind === 'separator');
  if (cut < 1) return -1;
  const head = marks.slice(0, cut);
  const target = firstCode ?? featured;
  const claimWord = head.some((m) => m.kind === 'claim');
  // What comes before the comma is a claim of its own: a code with its values, or a claim word (or a
  // product word) with values of the product on screen.
  // Two values of the product on screen are a claim of their own too ("200х220 белый, оплата картой можно?").
  const values = head.filter((m) => isAttribute(m));
  const product = target.product;
  if (!product) return -1;
  const at = (marks[cut] as Mark).end;
  // "bolso negro, ¿se puede pagar con bizum?", "armreif gelbgold 19er, kann ich mit paypal zahlen?": the noun of the product
  // itself (or a word of its title), with its value, names it as a code does.
  const named = tokens.slice(0, at).some((t) => index.namedBy.get(t) === product || (product.titleWords.has(t) && index.titleWords.has(t)));
  if (!(head[0]?.kind === 'code' || claimWord || scan.deictic || named || values.length >= 2)) return -1;
  if (values.length === 0 || !values.every((m) => resolveAttribute(m, target, index) !== null)) return -1;
  // "vestido negro talla XS, …": a size or count word beside its value belongs to the claim.
  const unitWord = (m: Mark) => m.kind === 'marker' && (m.role === 'sizeMarker' || m.role === 'quantityUnit');
  if (!head.every((m) => m.kind === 'code' || m.kind === 'claim' || isAttribute(m) || unitWord(m))) return -1;
  if (head.filter((m) => m.kind === 'code').length > 1) return -1;
  if (!firstCode && !claimWord && !named && values.length < 2) return -1;
  // "сырға алтыннан ба, әлде …": a head that asks (a question particle or word before the comma) is no claim.
  if (!firstCode && !claimWord && tokens.slice(0, at).some((t) => asksByWord(t, index))) return -1;
  if (scan.unknownAt.filter((k) => k < at && !(named && scan.nounAt.includes(k))).length > (claimWord ? 1 : 0)) return -1;
  if (scan.questionAt >= 0 && scan.questionAt < at) return -1;
  // "does it run small?": a size word inside the topic's own phrase names no variant.
  const asked = topicSpans(tokens, at, index.rules.topics);
  if (marks.slice(cut + 1).some((m) => m.kind === 'code' || m.kind === 'claim' || (m.kind === 'value' && !asked.has(m.at)))) return -1;
  const topic = pickTopic(tokens.slice(at), index.rules.topics);
  // "H5 M green, does it run small?" may still be choosing; with a claim word before it ("want b3 green m, …") the size is taken.
  if (topic === 'size' && !claimWord) return -1;
  return topic && ASIDE_TOPICS.has(topic) ? at : -1;
}

const asksByWord = (token: string, index: CatalogIndex): boolean =>
  index.rules.words.matchWord(token)?.entries.some((e) => e.kind === 'question' || e.kind === 'questionParticle') ?? false;

/**
 * A code written with its own option values right after it ("... finally! A12 XL blue for my
 * son"), or a product word with a value and a count ("beanie blk x3"), claims even among chat
 * words: the values belong to that product, which chatter rarely spells. Not when praising,
 * talking to other viewers or supposing.
 */
function claimUnit(scan: Scan, index: CatalogIndex, featured: Target, tokens: readonly string[]): boolean {
  if (scan.audience || scan.hypothetical || scan.unknown > MAX_UNKNOWN_AROUND_UNIT) return false;
  if (scan.compliment) return praiseThenUnit(scan, index, tokens);
  const { marks } = scan;
  if (unitBeforeChatter(scan, index, featured, tokens)) return true;
  for (let k = 0; k + 1 < marks.length; k++) {
    const mark = marks[k] as Mark;
    const next = marks[k + 1];
    if (mark.kind !== 'code' || !isAttribute(next) || next.at !== mark.end) continue;
    const target: Target = { product: mark.product, code: mark.product.code };
    if (resolveAttribute(next, target, index)) return true;
  }
  if (!scan.deictic || !featured.product) return false;
  // "bluza szara, nie wiem czy L czy XL": a negated verb with no claim word states or doubts; it claims nothing.
  if (!scan.claim && marks.some((m) => m.kind === 'negation')) return false;
  const resolved = marks.filter((m) => isAttribute(m) && (resolveAttribute(m, featured, index) || m.kind === 'number')).length;
  // "llevé una camisa azul igual en mi boda": an article, a value and three words of a story is no claim.
  return resolved >= 2 && scan.unknown <= MAX_UNKNOWN_AROUND_CLAIM - 2;
}

/** Words that turn from chatting to deciding: "so pretty... ok A12 M", "qué lindo... bueno, E4 L". */
const TURN_WORDS = new Set([
  'ok',
  'okay',
  'ok so',
  'bueno',
  'ya',
  'vale',
  'dobra',
  'ok to',
  'ладно',
  'ок',
  'окей',
  'жарайды',
  'jarайды',
  'gut',
  'also',
  'okay',
  'anyway',
  'so',
]);

/**
 * Praise, then a turn word or a comma, then a code with its own values ending the message: the
 * buyer admired, then decided. Praise right before the product ("love the A12 M") still claims nothing.
 */
function praiseThenUnit(scan: Scan, index: CatalogIndex, tokens: readonly string[]): boolean {
  const { marks } = scan;
  const k = marks.findIndex((m) => m.kind === 'code' && m.at >= scan.complimentEnd);
  if (k < 0) return false;
  const code = marks[k] as Extract<Mark, { kind: 'code' }>;
  const rest = marks.slice(k + 1);
  if (rest.length === 0 || !rest.every((m) => isAttribute(m))) return false;
  const target: Target = { product: code.product, code: code.product.code };
  if (!rest.every((m) => resolveAttribute(m as Attribute, target, index) !== null)) return false;
  if (scan.unknownAt.some((u) => u >= code.at)) return false;
  const between = tokens.slice(scan.complimentEnd, code.at);
  return between.some((t) => t === ',' || TURN_WORDS.has(t));
}

/**
 * "hoodie black XL for my brother, he's tall haha": a product word with two of its values, before
 * the first comma, with nothing unknown there, claims; what follows the comma is chatter.
 */
function unitBeforeChatter(scan: Scan, index: CatalogIndex, featured: Target, tokens: readonly string[]): boolean {
  if (!featured.product) return false;
  const { marks } = scan;
  const cut = marks.findIndex((m) => m.kind === 'separator');
  if (cut < 2) return false;
  const at = (marks[cut] as Mark).at;
  // "czarna L, płacę blikiem", "L black pls, paying by blik": with no product word, the words after the comma say how
  // the buyer pays or gets it.
  if (!scan.deictic && !ASIDE_AFTER_CLAIM.has(pickTopic(tokens.slice(at + 1), index.rules.topics) ?? '')) return false;
  if (scan.unknownAt.some((u) => u < at)) return false;
  const head = marks.slice(0, cut);
  if (!head.every((m) => isAttribute(m) || m.kind === 'claim')) return false;
  const resolved = head.filter((m) => isAttribute(m) && resolveAttribute(m, featured, index) !== null).length;
  return resolved >= 2 && !marks.slice(cut + 1).some((m) => m.kind === 'code' || isAttribute(m) || m.kind === 'negation');
}

/**
 * "cancel M, I want L instead", "anuluj M, chcę L": a cancel word followed by a claim word and a
 * new value is a correction, not a cancel: the values before the claim word are taken back.
 */
function cancelThenClaim(
  scan: Scan,
  index: CatalogIndex,
  firstCode: Target | null,
  tokens: readonly string[],
  featured: Target,
): Decided | null {
  // "cancel the 30 ml, 50 ml please": no claim word after the cancel, but a comma and another value of the same option.
  // "қызылын отмена, қарасын аламын": with a comma between the cancel and the claim word, the values after the comma are the new ones.
  const comma = scan.marks.find((m) => m.kind === 'separator' && m.at > scan.cancelAt && m.at < scan.claimAt)?.at ?? -1;
  // "gelbgold stornieren, lieber weißgold", "doch nicht L sondern XL", "scratch that, make it 41": what the cancel takes back
  // ends at the first comma or the first correction or contrast word after it; what follows is the new value.
  const turn = scan.claimAt > scan.cancelAt ? -1 : turnAfter(scan, tokens);
  // Round 29: "сұрын өшіріңіз қарасын аламын": the claim verb last (Kazakh), the new value between the cancel and it.
  const verbLast = scan.claimAt > scan.cancelAt && comma < 0 && !scan.marks.some((m) => m.at > scan.claimAt && isAttribute(m));
  const cut = scan.claimAt > scan.cancelAt ? (comma >= 0 ? comma : verbLast ? scan.cancelEnd - 1 : scan.claimAt) : turn;
  if (cut < 0) return newValueFirst(scan, index, firstCode, featured);
  const target: Target = firstCode ?? { product: null, code: null };
  // As in a correction, the values are read on the product on screen first ("usuń oliwkowy, daj grafitowy": its Olive,
  // not the catalog's green).
  const onScreen = firstCode ?? (featured.product ? featured : null);
  const from: OptionValues = {};
  const to: OptionValues = {};
  let quantity: number | null = null;
  for (const mark of scan.marks) {
    if (!isAttribute(mark)) continue;
    const ref = (onScreen && resolveAttribute(mark, onScreen, index)) || resolveAttribute(mark, target, index);
    const after = mark.at > cut;
    if (ref) (after ? to : from)[ref.name] = ref.value;
    // "black one instead": as in a correction, 1 states no quantity.
    else if (after && mark.kind === 'number' && mark.role !== 'size' && isQuantity(mark.value) && mark.value > 1) quantity = mark.value;
  }
  if (Object.keys(to).length === 0) return null;
  // After a comma alone the new value must replace one taken back ("cancel the red, black is nicer" says nothing new);
  // after a correction word ("make it", "lieber", "sondern") the new value is enough.
  const corrects = scan.correctionAt > scan.cancelAt || CONTRASTS.has(tokens[cut] as string);
  if (cut !== scan.claimAt && !corrects && !Object.keys(to).some((name) => from[name] !== undefined && from[name] !== to[name]))
    return null;
  return { intent: 'order', code: target.code, options: { ...to }, quantity, topic: null, correction: { from, to } };
}

/**
 * Round 29: "давайте tan, sage не надо", "lieber schwarz, grau nicht mehr", "cambia a negro, el gris ya no": the new value
 * first, a comma, then the old value of the same option with the cancel taking it back: a correction. Only when the cancel
 * comes after the comma and the two values differ on one option.
 */
function newValueFirst(scan: Scan, index: CatalogIndex, firstCode: Target | null, featured: Target): Decided | null {
  const comma = scan.marks.find((m) => m.kind === 'separator' && m.at < scan.cancelAt);
  if (!comma) return null;
  const target: Target = firstCode ?? { product: null, code: null };
  const onScreen = firstCode ?? (featured.product ? featured : null);
  const from: OptionValues = {};
  const to: OptionValues = {};
  for (const mark of scan.marks) {
    if (!isAttribute(mark)) continue;
    const ref = (onScreen && resolveAttribute(mark, onScreen, index)) || resolveAttribute(mark, target, index);
    if (ref) (mark.at > comma.at ? from : to)[ref.name] = ref.value;
  }
  if (!Object.keys(to).some((name) => from[name] !== undefined && from[name] !== to[name])) return null;
  return { intent: 'order', code: target.code, options: { ...to }, quantity: null, topic: null, correction: { from, to } };
}

/** "but", "tylko", "а", "sino", "sondern": the word that turns from what is taken back to what is wanted. */
const CONTRASTS = new Set(['but', 'tylko', 'lecz', 'а', 'sino', 'sondern', 'instead', 'емес']);

/**
 * Where a cancel's clause ends: the first comma after the cancel word with a value anywhere before it ("gelbgold
 * stornieren, …"), or the first correction or contrast word after it ("doch nicht L sondern XL"); -1 when none.
 */
function turnAfter(scan: Scan, tokens: readonly string[]): number {
  let valueBefore = false;
  for (const mark of scan.marks) {
    if (isAttribute(mark)) valueBefore = true;
    else if (mark.kind === 'separator' && mark.at > scan.cancelAt && valueBefore) return mark.at;
  }
  for (let k = scan.cancelEnd; k < tokens.length; k++) {
    if (CONTRASTS.has(tokens[k] as string) || (scan.correctionAt >= 0 && k === scan.correctionAt)) return k;
    if (tokens[k] === ',') return k;
  }
  return -1;
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

/**
 * "does the linen shirt run small?": the words of the product's own title name the product; the question is about what
 * else it says (the fit, not the linen). Blanked, so positions stay.
 */
function topicBesidesTitle(tokens: readonly string[], target: Target, index: CatalogIndex): ReturnType<typeof pickTopic> {
  const title = target.product?.titleWords;
  if (!title || !tokens.some((t) => title.has(t))) return firstTopicAsked(tokens, index.rules.topics);
  return (
    firstTopicAsked(
      tokens.map((t) => (title.has(t) ? '' : t)),
      index.rules.topics,
    ) ?? firstTopicAsked(tokens, index.rules.topics)
  );
}

function question(tokens: readonly string[], scan: Scan, index: CatalogIndex, target: Target, base: { language?: string }): Decided {
  const options = resolveAll(scan.marks, target, index);
  // "40 też jest", "and 40 is there": a size number of the product asks for a variant as much as a word does.
  const mentionsValue = scan.marks.some((m) => m.kind === 'value') || Object.keys(options).length > 0;
  // "whats the return policy if they dont fit": the after-sale policy, not the fit.
  const topic = asksAfterSale(tokens)
    ? 'other'
    : (topicBesidesTitle(
        withoutSoldNumbers(
          withoutSoldKinds(
            withoutNamedMeasures(withoutSizeMarkers(tokens, scan.marks), scan.marks, target, index),
            scan.marks,
            target,
            index,
          ),
          target,
        ),
        target,
        index,
      ) ??
      (sizeAlternatives(scan.marks, target, index) ||
      asksAnotherSize(scan.marks, target, index) ||
      // "на какой обхват ладони M", "para qué mano es la M": which body the variant fits asks the size.
      tokens.some((t) => BODY_PARTS.has(t) || t.endsWith('umfang')) ||
      whichForASize(tokens, scan)
        ? 'size'
        : mentionsValue || namesAModel(tokens, target) || namesAnUnsoldValue(scan, target)
          ? 'stock'
          : 'other'));
  // "el café es en grano o molido?", "sind die bohnen eher hell oder dunkel geröstet": two properties to pick from, no variant named.
  const picked = topic === 'stock' && Object.keys(options).length === 0 && asksWhichOfTwo(tokens, scan, target, index) ? 'other' : topic;
  return {
    intent: 'question',
    code: target.code,
    options,
    quantity: null,
    topic: refinedAsOther(refineTopic(picked, tokens, scan, options, index), tokens, options, target),
    ...base,
  };
}

/**
 * "кесе қанша литр", "ile ml ma butelka", "how many cm is the strap": how much of a unit (no currency) asks the product's
 * measure, its size, not its price. "Y3 85 leather available?", "Y3 85 былғары бар ма": a material said as one of two values
 * of a variant asks whether that variant is there, not what it is made of.
 */
function refineTopic(topic: Topic | null, tokens: readonly string[], scan: Scan, options: OptionValues, index: CatalogIndex): Topic | null {
  const currency = scan.marks.some((m) => m.kind === 'marker' && m.role === 'priceMarker');
  // The unit alone, not part of a value said ("how much is the 100 ml" asks the price of that variant).
  if (
    topic === 'price' &&
    !currency &&
    tokens.some((t, k) => unitOf(t) !== undefined && !isAmbiguousUnit(t) && !inAMark(scan, k)) &&
    // only "how much" asked it, no price word ("was kostet das kilo" asks the price)
    pickTopic(
      tokens.map((t) => (HOW_MANY.has(t) || t === 'much' ? '' : t)),
      index.rules.topics,
    ) !== 'price'
  )
    return 'size';
  if (topic === 'material' && Object.keys(options).length >= 2) return 'stock';
  // "в сумке есть внутренний карман?", "кружканың қақпағы бар ма": what the product has, no value named, is a part of it, not stock.
  if (
    topic === 'stock' &&
    Object.keys(options).length === 0 &&
    !scan.marks.some((m) => m.kind === 'number') &&
    partAsked(tokens, scan, index)
  )
    return 'other';
  // "serum będzie dobre dla cery naczynkowej", "el sérum va bien para piel seca", "сыворотка для жирной кожи подойдет": what
  // the product suits, with no measure said, is none of the topics ("będzie", "piel", "подойдет" name stock, leather, fit).
  if (
    (topic === 'stock' || topic === 'size' || topic === 'material') &&
    Object.keys(options).length === 0 &&
    !tokens.some((t) => /\d/u.test(t)) &&
    tokens.some((t) => SUITS.has(t)) &&
    tokens.some((t) => FOR.has(t))
  )
    return 'other';
  return topic;
}

/**
 * "17 см шалфей түстісі қалды ма", "21 см шалфейный бывает?": the unit of a measure the product sells is part of the variant
 * named, no size word; blanked (positions kept) for the topic lookup.
 */
function withoutNamedMeasures(tokens: readonly string[], marks: readonly Mark[], target: Target, index: CatalogIndex): readonly string[] {
  const named = marks.filter((m) => m.kind === 'value' && m.end - m.at > 1 && resolveAttribute(m, target, index) !== null);
  if (named.length === 0) return tokens;
  return tokens.map((t, k) => (named.some((m) => m.at < k && k < m.end) ? '' : t));
}

/**
 * Round 24: "habt ihr den langen noch in schwarz", "a długi w kropki jeszcze jest": a word the product on screen sells as
 * a value of its own ("Long") names the variant asked after, it asks about no length. Only size words: materials and
 * metals stay what is asked ("knittert das leinen", "son de plata de ley").
 */
function withoutSoldKinds(tokens: readonly string[], marks: readonly Mark[], target: Target, index: CatalogIndex): readonly string[] {
  let out: string[] | null = null;
  for (const m of marks) {
    if (m.kind !== 'value' || m.end - m.at !== 1) continue;
    if (!index.rules.topics.match(tokens, m.at)?.entries.every((e) => e.topic === 'size')) continue;
    if (resolveAttribute(m, target, index) === null) continue;
    // Round 26: "jak długie są te 3/4": a size phrase that begins before the word ("jak długie", how long) still asks.
    const before = m.at > 0 ? index.rules.topics.match(tokens, m.at - 1) : null;
    if (before && before.length >= 2 && before.entries.every((e) => e.topic === 'size')) continue;
    out ??= [...tokens];
    out[m.at] = '';
  }
  return out ?? tokens;
}

/**
 * "do you have size 40?", "есть 42 размер?", "hay talla 40?": a size word right beside a value only
 * marks the value; the question asks whether that variant is there (stock), not how sizes run.
 * Returns the tokens with such markers blanked for the topic lookup.
 */
function withoutSizeMarkers(tokens: readonly string[], marks: readonly Mark[]): readonly string[] {
  let out: string[] | null = null;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k] as Mark;
    if (m.kind !== 'marker' || m.role !== 'sizeMarker') continue;
    const next = marks[k + 1];
    const prev = marks[k - 1];
    if (!(isAttribute(next) && next.at === m.end) && !(isAttribute(prev) && prev.end === m.at)) continue;
    out ??= [...tokens];
    for (let t = m.at; t < m.end; t++) out[t] = '';
  }
  return out ?? tokens;
}

/** "M or L?", "S czy M?", "170 cm 65 kg, S или M?": two sizes of one product asked side by side ask which size, not whether one is left. */
function sizeAlternatives(marks: readonly Mark[], target: Target, index: CatalogIndex): boolean {
  const sizes = new Set<string>();
  for (const mark of marks) {
    if (!isAttribute(mark)) continue;
    const ref = resolveAttribute(mark, target, index);
    const sizeLike = mark.kind === 'value' && mark.keys.some((k) => k.startsWith('s:'));
    if (ref && (sizeLike || /size|gr(ö|o)(ß|ss)e|rozmiar|размер|talla|өлшем/iu.test(ref.name))) sizes.add(ref.value);
  }
  return sizes.size >= 2;
}

/** How far past a product's own sizes a number still reads as a size ("41-45 на 46", "39 na 40"). */
const NEAR_SIZE = 5;

/**
 * "skarpetki 41-45 będą dobre na 46?", "носки 41-45 на 46 налезут?", "passen die 41-45 auch bei 46?": a size the product
 * sells asked beside a number near its sizes that it does not sell asks whether it fits (size), not whether it is left.
 */
function asksAnotherSize(marks: readonly Mark[], target: Target, index: CatalogIndex): boolean {
  const product = target.product;
  if (!product) return false;
  let option: string | null = null;
  for (const mark of marks) {
    const ref = isAttribute(mark) ? resolveAttribute(mark, target, index) : null;
    if (ref && /\d/.test(ref.value)) option = ref.name;
  }
  if (option === null) return false;
  const numbers: number[] = [];
  for (const ref of product.values.values())
    if (ref.name === option) for (const n of ref.value.match(/\d+/g) ?? []) numbers.push(Number(n));
  if (numbers.length === 0) return false;
  const low = Math.min(...numbers) - NEAR_SIZE;
  const high = Math.max(...numbers) + NEAR_SIZE;
  return marks.some(
    (m) => m.kind === 'number' && m.role === 'bare' && m.value >= low && m.value <= high && !resolveAttribute(m, target, index),
  );
}

/** The first product the message's product nouns name ("skirt purple M and a mug": the skirt), if any. */
function firstNamedProduct(tokens: readonly string[], index: CatalogIndex): Target | null {
  if (index.namedBy.size === 0) return null;
  for (const token of tokens) {
    const product = index.namedBy.get(token);
    if (product) return { product, code: product.code };
  }
  return null;
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
    // "jasne" ("sure", also "light"): a value no product of the catalog sells claims nothing.
    if (m.kind === 'value' && !resolveAttribute(m, target, index) && !m.keys.some((k) => index.globalValues.has(k))) continue;
    values++;
  }
  return values;
}

/**
 * Round 29: a value for every option of a product of two or more options ("dogs 2000 pieces 😍", "104 мятная 😍", "L қара 🔥"),
 * with at most one word no rule knows, chooses a variant: the emoji after it is the buyer's delight, not praise of a colour
 * ("ese rojo 🔥🔥" names one option: still praise). Only asked when the message has a praise emoji.
 */
function praisesAFullVariant(scan: Scan, target: Target, index: CatalogIndex): boolean {
  const names = target.product?.optionNames;
  if (!names || names.length < 2 || scan.unknown > 1 || scan.compliment) return false;
  const named = new Set<string>();
  for (const m of scan.marks) {
    if (!isAttribute(m)) continue;
    // "2000 pieces": a count of pieces the product sells is its value, whatever unit read it as a quantity.
    const ref = m.kind === 'value' ? resolveKeys(m.keys, target, index) : resolveKeys([`l:${m.value}`, `n:${m.value}`], target, index);
    if (ref) named.add(ref.name);
  }
  return names.every((name) => named.has(name));
}

/** A claim word drowned in this many unknown words, with no code, is chat ("Type !claim to activate your sub"). */
const MAX_UNKNOWN_AROUND_CLAIM = 4;
/** A code with its own values right after it claims through this much chatter ("long day at work but here now. E4 XXL black"). */
const MAX_UNKNOWN_AROUND_UNIT = 8;

function isClaim(
  scan: Scan,
  hasCode: boolean,
  hasFeatured: boolean,
  questionish: boolean,
  values: number,
  strayNumber: boolean,
  describing = false,
  tokens: readonly string[] = [],
  fullVariant = false,
): boolean {
  const reference = hasCode || values > 0 || scan.deictic;
  // Praise with no claim word and no code: "love the red one", "ładny ten czerwony", "ese rojo 🔥🔥" ("gold bitte 😍" asks
  // politely: a claim; round 29: "dogs 2000 pieces 😍", "L menta 🔥" name every option of the product, a variant chosen).
  if ((scan.compliment || (scan.praiseEmoji && !hasCode && !scan.polite && !fullVariant)) && !scan.claim && !scan.claimWeak) return false;
  // "take a look at C5 girls": talking to other viewers, with no claim word, is no claim.
  if (scan.audience && !scan.claim) return false;
  if (scan.claim) {
    // "hold the line", "reserve me a seat lol", "оформите возврат": a request to hold, reserve or place claims only with
    // something to hold (a value, a code, a pointing or product word).
    if (!reference && onlyRequests(scan, tokens)) return false;
    // "does it come in M? I'll take it" asks first; "sold M, does it run small?" claims, then asks.
    if (scan.questionMark && scan.questionWord && !(scan.claimAt >= 0 && scan.claimAt < scan.questionAt)) return false;
    if (!hasCode && scan.unknown > MAX_UNKNOWN_AROUND_CLAIM) return false;
    return reference || scan.unknown <= MAX_UNKNOWN_WITH_CLAIM;
  }
  if (scan.claimWeak) {
    if (questionish) return false;
    // "das blau ist ja traumhaft": praise after the weak claim word makes it part of the praise.
    if (!scan.claim && scan.compliment && scan.complimentEnd > scan.claimAt && !hasCode) return false;
    // "nie mój kolor", "не мой цвет": a negated weak claim word that negates no claim (see negatesClaim) claims nothing either.
    if (scan.marks.some((m, k) => m.kind === 'negation' && scan.marks[k + 1]?.kind === 'claim' && scan.marks[k + 1]?.at === m.end))
      return false;
    // "me and my 47 mugs", "me with 300 likes": a count no claim makes, next to a weak claim word, is chat.
    if (strayNumber) return false;
    // "that yellow is so me", "ese amarillo es muy yo", "цвет прям мой", "das gelb ist so ich": "me" made a degree of is
    // praise of how the colour suits the buyer, no claim.
    if (
      !hasCode &&
      INTENSIFIERS.has(tokens[scan.claimAt - 1] as string) &&
      FIRST_PERSON.has(tokens[scan.claimAt] as string) &&
      scan.marks.find((m) => m.kind === 'claim')?.end === scan.claimAt + 1
    )
      return false;
    // "30 ml starczyło mi na 2 miesiące": a time or a price beside a weak claim word is chat, as an unknown word is.
    // Round 30: a noun naming a product the catalog sells is not ("мне пазл … на 2000 деталей", "para mi papá unas gafas de 3 …").
    const chat = scan.unknown - (values > 0 ? scan.nounAt.length : 0) + timesAndPrices(scan);
    return (reference && chat <= MAX_UNKNOWN_WITH_CLAIM + 1) || (hasFeatured && chat === 0);
  }
  if (questionish || !(hasCode || (hasFeatured && values > 0))) return false;
  // "der mint schlafanzug ist zuckersüß 💚", "бежевый түсі қандай сәнді": values in a sentence that describes them, with no claim word.
  if (!hasCode && describing) return false;
  // "złote nie uczulają", "золотые не вызывают аллергию": a negated verb states something; with no claim word it claims nothing.
  if (!hasCode && scan.marks.some((m) => m.kind === 'negation')) return false;
  // "esterilla lila 4mm", "przedłużacz biały 10 m": a noun naming a product the catalog sells is no chatter around values.
  const chat = scan.unknown - scan.nounAt.length + (hasCode ? 0 : timesAndPrices(scan));
  return chat === 0 || (chat <= MAX_UNKNOWN_WITH_CLAIM && values > 0);
}

/** Degree words (normalised) that make "me" a description ("so me", "muy yo", "прям мой", "cała ja", "нағыз менің", "voll ich"). */
const INTENSIFIERS = new Set([
  'so',
  'sooo',
  'totally',
  'very',
  'literally',
  'cala',
  'calkiem',
  'totalnie',
  'bardzo',
  'прям',
  'прямо',
  'совсем',
  'вообще',
  'очень',
  'нагыз',
  'нағыз',
  'өте',
  'muy',
  'tan',
  'totalmente',
  'total',
  'voll',
  'sehr',
  'typisch',
  'absolut',
]);

/** The buyer alone as a word (normalised): "me", "yo", "ich", "ja", "мой", "менің"… ("so me too" still claims). */
const FIRST_PERSON = new Set([
  'me',
  'mine',
  'yo',
  'mio',
  'mia',
  'ich',
  'meins',
  'ja',
  'moj',
  'moja',
  'moje',
  'я',
  'мои',
  'моя',
  'мое',
  'менің',
  'менин',
  'мен',
]);

/** Requests to hold, reserve or place an order (normalised phrases): claims only with what they are about ("hold it for me" points itself). */
const REQUESTS = new Set(
  [
    'hold the',
    'hold one',
    'hold me',
    'hold mine',
    'hold a',
    'could you hold the',
    'can you hold the',
    'can u hold the',
    'could u hold the',
    'could you hold one',
    'can you hold one',
    'could you reserve',
    'can you reserve',
    'reserve me',
    'reserve the',
    'reserve one',
    'reserve a',
    'put aside',
    'set aside',
    'put one aside',
    'keep one for me',
    // Round 17: the request asked as a question ("B3 black M, can you hold it for me?").
    'can you hold it for me',
    'could you hold it for me',
    'can u hold it for me',
    'can you hold them for me',
    'could you hold them for me',
    'can you put one aside',
    'could you put one aside',
    'can you put it aside',
    'could you put it aside',
    'can you keep one for me',
    'could you keep one for me',
    'odłóżcie',
    'odłożycie',
    'odłóż',
    'odłóżcie mi',
    'zarezerwujcie',
    'zarezerwujecie',
    'zarezerwuj',
    'zaklepcie',
    'отложите',
    'отложите мне',
    'отложи',
    'забронируйте',
    'забронируете',
    'забронируй',
    'оставьте мне',
    'отложите пожалуйста',
    'оформите',
    'оформите мне',
    'оформляйте',
    'оформите пожалуйста',
    'оформляю',
    'қалдырыңыз',
    'қалдырыңызшы',
    'сақтап қойыңыз',
    'сақтап қойыңызшы',
    'брондап қойыңыз',
    'брондап қоясыз ба',
    'брондаңыз',
    'брондаңызшы',
    'сақтаңызшы',
    'қалдырып қойыңыз',
    'қалдырып қойыңызшы',
    'қалдырып қойыңыздаршы',
    'қалдырып қойыңдаршы',
    'қалдырып қоясыз ба',
    'қалдырып қоясыздар ма',
    'рәсімдеңіз',
    'рәсімдеңізші',
    'рәсімдеп беріңіз',
    'рәсімдеп беріңізші',
    'apártame',
    'me apartas',
    'me la apartas',
    'me lo apartas',
    'guárdame',
    'me guardas',
    'me la guardas',
    'me lo guardas',
    'me los guardas',
    'me las guardas',
    'resérvame',
    'me reservas',
    'zurücklegen',
    'legt mir',
    'leg mir',
    'legt ihr mir',
    'legst du mir',
    'reservieren',
    'reserviert mir',
    'reservier mir',
    'reservierst du',
    'zurücklegen bitte',
  ].map((p) => normalizeText(p)),
);

/** Every strong claim word of the message is a request to hold, reserve or place. */
function onlyRequests(scan: Scan, tokens: readonly string[]): boolean {
  const strong = scan.marks.filter((m) => m.kind === 'claim' && !m.weak);
  return strong.length > 0 && strong.every((m) => REQUESTS.has(tokens.slice(m.at, m.end).join(' ')));
}

/** Numbers that are a time or a price ("2 miesiące", "at 8", "20 zł"). */
const timesAndPrices = (scan: Scan) => scan.marks.filter((m) => m.kind === 'number' && m.role === 'ignored').length;

/** A short known word between a negation and its value: "no la M", "not the red", "nicht die 38" ("no wait 50 ml" negates nothing). */
const isArticle = (token: string | undefined) => token !== undefined && token.length <= 3 && /^\p{L}+$/u.test(token);

/** Unknown words a "not for me" may follow and still take back a claim ("nah not for me", "sorry, nie dla mnie"). */
const MAX_UNKNOWN_BEFORE_WEAK_NEGATION = 2;

/** "both" (normalised): "both", "oba/obie", "оба/обе", "екеуі(н) де", "ambos/ambas", "las dos", "beide". */
const BOTH = new Set(['both', 'oba', 'obie', 'obydwa', 'obydwie', 'оба', 'обе', 'екеуі', 'екеуін', 'ambos', 'ambas', 'beide', 'beiden']);
const saysBoth = (tokens: readonly string[]) =>
  tokens.some((t, k) => BOTH.has(t) || ((t === 'los' || t === 'las') && tokens[k + 1] === 'dos'));

/** The values a product sells for an option. */
function valuesOf(product: IndexedProduct, name: string): string[] {
  const values = new Set<string>();
  for (const ref of product.values.values()) if (ref.name === name) values.add(ref.value);
  return [...values];
}

/**
 * "both sizes in white", "оба размера в черном", "beide größen in schwarz": one item that leaves open the one option of its
 * product sold in two values, said with "both", is both those items (each once: "las dos" counts nothing).
 */
function bothValues(drafts: Draft[], tokens: readonly string[]): Draft[] {
  const [draft] = drafts;
  const product = draft?.product;
  if (drafts.length !== 1 || !draft || !product || !saysBoth(tokens)) return drafts;
  const open = product.optionNames.filter((n) => draft.options[n] === undefined && valuesOf(product, n).length === 2);
  if (open.length !== 1) return drafts;
  const name = open[0] as string;
  const quantity = draft.quantity === 2 ? null : draft.quantity;
  return valuesOf(product, name).map((value) => ({ ...draft, options: { ...draft.options, [name]: value }, quantity }));
}

/**
 * "dwa wazony: grafitowy 20 i piaskowy 30", "екеуін де аламын: ақ 36-40 және қара 41-45": a count said before a colon,
 * then as many items after it, counts the items; each is taken once.
 */
function countedList(drafts: Draft[], marks: readonly Mark[], message: string): Draft[] {
  const first = drafts[0];
  const colon = message.indexOf(':');
  if (drafts.length < 2 || !first || first.quantity !== drafts.length || colon < 0) return drafts;
  // The count stands before the colon, every value after it ("2x B7 + D20 pink" counts the mugs only).
  const beforeColon = tokenize(normalizeText(message.slice(0, colon))).length;
  const count = marks.find((m) => m.kind === 'number' && m.role === 'quantity' && m.value === drafts.length);
  const firstValue = marks.find((m) => m.kind === 'value' || (m.kind === 'number' && m.role !== 'quantity' && m.role !== 'ignored'));
  if (!count || !firstValue || count.at >= beforeColon || firstValue.at < beforeColon) return drafts;
  return [{ ...first, quantity: null }, ...drafts.slice(1)];
}

/** Concessive words (normalised): "хоть", "though", "choć", "aunque", "obwohl", "дегенмен". */
const CONCESSIVE = new Set([
  'хоть',
  'хотя',
  'though',
  'although',
  'tho',
  'choc',
  'chociaz',
  'aunque',
  'obwohl',
  'wenn auch',
  'дегенмен',
  'әитсе',
]);

/** A concessive word before the first negation of the message ("хоть и не моё"). */
function concedes(tokens: readonly string[], marks: readonly Mark[]): boolean {
  const negation = marks.find((m) => m.kind === 'negation');
  return negation !== undefined && tokens.slice(0, negation.at).some((t) => CONCESSIVE.has(t));
}

/** "nie biorę", "don't take": a negation right before a claim word. */
function negatesClaim(marks: readonly Mark[], length: number, unknown: number): boolean {
  for (let k = 0; k + 1 < marks.length; k++) {
    const a = marks[k] as Mark;
    const b = marks[k + 1] as Mark;
    if (a.kind !== 'negation' || b.kind !== 'claim' || b.at !== a.end) continue;
    // "nie mój kolor", "not my colour": a weak claim word (a possessive) with a word after it that is no value is a sentence.
    const next = marks[k + 2];
    // "our bed is 160 wide so not for me": a negated weak claim word closing a story takes nothing back.
    if (b.weak && unknown > MAX_UNKNOWN_BEFORE_WEAK_NEGATION) continue;
    if (
      b.weak &&
      b.end < length &&
      !(next && next.at === b.end && (isAttribute(next) || next.kind === 'code' || next.kind === 'separator'))
    )
      continue;
    return true;
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
function readCorrection(
  tokens: readonly string[],
  scan: Scan,
  index: CatalogIndex,
  firstCode: Target | null,
  questionish: boolean,
  featured: Target,
): Decided | null {
  const { marks } = scan;
  const attributes = marks.filter(isAttribute);
  if (attributes.length === 0) return null;
  const negated = new Set<Mark>();
  marks.forEach((m, k) => {
    const next = marks[k + 1];
    const prev = marks[k - 1];
    // "no la M", "no el negro", "no el de 30": an article (or two) between the negation and its value.
    if (m.kind === 'negation' && isAttribute(next) && articlesBetween(tokens, m.end, next.at)) negated.add(next);
    // "la de 28 no, la de 30", "M nie, L": a negation closing its clause takes back the value before it.
    else if (m.kind === 'negation' && isAttribute(prev) && prev.end === m.at && (tokens[m.end] === ',' || m.end === tokens.length))
      negated.add(prev);
    if (m.kind === 'negationAfter' && isAttribute(prev) && prev.end === m.at) negated.add(prev);
  });
  // Round 20: "не 30/32 а 30/30", "30/32 емес": a pair of numbers ("30/32": waist and length) is taken back whole.
  for (const m of [...negated])
    if (m.kind === 'value' && m.pair !== undefined)
      for (const other of marks) if (other.kind === 'value' && other.pair === m.pair) negated.add(other);
  // "серьги не чернеют? это золото 585?": a negated verb in a question corrects nothing.
  const structural = negated.size > 0 && attributes.length >= 2 && !(scan.questionMark && !scan.claim);
  if (!structural && !(scan.correctionCue && !questionish && !comparesOnly(tokens, marks))) return null;

  const target: Target = firstCode ?? { product: null, code: null };
  // With no code written the correction amends the buyer's last claim: its values are read on the product on screen
  // first ("la de 28 no, la de 30" is EU 30 of the boots, not 30 ml of a serum), then on the whole catalog.
  const onScreen = firstCode ?? (featured.product ? featured : null);
  const from: OptionValues = {};
  const to: OptionValues = {};
  let quantity: number | null = null;
  const units = unitsOf(attributes);
  // "hab mich verschrieben, 85 meinte ich", "не кило, а 250": a bare number with no measure beside it is in a unit the
  // product on screen sells ("85 cm", "250 g").
  const sold = onScreen?.product ? unitsSold(onScreen.product) : [];
  const read = (a: Attribute, t: Target) =>
    resolveAttribute(a, t, index) ?? inUnitOf(a, units, t, index) ?? (t === onScreen ? inUnitOf(a, sold, t, index) : null);
  const unread: Attribute[] = [];
  for (const attribute of attributes) {
    // "50 ml not 30", "30 емес 50 мл": a bare number beside a measure is in the measure's unit.
    const own = onScreen && read(attribute, onScreen);
    // Round 20: a bare number taken back that the product on screen does not sell waits for what it changes (below).
    if (!own && attribute.kind === 'number' && negated.has(attribute)) {
      unread.push(attribute);
      continue;
    }
    const ref = own || read(attribute, target);
    if (ref) (negated.has(attribute) ? from : to)[ref.name] = ref.value;
    // "the green one": a correction stating 1 states no quantity.
    else if (
      attribute.kind === 'number' &&
      attribute.role !== 'size' &&
      !negated.has(attribute) &&
      isQuantity(attribute.value) &&
      attribute.value > 1
    )
      quantity = attribute.value;
  }
  if (Object.keys(to).length === 0) return null;
  // Round 20: "L32 not 30", "nie 30 tylko 28 w pasie": a bare number taken back is the numbered value of the option the
  // buyer changes ("L30" beside "L32"), where the product on screen sells it.
  const product = (firstCode ?? featured).product;
  for (const attribute of unread) {
    if (product && attribute.kind === 'number' && numberedLike(attribute.value, to, product, from)) continue;
    const ref = read(attribute, target);
    if (ref) from[ref.name] = ref.value;
  }
  if (Object.keys(from).length === 0)
    changedFromTo(tokens, attributes, negated, (a) => (onScreen && read(a, onScreen)) || read(a, target), from, to);
  return { intent: 'order', code: target.code, options: { ...to }, quantity, topic: null, correction: { from, to } };
}

const NUMBERED_VALUE = /^(\p{L}{1,2}) ?\d{2,3}$/u;

/** Round 20: the value of `to`'s numbered option with the number `n` instead ("L32" and 30 -> "L30"), into `from`. */
function numberedLike(n: number, to: OptionValues, product: IndexedProduct, from: OptionValues): boolean {
  for (const [name, value] of Object.entries(to)) {
    const prefix = NUMBERED_VALUE.exec(value)?.[1];
    if (!prefix || from[name] !== undefined) continue;
    const ref = product.values.get(`l:${prefix.toLowerCase()}${n}`);
    if (ref && ref.name === name && ref.value !== value) {
      from[name] = ref.value;
      return true;
    }
  }
  return false;
}

/** "to", "na", "на", "a", "por", "auf", "zu", "in" (normalised): what a change goes to. */
const TO_WORDS = new Set(['to', 'into', 'for', 'na', 'на', 'a', 'por', 'auf', 'zu', 'in', 'en']);

/**
 * "switch charcoal to olive", "zmieńcie grafitowe na oliwkowe", "поменяйте графитовый на оливковый": two values of one
 * option with "to" between them in a correction: the first is what is changed.
 */
function changedFromTo(
  tokens: readonly string[],
  attributes: readonly Attribute[],
  negated: ReadonlySet<Mark>,
  read: (a: Attribute) => OptionRef | null,
  from: OptionValues,
  to: OptionValues,
): void {
  const refs = attributes.filter((a) => !negated.has(a)).map((a) => ({ a, ref: read(a) }));
  for (let k = 0; k + 1 < refs.length; k++) {
    const x = refs[k];
    const y = refs[k + 1];
    if (!x?.ref || !y?.ref || x.ref.name !== y.ref.name || x.ref.value === y.ref.value) continue;
    if (!tokens.slice(x.a.end, y.a.at).some((t) => TO_WORDS.has(t))) continue;
    from[x.ref.name] = x.ref.value;
    to[y.ref.name] = y.ref.value;
    return;
  }
}

/** "rather", "better", "лучше", "mejor", "lieber", "raczej": correction cues that also compare. */
const COMPARATIVES = new Set(['better', 'rather', 'лучше', 'mejor', 'lieber', 'raczej', 'lepiej']);

/**
 * "красное лучше смотрится", "la roja se ve mejor en cámara": a comparative with no value right after it (within three
 * words) compares; "лучше чёрное", "mejor la negra" correct.
 */
function comparesOnly(tokens: readonly string[], marks: readonly Mark[]): boolean {
  const at = tokens.findIndex((t) => COMPARATIVES.has(t));
  if (at < 0 || marks.some((m) => m.kind === 'negation' || m.kind === 'negationAfter')) return false;
  return !marks.some((m) => (isAttribute(m) || m.kind === 'code') && m.at > at && m.at <= at + 3);
}

/** Up to two short words ("la", "el de") and nothing else between a negation and its value. */
function articlesBetween(tokens: readonly string[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) if (!isArticle(tokens[k])) return false;
  return true;
}

const MEASURE_KEY = /^u:\d+(?:\.\d+)?(\D+)$/;

/** Units of the measures among the attributes ("50 ml" -> ml). */
function unitsOf(attributes: readonly Attribute[]): string[] {
  const units: string[] = [];
  for (const a of attributes) {
    if (a.kind !== 'value') continue;
    for (const key of a.keys) {
      const unit = MEASURE_KEY.exec(key)?.[1];
      if (unit && !units.includes(unit)) units.push(unit);
    }
  }
  return units;
}

/** The units of the measures a product sells ("85 cm", "250 g" -> cm, g). */
function unitsSold(product: IndexedProduct): string[] {
  const units = new Set<string>();
  for (const key of product.values.keys()) {
    const unit = MEASURE_KEY.exec(key)?.[1];
    if (unit) units.add(unit);
  }
  return [...units];
}

function inUnitOf(attribute: Attribute, units: readonly string[], target: Target, index: CatalogIndex): OptionRef | null {
  if (attribute.kind !== 'number' || units.length === 0) return null;
  return resolveKeys(
    units.map((unit) => `u:${attribute.value}${unit}`),
    target,
    index,
  );
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
function assembleItems(marks: readonly Mark[], featured: Target, index: CatalogIndex, featuredFirst = false): Draft[] {
  const items: Draft[] = [];
  const anyCode = marks.some((m) => m.kind === 'code');
  if (!anyCode || featuredFirst) newDraft(items, featured);
  const state: Assembly = { items, index, leading: [], segment: [] };
  for (const mark of marks) {
    if (mark.kind === 'separator') flushSegment(state);
    else state.segment.push(mark);
  }
  flushSegment(state);
  shareTrailingOptions(items);
  return items;
}

/** assembleItems' state between separators (module-level helpers: no closures made per message). */
interface Assembly {
  items: Draft[];
  index: CatalogIndex;
  /** Attributes said before the first item began. */
  leading: Attribute[];
  segment: Mark[];
}

function newDraft(items: Draft[], target: Target): Draft {
  // Its two fields by name: a spread of targets of several shapes is the slow path of an object copy.
  const draft: Draft = { product: target.product, code: target.code, options: {}, quantity: null, inherited: new Set() };
  items.push(draft);
  return draft;
}

function flushSegment(state: Assembly): void {
  const { items, index, segment } = state;
  const hasCode = segment.some((m) => m.kind === 'code');
  if (!hasCode) {
    const last = items[items.length - 1];
    if (!last) state.leading.push(...segment.filter(isAttribute));
    else applySegment(segment.filter(isAttribute), last, items, index);
  } else {
    let current: Draft | null = null;
    let before: Attribute[] = state.leading;
    state.leading = [];
    for (const mark of segment) {
      if (mark.kind === 'code') {
        current = newDraft(items, { product: mark.product, code: mark.product.code });
        for (const a of before) current = applyAttribute(current, a, items, index);
        before = [];
      } else if (isAttribute(mark)) {
        if (current) current = applyAttribute(current, mark, items, index);
        else before.push(mark);
      }
    }
  }
  state.segment = [];
}

// A value an item only inherits from the item before it was said once ("termos koral 500 + czapka czarna": 500 is not said twice).
const resolvedOptions = (drafts: readonly Draft[]) =>
  drafts.reduce((n, d) => n + Object.keys(d.options).filter((name) => !d.inherited.has(name)).length, 0);

/** The segment (between separators) token i is in. */
const segmentOf = (marks: readonly Mark[], i: number) => marks.filter((m) => m.kind === 'separator' && m.at < i).length;

/**
 * "wezmę 2 kubki", "torba czarna i szal różowy dla mnie": with no code written, a product noun that names exactly one catalog
 * product (its title names the noun's concept in any language) stands for that product's code in a claim, so each item
 * goes to the product it names rather than to the one on screen. Read only once the message claims: it never makes one.
 * Returns the marks with those nouns as codes, or null when no noun names a product.
 */
function namedProducts(tokens: readonly string[], marks: readonly Mark[], index: CatalogIndex): Mark[] | null {
  if (index.namedBy.size === 0 && index.titleNames.size === 0) return null;
  // "B3 rojo M + pañuelo beige": beside written codes, a noun names an item only in a segment with values and no code.
  const coded = new Set(marks.filter((m) => m.kind === 'code').map((m) => segmentOf(marks, m.at)));
  let out: Mark[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const product = namedOrTitled(tokens[i] as string, index);
    if (!product || marks.some((m) => m.at <= i && i < m.end)) continue;
    if (packageOfAMeasure(marks, i)) continue;
    if (
      coded.size > 0 &&
      (coded.has(segmentOf(marks, i)) ||
        marks.some((m) => m.kind === 'code' && m.product === product) ||
        !marks.some((m) => isAttribute(m) && segmentOf(marks, m.at) === segmentOf(marks, i)))
    )
      continue;
    // "tote bag", "funda nórdica": nouns side by side are one noun; the last one names the product.
    if (i + 1 < tokens.length && namedOrTitled(tokens[i + 1] as string, index)) continue;
    out ??= [...marks];
    out.push(codeMark(i, i + 1, product));
  }
  return out?.sort((a, b) => a.at - b.at) ?? null;
}

/**
 * "the mug plus K9 brown", "2 tazas y el bolso marrón K9", "кружку и ещё K9 коричневую": a pointing or product
 * word before the first separator, with no code there, is an item of the product on screen; the code after the
 * separator is another item.
 */
function pointsFirst(scan: Scan, marks: readonly Mark[], featured: Target): boolean {
  if (!featured.product || scan.deicticAt.length === 0) return false;
  const cut = marks.find((m) => m.kind === 'separator');
  const code = marks.find((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
  if (!cut || !code || code.at < cut.at || code.product === featured.product) return false;
  return scan.deicticAt.some((d) => d < cut.at);
}

/**
 * "pasek 95 czarny + kolczyki srebrne", "khaki + socks 36-40 black": values before the first separator, with no code or
 * product word there, that the product on screen sells and the next item's product does not, are an item of the product
 * on screen; the product after the separator is another item.
 */
function screenBeforeCut(marks: readonly Mark[], featured: Target, index: CatalogIndex): boolean {
  if (!featured.product) return false;
  const cut = marks.findIndex((m) => m.kind === 'separator');
  const next = marks.slice(cut + 1).find((m): m is Extract<Mark, { kind: 'code' }> => m.kind === 'code');
  if (cut < 1 || !next || next.product === featured.product) return false;
  const head = marks.slice(0, cut);
  if (head.some((m) => m.kind === 'code')) return false;
  const values = head.filter((m) => isAttribute(m) && !(m.kind === 'number' && m.role === 'quantity'));
  const other: Target = { product: next.product, code: next.product.code };
  return (
    values.length > 0 &&
    values.every((m) => isAttribute(m) && resolveAttribute(m, featured, index) !== null) &&
    values.some((m) => isAttribute(m) && resolveAttribute(m, other, index) === null)
  );
}

/**
 * "E4 L and XL black", "A12 M i L biała": a value said once at the end of items split from one
 * another (same product, one option told apart) belongs to all of them.
 */
function shareTrailingOptions(items: Draft[]): void {
  for (let k = items.length - 1; k > 0; k--) {
    const last = items[k] as Draft;
    for (let j = k - 1; j >= 0; j--) {
      const earlier = items[j] as Draft;
      if (earlier.product !== last.product || earlier.code !== last.code) break;
      for (const [name, value] of Object.entries(last.options)) {
        if (earlier.options[name] === undefined && !last.inherited.has(name)) earlier.options[name] = value;
      }
    }
  }
}

function applyAttribute(draft: Draft, attribute: Attribute, items: Draft[], index: CatalogIndex): Draft {
  // Round 26: "500 шт", "1000 pcs", "500pc" of a puzzle sold by piece count: a count no buyer takes that the product sells
  // as a number is that value (its pieces), not 500 puzzles.
  const pieces =
    attribute.kind === 'number' && attribute.role === 'quantity' && attribute.value > MAX_BARE_QUANTITY && draft.product
      ? resolveKeys([`l:${attribute.value}`, `n:${attribute.value}`], draft, index)
      : null;
  if (attribute.kind === 'number' && attribute.role === 'quantity' && !pieces) {
    if (draft.quantity === null && isQuantity(attribute.value)) draft.quantity = attribute.value;
    return draft;
  }
  const ref =
    pieces ?? resolveAttribute(attribute, draft, index) ?? (attribute.kind === 'number' ? loneWidth(attribute.value, draft) : null);
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

// Round 14, questions (issue 17, heldout-12's kinds of failure).

/**
 * "how much is the 750", "сколько стоит термос на 750": a number the product sells as a value names the variant; it is no
 * fineness (750, 585, 925 are material words for jewellery). Blanked, positions kept, for the topic lookup.
 */
function withoutSoldNumbers(tokens: readonly string[], target: Target): readonly string[] {
  const values = target.product?.values;
  if (!values) return tokens;
  let out: string[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as string;
    if (t.charCodeAt(0) < 48 || t.charCodeAt(0) > 57 || !/^\d+$/u.test(t)) continue;
    for (const ref of values.values()) {
      if (!ref.value.startsWith(t) || /^[\d.,]/u.test(ref.value.slice(t.length))) continue;
      out ??= [...tokens];
      out[k] = '';
      break;
    }
  }
  return out ?? tokens;
}

/** Keeping the heat (normalised stems): "keeps", "trzyma", "держит", "ұстайды", "mantiene", "hält". */
const KEEPS = /^(?:keeps?|holds?|stays?|trzyma|utrzym|держ|сохраня|ұстаи|устаи|сақтаи|сактаи|mantien|conserv|halt)/u;
/** Hot, warm or cold (normalised stems) in six languages. */
const TEMPERATURE = /^(?:hot|warm|cold|ciepl|gorac|zimn|горяч|тепл|холод|ыстық|ыстык|суық|суык|calient|frio|fria|heiss|kalt)/u;

/** "how long does the mug keep tea warm", "кружка шайды қанша уақыт ыстық ұстайды": how the product is used, topic other. */
function keepsTemperature(tokens: readonly string[]): boolean {
  return tokens.some((t) => KEEPS.test(t)) && tokens.some((t) => TEMPERATURE.test(t));
}

/** The show itself (normalised): "when is the next live", "а во сколько эфир", "wann seid ihr wieder live". */
const SHOW_NOUNS = new Set([
  'live',
  'stream',
  'livestream',
  'transmisja',
  'transmisji',
  'эфир',
  'стрим',
  'трансляция',
  'тікелеи',
  'directo',
  'sendung',
]);
const namesTheShow = (tokens: readonly string[]) => tokens.some((t) => SHOW_NOUNS.has(t));
/** Longer, a sentence about the show tells ("primera vez que entro a un live de estos"). */
const MAX_WORDS_ABOUT_THE_SHOW = 6;

/** Skin and a kind of skin (normalised): what the product suits, not its leather ("skóra", "кожа", "тері", "piel" are also leather). */
const SKIN = new Set([
  'skin',
  'skora',
  'skory',
  'skore',
  'cera',
  'cery',
  'cere',
  'кожа',
  'кожи',
  'коже',
  'тері',
  'теріге',
  'терісі',
  'теріне',
  'piel',
  'haut',
]);
const SKIN_KIND =
  /^(?:sensitive|dry|oily|combination|atopic|acne|wrazliw|sucha|suchej|tlust|atopow|naczynk|mieszan|чувствительн|сух|жирн|проблемн|комбинир|сезімтал|құрғақ|майлы|sensible|seca|grasa|mixta|atopica|empfindlich|trocken|fettig|unrein)/u;

/**
 * Questions whose topic words mislead: the heat a product keeps (not how long shipping takes), the show's schedule (not a
 * price: "во сколько"), a kind of skin (not leather). Topic other.
 */
function refinedAsOther(topic: Topic | null, tokens: readonly string[], options: OptionValues, target: Target): Topic | null {
  if (topic === null || topic === 'other' || Object.keys(options).length > 0) return topic;
  if (keepsTemperature(tokens) || (topic === 'price' && namesTheShow(tokens))) return 'other';
  // Jewellery or goods sold in metals and fabrics on sensitive skin ask what they are made of ("los aros son aptos para piel sensible").
  if (target.product?.optionNames.some((n) => MADE_OF_OPTION.test(n))) return topic;
  return topic === 'material' && tokens.some((t) => SKIN.has(t)) && tokens.some((t) => SKIN_KIND.test(t)) ? 'other' : topic;
}
const MADE_OF_OPTION = /metal|material|fabric|finish/iu;

/** What the product is made of, asked as such ("made of", "z czego", "из чего", "неден", "de qué", "woraus"), not how it feels. */
const MADE_OF = new Set(['made', 'czego', 'чего', 'неден', 'woraus', 'material', 'fabric', 'материал', 'stoff', 'tela', 'мата']);
function asksWhatFrom(tokens: readonly string[]): boolean {
  return tokens.some((t, k) => MADE_OF.has(t) || (t === 'que' && tokens[k - 1] === 'de') || (t === 'was' && tokens[k - 1] === 'aus'));
}

/** A negation, then (within three words) a verb of hearing or understanding; Kazakh says both in one word. */
const NOT_BEFORE = new Set(['didnt', "didn't", 'not', 'nie', 'не', 'no', 'nicht']);
const MISSED =
  /^(?:catch|hear|doslysz|uslysz|zrozumia|zalapa|расслыш|услыш|понял|поняла|escuch|oi|entend|pille|claro|clara|mitbekommen|verstanden|gehort|kapiert)/u;
const MISSED_KAZAKH = /^(?:естіме|естiме|түсінбе|тусинбе)/u;
const MAX_MISSED_AFTER = 3;

/** "didnt catch the price", "nie dosłyszałam ceny", "не расслышала цену", "бағасын естімей қалдым", "hab den preis nicht mitbekommen". */
function missedWhatWasSaid(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as string;
    const c = t.charCodeAt(0);
    // Kazakh says the negation inside the verb; only words starting "е" or "т" are tried.
    if (t === 'missed' || ((c === 0x435 || c === 0x442) && MISSED_KAZAKH.test(t))) return true;
    if (!NOT_BEFORE.has(t)) continue;
    for (let j = k + 1; j <= k + MAX_MISSED_AFTER && j < tokens.length; j++) if (MISSED.test(tokens[j] as string)) return true;
  }
  return false;
}

/** Wearing a size, or usually (normalised): "i wear", "noszę", "ношу", "киемін", "uso", "trag"; "usually", "zwykle", "обычно", "әдетте". */
const WEARS: ReadonlySet<string> = new Set([
  'wear',
  'usually',
  'normally',
  'nosze',
  'zwykle',
  'ношу',
  'обычно',
  'киемін',
  'киемин',
  'әдетте',
  'адетте',
  'uso',
  'calzo',
  'normalmente',
  'trag',
  'trage',
  'meistens',
  'normalerweise',
]);
/** "Which" (normalised stems): which, który, какой, қайсы, cuál, welche; Kazakh's bare "қай" as a whole word ("қайда" is "where"). */
const WHICH_ONE = /^(?:(?:which|ktor|jaki|jaka|jakie|jakiego|какои|какую|какие|какого|котор|қаисы|каисы|cual|welch)|қаи$)/u;

function wearsThenAsksWhich(tokens: readonly string[], scan: Scan): boolean {
  const wears = tokens.findIndex((t) => WEARS.has(t));
  if (wears >= 0) {
    const which = tokens.findIndex((t, k) => k > wears && WHICH_ONE.test(t));
    if (which >= 0 && scan.marks.some((m) => isAttribute(m) && m.at > wears && m.at < which)) return true;
  }
  return scan.claimAt > 0 && claimAfterWhich(tokens, scan.claimAt);
}

/**
 * Round 28: a number, then "which …", then the claim word ("im 42 sometimes 43 which socks do i get", "37 киемін қай
 * размерін алу керек", "schuhgröße 38,5 welche … nehm ich"): the buyer's size, and the claim is what is asked.
 */
function claimAfterWhich(tokens: readonly string[], claimAt: number): boolean {
  let number = false;
  for (let k = 0; k < claimAt; k++) {
    const token = tokens[k] as string;
    if (WHICH_ONE.test(token)) return number;
    const c = token.charCodeAt(0);
    if (c >= 48 && c <= 57) number = true;
  }
  return false;
}

/** A supposition ("probably", "chyba", "наверное", "шығар", "wohl", "supongo"): the statement before a comma and a tag is asked. */
const SUPPOSES = new Set([
  'probably',
  'guess',
  'suppose',
  'prolly',
  'chyba',
  'pewnie',
  'наверное',
  'наверно',
  'видимо',
  'шығар',
  'болар',
  'supongo',
  'imagino',
  'seguramente',
  'wohl',
  'vermutlich',
]);

/** Token k names who or what has something: a pointing word, a product noun, or a noun's start. */
const ownerAt = (tokens: readonly string[], scan: Scan, k: number) =>
  scan.deicticAt.includes(k) || scan.nounAt.includes(k) || NOUN_STARTS.has((tokens[k] as string).slice(0, 4));

/** "сөмкенің ішінде телефон салатын қалта бар ма", "P6 ішінде … жері бар ма": Kazakh closes "has" with its particle; the owner opens. */

function kazakhHasAtTheEnd(tokens: readonly string[], scan: Scan): number {
  const n = tokens.length;
  const at = tokens[n - 2] === 'бар' && /^(?:ма|ме)$/u.test(tokens[n - 1] as string) ? n - 2 : -1;
  // "P6 ipad mini-ге бар ма": a dative says what it is for, a model it fits (stock), not a part it has.
  if (at < 2 || tokens.some((t) => /(?:ге|ға|ке|қа)$/u.test(t))) return -1;
  return ownerAt(tokens, scan, 0) || scan.marks.some((m) => m.kind === 'code' && m.at === 0) ? at : -1;
}

/**
 * "la cartera tiene hueco para tarjetas", "der geldbeutel hat ein fach für karten": after the product, "has" and a part, "for
 * …" says what the part holds, not whom the buyer takes it for; the scan's beneficiary claim there is dropped.
 */
function partIsFor(tokens: readonly string[], scan: Scan): void {
  if (!scan.claimWeak || scan.claim) return;
  const has = ownerHasAt(tokens, scan);
  if (has < 0) return;
  // Not after a comma, nor before a possessive ("la bolsa tiene bolsillo, para mi hermana" claims for her).
  const holds = (m: Mark) =>
    m.kind === 'claim' &&
    m.weak === true &&
    m.at > has + 1 &&
    FOR.has(tokens[m.at] as string) &&
    !POSSESSIVES.has(tokens[m.at + 1] as string) &&
    !tokens.slice(has, m.at).includes(',');
  if (!scan.marks.some(holds)) return;
  scan.marks = scan.marks.filter((m) => !holds(m));
  const claims = scan.marks.filter((m): m is Extract<Mark, { kind: 'claim' }> => m.kind === 'claim');
  scan.claimWeak = claims.some((m) => m.weak === true);
  scan.claimAt = claims[0]?.at ?? -1;
}

/** Words comparing a price with one elsewhere (normalised): double, half, cheaper, dearer. */
const COMPARES_PRICE = new Set([
  'double',
  'twice',
  'half',
  'cheaper',
  'pricier',
  'drozej',
  'taniej',
  'polowe',
  'razy',
  'дороже',
  'дешевле',
  'вдвое',
  'половину',
  'қымбат',
  'арзан',
  'арзанырақ',
  'есе',
  'mitad',
  'doble',
  'barato',
  'caro',
  'halfte',
  'doppelt',
  'teurer',
  'billiger',
  'gunstiger',
]);

/** A sentence with a number closed by "?" and no question word, then a comparison of prices. */
function reactsToAPrice(tokens: readonly string[], scan: Scan): boolean {
  if (!scan.questionMark) return false;
  const q = tokens.findIndex((t) => t.startsWith('?'));
  if (q < 1 || (scan.questionAt >= 0 && scan.questionAt < q)) return false;
  if (!tokens.slice(0, q).some((t) => t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57)) return false;
  return tokens.slice(q + 1).some((t) => COMPARES_PRICE.has(t));
}

/** Laughing faces: beside a question about nothing sold they laugh as "haha" does ("көктем келді ме 😄"). */
const LAUGHING_FACES: ReadonlySet<string> = new Set(['😄', '😆', '😁']);

/**
 * "бүгін бәрі сары ғой, көктем келді ме 😄", "everyone's in yellow today, is it spring already 😄": a value told in a clause
 * before the last comma, the question after it; the question laughed at names nothing the shop sells.
 */
function toldBeforeTheQuestion(tokens: readonly string[], scan: Scan, m: Mark): boolean {
  const comma = tokens.lastIndexOf(',');
  // A particle ("ме", "ли") leaves no position; the question then has no question word before the comma.
  const asksAfter = scan.questionEnd > comma + 1 || (scan.questionParticle && scan.questionAt < 0);
  return comma > m.end - 1 && asksAfter && !scan.marks.some((q) => q.kind === 'claim');
}

/** "на 46 размер одежды какую брать", "which one for a size 40": "which" beside a size word the lookup left out (a marker) asks the size. */
function whichForASize(tokens: readonly string[], scan: Scan): boolean {
  return scan.marks.some((m) => m.kind === 'marker' && m.role === 'sizeMarker') && tokens.some((t) => WHICH_ONE.test(t));
}

/**
 * "got this for the ipad mini?", "etui na ipada mini jest?": the brand word that opens a model the product sells ("iPad Air
 * 11"), with no value of it named, asks whether a variant for that model is there (stock).
 */
const WHOLE_VALUE = /^\d{4,6}$/;

/**
 * Round 29: "any chance of a 2031 one?", "is there a 20000 one?": a number of four or more digits, as many digits as a
 * value the product sells (a year, a capacity), is a variant asked after even when it is not sold: stock.
 */
function namesAnUnsoldValue(scan: Scan, target: Target): boolean {
  const values = target.product?.values;
  if (!values) return false;
  for (const m of scan.marks) {
    if (m.kind !== 'number' || m.role === 'ignored' || m.value < 1000) continue;
    const digits = String(m.value).length;
    for (const value of values.values()) {
      const number = value.value.split(' ')[0] as string;
      if (WHOLE_VALUE.test(number) && number.length === digits) return true;
    }
  }
  return false;
}

function namesAModel(tokens: readonly string[], target: Target): boolean {
  const values = target.product?.values;
  if (!values) return false;
  for (const ref of values.values()) {
    const space = ref.value.indexOf(' ');
    // A model name carries a number after its brand ("iPad Air 11", "Galaxy Tab S9"); "Matte black" is no model.
    if (space < 3 || /\d/u.test(ref.value.slice(0, space)) || !/\d/u.test(ref.value.slice(space))) continue;
    const brand = ref.value.slice(0, space).toLowerCase();
    if (tokens.some((t) => t.startsWith(brand))) return true;
  }
  return false;
}

// ---- Round 14, ORDERS ----

/**
 * "H8 white 150", "Z2 90 cotton": a number past any count that is the width of exactly one dimension the product sells
 * ("150x200 cm") names it in a claim (a question about "the 90" asks about it, `resolveAttribute`); a count ("H8 white 2") or a width two dimensions share names nothing.
 */
function loneWidth(value: number, target: Target): OptionRef | null {
  if (value <= MAX_BARE_QUANTITY || !target.product) return null;
  return target.product.values.get(`w:${value}`) ?? null;
}

/** "Who" asked of the viewers, normalised: who, kto, кто, кім, quién, wer (and "anyone"…). */
const ROLL_CALL_WHO = new Set([
  'who',
  "who's",
  'whos',
  'anyone',
  'kto',
  'ktos',
  'кто',
  'ктото',
  'кім',
  'quien',
  'quienes',
  'alguien',
  'wer',
]);
/** "From" after it: a roll call by place ("who's from Chicago", "кто из Питера", "wer ist aus Wien"; Kazakh says it with the ablative, "кім Шымкенттен"). */
const ROLL_CALL_FROM = new Set(['from', 'z', 'ze', 'из', 'со', 'de', 'del', 'desde', 'aus', 'von']);
const RAISED_HANDS = new Set(['🙋', '✋']);

/**
 * "кто из Питера? 🙋‍♀️", "who's from Chicago? ✋", "кім Шымкенттен? 🙋": a hand raised to a roll call of where viewers are
 * from claims nothing; the hand is the only claim, no code, value or number is said, and "who" is followed by "from" (or a
 * Kazakh ablative) before the hand. The hand is then not read again as a sentence of its own.
 */
function handRaisedToARollCall(tokens: readonly string[], scan: Scan): boolean {
  if (!scan.claim || !(scan.questionWord || scan.questionMark)) return false;
  const claims = scan.marks.filter((m) => m.kind === 'claim');
  if (claims.length === 0 || claims.some((m) => !RAISED_HANDS.has(tokens[m.at] as string))) return false;
  const who = tokens.findIndex((t) => ROLL_CALL_WHO.has(t));
  const hand = claims[0]?.at ?? -1;
  if (who < 0 || who > hand) return false;
  const from = tokens.findIndex((t, k) => k > who && k < hand && (ROLL_CALL_FROM.has(t) || (k === who + 1 && KAZAKH_ABLATIVE.test(t))));
  // Round 16, ORDERS: any roll call asked with a question mark ("кто тоже смотрит? 🙋‍♀️", "who else is watching? ✋").
  if (from < 0 && !scan.questionMark) return false;
  // The place itself may read as a value ("krakowa" one edit from a colour): only the word after "from" is excused.
  const place = from < 0 ? -1 : ROLL_CALL_FROM.has(tokens[from] as string) ? from + 1 : from;
  // Round 28: "who" opening the message, asked with a question mark before the hand ("wer hat hier schuhgröße 46? 🙋‍♂️",
  // "кто ещё с 40 размером ноги? 🙋‍♀️"): a size or a value asked of the viewers is theirs, not claimed (a code still claims).
  const askedFirst = who === 0 && tokens.indexOf('?') > who && tokens.indexOf('?') < hand;
  if (scan.marks.some((m) => m.kind === 'code' || (!askedFirst && (m.kind === 'number' || (m.kind === 'value' && m.at !== place)))))
    return false;
  scan.marks = scan.marks.filter((m) => m.kind !== 'claim');
  scan.claim = false;
  scan.claimWeak = false;
  scan.claimAt = -1;
  return true;
}

/**
 * Round 16, ORDERS: "@mia_k get the sage one for your baby shower!!", "@ola weź białą dla twojej mamy": a message opening
 * with another viewer's name that says the item is for the listener's people is advice to that viewer, not the writer's
 * claim; its claim words claim nothing (a written code still does: the shop reads it).
 */
function adviceToAViewer(message: string, tokens: readonly string[], scan: Scan): void {
  if (!MENTION_FIRST.test(message) || !forTheListener(tokens) || scan.marks.some((m) => m.kind === 'code')) return;
  scan.marks = scan.marks.filter((m) => m.kind !== 'claim');
  scan.claim = false;
  scan.claimWeak = false;
  scan.claimAt = -1;
  scan.audience = true;
}
const MENTION_FIRST = /^\s*@\S/u;
/** Round 21: "@name" of letters ("_", "." and "-" inside), read as one unknown word; a name with digits stays as it was read. */
const MENTIONED_NAME = /@[\p{L}_]+(?:[.-][\p{L}_]+)*(?![\p{L}\p{N}_])/gu;

/**
 * Round 21 (heldout-19's false orders): "@tessa did u go 15 or 16?", "@mia nimmst du die lila oder die schwarze?", "@лена
 * ты ж хотела голубую": a message opening with another viewer's name that speaks to them as "you" (one person: you, ty,
 * ты, сен, tú, du), with no code and no strong claim word of the writer's, is about their choice: values in it claim
 * nothing.
 */
const FEELING_FOR_YOU = new Set(['thank', 'thanks', 'love', 'miss', 'see']);
function talkToAViewer(message: string, tokens: readonly string[], scan: Scan, index: CatalogIndex): void {
  if (scan.claim || !MENTION_FIRST.test(message)) return;
  // "thank you", "love u" speak to whoever is named, not of their choice.
  if (!tokens.some((t, k) => YOU_ALONE.has(t) && !FEELING_FOR_YOU.has(tokens[k - 1] as string))) return;
  // "@shop_anna do you ship to norway?": what only the shop knows is asked of the shop.
  if (scan.marks.some((m) => m.kind === 'code') || asksTheShop(tokens, index)) return;
  scan.marks = scan.marks.filter((m) => m.kind !== 'claim');
  scan.claimWeak = false;
  scan.claimAt = -1;
  scan.audience = true;
}

/** "you" as the one spoken to, in six languages (normalised): "suits you", "ci pasuje", "тебе идёт", "саған", "te queda", "steht dir". */
const TO_THE_LISTENER = new Set(['you', 'u', 'ya', 'ci', 'tobie', 'тебе', 'вам', 'саған', 'сізге', 'te', 'ti', 'dir', 'dich', 'euch']);

/**
 * Round 17: "@annie_r get the silver one, suits you more": a message opening with another viewer's name that speaks to
 * them is advice; no clause of it is read alone as the writer's claim.
 */
const toAViewer = (message: string, tokens: readonly string[]) => MENTION_FIRST.test(message) && tokens.some((t) => TO_THE_LISTENER.has(t));

/**
 * "я! я хочу", "me! i want": the buyer alone beside a weak claim word and nothing else claims what is on screen, as "me!"
 * alone does; the self words are no chatter.
 */
function selfAndAWish(tokens: readonly string[], scan: Scan): void {
  if (!scan.claimWeak || scan.claim || scan.cancel || tokens.length > 6 || scan.unknownAt.length === 0) return;
  const wished = new Set<number>();
  for (const m of scan.marks) {
    if (m.kind !== 'claim') return;
    for (let k = m.at; k < m.end; k++) wished.add(k);
  }
  const self = (t: string) => SELF_ALONE.has(squeeze(t));
  if (!scan.unknownAt.every((k) => self(tokens[k] as string))) return;
  if (!tokens.every((t, k) => wished.has(k) || self(t) || t === '!' || PICTOGRAPH.test(t))) return;
  scan.unknownAt = [];
  scan.unknown = 0;
}

/**
 * "żel 1 l i dwa po pół litra", "сыворотку 30 и ещё две на 50": in a segment with no code, a count said before a value that
 * starts a new item counts that item, not the one before the separator.
 */
const isCount = (a: Attribute) => a.kind === 'number' && a.role === 'quantity';

function applySegment(attributes: readonly Attribute[], last: Draft, items: Draft[], index: CatalogIndex): void {
  const firstValue = attributes.findIndex((a) => !isCount(a));
  const counts = firstValue > 0 ? attributes.slice(0, firstValue) : [];
  const rest = counts.length > 0 ? attributes.slice(firstValue) : attributes;
  const before = items.length;
  rest.reduce((draft, a) => applyAttribute(draft, a, items, index), last);
  const counted = items.length > before ? (items[before] as Draft) : last;
  for (const a of counts) applyAttribute(counted, a, items, index);
}

/** The product a noun names ("kubki"), or else the one product whose title has the word ("thermos", "raincoat"). */
const namedOrTitled = (token: string, index: CatalogIndex) => index.namedBy.get(token) ?? index.titleNames.get(token) ?? null;

/** "Should I" after it: the buyer asking what to take, not taking ("which one should i get", "welchen soll ich nehmen"). */
const SHOULD_I: readonly (readonly string[])[] = [
  ['should', 'i'],
  ['shall', 'i'],
  ['mam', 'wziac'],
  ['wziac'],
  ['brac'],
  ['брать'],
  ['взять'],
  ['soll', 'ich'],
  ['sollte', 'ich'],
  ['me', 'recomiendas'],
  ['me', 'recomiendan'],
  ['debo'],
];
/** The Kazakh first-person optative ("алайын", "киейін": "shall I take", "shall I wear"), normalised (й read и). */
const KAZAKH_SHALL_I = /(?:аиын|еиін)$/u;

/**
 * "i wear 39 in most shoes, which one should i get", "trag meistens 39, welchen soll ich nehmen", "қай размерін алайын":
 * "which" then "should I (take)" asks the shop which to take; the claim words after "which" claim nothing.
 */
function asksWhichToTake(tokens: readonly string[], scan: Scan): void {
  const which = tokens.findIndex((t) => WHICH_ONE.test(t));
  if (which < 0) return;
  const shall = tokens.findIndex(
    (t, k) => k > which && (KAZAKH_SHALL_I.test(t) || SHOULD_I.some((words) => words.every((w, j) => tokens[k + j] === w))),
  );
  if (shall < 0 || shall - which > 4) return;
  scan.marks = scan.marks.filter((m) => m.kind !== 'claim' || m.at < which);
  const claims = scan.marks.filter((m): m is Extract<Mark, { kind: 'claim' }> => m.kind === 'claim');
  scan.claim = claims.some((m) => m.weak !== true);
  scan.claimWeak = claims.some((m) => m.weak === true);
  scan.claimAt = claims[0]?.at ?? -1;
  scan.questionWord = true;
  if (scan.questionAt < 0 || scan.questionAt > which) scan.questionAt = which;
  // "…, welchen soll ich nehmen": "which" opening the message or the clause after a comma opens a question.
  if (which === 0 || tokens[which - 1] === ',') scan.questionStart = true;
}

/** "gimme the kilo bag", "the 500 g pack": a noun right after a measure is the measure's package, not a product of its own. */
const packageOfAMeasure = (marks: readonly Mark[], at: number) =>
  marks.some((m) => m.kind === 'value' && m.end === at && m.keys.some((k) => k.startsWith('u:') || LITERAL_MEASURE.test(k)));
/** A catalog value that is a measure, as the scan keys it literally ("l:1 kg", "l:500 ml"). */
const LITERAL_MEASURE = /^l:\d+(?:[.,]\d+)? ?\p{L}{1,3}$/u;

/** "…, анама ваза теңіз көк 30": a number another product named by its noun sells (the vase's 30 cm) is no stray number. */
function soldByANamedProduct(mark: Extract<Mark, { kind: 'number' }>, tokens: readonly string[], index: CatalogIndex): boolean {
  return tokens.some((t) => {
    const product = namedOrTitled(t, index);
    return product !== null && resolveAttribute(mark, { product, code: product.code }, index) !== null;
  });
}

/** "and" between clauses (normalised forms are not needed: these words carry no diacritics but Kazakh "және"). */
const AND_BETWEEN = /\s(?:and|und|i|и|y|e|және)\s+/giu;

/**
 * "bin zum ersten mal hier und nehm gleich den gürtel leder 95": a story, "and", then a clause that begins with a claim word
 * is read alone, as the clause after a comma is (the caller keeps it only when it claims by word and names values).
 */
function clauseAfterAnd(message: string, tokens: readonly string[], scan: Scan): string | null {
  if (!scan.claim) return null;
  let rest: string | null = null;
  for (const m of message.matchAll(AND_BETWEEN)) rest = message.slice((m.index ?? 0) + m[0].length);
  if (!rest || rest.trim() === '') return null;
  // The clause must open with a strong claim word ("42 mins in and still no pink scarf on me" opens with none).
  const start = tokens.length - tokenize(normalizeText(rest)).length;
  return scan.marks.some((m) => m.kind === 'claim' && m.weak !== true && m.at === start) ? rest : null;
}

// Round 15, ORDERS:

/**
 * "la otra vez cancelé un pedido y me arrepentí", "в прошлый раз хотела отменить заказ", "letztes jahr hab ich storniert":
 * a cancel word in a story set in the past (last time, last year, a week ago), with no code and no claim word, tells
 * what the buyer once did; it takes back nothing of this show.
 */
function ordersCancelToldAsStory(scan: Scan, tokens: readonly string[], firstCode: Target | null): boolean {
  if (firstCode || scan.claim || scan.claimWeak || scan.correctionCue) return false;
  return tellsThePast(tokens);
}

/** Most words no rule knows beside a cancel word told in the past before it reads as a story (round 22). */
const MIN_UNKNOWN_BESIDE_A_TOLD_CANCEL = 3;
/** Russian past of a cancel verb (normalised): отменил(а/о/и), отказал(а/и). */
const RUSSIAN_PAST = /[\u0400-\u04ff](?:ил|ила|ило|или|ал|ала|ало|али)$/u;
/** Polish past of the third person, as typed (ł kept): anulował(a/o), odwołały. */
const POLISH_PAST = /(?:ł|ła|ło|ły)$/u;
/** Spanish preterite of the third person, as typed (accent kept): canceló, anuló, cancelaron. */
const SPANISH_PAST = /(?:ó|aron)$/u;
/** A word as typed. */
const WORD = /\p{L}+/gu;
/** German auxiliaries of a passive or a third person's perfect ("wurde storniert", "hat … storniert"). */
const GERMAN_TOLD_AUXILIARIES = new Set(['wurde', 'wurden', 'worden', 'hat', 'hatte', 'hatten']);
/** English subjects and auxiliaries before a past "cancelled" told of someone or something else. */
const ENGLISH_TOLD_BEFORE = new Set(['he', 'she', 'they', 'it', 'was', 'were', 'got', 'get', 'gets', 'been', 'has', 'had']);
/** Kazakh past of the auxiliary after a borrowed cancel word ("отменить етті", "отмена жасады", "етіп еді"). */
const KAZAKH_PAST_AUXILIARY = /^(?:ет|жаса)\p{L}*(?:ті|ды|ді|ты|тім|дым|дім|тым|ген|ған|кен|қан)$/u;
/**
 * Round 22: "mi cuñada canceló su pedido", "mój mąż anulował zamówienie", "bei meiner freundin wurde die bestellung
 * storniert", "курьер отменил мой заказ", "апам заказын отменить етті": a cancel word in the past, of someone else (a third
 * person, a passive), with no code written, no claim word and chatter beside it, tells what happened elsewhere; it takes
 * nothing of this show back. Per language by the verb's own form (Spanish by its accent, which normalising drops).
 */
function cancelToldOfThePast(message: string, scan: Scan, tokens: readonly string[], firstCode: Target | null): boolean {
  if (firstCode || scan.claim || scan.correctionCue || scan.unknown < MIN_UNKNOWN_BESIDE_A_TOLD_CANCEL) return false;
  const verb = tokens[scan.cancelEnd - 1] as string;
  const before = tokens[scan.cancelAt - 1];
  const after = tokens[scan.cancelEnd];
  const single = scan.cancelEnd - scan.cancelAt === 1;
  if (single && RUSSIAN_PAST.test(verb)) return true;
  if (/t$/u.test(verb) && tokens.some((t) => GERMAN_TOLD_AUXILIARIES.has(t))) return true;
  if (/ed$/u.test(verb) && before !== undefined && (ENGLISH_TOLD_BEFORE.has(before) || scan.unknownAt.includes(scan.cancelAt - 1)))
    return true;
  if (after !== undefined && (KAZAKH_PAST_AUXILIARY.test(after) || (after === 'етіп' && /^еді/u.test(tokens[scan.cancelEnd + 1] ?? ''))))
    return true;
  // Polish and Spanish by the word as typed: normalising drops the "ł" and the accent that tell the past.
  if (!single) return false;
  for (const m of message.toLowerCase().matchAll(WORD)) {
    if (normalizeText(m[0]) !== verb) continue;
    return POLISH_PAST.test(m[0]) || SPANISH_PAST.test(m[0]);
  }
  return false;
}

/** Today and now, normalised ("dziś" is "dzis", "бүгін" keeps its letters). */
const ORDERS_TODAY = new Set(['today', 'tonight', 'dzis', 'dzisiaj', 'сегодня', 'бугин', 'бүгін', 'бугін', 'hoy', 'heute']);

/**
 * "dziś nie kupuję", "hoy no compro", "heute kauf ich nix": a claim word negated beside "today", with no cancel word, no
 * code, no pointing word and no product noun, says the buyer is not shopping in this show; there is no claim to take back.
 */
function ordersNotShoppingToday(scan: Scan, tokens: readonly string[], firstCode: Target | null): boolean {
  if (scan.cancel || firstCode || scan.deictic || scan.nounAt.length > 0) return false;
  if (!tokens.some((t) => ORDERS_TODAY.has(t))) return false;
  return negatesClaim(scan.marks, tokens.length, scan.unknown);
}
