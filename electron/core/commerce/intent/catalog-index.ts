import { compileRules, conceptsOf, umlautsSpelled, type CompiledRules } from './compile-rules';
import { codeKey, phraseTokens } from './normalize';
import { PhraseMatcher } from './phrase-matcher';
import { BUILT_IN_RULES, PRODUCT_NOUNS, mergeRules, type IntentRuleExtension } from './rules';
import { bandCupKey, letterSizeKey } from './sizes';
import { canonicalNumber, dimensionKeys, fractionKey, LARGEST, measureKeys, SMALLEST } from './units';
import { adjectiveStem, loanwordStems } from './morphology';
import { emptyLearned, type Learned, type LearnedExample } from './learning';
import { learnFrom } from './learn';
import type { CatalogProductLike } from './types';
import { addValueAliases, aliasTriggers, compoundKey } from './compound-values';
import { OPTION_WORDS, optionConcept } from './option-names';

export interface OptionRef {
  name: string;
  value: string;
}

export interface IndexedProduct {
  code: string;
  optionNames: readonly string[];
  /** Value key (`l:` literal, `s:` size, `c:` canonical value) -> the option it sets. */
  values: Map<string, OptionRef>;
  /** The words of its title (normalised): they name the product, they ask about nothing ("the linen shirt"). */
  titleWords: ReadonlySet<string>;
}

/** Everything classify() needs, compiled once per catalog. */
export interface CatalogIndex {
  rules: CompiledRules;
  products: readonly IndexedProduct[];
  byCode: Map<string, IndexedProduct>;
  /** Lengths of the code keys, longest first: to split "a12m" into a code and a size. */
  codeLengths: readonly number[];
  /** The catalog's own option values as phrases, for values no rule knows ("Mint", "Navy"). */
  literalValues: PhraseMatcher<string>;
  /** Value key -> option when the whole catalog agrees on it, null when products disagree. */
  globalValues: Map<string, OptionRef | null>;
  /** What the shop's moderators taught: exact examples and the words they explain. */
  learned: Learned;
  /** A product noun (normalised, one word) -> the one catalog product whose title names it ("kubki" -> the "Ceramic mug"); null when two titles do. */
  namedBy: Map<string, IndexedProduct | null>;
  /** Every word of the catalog's titles that no rule reads ("camping", "garden", "yoga"): a buyer naming the product, not chatter, beside values. */
  titleWords: ReadonlySet<string>;
  /** A title word no rule reads and no product noun is -> the one product whose title has it ("thermos", "raincoat"); null when two do. */
  titleNames: ReadonlyMap<string, IndexedProduct | null>;
  /** Values of several words by their parts and glued ("pro 13", "tab s9", "ipadair", "whitegold"), over `aliasTokens()`; null when the catalog has none. */
  aliases: PhraseMatcher<string> | null;
  /** First words of the aliases: a word no alias starts with is not looked up. */
  aliasStarts: ReadonlySet<string>;
  /** Those words and the brand words respelled into one ("айпад"): a word with no digit starts an alias only if listed here. */
  aliasTriggers: ReadonlySet<string>;
  /** Some value is two meanings (`k:gold+white` for "White gold"): adjacent meanings and glued words are tried as one. */
  compounds: boolean;
  /** Glued-compound lookups already made (`weissgold` -> its key, or null), bounded: chat repeats its words. */
  gluedSeen: Map<string, string | null>;
  /**
   * Round 20: two numbers said as a pair ("30/32", "30x32", "28 на 32") -> the keys of the two values they name, on a
   * product with two options of numbered values (jeans by waist "W30" and length "L32"): `numberPairs()`.
   */
  numberPairs: ReadonlyMap<string, readonly [string[], string[]]>;
  /** Round 20: an option's word and a number ("waist:32") -> the keys of the numbered values it names ("W32"): `optionNumbers()`. */
  optionNumbers: ReadonlyMap<string, string[]>;
}

