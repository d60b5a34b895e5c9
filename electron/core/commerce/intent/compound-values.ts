/**
 * Option values of several words, as chat writes them (issue 17, round 8):
 *
 * - model names ("iPad Pro 13", "Galaxy Tab S9", "iPhone 15 Pro") by any part of them that only one of the option's
 *   values has ("pro 13", "tab s9", "s9", "15 pro"), glued ("ipadpro13", "ipadair") and in Cyrillic ("айпад про 13",
 *   "с9", "с24ке" with a Kazakh case ending);
 * - values made of two meanings ("White gold", "Rose gold", "Light grey") by those meanings in any language and order
 *   ("białe złoto", "oro blanco", "ақ алтын") or glued ("weißgold", "whitegold").
 *
 * Both are derived from the catalog's own values: no product or model is listed here, only the words brands are
 * spelled with in Cyrillic.
 */
import { conceptsOf, type CompiledRules } from './compile-rules';
import { CYRILLIC_BY_SOUND, normalizeText, phraseTokens } from './normalize';

const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const CYRILLIC = /[\u0400-\u04ff]/u;
const hasLetterAndDigit = (token: string) => LETTER.test(token) && DIGIT.test(token);

/** Most parts one value may be named by: catalog values are short, this bounds the work for a long one. */
const MAX_VALUE_TOKENS = 5;

/**
 * The ways a value of several words may be written, as token sequences: every run of its words (the whole too), each
 * with its words glued in every way ("ipad pro 13", "ipadpro 13", "ipad pro13", "ipadpro13").
 */
function spellings(tokens: readonly string[]): { parts: string[]; whole: boolean; glued: boolean }[] {
  const out: { parts: string[]; whole: boolean; glued: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      const run = tokens.slice(i, j);
      const whole = i === 0 && j === tokens.length;
      for (let mask = 0; mask < 1 << (run.length - 1); mask++) {
        const parts: string[] = [run[0] as string];
        for (let k = 1; k < run.length; k++) {
          if (mask & (1 << (k - 1))) parts[parts.length - 1] += run[k] as string;
          else parts.push(run[k] as string);
        }
        out.push({ parts, whole, glued: parts.length < run.length });
      }
    }
  }
  return out;
}

/**
 * A part of a value names it on its own only when it cannot be a plain word or number: one word needs letters and
 * digits ("s9", "pro13") or to be words glued ("ipadair", "whitegold"); several words need one with letters ("pro 13").
 */
function distinctive(parts: readonly string[], glued: boolean): boolean {
  if (parts.length > 1) return parts.some((p) => LETTER.test(p));
  const part = parts[0] as string;
  return hasLetterAndDigit(part) || (glued && part.length >= 5 && LETTER.test(part));
}

/**
 * Spellings of one option's values of several words, each with the value's literal key (`l:…`): the exact and glued
 * spellings of the whole value, and a part only one of the values has that is no other value's spelling.
 */
export function addValueAliases(values: readonly string[], add: (tokens: string[], key: string) => void): void {
  const tokenized = values.map((v) => phraseTokens(v)).filter((t) => t.length >= 2 && t.length <= MAX_VALUE_TOKENS);
  if (tokenized.length === 0) return;
  const whole = new Map<string, string>();
  const parts = new Map<string, Set<string>>();
  const spelled = new Map<string, string[]>();
  for (const tokens of tokenized) {
    const key = `l:${tokens.join(' ')}`;
    for (const s of spellings(tokens)) {
      if (!s.whole && !distinctive(s.parts, s.glued)) continue;
      const alias = s.parts.join(' ');
      spelled.set(alias, s.parts);
      if (s.whole) whole.set(alias, key);
      else parts.set(alias, (parts.get(alias) ?? new Set<string>()).add(key));
    }
  }
  for (const [alias, tokens] of spelled) {
    const key = whole.get(alias) ?? (parts.get(alias)?.size === 1 ? [...(parts.get(alias) as Set<string>)][0] : undefined);
    if (key) add(tokens, key);
  }
}

/**
 * "White gold" -> `k:gold+white`: a value whose every word is a known meaning (colour, metal…), keyed by those
 * meanings in any order, so "oro blanco", "białe złoto", "ақ алтын" and "weißgold" name it. Null for a value of one
 * word or with a word no rule knows.
 */
