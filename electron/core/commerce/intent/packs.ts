import type { CatalogIndex, OptionRef } from './catalog-index';
import { codeKey, normalizeText, tokenize } from './normalize';
import type { ClassifyResult } from './types';

/**
 * Round 18 (issue 17): a product sold in packs of pieces ("2 pcs", "4 pcs") is claimed by the pack's size said as buyers
 * say it — "4pc", "2 szt", "4 шт", "3 дана", "de 2 piezas", "4 Stück", "a 4 pack", "pack of 4", "paczka po 4", "4er" —
 * which read alone would be a count. A count of packs said beside it ("2 packs of 4", "2 paczki po 4") stays the quantity.
 * Only sizes the product is sold in, and only when the claim has not named its pack already.
 *
 * Round 20 (heldout-18's kinds): a set or pack named by its count ("Set of 4", "Pack of 6", "6-pack") is such a pack too,
 * and the words buyers name it by are wider: the count before a set word ("the 6 set", "6er set", "6-лық жиынтық"),
 * after one ("zestaw 6", "набор из 6", "set de 4", "komplet po 4"), distributive "по 6" / "po 6" alone, Kazakh "4
 * данадан" ("of 4 pieces each") and "4тік". The size the product sells wins over one it does not ("2 жинақ …, 4 данадан":
 * two sets of four), a count said with "x" ("set de 4 x2", "2x …, die 4er") stays the count of packs, and every item of
 * a claim of several items that is the pack's product takes the size when one was said ("serwetki po 4: szałwia i
 * terakota", "L30 salbei 4er + D20 beige").
 */

/** Words for pieces after a number (normalised). */
const PIECES = new Set([
  'pc',
  'pcs',
  'piece',
  'pieces',
  'szt',
  'sztuk',
  'sztuki',
  'sztuka',
  'шт',
  'штук',
  'штуки',
  'штука',
  'штучки',
  'дана',
  'pieza',
  'piezas',
  'pzas',
  'stuck',
  'stk',
  'teile',
  // Round 20: Kazakh "of N pieces each", "N-piece" (after the number typed apart: "6-лық").
  'данадан',
  'даналық',
  'лық',
  'лік',
  'дық',
  'дік',
  'тық',
  'тік',
  // Round 27: pairs, as socks are sold ("3 pairs", "5 par", "3 pary", "5 пар", "3 пары", "5 жұп", "3 pares", "5 Paar").
  'pair',
  'pairs',
  'par',
  'pary',
  'пар',
  'пары',
  'пара',
  'жұп',
  'жуп',
  'pares',
  'paar',
]);
/** One pack, before "of N" or after "a N" (normalised). */
const PACK = new Set([
  'pack',
  // Round 21: Polish "pak" ("pak 3", "4 pak").
  'pak',
  'paczka',
  'paczke',
  'opakowanie',
  'упаковка',
  'упаковку',
  'пачка',
  'пачку',
  'paquete',
  'packung',
  'set',
  // Round 20: set words.
  'zestaw',
  'zestawu',
  'zestawie',
  'komplet',
  'kompletu',
  'набор',
  'набора',
  'наборе',
  'комплект',
  'комплекта',
  'жинақ',
  'жинак',
  'жиынтық',
  'жиынтык',
  'juego',
  'conjunto',
  'satz',
]);
/** Several packs, after their count (normalised): "2 packs", "2 paczki", "2 уп". */
const PACKS = new Set([
  'packs',
  'paczki',
  'paczek',
  'opakowania',
  'упаковки',
  'упаковок',
  'пачки',
  'пачек',
  'уп',
  'paquetes',
  'packungen',
  'sets',
  'zestawy',
  'zestawów',
  'zestawow',
  'komplety',
  'наборы',
  'наборов',
  'набора',
  'комплекта',
  'комплектов',
  'juegos',
  'sätze',
  'satze',
]);
/** "of" between a pack and its size (normalised): "pack of 4", "paczka po 4", "упаковка по 4", "pack de 4", "packung mit 4". */
const OF = new Set(['of', 'po', 'по', 'de', 'mit', 'a', 'из', 'z', 'zu']);
/** Round 20: "по 6", "po 4" alone: "in sixes", the size of each pack (only a size the product sells). */
const EACH = new Set(['po', 'по']);
const DIGITS = /^\d{1,3}$/;
/** A pack's size glued to its word: "4pc", "2szt", "2шт", "4er", "4pack" (round 28: and pairs, "3pary", "5par", "2пары", "6pares"). */
const GLUED = /^(\d{1,3})(?:pcs?|szt|шт|er|pack|pak|pk|pairs?|par[ay]?|pares|paar|пар[аы]?|жұп\p{L}*|(?:лы|лі|ды|ді|ты|ті)[қкғг]\p{L}*)$/u;
/**
 * Round 28: Kazakh "pair" with its suffixes ("3 жұптық", "бес жұптығын", "5 жұптан": "of three pairs", "of five pairs each"),
 * read as the pieces word it is built on.
 */
