/**
 * Folding for chat search (issue 15): the Latin letters SQLite FTS5's `remove_diacritics` does not
 * fold (ł is a letter of its own to Unicode, not l with a mark) become their base letters, so
 * `lodz` finds `łódź`. The index applies the same replacements in SQL (migration 0011's FOLD_SQL);
 * the tokenizer folds case and the other diacritics (ą, ż, é …) on both sides. Cyrillic and Kazakh
 * letters stay as written (й is not и, қ is not к).
 */
export const FOLDS: readonly (readonly [string, string])[] = [
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['ı', 'i'],
];

export function foldForSearch(text: string): string {
  let out = text;
  for (const [from, to] of FOLDS) out = out.replaceAll(from, to);
  return out;
}

/**
 * An FTS5 MATCH expression from what a person typed: each word (letters and digits of any script)
 * folded, quoted and taken as a prefix (`czerw` finds `czerwone`); every word must occur. Null when nothing searchable.
 */
export function ftsQuery(typed: string): string | null {
  const words = foldForSearch(typed.normalize('NFC'))
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
