import { normalizeText } from './normalize';

/**
 * Measures written the way catalogs and buyers write them: "50 ml", "50ml", "50 мл", "0,5 l",
 * "45 cm", "EU 38", "38 eu". Both sides meet in one key, `u:<number><unit>` ("u:50ml"), so a
 * claim spelled exactly as a variant ("SOLD A12 50 ml") finds it whatever the spacing, script or
 * decimal comma. A catalog value that is a number with a unit or a size system is also known by
 * its bare number (`n:50`), so "A12 50" finds "50 ml" when the product has no other 50.
 */

/** Unit words (already normalised: lowercase, no diacritics) -> canonical unit. */
const UNIT_WORDS: Record<string, string> = {
  ml: 'ml',
  мл: 'ml',
  l: 'l',
  л: 'l',
  ltr: 'l',
  cl: 'cl',
  cm: 'cm',
  см: 'cm',
  mm: 'mm',
  мм: 'mm',
  g: 'g',
  gr: 'g',
  г: 'g',
  гр: 'g',
  kg: 'kg',
  кг: 'kg',
  oz: 'oz',
  inch: 'in',
  mg: 'mg',
  мг: 'mg',
  ct: 'ct',
  mah: 'mah',
  // Round 30: "15000мач", "20000 мач" (mAh in Cyrillic).
  мач: 'mah',
  // Metres, as a hose or a cable is sold ("15 m", "25 m"): the letter alone is also size M, so it is ambiguous below.
  m: 'm',
  м: 'm',
  mt: 'm',
  mts: 'm',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  metern: 'm',
  metr: 'm',
  metra: 'm',
  metry: 'm',
  metrow: 'm',
  metrach: 'm',
  metro: 'm',
  metros: 'm',
  метр: 'm',
  метра: 'm',
  метров: 'm',
  метры: 'm',
  метрлік: 'm',
  метрлігі: 'm',
  метрлігін: 'm',
  метрлікті: 'm',
  metrlik: 'm',
  // Grams, kilos and litres spelled out after a number ("250 грамм", "500 gramów", "1 liter", "2 litros"): never anything else.
  gram: 'g',
  grams: 'g',
  gramm: 'g',
  gramme: 'g',
  grammes: 'g',
  gramy: 'g',
  gramow: 'g',
  gramos: 'g',
  грамм: 'g',
  грамма: 'g',
  граммов: 'g',
  грамов: 'g',
  грам: 'g',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilogramm: 'kg',
  kilogramy: 'kg',
  kilogramow: 'kg',
  kilogramos: 'kg',
  кило: 'kg',
  килограмм: 'kg',
  килограмма: 'kg',
  килограммов: 'kg',
  келі: 'kg',
  litre: 'l',
  litres: 'l',
  liter: 'l',
  liters: 'l',
  litr: 'l',
  litra: 'l',
  litry: 'l',
  litrow: 'l',
  litro: 'l',
  litros: 'l',
  литр: 'l',
  литра: 'l',
  литров: 'l',
};

/** Units spelled out as words, which say "one" of the unit when no number stands before them ("a kilo", "литр молока"). */
const SPELLED_UNIT_WORDS: Record<string, string> = {
  kilo: 'kg',
  kilogram: 'kg',
  kilogramm: 'kg',
  kilogramo: 'kg',
  kilograma: 'kg',
  kilograms: 'kg',
  кило: 'kg',
  килограмм: 'kg',
  килограмма: 'kg',
  келі: 'kg',
  litre: 'l',
  liter: 'l',
  litr: 'l',
  litra: 'l',
  litro: 'l',
  литр: 'l',
  литра: 'l',
};

// Looked up for every token of every message: Maps, not object properties (chat words are arbitrary keys).
const UNITS: ReadonlyMap<string, string> = new Map(Object.entries(UNIT_WORDS));
const SPELLED_UNITS: ReadonlyMap<string, string> = new Map(Object.entries(SPELLED_UNIT_WORDS));

/**
 * Half of a spelled unit: "half a litre", "pół litra", "пол-литра", "жарты литр", "medio kilo", "einen halben liter", or
 * glued ("поллитра", "halbliter"): `u:0.5l`, which meets a catalog's "0.5 l" and, by its equivalent keys, "500 ml".
 */