export function compoundKey(rules: CompiledRules, tokens: readonly string[]): string | null {
  if (tokens.length < 2 || tokens.length > 3) return null;
  const concepts: string[] = [];
  for (const token of tokens) {
    const concept = conceptsOf(rules, token)[0];
    if (!concept || concepts.includes(concept)) return null;
    concepts.push(concept);
  }
  return compoundKeyOf(concepts);
}

export const compoundKeyOf = (concepts: readonly string[]) => `k:${[...concepts].sort().join('+')}`;

/** Brand and model words as chat writes them in Cyrillic or short (normalised: "й" has lost its breve). */
const MODEL_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['ip', 'iphone'],
      ['iph', 'iphone'],
      ['айфон', 'iphone'],
      ['айфона', 'iphone'],
      ['айфоне', 'iphone'],
      ['айфонга', 'iphone'],
      ['айпад', 'ipad'],
      ['айпада', 'ipad'],
      ['айпаде', 'ipad'],
      ['айпадка', 'ipad'],
      ['эйр', 'air'],
      ['аир', 'air'],
      ['про', 'pro'],
      ['макс', 'max'],
      ['плюс', 'plus'],
      ['мини', 'mini'],
      ['ультра', 'ultra'],
      ['галакси', 'galaxy'],
      ['гэлакси', 'galaxy'],
      ['таб', 'tab'],
      ['самсунг', 'samsung'],
      ['пиксель', 'pixel'],
      ['пиксел', 'pixel'],
      ['вотч', 'watch'],
      ['ватч', 'watch'],
    ] as const
  ).map(([cyrillic, latin]) => [normalizeText(cyrillic), latin] as const),
);

/** The words that may start an alias once respelled: the aliases' first words and the brand words that become one. */
export function aliasTriggers(starts: ReadonlySet<string>): Set<string> {
  const triggers = new Set(starts);
  for (const [word, latin] of MODEL_WORDS) if (starts.has(latin)) triggers.add(word);
  return triggers;
}

/** Kazakh case endings (dative, accusative, genitive) that follow a size, a number or a model. */
export const KAZAKH_CASE_ENDINGS = [
  'ға',
  'ге',
  'қа',
  'ке',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
] as const;

/** Round 24: the possessive ("20сы", "24і": the 20 one), alone or with the accusative ("20сын", "24ін"). */
const KAZAKH_POSSESSIVE_AFTER_DIGIT = ['сын', 'сін', 'ын', 'ін', 'сы', 'сі', 'ы', 'і'];
/** Round 26: a Kazakh ordinal glued to a number ("17ші", "39ыншы", "38інші"): the size said as "the 39th". */
const KAZAKH_ORDINAL_AFTER_DIGIT = ['ыншы', 'інші', 'ншы', 'нші', 'шы', 'ші'];

/** A Kazakh case ending glued to a number or model ("13ке", "с24ке", "40қа", "15ті", "20сы"): the thing itself. */
export const KAZAKH_CASE_AFTER_DIGIT = new RegExp(
  `(?<=\\d)-?(?:${[...KAZAKH_CASE_ENDINGS, ...KAZAKH_POSSESSIVE_AFTER_DIGIT, ...KAZAKH_ORDINAL_AFTER_DIGIT, 'а', 'е'].join('|')})$`,
  'u',
);

const GLUED_MODEL = /^(\p{L}+)(\d+)$/u;

/** The message's tokens as model aliases are written: brand words and Cyrillic model codes in Latin letters. */
export function aliasTokens(tokens: readonly string[]): string[] {
  return tokens.map(aliasToken);
}

/** One token as model aliases are written. */
export function aliasToken(token: string): string {
  const word = MODEL_WORDS.get(token);
  if (word) return word;
  if (!hasDigitChar(token)) return token; // most words: nothing to respell
  const glued = GLUED_MODEL.exec(token); // "ip15", "айфон15"
  const brand = glued ? MODEL_WORDS.get(glued[1] as string) : undefined;
  if (brand) return brand + (glued?.[2] as string);
  if (!CYRILLIC.test(token)) return token;
  return token.replace(KAZAKH_CASE_AFTER_DIGIT, '').replace(/[\u0400-\u04ff]/gu, (c) => CYRILLIC_BY_SOUND[c] ?? c);
}

export function hasDigitChar(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