const PAIR_SUFFIXED = /^(?:жұп|жуп)(?:т[ыі][қкғг]\p{L}*|тан|тен)$/u;
const isPieces = (token: string): boolean => PIECES.has(token) || PAIR_SUFFIXED.test(token);
/** A count of packs said with "x": "x2", "2x", "×2". */
const TIMES = /^(?:x(\d{1,2})|(\d{1,2})x)$/;
/** A catalog value that is a pack of pieces, or a set or pack by its count ("Set of 4", "Pack of 6", "6-pack"). */
const PACK_VALUE = /^(?:(\d{1,3})\s*(?:pcs?|pieces?|pairs?)|(?:set|pack) of (\d{1,3})|(\d{1,3})[- ]?pack)$/iu;
/** Round 21: a bundle whose name says its count ("Single", "Duo", "Trio", "Quartet"; "Twin pack", "Triple"). */
const BUNDLE_VALUE: Readonly<Record<string, number>> = {
  single: 1,
  duo: 2,
  twin: 2,
  'twin pack': 2,
  double: 2,
  pair: 2,
  trio: 3,
  triple: 3,
  quartet: 4,
  quad: 4,
};
function normalizedKeys(entries: readonly (readonly [string, number])[]): ReadonlyMap<string, number> {
  return new Map(entries.map(([w, n]) => [normalizeText(w), n] as const));
}
/**
 * Round 21: words that name a bundle of N in the chat's languages, normalised (one, two, three or four in a pack):
 * "dwupak", "trójpak", "двойной", "тройной", "дуэт", "трио", "екілік", "үштік", "dúo", "trío", "doppelpack",
 * "dreierpack". Only a size the product sells is read, as for a pack's count.
 */
const BUNDLE_WORDS: ReadonlyMap<string, number> = normalizedKeys([
  ...[
    'single',
    'pojedynczy',
    'pojedyncza',
    'pojedyncze',
    'pojedyncza',
    'одиночный',
    'одиночную',
    'одиночная',
    'сингл',
    'individual',
    'suelto',
    'suelta',
    // Round 24: in the plural, and "separately" / "by the piece".
    'sueltos',
    'sueltas',
    'жеке',
    'поштучно',
    'pojedynczo',
    'einzeln',
    'einzelne',
    'einzelnes',
    'einzelpack',
  ].map((w) => [w, 1] as const),
  ...[
    'duo',
    'dwupak',
    'dwupaku',
    'dwupaka',
    'dwupack',
    'podwojny',
    'podwojna',
    'podwojne',
    'дуо',
    'дуэт',
    'двойной',
    'двойную',
    'двойная',
    'двойное',
    'екілік',
    'екілігін',
    'екілікті',
    'екілік',
    'doble',
    'doppelpack',
    'doppelpackung',
    'zweierpack',
    'zweierset',
    'twin',
    'twinpack',
    'double',
    '2pak',
  ].map((w) => [w, 2] as const),
  ...[
    'trio',
    'trojpak',
    'trojpaku',
    'trojpaka',
    'trzypak',
    'potrojny',
    'potrojna',
    'potrojne',
    'трио',
    'тройной',
    'тройную',
    'тройная',
    'тройное',
    'үштік',
    'үштігін',
    'үштікті',
    'triple',
    'triplete',
    'dreierpack',
    'dreierset',
    'dreier',
    '3pak',
  ].map((w) => [w, 3] as const),
  ...['quartet', 'czteropak', 'төрттік', 'cuarteto', 'viererpack', 'vierer'].map((w) => [w, 4] as const),
]);
/**
 * Round 21: a number said as a noun names a pack of that many wherever the product is sold in packs: "trójkę", "szóstki",
 * "тройку", "шестерку" (and "the 3s" glued, below). Only a size the product sells is read.
 */