const HALF_OF = normalized(['half', 'pół', 'пол', 'жарты', 'medio', 'media', 'halb', 'halbe', 'halben', 'halber', 'halbes']);
const HALF_GLUED_UNITS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['поллитра', 'l'],
      ['pollitra', 'l'],
      ['halbliter', 'l'],
      ['полкило', 'kg'],
      ['polkilo', 'kg'],
      ['halbkilo', 'kg'],
    ] as const
  ).map(([w, u]) => [normalizeText(w), u] as const),
);

export function readHalfUnit(tokens: readonly string[], at: number): Dimension | null {
  const token = tokens[at] as string;
  const glued = HALF_GLUED_UNITS.get(token);
  if (glued) return { key: `u:0.5${glued}`, length: 1 };
  if (!HALF_OF.has(token)) return null;
  const skip = tokens[at + 1] === 'a' || tokens[at + 1] === 'an' ? 1 : 0;
  const unit = SPELLED_UNITS.get(tokens[at + 1 + skip] as string);
  return unit ? { key: `u:0.5${unit}`, length: 2 + skip } : null;
}

/** "a kilo", "kilogram kawy", "бір келі": a unit word with no number before it is one of the unit (`u:1kg`). */
export function oneOfUnit(tokens: readonly string[], at: number): string | null {
  const unit = SPELLED_UNITS.get(tokens[at] as string);
  if (!unit) return null;
  const before = tokens[at - 1];
  if (before !== undefined && before.charCodeAt(0) >= 48 && before.charCodeAt(0) <= 57) return null;
  return `u:1${unit}`;
}

/** Size systems written around a shoe or ring size: "EU 38", "38 eu", "US 7". Carry no unit. */
const SIZE_SYSTEMS = new Set(['eu', 'eur', 'us', 'uk', 'fr', 'it']);

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const NUMBER_UNIT = /^(\d+(?:[.,]\d+)?)(\p{L}+)$/u;
const SYSTEM_NUMBER = /^(eur?|us|uk|fr|it)(\d+(?:[.,]\d+)?)$/;

/** Round 30: a count of mAh is whole; "26.800", "15,000" before it group thousands. */
const GROUPED_THOUSANDS = /^\d{1,3}[.,]\d{3}$/;
const wholeOf = (text: string, unit: string): string => (unit === 'mah' && GROUPED_THOUSANDS.test(text) ? text.replace(/[.,]/, '') : text);

/** "0,5" and "0.50" -> "0.5"; "050" -> "50". */
export function canonicalNumber(text: string): string {
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? String(n) : text;
}

/** Units that are also a size or a word ("2 l" is two in L): a measure only when the catalog has it. */
const AMBIGUOUS_UNITS = new Set(['l', 'л', 'g', 'г', 'm', 'м']);
export const isAmbiguousUnit = (token: string | undefined): boolean => token !== undefined && AMBIGUOUS_UNITS.has(token);

export const unitOf = (token: string | undefined): string | undefined => (token === undefined ? undefined : UNITS.get(token));
export const isSizeSystem = (token: string | undefined): boolean =>
  token !== undefined && (SIZE_SYSTEMS.has(token) || SYSTEM_NUMBER.test(token));

/** A relative size said in words ("the big one", "małą", "большую", "кішкентай", "la grande", "die kleine"): its value key. */
export const SMALLEST = 'c:smallest';
export const LARGEST = 'c:largest';

/**
 * A measure starting at `tokens[at]`: "50ml", "50 ml", "0,5 л", "38 eu", "eu 38".
 * Returns its key and how many tokens it covers, or null.
 */
export interface Measure {
  key: string;
  number: string;
  length: number;
  /** The unit could also be read as something else ("l" as size L). */
  ambiguous: boolean;
}