export interface CatalogIndexOptions {
  /** Seller additions from settings, appended to the built-in rules of their language. */
  extraRules?: readonly IntentRuleExtension[];
  /** Only these built-in languages (default: all). */
  languages?: readonly string[];
  /** The shop's labelled examples (moderators' fixes), applied to later messages. */
  examples?: readonly LearnedExample[];
}

let builtInCompiled: CompiledRules | null = null;

function rulesFor(options: CatalogIndexOptions): CompiledRules {
  const plain = !options.extraRules?.length && !options.languages;
  if (plain && builtInCompiled) return builtInCompiled;
  const base = options.languages ? BUILT_IN_RULES.filter((r) => options.languages?.includes(r.language)) : BUILT_IN_RULES;
  const compiled = compileRules(mergeRules(base, options.extraRules));
  if (plain) builtInCompiled = compiled;
  return compiled;
}

const WAIST_LENGTH = /^w(\d{2}) l(\d{2})$/;
/** Round 28: a whole size in inches, the inch mark written (`13"`, `15.6″`, `14''`). */
const INCH_VALUE = /^\s*(\d{1,2}(?:[.,]\d)?)\s*(?:"|''|”|″)\s*$/;
/** Round 26: a length said as a fraction ("7/8") and its concept. */
const FRACTION_LENGTH = /^\s*\d\s*\/\s*\d{1,2}\s*$/;
const CROPPED = 'c:cropped';
/** Round 26: a shade's number in a value's name ("5.0", "10.1"). */
const NUMBERED_NAME = /^\d{1,2}\.\d{1,2}$/;

/** Keys a catalog option value is known by: its spelling, its size, its meaning in any language. */
export function valueKeys(rules: CompiledRules, value: string): string[] {
  const tokens = phraseTokens(value);
  if (tokens.length === 0) return [];
  const keys = [`l:${tokens.join(' ')}`];
  const size = letterSizeKey(tokens.join('')) ?? sizeWordKey(rules, tokens);
  if (size) keys.push(`s:${size}`);
  const bandCup = bandCupKey(tokens.join(''));
  if (bandCup) keys.push(bandCup);
  keys.push(...measureKeys(tokens));
  keys.push(...dimensionKeys(tokens));
  // Round 28: a size in inches with the inch mark in the value (`13"`, a laptop sleeve's) is also "13 inch", "13-inch".
  const inches = INCH_VALUE.exec(value);
  if (inches) keys.push(`u:${canonicalNumber(inches[1] as string)}in`);
  const fraction = fractionKey(value);
  if (fraction) keys.push(fraction); // `1/2"` is also "half inch", "pół cala", "полдюйма" (units.ts)
  // Round 26: a value opened by a decimal number and named after it ("6.1 Ash blonde", a hair dye's shade) is also named by
  // the number alone ("6.1", "6,1": `scan.ts` reads a decimal as `l:6.1`), never a price or a count.
  if (tokens.length >= 2 && NUMBERED_NAME.test(tokens[0] as string) && !NUMBERED_NAME.test(tokens[1] as string))
    keys.push(`l:${tokens[0]}`);
  const waistLength = tokens.length === 2 ? WAIST_LENGTH.exec(tokens.join(' ')) : null;
  if (waistLength) keys.push(`wl:${waistLength[1]}/${waistLength[2]}`); // jeans "W32 L34", written "32/34" in chat
  for (const concept of conceptsOf(rules, value)) keys.push(`c:${concept}`);
  const compound = compoundKey(rules, tokens);
  if (compound) keys.push(compound);
  return keys;
}

/** Units of one kind to their smallest unit, so "500 g" sorts below "1 kg". */
const IN_BASE_UNIT: Readonly<Record<string, readonly [string, number]>> = {
  g: ['g', 1],
  kg: ['g', 1000],
  ml: ['ml', 1],
  cl: ['ml', 10],
  l: ['ml', 1000],
  mm: ['mm', 1],
  cm: ['mm', 10],
  m: ['mm', 1000],
};
const MEASURE = /^u:(\d+(?:\.\d+)?)(\p{L}+)$/u;

/** A catalog value that is an amount with a unit ("200 g", "1 kg", "350 ml", "20 cm"): its unit's kind and size; else null. */
function amountOf(value: string): { kind: string; size: number } | null {
  const m = measureKeys(phraseTokens(value))
    .map((k) => MEASURE.exec(k))
    .find((x) => x !== null);
  if (!m) return null;
  const [kind, factor] = IN_BASE_UNIT[m[2] as string] ?? [m[2] as string, 1];
  return { kind, size: Number(m[1]) * factor };
}

/**
 * Round 16, ORDERS: on a product sold in amounts of one kind in one option (a candle in 200 g and 400 g, a flask in 350 and
 * 500 ml, a vase 20 or 30 cm tall), "small" and "big" in any language name its smallest and largest. Not on a product with
 * letter sizes (there "small" is S) nor where two options are amounts (which one would "big" be?).
 */
/** Round 23: the concepts of a kind sold small and a kind sold long (umbrellas): `compact`, and the catalog-only `=long`. */
const COMPACT = 'c:compact';
const LONG = 'c:long';

function addRelativeSizes(values: Map<string, OptionRef>, options: readonly { name: string; values: string[] }[]): void {
  if ([...values.keys()].some((k) => k.startsWith('s:'))) return;
  const measured = options
    .filter((o) => o.values.length >= 2)
    .map((o) => ({ name: o.name, amounts: o.values.map((value) => ({ value, amount: amountOf(value) })) }))
    .filter((o) => o.amounts.every((a) => a.amount !== null && a.amount.kind === o.amounts[0]?.amount?.kind));
  if (measured.length !== 1) {
    // Round 23: a type sold small or long ("Compact" / "Long" umbrellas), no amounts: small is the compact one, big the long.
    const small = values.get(COMPACT);
    const big = values.get(LONG);
    if (measured.length === 0 && small && big && small.name === big.name) {
      values.set(SMALLEST, small);
      values.set(LARGEST, big);
    }
    return;
  }
  const [{ name, amounts }] = measured as [(typeof measured)[number]];
  const sorted = [...amounts].sort((a, b) => a.amount!.size - b.amount!.size);
  values.set(SMALLEST, { name, value: sorted[0]!.value });
  values.set(LARGEST, { name, value: sorted[sorted.length - 1]!.value });
}

const NUMBER_TOKEN = /^\d{1,3}$/;

/**
 * Round 20, ORDERS: a value of several words with one number among them ("iPad Air 11", "iPhone 14", "Galaxy S24" has
 * none) is named by that number alone ("a case for the 14", "чехол на 11", "fürs 11er") when no other value of its option
 * has the number and no other option of the product is sold by numbers — a model, not a count (`n:14`).
 */
function addModelNumbers(values: Map<string, OptionRef>, options: readonly { name: string; values: string[] }[]): void {
  const numbered = options.filter((o) => o.values.some((v) => phraseTokens(v).some((t) => NUMBER_TOKEN.test(t))));
  if (numbered.length !== 1) return;
  const [{ name, values: sold }] = numbered as [(typeof numbered)[number]];
  const numbers = sold.map((v) => {
    const tokens = phraseTokens(v);
    const digits = tokens.filter((t) => NUMBER_TOKEN.test(t));
    return tokens.length >= 2 && digits.length === 1 ? (digits[0] as string) : null;
  });
  numbers.forEach((n, i) => {
    if (n === null || numbers.indexOf(n) !== numbers.lastIndexOf(n) || values.has(`n:${n}`)) return;
    values.set(`n:${n}`, { name, value: sold[i] as string });
  });
}

/** Round 28: a year sold as a value (a planner's or a calendar's "2027"). */
const YEAR_VALUE = /^(?:19|20)(\d{2})$/;

/**
 * Round 28, ORDERS: an option whose values are all years ("2027", "2028") is named by a year's last two digits too ("'28",
 * "the 27er"), as buyers shorten a year, when no other value of the product holds that number (`n:28`).
 */
function addShortYears(values: Map<string, OptionRef>, options: readonly { name: string; values: string[] }[]): void {
  for (const { name, values: sold } of options) {
    if (sold.length === 0 || !sold.every((v) => YEAR_VALUE.test(v.trim()))) continue;
    for (const value of sold) {
      const key = `n:${Number(YEAR_VALUE.exec(value.trim())![1])}`;
      if (!values.has(key)) values.set(key, { name, value });
    }
  }
}

/** A key across the catalog names the one value that holds it, or none (null) once two different values do. */
function addGlobalValue(globalValues: Map<string, OptionRef | null>, key: string, ref: OptionRef): void {
  const known = globalValues.get(key);
  if (known === undefined) globalValues.set(key, ref);
  else if (known && (known.name !== ref.name || known.value !== ref.value)) globalValues.set(key, null);
}

/** Round 29: a signed decimal sold as a value (reading glasses' strength "+1.5", "-2.0"). */
const SIGNED_DECIMAL = /^([+-])(\d{1,2})[.,](\d{1,2})$/;
/** How chat writes the sign "+" as a word. */
const PLUS_WORDS = ['+', 'plus', 'плюс'];

/**
 * Round 29, ORDERS: an option whose values are all signed decimals ("+1.0", "+2.5": a strength) is named as buyers write it:
 * the number without its sign ("2,5", "2.5": `l:2.5`, which `scan.ts` reads from a decimal; never a count or a price), the
 * sign as a word ("plus 2.5", "плюс 2,5"), and a whole strength without its ".0" after the sign ("+2", "plus 2"; a bare "2"
 * stays a count). Keys and aliases are made here, at index time.
 */
function addSignedDecimals(
  values: Map<string, OptionRef>,
  options: readonly { name: string; values: string[] }[],
  globalValues: Map<string, OptionRef | null>,
  addAlias: (tokens: string[], key: string) => void,
): void {
  for (const { name, values: sold } of options) {
    if (sold.length === 0 || !sold.every((v) => SIGNED_DECIMAL.test(v.trim()))) continue;
    for (const value of sold) {
      const [, sign, whole, fraction] = SIGNED_DECIMAL.exec(value.trim()) as RegExpExecArray;
      const key = `l:${phraseTokens(value).join(' ')}`;
      if (sign === '+') {
        const bare = `l:${whole}.${fraction}`;
        if (!values.has(bare)) values.set(bare, { name, value });
        addGlobalValue(globalValues, bare, { name, value });
      }
      const words = sign === '+' ? PLUS_WORDS : ['-', 'minus', 'минус'];
      for (const word of words) {
        for (const number of [`${whole}.${fraction}`, `${whole},${fraction}`]) addAlias([word, number], key);
        if (/^0+$/.test(fraction as string)) addAlias([word, whole as string], key);
      }
    }
  }
}

function sizeWordKey(rules: CompiledRules, tokens: string[]): string | null {
  const match = rules.words.match(tokens, 0);
  if (!match || match.length !== tokens.length) return null;
  return match.entries.find((e) => e.kind === 'size')?.size ?? null;
}

/** A value that reads as a size: a letter size or a size word ("XL", "Medium"). */
function isSizeValue(rules: CompiledRules, value: string): boolean {
  const tokens = phraseTokens(value);
  return tokens.length > 0 && (letterSizeKey(tokens.join('')) !== null || sizeWordKey(rules, tokens) !== null);
}

export function buildCatalogIndex(products: readonly CatalogProductLike[], options: CatalogIndexOptions = {}): CatalogIndex {
  const rules = rulesFor(options);
  const byCode = new Map<string, IndexedProduct>();
  const literalValues = new PhraseMatcher<string>();
  const globalValues = new Map<string, OptionRef | null>();
  const indexed: IndexedProduct[] = [];
  const aliasList: { tokens: string[]; key: string }[] = [];
  const optionValues: { product: IndexedProduct; name: string; values: string[] }[] = [];

  for (const product of products) {
    const values = new Map<string, OptionRef>();
    const sharedWidths = new Set<string>();
    const titleWords = new Set(product.title ? phraseTokens(product.title) : []);
    const entry: IndexedProduct = { code: product.code, optionNames: product.optionNames, values, titleWords };
    product.optionNames.forEach((name, i) => {
      const seen = new Set<string>();
      // Round 25: a size word ("Medium") among values that are no sizes ("Soft", "Firm": a pillow's firmness) is no size M.
      const lengths = optionConcept(name) === 'length';
      const sized = product.variants.every((v) => v.options[i] === undefined || isSizeValue(rules, v.options[i] as string));
      for (const variant of product.variants) {
        const value = variant.options[i];
        if (value === undefined || seen.has(value)) continue;
        seen.add(value);
        const tokens = phraseTokens(value);
        if (tokens.length > 0) literalValues.add(tokens, `l:${tokens.join(' ')}`);
        // "Miętowy" / "Мятный" in the catalog: "miętową", "мятную" in the chat.
        const stem = tokens.length === 1 ? adjectiveStem(tokens[0] as string) : null;
        if (stem) literalValues.addStem(stem, `l:${tokens.join(' ')}`);
        // Round 15, ORDERS: "kamelowy", "кобальтовую", "cobalto" for a catalog's "Camel", "Cobalt".
        if (tokens.length === 1)
          for (const loan of loanwordStems(tokens[0] as string, conceptsOf(rules, tokens[0] as string).length === 0))
            literalValues.addStem(loan, `l:${tokens[0]}`);
        const keys = valueKeys(rules, value);
        // Round 26: a fraction on an option of lengths ("7/8", "3/4" leggings) is the cropped length ("cropped", "skrócone",
        // "укороченные", "tobilleros", "verkürzt"); its full-length sibling is the rules' `=long`.
        if (lengths && FRACTION_LENGTH.test(value)) keys.push(CROPPED);
        for (const key of keys) {
          if (!sized && key.startsWith('s:') && !letterSizeKey(tokens.join(''))) continue;
          // Two dimensions of one width ("150x200", "150x250"): the width alone names neither.
          if (key.startsWith('w:') && values.has(key) && values.get(key)?.value !== value) sharedWidths.add(key);
          if (!values.has(key)) values.set(key, { name, value });
          addGlobalValue(globalValues, key, { name, value });
        }
      }
      addValueAliases([...seen], (tokens, key) => aliasList.push({ tokens, key }));
      optionValues.push({ product: entry, name, values: [...seen] });
    });
    for (const key of sharedWidths) values.delete(key);
    addRelativeSizes(values, optionValues.slice(-product.optionNames.length));
    addModelNumbers(values, optionValues.slice(-product.optionNames.length));
    addShortYears(values, optionValues.slice(-product.optionNames.length));
    addSignedDecimals(values, optionValues.slice(-product.optionNames.length), globalValues, (tokens, key) =>
      aliasList.push({ tokens, key }),
    );
    indexed.push(entry);
    const key = codeKey(product.code);
    if (key && !byCode.has(key)) byCode.set(key, entry);
  }
  const namedBy = productNames(products, indexed);
  // After every value's own keys, so a part never displaces a value's own meaning on any product.
  for (const { product, name, values } of optionValues) addPartKeys(rules, product, name, values, globalValues, literalValues, namedBy);
  // A spelling that is a product's code stays the code.
  const aliasable = aliasList.filter(({ tokens }) => tokens.length > 1 || !byCode.has(codeKey(tokens[0] as string)));
  const aliases = aliasable.length > 0 ? new PhraseMatcher<string>() : null;
  for (const { tokens, key } of aliasable) aliases?.add(tokens, key);
  const compounds = [...globalValues.keys()].some((k) => k.startsWith('k:'));
  const aliasStarts = new Set(aliasable.map(({ tokens }) => tokens[0] as string));
  const codeLengths = [...new Set([...byCode.keys()].map((k) => k.length))].sort((a, b) => b - a);
  const words = titleWords(products, rules);
  const index: CatalogIndex = {
    rules,
    products: indexed,
    byCode,
    codeLengths,
    literalValues,
    globalValues,
    learned: emptyLearned(),
    namedBy,
    titleWords: words,
    titleNames: titleNames(indexed, words, namedBy),
    aliases,
    aliasStarts,
    aliasTriggers: aliasTriggers(aliasStarts),
    compounds,
    gluedSeen: new Map(),
    numberPairs: numberPairs(products),
    optionNumbers: optionNumbers(products),
  };
  if (options.examples?.length) index.learned = learnFrom(options.examples, index);
  return index;
}

/** A numbered option value: a number of two or three digits, with or without letters before it ("W30", "L32", "16"). */
const NUMBERED = /^(\p{L}{0,2}) ?(\d{2,3})$/u;

/**
 * Round 20, ORDERS: a product with exactly two options whose values are each a number, letters before it or none (jeans
 * by waist and length: "W28"…"W32" × "L30"/"L32"), is claimed by the two numbers said as a pair, the first option's
 * first: "30/32", "30x32", "30 на 32", "32х30". Each variant adds its pair (`30/32`) -> the keys of its two values;
 * an option whose number two of its values share ("W30", "30") is no numbered option.
 */
function numberPairs(products: readonly CatalogProductLike[]): Map<string, [string[], string[]]> {
  const pairs = new Map<string, [string[], string[]]>();
  for (const product of products) {
    const numbered = product.optionNames.flatMap((_, i) => {
      const numbers = new Map<string, string>();
      for (const variant of product.variants) {
        const value = variant.options[i];
        const m = value === undefined ? null : NUMBERED.exec(value);
        if (!m) return [];
        const known = numbers.get(m[2] as string);
        if (known !== undefined && known !== value) return [];
        numbers.set(m[2] as string, value as string);
      }
      return [i];
    });
    if (numbered.length !== 2) continue;
    const [a, b] = numbered as [number, number];
    for (const variant of product.variants) {
      const first = variant.options[a] as string;
      const second = variant.options[b] as string;
      const key = `${NUMBERED.exec(first)?.[2]}/${NUMBERED.exec(second)?.[2]}`;
      const entry = pairs.get(key) ?? [[], []];
      const firstKey = `l:${phraseTokens(first).join(' ')}`;
      const secondKey = `l:${phraseTokens(second).join(' ')}`;
      if (!entry[0].includes(firstKey)) entry[0].push(firstKey);
      if (!entry[1].includes(secondKey)) entry[1].push(secondKey);
      pairs.set(key, entry);
    }
  }
  return pairs;
}

/**
 * Round 20, ORDERS: an option whose name is a concept buyers say ("Waist", "Length": `option-names.ts`) and whose values
 * are numbered ("W28"…"W32") is named by its word beside the number ("waist 32", "белі 32", "largo 30"): `waist:32` -> the
 * key of the value with that number.
 */
function optionNumbers(products: readonly CatalogProductLike[]): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const product of products)
    product.optionNames.forEach((name, i) => {
      const concept = optionConcept(name);
      if (!concept) return;
      const values = new Set(product.variants.map((v) => v.options[i] as string));
      const numbered = [...values].map((value) => ({ value, m: NUMBERED.exec(value) }));
      if (numbered.some(({ m }) => !m) || new Set(numbered.map(({ m }) => m?.[2])).size !== numbered.length) return;
      for (const { value, m } of numbered) {
        const key = `${concept}:${m?.[2]}`;
        const keys = named.get(key) ?? [];
        const literal = `l:${phraseTokens(value).join(' ')}`;
        if (!keys.includes(literal)) keys.push(literal);
        named.set(key, keys);
      }
    });
  return named;
}