const COUNT_NOUNS: ReadonlyMap<string, number> = normalizedKeys([
  // Round 28: German counts as nouns ("die Dreier", "den Fünfer", "als Sechser"), as "4er" is glued.
  ...['dwojka', 'dwojke', 'dwojki', 'двойка', 'двойку', 'двойки', 'zweier'].map((w) => [w, 2] as const),
  ...['trojka', 'trojke', 'trojki', 'тройка', 'тройку', 'тройки', 'dreier'].map((w) => [w, 3] as const),
  ...['czworka', 'czworke', 'czworki', 'четверка', 'четверку', 'четверки', 'четвёрку', 'vierer'].map((w) => [w, 4] as const),
  ...['funfer'].map((w) => [w, 5] as const),
  ...['szostka', 'szostke', 'szostki', 'шестерка', 'шестерку', 'шестерки', 'шестёрку', 'sechser'].map((w) => [w, 6] as const),
  ...['osemka', 'osemke', 'osemki', 'восьмерка', 'восьмерку', 'восьмерки', 'восьмёрку'].map((w) => [w, 8] as const),
]);
/** Round 21: a count said in words after "of" ("набор из трех", "set of three", "zestaw trzech"), two to six (round 27: and eight). */
const NUMBER_WORDS: ReadonlyMap<string, number> = normalizedKeys([
  ...['two', 'dwa', 'dwie', 'dwoch', 'два', 'две', 'двух', 'екі', 'dos', 'zwei'].map((w) => [w, 2] as const),
  ...['three', 'trzy', 'trzech', 'три', 'трех', 'үш', 'tres', 'drei'].map((w) => [w, 3] as const),
  ...['four', 'cztery', 'czterech', 'четыре', 'четырех', 'төрт', 'cuatro', 'vier'].map((w) => [w, 4] as const),
  // Round 27: five ("5 pairs" said "пять пар", "pięć par").
  ...['five', 'piec', 'pieciu', 'пять', 'пяти', 'бес', 'cinco', 'funf'].map((w) => [w, 5] as const),
  ...['six', 'szesc', 'szesciu', 'шесть', 'шести', 'алты', 'seis', 'sechs'].map((w) => [w, 6] as const),
  ...['eight', 'osiem', 'osmiu', 'восемь', 'восьми', 'сегіз', 'ocho', 'acht'].map((w) => [w, 8] as const),
]);

/** Round 21: "the 3s", "the 6s": a count in the plural names packs of that many. */
const pluralCount = (token: string): number | undefined => (/^\d{1,2}s$/.test(token) ? Number(token.slice(0, -1)) : undefined);

/** A product's pack sizes, read once per built index (its values never change after `buildCatalogIndex`). */
const packSizesSeen = new WeakMap<ReadonlyMap<string, OptionRef>, ReadonlyMap<number, OptionRef>>();

function packSizes(values: ReadonlyMap<string, OptionRef>): ReadonlyMap<number, OptionRef> {
  const known = packSizesSeen.get(values);
  if (known) return known;
  const sizes = new Map<number, OptionRef>();
  for (const ref of values.values()) {
    const m = PACK_VALUE.exec(ref.value);
    const n = m?.[1] ?? m?.[2] ?? m?.[3] ?? BUNDLE_VALUE[ref.value.toLowerCase()];
    if (n) sizes.set(Number(n), ref);
  }
  packSizesSeen.set(values, sizes);
  return sizes;
}

/**
 * The pack size said in `tokens` (the first the product sells, pieces and glued words before a set word's count) and the
 * count of packs, if any.
 */