export function readMeasure(tokens: readonly string[], at: number): Measure | null {
  const token = tokens[at];
  if (token === undefined) return null;
  if (SIZE_SYSTEMS.has(token)) {
    const next = tokens[at + 1];
    if (next !== undefined && NUMBER.test(next))
      return { key: `n:${canonicalNumber(next)}`, number: canonicalNumber(next), length: 2, ambiguous: false };
    return null;
  }
  const prefixed = SYSTEM_NUMBER.exec(token);
  if (prefixed)
    return {
      key: `n:${canonicalNumber(prefixed[2] as string)}`,
      number: canonicalNumber(prefixed[2] as string),
      length: 1,
      ambiguous: false,
    };
  const glued = NUMBER_UNIT.exec(token);
  if (glued) {
    const unit = unitOf(glued[2]);
    const number = canonicalNumber(unit ? wholeOf(glued[1] as string, unit) : (glued[1] as string));
    if (unit) return { key: `u:${number}${unit}`, number, length: 1, ambiguous: isAmbiguousUnit(glued[2]) };
    if (isSizeSystem(glued[2])) return { key: `n:${number}`, number, length: 1, ambiguous: false };
    return null;
  }
  if (!NUMBER.test(token)) return null;
  const next = tokens[at + 1];
  const unit = unitOf(next);
  const number = canonicalNumber(unit ? wholeOf(token, unit) : token);
  if (unit) return { key: `u:${number}${unit}`, number, length: 2, ambiguous: isAmbiguousUnit(next) };
  if (isSizeSystem(next)) return { key: `n:${number}`, number, length: 2, ambiguous: false };
  return null;
}

/**
 * Dimensions and ranges as catalogs and buyers write them: "150x200 cm", "150x200cm", "150х200"
 * (Cyrillic х), "150 × 200", "150*200 см"; "36-40", "36/40", "36–40" (the tokenizer drops the dash).
 * Both sides meet in one key: `d:150x200` for a dimension (its unit, if any, is not needed to tell
 * two of a product's dimensions apart), `r:36-40` for a range of two numbers.
 */
const DIMENSION_GLUED = /^(\d+(?:[.,]\d+)?)[xх×*](\d+(?:[.,]\d+)?)(\p{L}*)$/u;
/** Signs and words between the two sides of a dimension: "200 x 220", "200 by 220", "200 na 220", "200 на 220", "200 por 220", "200 mal 220". */
const TIMES_SIGNS = new Set(['x', 'х', '×', '*', 'by', 'na', 'на', 'por', 'mal']);

/** Words between the two ends of a range: "41 to 45", "36 do 40", "36 по 40", "36 до 40", "36 al 40", "41 a 45", "41 bis 45". */
const RANGE_WORDS = new Set(['to', 'till', 'do', 'по', 'до', 'al', 'a', 'hasta', 'bis']);

export interface Dimension {
  key: string;
  length: number;
}

export function readDimension(tokens: readonly string[], at: number): Dimension | null {
  const token = tokens[at];
  if (token === undefined) return null;
  const glued = DIMENSION_GLUED.exec(token);
  if (glued) {
    const suffix = glued[3] as string;
    if (suffix && !unitOf(suffix)) return null;
    const key = `d:${canonicalNumber(glued[1] as string)}x${canonicalNumber(glued[2] as string)}`;
    return { key, length: !suffix && unitOf(tokens[at + 1]) && !isAmbiguousUnit(tokens[at + 1]) ? 2 : 1 };
  }
  if (!NUMBER.test(token)) return null;
  const sign = tokens[at + 1];
  const second = tokens[at + 2];
  if (sign !== undefined && TIMES_SIGNS.has(sign) && second !== undefined) {
    const unitGlued = NUMBER_UNIT.exec(second);
    const number = NUMBER.test(second) ? second : unitGlued && unitOf(unitGlued[2]) ? (unitGlued[1] as string) : null;
    if (number === null) return null;
    const key = `d:${canonicalNumber(token)}x${canonicalNumber(number)}`;
    return { key, length: !unitGlued && unitOf(tokens[at + 3]) && !isAmbiguousUnit(tokens[at + 3]) ? 4 : 3 };
  }
  if (second === undefined && sign === undefined) return null;
  if (sign !== undefined && /^\d+$/.test(token) && /^\d+$/.test(sign) && Number(sign) > Number(token))
    return { key: `r:${token}-${sign}`, length: 2 };
  // "41 to 45", "od 36 do 40", "с 36 по 40", "del 36 al 40", "41 bis 45": a range said with a word between its ends.
  if (sign !== undefined && RANGE_WORDS.has(sign) && second !== undefined && /^\d+$/.test(token) && /^\d+$/.test(second))
    return Number(second) > Number(token) ? { key: `r:${token}-${second}`, length: 3 } : null;
  return null;
}

