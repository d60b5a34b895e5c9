import { deletions, fuzzyCandidate, oneEdit, type Edit } from './morphology';

/** Longer words are not looked at for typos (chat noise, links, emote names). */
const MAX_FUZZY_LENGTH = 14;
/** Stems this short ("бел*", "син*") are whole words' starts too often ("беларусь", "синтетика"). */
const SHORT_STEM = 3;
const CYRILLIC = /[\u0400-\u04ff]/u;
/** Russian adjective endings (after a stem of SHORT_STEM letters; normalised, "й" is "и"), diminutive "-еньк-" and "-оват-" included. */
const ADJECTIVE_REST =
  /^(?:ыи|ии|ои|ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ом|ем|ых|их|ым|им|ыми|ими|а|о|ы|еньк\p{L}*|оват\p{L}*)?$/u;
/** A short Cyrillic stem matches only an adjective form of it: "белую", "синенький", never "беларусь". */
const endsLikeAnAdjective = (token: string, n: number) => !CYRILLIC.test(token) || ADJECTIVE_REST.test(token.slice(n));

/** The shortest start of a word compared with a stem for a typo. */
const MIN_STEM_PREFIX = 4;
/** Round 21: stems shorter than this are read through a dropped, added or swapped letter, never a changed one. */
const CHANGED_LETTER_STEM = 5;
/** Lookups remembered per matcher in each of two generations (about a megabyte at most). */
const MAX_FUZZY_SEEN = 8192;
/** Words remembered per matcher in each of two generations: every word a lookup starts at (a bench pass sends ~8,400). */
const MAX_WORDS_SEEN = 16384;
import { squeeze } from './normalize';

/**
 * Round 24: a bounded memory of lookups kept in two generations: when the newer one is full it becomes the older one
 * (the oldest answers are dropped) and a word found only in the older one is brought forward. Emptying the whole memory at
 * once, as before, looked every word up again whenever a stream's vocabulary was a little larger than the bound.
 */
export class Memo<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly bound: number) {}

  get(key: string): V | undefined {
    const found = this.newer.get(key);
    if (found !== undefined) return found;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.bound) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }

  clear(): void {
    this.newer.clear();
    this.older.clear();
  }
}

/** A word as a lookup starting at it sees it: its phrases of two or more tokens (longest first), and its answer alone. */
export interface KnownWord<T> {
  longer: readonly Phrase<T>[];
  alone: PhraseMatch<T> | null;
}
const NO_PHRASES: readonly never[] = [];

/** `PhraseMatcher.match()` from the word's remembered lookup (`known()`): the longest phrase starting at `tokens[at]`. */
export function matchKnown<T>(word: KnownWord<T> | null, tokens: readonly string[], at: number): PhraseMatch<T> | null {
  if (word === null) return null;
  for (const phrase of word.longer) {
    const { rest } = phrase;
    let k = 0;
    while (k < rest.length && tokens[at + 1 + k] === rest[k]) k++;
    if (k === rest.length) return phrase.hit;
  }
  return word.alone;
}

interface Phrase<T> {
  rest: readonly string[];
  entries: T[];
  /** The answer when it matches (made once: a lookup allocates nothing). */
  hit: PhraseMatch<T>;
}

export interface FuzzyMatch<T> {
  word: string;
  edit: Edit;
  entries: readonly T[];
}

export interface PhraseMatch<T> {
  /** Tokens the phrase covers. */
  length: number;
  entries: readonly T[];
}