/** Keys of a value's part that may name the value alone: a size, a range, a measure, a dimension, a meaning. */
const PART_KEY = /^(?:s|r|u|d|c|k):/;
const WORD_OF_THREE = /\p{L}{3}/u;
/** A part of a value that is a plain word, four letters or more ("speckled", "forest", "dusty"). */
const WORD_PART = /^\p{L}{4,}$/u;

/**
 * A value of several parts ("S 52-56", "M 8-9", "Matte black", "Dusty pink", "Navy 90x200") is named by any one part
 * that only it among the option's values has and that no value of the product means on its own: "S", "size S", the
 * range "52-56", "black" (or "czarny", "negro", "қара"), each read as the whole value. Derived from the catalog's own
 * values, so any seller's compound values get it; a lone number ("52") or letter that only spells a part names nothing.
 * Catalog-wide, a part's key is added only where no product's own value holds it.
 */
function addPartKeys(
  rules: CompiledRules,
  product: IndexedProduct,
  name: string,
  values: readonly string[],
  globalValues: Map<string, OptionRef | null>,
  literalValues: PhraseMatcher<string>,
  namedBy: ReadonlyMap<string, IndexedProduct | null>,
): void {
  const owners = new Map<string, Set<string>>();
  const sizeParts = new Map<string, string[]>();
  const wordParts = new Map<string, string[]>();
  const concept = optionConcept(name);
  for (const value of values) {
    const tokens = phraseTokens(value);
    if (tokens.length < 2 || tokens.length > 4) continue;
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j <= tokens.length; j++) {
        if (i === 0 && j === tokens.length) continue;
        const run = tokens.slice(i, j);
        // Round 26: the option's own word is no part of a value ("length" of "Full length" on an option named Length: "3/4
        // length" names the 3/4, not a second item).
        if (concept && run.length === 1 && OPTION_WORDS.get(run[0] as string) === concept) continue;
        const keys = valueKeys(rules, run.join(' '));
        // A part names the value if it means something alone (a size, a range, a colour…) or is a word ("matte").
        if (!keys.some((k) => PART_KEY.test(k)) && !run.some((t) => WORD_OF_THREE.test(t))) continue;
        // A letter size ("S", "XL") is also spelled as a literal, as a catalog's own "M" is ("size m", not only "М").
        if (run.length === 1 && keys.some((k) => k.startsWith('s:'))) sizeParts.set(`l:${run[0] as string}`, run);
        // A word no rule reads ("speckled", "forest") is spelled by the buyer as the catalog spells it — unless it names a
        // product ("matte" is a German mat): then it stays that noun.
        else if (run.length === 1 && keys.length === 1 && WORD_PART.test(run[0] as string) && !namedBy.has(run[0] as string))
          wordParts.set(`l:${run[0] as string}`, run);
        for (const key of keys) {
          if (key.startsWith('n:') || key.startsWith('bc:')) continue;
          owners.set(key, (owners.get(key) ?? new Set<string>()).add(value));
        }
      }
    }
  }
  for (const [key, of] of owners) {
    if (of.size !== 1 || product.values.has(key)) continue;
    const ref = { name, value: [...of][0] as string };
    product.values.set(key, ref);
    if (!globalValues.has(key)) globalValues.set(key, ref);
    const letters = sizeParts.get(key) ?? wordParts.get(key);
    if (letters) literalValues.add(letters, key);
  }
}