/**
 * Keys of a catalog value that is a dimension or a range ("150x200 cm" -> d:150x200; "36-40" -> r:36-40). A dimension is
 * also keyed by its width (`w:150`), which a number beside a width word names ("160 wide", "140 breit").
 */
export function dimensionKeys(tokens: readonly string[]): string[] {
  const dimension = readDimension(tokens, 0);
  if (!dimension || dimension.length !== tokens.length) return [];
  const width = /^d:(\d+(?:\.\d+)?)x/.exec(dimension.key);
  return width ? [dimension.key, `w:${width[1] as string}`] : [dimension.key];
}

/** Words that say a number is a width (normalised): "160 wide", "140 breit", "160 de ancho", "шириной 140", "ені 160". */
const WIDTH_WORDS = new Set([
  'wide',
  'width',
  'szerokosci',
  'szeroki',
  'szeroka',
  'szerokie',
  'шириной',
  'ширина',
  'ширины',
  'ширину',
  'ені',
  'енінде',
  'ancho',
  'ancha',
  'anchura',
  'breit',
  'breite',
  'breiten',
  'breites',
  'breiter',
]);

export const isWidthWord = (token: string | undefined) => token !== undefined && WIDTH_WORDS.has(token);

/** The same amount in a neighbouring unit: a catalog's "500 g" is also "0.5 kg" (so "half a kilo" meets it), "1 l" is "1000 ml". */
const EQUIVALENT_UNITS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  g: [['kg', 1 / 1000]],
  kg: [['g', 1000]],
  ml: [['l', 1 / 1000]],
  cl: [['ml', 10]],
  l: [['ml', 1000]],
  cm: [
    ['m', 1 / 100],
    ['mm', 10],
  ],
  mm: [['cm', 1 / 10]],
  m: [['cm', 100]],
};
const MEASURE_KEY = /^u:(\d+(?:\.\d+)?)(\p{L}+)$/u;
function equivalentKeys(key: string): string[] {
  const m = MEASURE_KEY.exec(key);
  if (!m) return [];
  return (EQUIVALENT_UNITS[m[2] as string] ?? []).map(([unit, factor]) => `u:${Number((Number(m[1]) * factor).toPrecision(12))}${unit}`);
}

/** Keys of a catalog value that is a measure ("50 ml" -> u:50ml, n:50, u:0.05l; "EU 38" -> n:38). */
export function measureKeys(tokens: readonly string[]): string[] {
  const measure = readMeasure(tokens, 0);
  if (!measure || measure.length !== tokens.length)
    return tokens.length === 1 && NUMBER.test(tokens[0] as string) ? [`n:${canonicalNumber(tokens[0] as string)}`] : [];
  return measure.key.startsWith('u:') ? [measure.key, `n:${measure.number}`, ...equivalentKeys(measure.key)] : [measure.key];
}

/** Rule words as the tokenizer leaves them (no diacritics: 'дюйм' is 'дюим', 'pół' is 'pol'). */
function normalized(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => normalizeText(w)));
}
/**
 * Fractions of an inch, as catalogs write a thread or a drive (`1/2"`, `3/4"`) and buyers say them: "half inch",
 * "pół cala", "полдюйма", "жарты дюйм", "media pulgada", "halbzoll"; "three quarter", "trzy czwarte", "три четверти",
 * "төрттен үш", "tres cuartos", "dreiviertel". Both sides meet in `f:1/2`. A half needs the inch word (a bare "pół" or
 * "media" is half of anything); three quarters stand alone, read only where the catalog sells `3/4"`.
 */
