/**
 * Russian typed in Latin letters ("vozmu bezhevyi platok", "kogda otpravite?", "perepishite na 50 sm"), read back in
 * Cyrillic by the common transliteration buyers use (zh, kh, ch, sh, shch, ts, ya, yu, yo; y for ы, й after a vowel,
 * an apostrophe for ь). Sizes (S, M, XL…) and anything with a digit (codes, amounts) stay as written.
 *
 * Not morphology.ts's `LOAN_CYRILLIC`: that spells a Latin loanword as Russian writes it (c → к, j → дж: "Cobalt" →
 * "кобальт"); this undoes the transliteration of Russian words (c → ц, j → й, y → ы).
 */

/** Longest first: "shch" before "sh" before "s". */
const CLUSTERS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
];

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  v: 'в',
  w: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  q: 'к',
  x: 'кс',
  "'": 'ь',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** One word in Latin letters, lower case, in Cyrillic. */
export function cyrillicWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const cluster = CLUSTERS.find(([latin]) => word.startsWith(latin, i));
    if (cluster) {
      out += cluster[1];
      i += cluster[0].length;
      continue;
    }
    const c = word[i] as string;
    // "y": й after a vowel ("novyi" → "новый" reads "novy" + "i"), ы elsewhere ("ty", "byl").
    if (c === 'y') out += i > 0 && VOWELS.has(word[i - 1] as string) ? 'й' : 'ы';
    else out += LETTERS[c] ?? c;
    i++;
  }
  return out;
}

/** A size as buyers write it: stays in Latin letters. */
const SIZE = /^(?:x{0,3}[sml]|xs|xl|xxl|xxxl|one ?size)$/iu;
/** Words of Latin letters only (a code such as "A12" has a digit and is left whole). */
const LATIN_WORD = /(?<![\p{L}\p{N}])[a-z']+(?![\p{L}\p{N}])/giu;

/** The message with every Latin word but sizes written in Cyrillic; null when nothing changes. */
export function cyrillicMessage(message: string): string | null {
  let changed = false;
  const out = message.replace(LATIN_WORD, (word) => {
    if (SIZE.test(word) || word.startsWith("'")) return word;
    changed = true;
    return cyrillicWord(word.toLowerCase());
  });
  return changed ? out : null;
}