/** A word of a title that may be the buyer naming the product: letters only, three or more. */
const TITLE_WORD = /^\p{L}{3,}$/u;

/** The words of every title no rule reads ("Camping hammock" -> camping, hammock; not "Wool" or "Linen"). */
function titleWords(products: readonly CatalogProductLike[], rules: CompiledRules): Set<string> {
  const words = new Set<string>();
  for (const product of products)
    for (const token of product.title ? phraseTokens(product.title) : [])
      if (TITLE_WORD.test(token) && !rules.words.matchWord(token)) words.add(token);
  return words;
}

/** Title words that name one product: read in a claim as a product noun is (`namedProducts`). */
function titleNames(
  indexed: readonly IndexedProduct[],
  words: ReadonlySet<string>,
  namedBy: ReadonlyMap<string, IndexedProduct | null>,
): Map<string, IndexedProduct | null> {
  const named = new Map<string, IndexedProduct | null>();
  for (const product of indexed)
    for (const word of product.titleWords) {
      if (!words.has(word) || namedBy.has(word)) continue;
      const known = named.get(word);
      named.set(word, known === undefined || known === product ? product : null);
    }
  return named;
}

let nounConcepts: { concept: string; words: string[] }[] | null = null;

/** The product nouns of every language, normalised, once per process. */
function concepts(): { concept: string; words: string[] }[] {
  nounConcepts ??= Object.entries(PRODUCT_NOUNS).map(([concept, words]) => ({
    concept,
    words: [
      ...new Set(
        words
          // "hülle" is also typed "huelle" (`umlautsSpelled`).
          .flatMap((w) => [w, umlautsSpelled(w) ?? w])
          .map((w) => phraseTokens(w))
          .filter((t) => t.length === 1)
          .map((t) => t[0] as string),
      ),
    ],
  }));
  return nounConcepts;
}