function saidPack(
  tokens: readonly string[],
  sold: ReadonlyMap<number, OptionRef>,
): { size: number; packs: number | null; strong: readonly number[] } | null {
  const strong: number[] = [];
  const weak: number[] = [];
  let packs: number | null = null;
  // Round 21: words for a bundle ("dwupak", "тройной") only where the values are named bundles ("single one" is no "1 pc").
  const bundles = [...sold.values()].some((ref) => BUNDLE_VALUE[ref.value.toLowerCase()] !== undefined);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    const next = tokens[k + 1];
    const glued = GLUED.exec(token);
    const times = TIMES.exec(token);
    const bundle = (bundles ? BUNDLE_WORDS.get(token) : undefined) ?? COUNT_NOUNS.get(token) ?? pluralCount(token);
    if (bundle !== undefined) strong.push(bundle);
    else if (glued) strong.push(Number(glued[1]));
    else if (times) packs ??= Number(times[1] ?? times[2]);
    else if (DIGITS.test(token) && next !== undefined && (isPieces(next) || next === 'pack')) strong.push(Number(token));
    else if (DIGITS.test(token) && next !== undefined && PACKS.has(next)) packs ??= Number(token);
    // Round 28: a count of packs said with "x" apart, before the code or the pack ("3 x K5", "2 x …").
    else if (DIGITS.test(token) && next === 'x' && !DIGITS.test(tokens[k + 2] ?? '')) packs ??= Number(token);
    // Round 27: a count in words before pieces or pairs ("six pairs", "шесть пар", "алты жұп").
    else if (next !== undefined && isPieces(next) && NUMBER_WORDS.has(token)) strong.push(NUMBER_WORDS.get(token) as number);
    else if (DIGITS.test(token) && next !== undefined && PACK.has(next)) weak.push(Number(token));
    // Round 28: a count in words before a pack word, as a digit is ("three pack"; "екі пачка", two packs, when no size).
    else if (next !== undefined && PACK.has(next) && NUMBER_WORDS.has(token)) weak.push(NUMBER_WORDS.get(token) as number);
    else if ((PACK.has(token) || (PACKS.has(token) && next !== undefined && OF.has(next))) && next !== undefined) {
      // "pack of 4", "paczka 4", and after a count of packs: "2 packs of 4", "2 paczki po 4".
      const n = OF.has(next) ? tokens[k + 2] : next;
      if (n !== undefined && DIGITS.test(n)) strong.push(Number(n));
      else if (n !== undefined && NUMBER_WORDS.has(n)) strong.push(NUMBER_WORDS.get(n) as number);
    } else if (EACH.has(token) && next !== undefined && DIGITS.test(next)) weak.push(Number(next));
  }
  const size = [...strong, ...weak].find((n) => sold.has(n));
  if (size === undefined) return null;
  // "2 жинақ …, 4 данадан": a count before a set word that is no size sold counts the packs.
  packs ??= weak.find((n) => !sold.has(n)) ?? null;
  return { size, packs, strong };
}

export function withPackOfPieces(result: ClassifyResult, message: string, index: CatalogIndex): ClassifyResult {
  if (result.intent !== 'order' || !result.code || result.correction) return result;
  if (result.items) return withPackOnItems(result, message, index);
  const product = index.byCode.get(codeKey(result.code));
  if (!product) return result;
  return withSizeInRange(withPackOn(result, message, product.values), message, product.values);
}

/**
 * Round 27: a product sold by ranges of shoe sizes ("35-38", "39-42": socks) is claimed by one size inside a range ("I
 * wear 40", "rozmiar 38", "calzo 43", "на 46 ногу"): a number of two digits that falls in exactly one of the option's
 * ranges, when the claim left that option open. A number that counts pieces or packs ("5 pairs", "2 packs") is no size.
 */
const SIZE_RANGE = /^r:(\d{2})-(\d{2})$/;
const WHOLE_RANGE = /^\s*\d{2}\s*[-/–]\s*\d{2}\s*$/;
const rangesSeen = new WeakMap<ReadonlyMap<string, OptionRef>, readonly { from: number; to: number; ref: OptionRef }[]>();