const FRACTION_VALUE = /^\s*(\d+)\s*\/\s*(\d+)\s*(?:"|''|”|″|in|inch|cala|zoll)?\s*$/i;
const INCH_WORDS = normalized([
  'inch',
  'inches',
  'in',
  'cala',
  'cal',
  'calowy',
  'calowa',
  'calowe',
  'calowka',
  'дюйм',
  'дюйма',
  'дюймовый',
  'дюймовая',
  'дюймовую',
  'дюймдік',
  'дюймдікті',
  'pulgada',
  'pulgadas',
  'zoll',
  'zollig',
]);
const HALF_WORDS = normalized(['half', 'pol', 'пол', 'жарты', 'media', 'medio', 'halb', 'halbe', 'halben', 'halber']);
const HALF_GLUED = normalized([
  'polcala',
  'polcalowy',
  'polcalowa',
  'полдюйма',
  'полдюйм',
  'полдюймовый',
  'полдюймовая',
  'полдюймовую',
  'halbzoll',
  'halbzollig',
  'halbzolliger',
  'halbzollige',
]);
const THREE_QUARTERS: readonly (readonly string[])[] = [
  ['three', 'quarter'],
  ['three', 'quarters'],
  ['three', 'fourths'],
  ['trzy', 'czwarte'],
  ['три', 'четверти'],
  ['төрттен', 'үш'],
  ['tres', 'cuartos'],
  ['drei', 'viertel'],
  ['dreiviertel'],
  ['dreiviertelzoll'],
];
/**
 * Round 27: eighths, as leggings and tights are sold by length ("7/8", "5/8", "3/8"): "seven eighths", "siedem ósmych",
 * "семь восьмых", "сегізден жеті", "siete octavos", "siebenachtel" / "sieben achtel" — the numerator's word then the
 * eighths' (Kazakh: eight "from" first). Read only where the catalog sells that fraction.
 */
const EIGHTHS_NUMERATORS: readonly (readonly [number, readonly string[]])[] = [
  [1, ['one', 'jedna', 'одна', 'бір', 'un', 'ein']],
  [3, ['three', 'trzy', 'три', 'үш', 'tres', 'drei']],
  [5, ['five', 'pięć', 'пять', 'бес', 'cinco', 'fünf']],
  [7, ['seven', 'siedem', 'семь', 'жеті', 'siete', 'sieben']],
];
const EIGHTHS = ['eighth', 'eighths', 'ósma', 'ósmych', 'ósme', 'восьмая', 'восьмых', 'octavo', 'octavos', 'achtel'];
const SPOKEN_FRACTIONS: readonly { words: readonly string[]; key: string }[] = [
  ...THREE_QUARTERS.map((words) => ({ words, key: 'f:3/4' })),
  ...EIGHTHS_NUMERATORS.flatMap(([n, numerators]) =>
    numerators.flatMap((numerator) => [
      ...EIGHTHS.map((eighths) => ({ words: [numerator, eighths], key: `f:${n}/8` })),
      { words: ['сегізден', numerator], key: `f:${n}/8` },
      { words: [`${numerator}achtel`], key: `f:${n}/8` },
    ]),
  ),
].map(({ words, key }) => ({ words: words.map((w) => normalizeText(w)), key }));
/** The spoken fractions by their first word, so a common word ("one", "ein", "tres") tries only its own few. */
const SPOKEN_BY_FIRST = new Map<string, { words: readonly string[]; key: string }[]>();
for (const f of SPOKEN_FRACTIONS) {
  const first = f.words[0] as string;
  SPOKEN_BY_FIRST.set(first, [...(SPOKEN_BY_FIRST.get(first) ?? []), f]);
}
const FRACTION_STARTS = new Set([...HALF_WORDS, ...HALF_GLUED, ...SPOKEN_BY_FIRST.keys()]);

/** The key of a catalog value that is a fraction of an inch (`1/2"` -> f:1/2), or null. */
export function fractionKey(value: string): string | null {
  const m = FRACTION_VALUE.exec(value);
  return m && Number(m[1]) < Number(m[2]) ? `f:${m[1]}/${m[2]}` : null;
}

/** A fraction of an inch said in words at `tokens[at]`: its key and how many tokens it covers (a following inch word included). */
export function readSpokenFraction(tokens: readonly string[], at: number): Dimension | null {
  const token = tokens[at];
  if (token === undefined || !FRACTION_STARTS.has(token)) return null;
  if (HALF_GLUED.has(token)) return { key: 'f:1/2', length: 1 + inchAt(tokens, at + 1) };
  if (HALF_WORDS.has(token)) {
    const skip = tokens[at + 1] === 'an' || tokens[at + 1] === 'a' ? 1 : 0;
    return inchAt(tokens, at + 1 + skip) ? { key: 'f:1/2', length: 2 + skip } : null;
  }
  for (const { words, key } of SPOKEN_BY_FIRST.get(token) ?? [])
    if (words.every((w, k) => tokens[at + k] === w)) return { key, length: words.length + inchAt(tokens, at + words.length) };
  return null;
}
/** 1 when `tokens[i]` is an inch word ("inch", "cala", "дюйм"), else 0. */
const inchAt = (tokens: readonly string[], i: number): number => (INCH_WORDS.has(tokens[i] as string) ? 1 : 0);

// Round 16, ORDERS: sizes with a half, as buyers say them.
/** Number words one to twelve in the six languages (normalised: "pięć" is "piec", "fünf" "funf"). */
const HALF_NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'one two three four five six seven eight nine ten eleven twelve',
    'jeden dwa trzy cztery piec szesc siedem osiem dziewiec dziesiec jedenascie dwanascie',
    'один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать',
    'бір екі үш төрт бес алты жеті сегіз тоғыз он',
    'uno dos tres cuatro cinco seis siete ocho nueve diez once doce',
    'eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf',
  ].flatMap((line) => line.split(' ').map((word, k) => [word, k + 1] as const)),
);
/** What follows a number to add a half: "and a half", "i pół", "с половиной", "жарым", "y medio", "und halb". */
const HALF_AFTER: readonly (readonly string[])[] = [
  ['and', 'a', 'half'],
  ['n', 'a', 'half'],
  ['and', 'half'],
  ['i', 'pol'],
  ['с', 'половинои'],
  ['жарым'],
  ['y', 'medio'],
  ['y', 'media'],
  ['und', 'halb'],
  ['einhalb'],
];
const GLUED_HALF = /^(\d{1,2}|\p{L}+?)einhalb$/u;