/**
 * Longest-match lookup of token phrases, with single-token stems (`czerwon*`) and a
 * doubled-letter fallback ("minee" -> "mine"). Phrases are grouped by their first token,
 * longest first, so a lookup is one map hit and a few array comparisons.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly bySqueezed = new Map<string, T[]>();
  private readonly stems = new Map<string, T[]>();
  /** One-deletion keys of single-token phrases of 4+ letters -> the words they came from: typo lookups. */
  private readonly byDeletion = new Map<string, string[]>();
  /** The same for stems of 4+ letters ("czarn*"): a typo in the stem part of an inflected word ("czrna"). */
  private readonly stemDeletions = new Map<string, string[]>();
  /** Typo lookups already made (their answer, null included), bounded. */
  private readonly fuzzySeen = new Memo<FuzzyMatch<T> | null>(MAX_FUZZY_SEEN);
  /**
   * Each word's phrases and its own answer (phrase of one token, stem or squeezed word; null included) already looked
   * up, bounded: chat repeats its words, and the stem walk slices the word once per stem length (round 24's profile).
   */
  private readonly wordsSeen = new Memo<KnownWord<T>>(MAX_WORDS_SEEN);
  private minStem = Infinity;
  private maxStem = 0;

  /**
   * @param preferred Entries that win a typo tie: a word as close as another is guessed when only it has such an entry
   * (the rules' words: a cancel or claim word over a colour, "canel" is "cancel" whatever colour "camel" is one edit from).
   */
  constructor(private readonly preferred?: (entry: T) => boolean) {}

  add(tokens: readonly string[], entry: T): void {
    this.fuzzySeen.clear();
    this.wordsSeen.clear();
    const [first, ...rest] = tokens;
    if (first === undefined) return;
    let phrases = this.byFirst.get(first);
    if (!phrases) this.byFirst.set(first, (phrases = []));
    const same = phrases.find((p) => p.rest.length === rest.length && p.rest.every((t, i) => t === rest[i]));
    if (same) same.entries.push(entry);
    else {
      const entries = [entry];
      phrases.push({ rest, entries, hit: { length: 1 + rest.length, entries } });
      phrases.sort((a, b) => b.rest.length - a.rest.length);
    }
    if (rest.length === 0 && fuzzyCandidate(first) && !same) {
      for (const key of deletions(first)) {
        const words = this.byDeletion.get(key);
        if (!words) this.byDeletion.set(key, [first]);
        else if (!words.includes(first)) words.push(first);
      }
    }
    if (rest.length === 0) {
      const key = squeeze(first);
      const list = this.bySqueezed.get(key);
      if (list) list.push(entry);
      else this.bySqueezed.set(key, [entry]);
    }
  }

  addStem(stem: string, entry: T): void {
    this.fuzzySeen.clear();
    this.wordsSeen.clear();
    const list = this.stems.get(stem);
    if (list) list.push(entry);
    else this.stems.set(stem, [entry]);
    if (fuzzyCandidate(stem))
      for (const key of deletions(stem)) {
        const stems = this.stemDeletions.get(key);
        if (!stems) this.stemDeletions.set(key, [stem]);
        else if (!stems.includes(stem)) stems.push(stem);
      }
    this.minStem = Math.min(this.minStem, stem.length);
    this.maxStem = Math.max(this.maxStem, stem.length);
  }

  /** The longest phrase starting at `tokens[at]`, then the longest stem, then the squeezed word. */
  match(tokens: readonly string[], at: number): PhraseMatch<T> | null {
    const token = tokens[at];
    if (token === undefined || (this.byFirst.size === 0 && this.stems.size === 0)) return null;
    return matchKnown(this.word(token), tokens, at);
  }

  /**
   * Round 28: what a lookup starting at `token` sees (null when the matcher is empty), for `matchKnown()`: a caller that
   * remembers it per word (scan.ts) looks the word up once for several matchers. Valid while nothing is added.
   */
  known(token: string): KnownWord<T> | null {
    if (this.byFirst.size === 0 && this.stems.size === 0) return null;
    return this.word(token);
  }

  /** Round 25: whether `word` is itself a phrase of one token (no stem, no squeezed or typed-over reading). */

  spells(word: string): boolean {
    const phrases = this.byFirst.get(word);
    return phrases !== undefined && phrases.some((p) => p.rest.length === 0);
  }

  /** `match([word], 0)` without the array: a phrase of one token, else the longest stem, else the squeezed word. */
  matchWord(word: string): PhraseMatch<T> | null {
    if (this.byFirst.size === 0 && this.stems.size === 0) return null;
    return this.word(word).alone;
  }

  /** What a word starts and what it reads as alone, remembered: one map lookup per word of a message. */
  private word(token: string): KnownWord<T> {
    const known = this.wordsSeen.get(token);
    if (known !== undefined) return known;
    const phrases = this.byFirst.get(token);
    const found: KnownWord<T> = {
      longer: phrases?.filter((p) => p.rest.length > 0) ?? NO_PHRASES,
      alone: phrases?.find((p) => p.rest.length === 0)?.hit ?? this.matchSingle(token),
    };
    this.wordsSeen.set(token, found);
    return found;
  }

  /** The longest stem `token` starts with, else the word with its doubled letters squeezed. */
  private matchSingle(token: string): PhraseMatch<T> | null {
    if (this.maxStem > 0) {
      for (let n = Math.min(token.length, this.maxStem); n >= this.minStem; n--) {
        const entries = this.stems.get(n === token.length ? token : token.slice(0, n));
        if (entries && (n > SHORT_STEM || endsLikeAnAdjective(token, n))) return { length: 1, entries };
      }
    }
    const squeezed = this.bySqueezed.get(squeeze(token));
    return squeezed ? { length: 1, entries: squeezed } : null;
  }

  /**
   * The single-token phrase one edit away from `token` ("slod" -> sold, "czerowna" -> czerwona),
   * when exactly one word is that close; null for short words, words with digits, or ties.
   */
  fuzzy(token: string): FuzzyMatch<T> | null {
    if ((this.byDeletion.size === 0 && this.stemDeletions.size === 0) || !fuzzyCandidate(token) || token.length > MAX_FUZZY_LENGTH)
      return null;
    // Chat repeats its words ("lol", names, emote words): each unknown word is looked at once.
    const known = this.fuzzySeen.get(token);
    if (known !== undefined) return known;
    const found = this.fuzzyLookup(token);
    this.fuzzySeen.set(token, found);
    return found;
  }

  private fuzzyLookup(token: string): FuzzyMatch<T> | null {
    let found: string | null = null;
    let edit: Edit | null = null;
    let tie = false;
    const prefers = (word: string) =>
      this.preferred !== undefined &&
      (this.byFirst
        .get(word)
        ?.find((p) => p.rest.length === 0)
        ?.entries.some(this.preferred) ??
        false);
    // The token itself and each one-deletion of it, without building the list first.
    for (let i = -1; i < token.length; i++) {
      const words = this.byDeletion.get(i < 0 ? token : token.slice(0, i) + token.slice(i + 1));
      if (!words) continue;
      for (const word of words) {
        if (word === found) continue;
        const e = oneEdit(token, word);
        if (!e) continue;
        if (found !== null) {
          // Two words as close: no guess, unless exactly one of them is preferred.
          const [a, b] = [prefers(found), prefers(word)];
          if (a === b) tie = true;
          else if (b) [found, edit, tie] = [word, e, false];
          continue;
        }
        found = word;
        edit = e;
      }
    }
    if (tie) return null;
    if (found === null || edit === null) return this.stemFuzzy(token);
    const phrase = this.byFirst.get(found)?.find((p) => p.rest.length === 0);
    return phrase ? { word: found, edit, entries: phrase.entries } : null;
  }

  /**
   * A word whose start is one edit away from a stem (czrna: czarn*, negor: negr*, schwraz:
   * schwarz*), when exactly one stem is that close.
   */
  private stemFuzzy(token: string): FuzzyMatch<T> | null {
    if (this.stemDeletions.size === 0) return null;
    let found: string | null = null;
    let edit: Edit | null = null;
    const longest = Math.min(token.length, this.maxStem + 1);
    for (let n = Math.max(MIN_STEM_PREFIX, this.minStem - 1); n <= longest; n++) {
      const prefix = token.slice(0, n);
      for (let i = -1; i < prefix.length; i++) {
        const stems = this.stemDeletions.get(i < 0 ? prefix : prefix.slice(0, i) + prefix.slice(i + 1));
        if (!stems) continue;
        for (const stem of stems) {
          if (stem === found) continue;
          const e = oneEdit(prefix, stem);
          if (!e || e === 'same') continue;
          // Round 21: a short stem takes no changed letter ("malta" is no "matt*").
          if (e === 'change' && stem.length < CHANGED_LETTER_STEM) continue;
          if (found !== null) return null; // two stems as close: no guess
          found = stem;
          edit = e;
        }
      }
    }
    const entries = found === null ? undefined : this.stems.get(found);
    return entries && edit ? { word: `${found}*`, edit, entries } : null;
  }
}
