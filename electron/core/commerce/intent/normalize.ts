/**
 * Text normalisation shared by chat messages and rule words, so both meet in one spelling:
 * NFKD (fullwidth and styled letters folded, accents split off), lowercase, no diacritics (people type "biore" for "biorę"),
 * letters with no decomposition folded by hand (ł, ß), and a letter repeated 3+ times collapsed
 * ("soooold", "mineeee") — except x, which counts in sizes (xxxl).
 */

const STRIPPED_MARKS = /\p{M}+/gu;
const REPEATED_LETTER = /(\p{L})\1{2,}/gu;
const QUOTES = /[’‘`´ʼ]/g;
const HAND_FOLDS: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i' };
const HAND_FOLDED = /[łßøđæœı]/g;
/** The same classes without the global flag (a stateless test before a replace: most messages have neither). */
const HAS_QUOTE = new RegExp(QUOTES.source);
const HAS_HAND_FOLDED = new RegExp(HAND_FOLDED.source);
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * Per UTF-16 code unit: 1 when NFKD leaves it as it is and it is no combining mark, 2 when not (a surrogate half is 2:
 * emoji take the full path); 0 not yet known. Text made only of such letters (most Cyrillic chat) skips NFKD and the
 * mark stripping, whose answer for it is the text itself.
 */
const NFKD_STABLE = new Uint8Array(0x10000);
const MARK = /\p{M}/u;

function stableUnderNfkd(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let known = NFKD_STABLE[c] as number;
    if (known === 0) {
      const ch = String.fromCharCode(c);
      known = c >= 0xd800 && c <= 0xdfff ? 2 : ch.normalize('NFKD') === ch && !MARK.test(ch) ? 1 : 2;
      NFKD_STABLE[c] = known;
    }
    if (known === 2) return false;
  }
  return true;
}

export function normalizeText(text: string): string {
  let out = text;
  if (ASCII_ONLY.test(out)) {
    out = out.toLowerCase();
  } else {
    // Round 22: text NFKD and the marks' removal would return as it is (most Cyrillic chat) skips them.
    if (!stableUnderNfkd(out)) {
      // NFKD is NFKC's compatibility folding and NFD's decomposition in one pass; the marks then go.
      // "7½": a half glued to its number is that number's .5 (NFKD would make it "71⁄2").
      if (out.includes('½')) out = out.replace(/(\d)\s*½/gu, '$1.5');
      // Round 26: "№ 6.1", "№6,1": the number sign is no "No" glued to the number (a shade, a size).
      if (out.includes('№')) out = out.replace(/№\s*/gu, 'nr ');
      out = out.normalize('NFKD').replace(STRIPPED_MARKS, '');
    }
    out = out.toLowerCase();
    if (HAS_QUOTE.test(out)) out = out.replace(QUOTES, "'");
    if (HAS_HAND_FOLDED.test(out)) out = out.replace(HAND_FOLDED, (c) => HAND_FOLDS[c] ?? c);
  }
  return hasTripleRun(out) ? out.replace(REPEATED_LETTER, (run: string, letter: string) => (letter === 'x' ? run : letter)) : out;
}

function hasTripleRun(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) return true;
  }
  return false;
}

/**
 * Words (letters and digits, with inner apostrophes), numbers with their glued suffixes
 * ("19.99", "20:00", "2x", "8pm", "2xl"), single emoji, and the punctuation that means something.
 */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*[\p{L}\p{N}]*|\p{L}[\p{L}\p{N}']*|\p{Extended_Pictographic}|[?¿$€£₽₸+&,×*#]/gu;

/** A dash standing alone between words ("B3 S red - do you ship to malta?", "F1 gold — both for me") breaks the clause as a comma does; between two numbers ("36 - 40") it is a range's. */
const LONE_DASH = /(^|\D)\s+[-–—]+\s+(?!\d)|(\d)\s+[-–—]+\s+(?=\D)/gu;

/** Round 23: "T-shirt", "t shirt", "T-Shirt" are one word ("tshirt"), not a "t" and the linen shirt's "shirt". */
const T_SHIRT = /(^|[^\p{L}\p{N}])t[- ]?shirt/gu;

/**
 * Round 23: a full stop after a word or number, then a word, breaks the clause as a comma does ("fig 400g. do you ship to
 * …?" claims, then asks); "19.99" and "0.5" keep theirs.
 */
const SENTENCE_END = /([\p{L}\p{N}])\.\s+(?=\p{L})/gu;

export function tokenize(normalized: string): string[] {
  let text =
    normalized.includes(' -') || normalized.includes('—') || normalized.includes('–')
      ? normalized.replace(LONE_DASH, '$1$2 , ')
      : normalized;
  if (text.includes('shirt')) text = text.replace(T_SHIRT, '$1tshirt');
  if (text.includes('. ')) text = text.replace(SENTENCE_END, '$1 , ');
  return text.match(TOKEN) ?? [];
}

/** Normalise a rule word or phrase into its tokens. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(normalizeText(phrase));
}

/**
 * Cyrillic letters (Russian and Kazakh) by sound in Latin letters: model names typed in Cyrillic ("с24" is the S24, not a C);
 * Kazakh chat's own Latin spelling starts from it (`compile-rules.ts`).
 */
export const CYRILLIC_BY_SOUND: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/** Cyrillic letters that look like Latin ones (after lowercasing), as people mistype claim codes. */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
};
const CYRILLIC_LOOKALIKE = /[авекмнорстухіјѕ]/g;

/** Folds Cyrillic look-alikes to Latin. Only for code-like tokens: in words they are real letters. */
export function foldLookalikes(token: string): string {
  return token.replace(CYRILLIC_LOOKALIKE, (c) => LOOKALIKES[c] ?? c);
}

/** Codes already keyed (a message's featured code and its claim's, a few per stream): emptied when it reaches the bound. */
const CODE_KEYS = new Map<string, string>();
const MAX_CODE_KEYS = 1024;

/** The key a claim code is looked up by: normalised, look-alikes folded, separators dropped. */
export function codeKey(code: string): string {
  const known = CODE_KEYS.get(code);
  if (known !== undefined) return known;
  const key = foldLookalikes(normalizeText(code)).replace(/[^\p{L}\p{N}]+/gu, '');
  if (CODE_KEYS.size >= MAX_CODE_KEYS) CODE_KEYS.clear();
  CODE_KEYS.set(code, key);
  return key;
}

/** Collapses every doubled letter: a second chance for "minee", "soold". */
export function squeeze(token: string): string {
  for (let i = 1; i < token.length; i++) {
    if (token.charCodeAt(i) === token.charCodeAt(i - 1)) return token.replace(/(\p{L})\1+/gu, '$1');
  }
  return token; // the common case: nothing doubled, no regex
}