/**
 * A number with a half said in words ("seven and a half", "8 i pół", "восемь с половиной", "сегіз жарым", "ocho y medio",
 * "achteinhalb"): the key of that number with .5 (`n:7.5`), as a catalog's "7.5" is known by, and how many tokens it covers.
 */
export function readSpokenHalf(tokens: readonly string[], at: number): { key: string; length: number } | null {
  const token = tokens[at];
  if (token === undefined) return null;
  // Every such word ends so: most tokens skip the regex (its lazy letters backtrack).
  const glued = token.endsWith('einhalb') ? GLUED_HALF.exec(token) : null;
  if (glued) {
    const n = /^\d/.test(glued[1] as string) ? Number(glued[1]) : HALF_NUMBER_WORDS.get(glued[1] as string);
    return n ? { key: `n:${n}.5`, length: 1 } : null;
  }
  const n = /^\d{1,2}$/.test(token) ? Number(token) : HALF_NUMBER_WORDS.get(token);
  if (!n) return null;
  for (const half of HALF_AFTER)
    if (half.every((word, j) => tokens[at + 1 + j] === word)) return { key: `n:${n}.5`, length: 1 + half.length };
  return null;
}

/**
 * Round 28: whether `token` can begin a spoken half, a spoken fraction, half a unit or one of a unit (each reader above
 * returns null at a word that does not): scan.ts asks once per distinct word and skips the readers for the rest.
 */
export const startsSpokenHalf = (token: string): boolean =>
  token.endsWith('einhalb') || /^\d{1,2}$/.test(token) || HALF_NUMBER_WORDS.has(token);
export const startsSpokenFraction = (token: string): boolean => FRACTION_STARTS.has(token);
export const startsHalfUnit = (token: string): boolean => HALF_GLUED_UNITS.has(token) || HALF_OF.has(token);
export const startsOneOfUnit = (token: string): boolean => SPELLED_UNITS.has(token);
