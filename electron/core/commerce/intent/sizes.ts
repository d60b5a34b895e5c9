/**
 * Canonical letter sizes, so "XXL", "2XL" and "xxl" meet: the key is the number of x's
 * written as a digit when there are two or more ("2xl", "3xs").
 */
const LETTER_SIZE = /^(?:(\d)x|(x*))(s|m|l)$/;

export function letterSizeKey(token: string): string | null {
  const m = LETTER_SIZE.exec(token) ?? LETTER_SIZE.exec(foldMixedSize(token));
  if (!m) return null;
  const [, digit, xs = '', base] = m;
  const count = digit ? Number(digit) : xs.length;
  if (base === 'm' && count > 0) return null; // "xm" is not a size
  if (count === 0) return base ?? null;
  if (count === 1) return `x${base}`;
  return `${count}x${base}`;
}

/**
 * A letter size typed half on a Cyrillic keyboard ("ХХL", "хl", "XХL": Cyrillic х beside a Latin l): the Cyrillic
 * look-alikes read as Latin, only in a short token that mixes both scripts (a Cyrillic "с" or "м" alone is a word).
 */
const MIXED_SIZE = /^(?=.*[a-z])(?=.*[хсмл])[a-z\dхсмл]{2,4}$/u;
const SIZE_LOOKALIKE: Readonly<Record<string, string>> = { х: 'x', с: 's', м: 'm', л: 'l' };
const foldMixedSize = (token: string) =>
  token.length <= 4 && MIXED_SIZE.test(token) ? token.replace(/[хсмл]/gu, (c) => SIZE_LOOKALIKE[c] ?? c) : '';

/**
 * Band-and-cup sizes (bras: "75B", "80 C", "75в" typed on a Cyrillic keyboard): a band of two or three
 * digits and a cup of one or two letters, the cup's Cyrillic look-alikes folded. Key `bc:75b`.
 */
const BAND_CUP = /^(\d{2,3})([a-k]{1,2})$/;
const CUP = /^[a-k]{1,2}$/;

/**
 * Cup letters on a Cyrillic keyboard: а в с д е (д is no look-alike of d, but it is the cup D), and б, the Cyrillic
 * letter of the B sound ("75б").
 */
const CYRILLIC_CUP: Readonly<Record<string, string>> = { а: 'a', б: 'b', в: 'b', с: 'c', д: 'd', е: 'e' };
const CYRILLIC_CUPS = /[абвсде]/gu;

export function bandCupKey(band: string, cup?: string): string | null {
  const text = (cup === undefined ? band : `${band}${cup}`).replace(CYRILLIC_CUPS, (c) => CYRILLIC_CUP[c] ?? c);
  const m = BAND_CUP.exec(text);
  return m ? `bc:${m[1]}${m[2]}` : null;
}

/** A cup written apart from its band ("80 C", "75 в", "80 д"). */
export const isCup = (token: string) => CUP.test(token.replace(CYRILLIC_CUPS, (c) => CYRILLIC_CUP[c] ?? c));