/**
 * Round 17: German writes a product's noun as the last part of one word ("Seidenschal", "Thermosflasche", "Lederbörse"). A
 * word of eight letters or more, in Latin letters, that ends in a noun of five or more naming a product (with three or
 * more letters before it; "Leintuch" is no "Tuch") names that product too; shorter words are never read as compounds ("hiccups" is no cup).
 */
class ProductNames extends Map<string, IndexedProduct | null> {
  override get(word: string): IndexedProduct | null | undefined {
    return super.has(word) ? super.get(word) : this.compound(word);
  }

  override has(word: string): boolean {
    return super.has(word) || this.compound(word) !== undefined;
  }

  /** Round 23: the word as listed, no compound read ("uhrenarmband" is a strap's word, not a bracelet's "armband"). */
  listed(word: string): IndexedProduct | null | undefined {
    return super.get(word);
  }

  private compound(word: string): IndexedProduct | null | undefined {
    if (word.length < 8 || !LATIN_WORD.test(word)) return undefined;
    for (let cut = 3; cut <= word.length - 5; cut++) {
      const head = super.get(word.slice(cut));
      if (head !== undefined) return head;
    }
    return undefined;
  }
}

const LATIN_WORD = /^\p{Script=Latin}+$/u;

/**
 * Which product each product noun names: the concepts a product's title names ("Ceramic mug" -> mug), then every word
 * of those concepts in every language. A word two titles name ("Silk scarf", "Wool scarf") names neither.
 */
function productNames(products: readonly CatalogProductLike[], indexed: readonly IndexedProduct[]): Map<string, IndexedProduct | null> {
  const named = new ProductNames();
  products.forEach((product, k) => {
    if (!product.title) return;
    const tokens = phraseTokens(product.title);
    // Round 29: a noun written as two words in a title ("Power bank") is one word in chat ("powerbank").
    const title = new Set([...tokens, ...tokens.slice(1).map((t, k) => tokens[k] + t)]);
    const entry = indexed[k] as IndexedProduct;
    for (const { concept, words } of concepts()) {
      if (!title.has(concept) && !words.some((w) => title.has(w))) continue;
      for (const word of words) {
        const known = named.listed(word);
        named.set(word, known === undefined || known === entry ? entry : null);
      }
    }
  });
  return named;
}