function sizeRanges(values: ReadonlyMap<string, OptionRef>): readonly { from: number; to: number; ref: OptionRef }[] {
  const known = rangesSeen.get(values);
  if (known) return known;
  const ranges: { from: number; to: number; ref: OptionRef }[] = [];
  for (const [key, ref] of values) {
    const m = SIZE_RANGE.exec(key);
    // The value is the range itself ("39-42"), not a size with a range beside it ("S 53-55", a helmet's: round 10).
    if (m && WHOLE_RANGE.test(ref.value) && !ranges.some((r) => r.ref.value === ref.value))
      ranges.push({ from: Number(m[1]), to: Number(m[2]), ref });
  }
  // Only one option of ranges, none overlapping: otherwise a number inside names nothing for sure.
  const one =
    ranges.length >= 2 &&
    ranges.every((r) => r.ref.name === ranges[0]!.ref.name) &&
    ranges.every((r, i) => ranges.every((q, j) => i === j || q.to < r.from || q.from > r.to));
  const read = one ? ranges : [];
  rangesSeen.set(values, read);
  return read;
}

function withSizeInRange(result: ClassifyResult, message: string, values: ReadonlyMap<string, OptionRef>): ClassifyResult {
  const ranges = sizeRanges(values);
  if (ranges.length === 0) return result;
  const option = ranges[0]!.ref.name;
  if (result.options[option] !== undefined) return result;
  const tokens = tokenize(normalizeText(message));
  let found: OptionRef | null = null;
  let said = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (!TWO_DIGITS.test(token)) continue;
    const next = tokens[k + 1];
    if (next !== undefined && (PIECES.has(next) || PACKS.has(next) || PACK.has(next) || next === 'x')) continue;
    const n = Number(token);
    const range = ranges.find((r) => n >= r.from && n <= r.to);
    if (!range) continue;
    if (found && found.value !== range.ref.value) return result;
    found = range.ref;
    said = n;
  }
  if (!found) return result;
  return { ...result, options: { ...result.options, [option]: found.value }, quantity: result.quantity === said ? 1 : result.quantity };
}
const TWO_DIGITS = /^\d{2}$/;

function withPackOn(result: ClassifyResult, message: string, values: ReadonlyMap<string, OptionRef>): ClassifyResult {
  const sizes = packSizes(values);
  if (sizes.size === 0) return result;
  const option = [...sizes.values()][0]!.name;
  if (result.options[option] !== undefined) return result;
  const said = saidPack(tokenize(normalizeText(message)), sizes);
  const ref = said ? sizes.get(said.size) : undefined;
  if (!said || !ref) return result;
  const quantity = said.packs ?? (result.quantity === said.size ? 1 : result.quantity);
  return { ...result, options: { ...result.options, [option]: ref.value }, quantity };
}

/** Round 20: every item of the pack's product that names no pack takes the one size said ("L30 salbei 4er + D20 beige"). */
function withPackOnItems(result: ClassifyResult, message: string, index: CatalogIndex): ClassifyResult {
  const items = result.items ?? [];
  let tokens: string[] | null = null;
  let changed = false;
  // Round 28: items of one pack product, each with its own pack said in turn ("3pk 35-38 and 5pk 43-46", "dreier in 35-38
  // und fünfer in 43-46"): the sizes said, in order, when as many sizes as items that name none are sold.
  let inTurn: number[] | null = null;
  let turn = 0;
  const read = items.map((item) => {
    const product = item.code ? index.byCode.get(codeKey(item.code)) : undefined;
    const sizes = product ? packSizes(product.values) : null;
    if (!sizes || sizes.size === 0) return item;
    const option = [...sizes.values()][0]!.name;
    if (item.options[option] !== undefined) return item;
    const said = saidPack((tokens ??= tokenize(normalizeText(message))), sizes);
    if (!said || said.packs !== null) return item;
    if (inTurn === null) {
      const open = items.filter((other) => other.code === item.code && other.options[option] === undefined).length;
      const named = said.strong.filter((n) => sizes.has(n));
      inTurn = open >= 2 && named.length === open && new Set(named).size > 1 ? named : [];
    }
    const size = inTurn.length > 0 ? (inTurn[turn++] as number) : said.size;
    const ref = sizes.get(size);
    if (!ref) return item;
    changed = true;
    return { ...item, options: { ...item.options, [option]: ref.value }, quantity: item.quantity === size ? 1 : item.quantity };
  });
  if (!changed) return result;
  const first = read[0]!;
  return { ...result, items: read, options: first.options, quantity: first.quantity };
}
