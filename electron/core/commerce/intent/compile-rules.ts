import { CYRILLIC_BY_SOUND, phraseTokens } from './normalize';
import { PhraseMatcher } from './phrase-matcher';
import { WORD_LIST_KEYS, type IntentRuleSet } from './rules/rule-set';
import { letterSizeKey } from './sizes';
import type { Topic } from './types';

/** A word's kind: one of a rule set's word lists, or a catalog word (a number, a size, an option value). */
export type WordKind = (typeof WORD_LIST_KEYS)[number] | 'number' | 'size' | 'value';

export interface WordEntry {
  kind: WordKind;
  language: string;
  /** For `number`. */
  number?: number;
  /** Canonical size key for `size` ("m", "2xl"). */
  size?: string;
  /** Canonical value for `value` ("red"). */
  concept?: string;
}

export interface TopicEntry {
  /** `other`: a word that names what a question is about but none of the six topics (washing, ironing: how to care for it). */
  topic: Topic;
  language: string;
}

/** All languages' rules in two matchers, built once and shared by every catalog index that uses them. */
export interface CompiledRules {
  words: PhraseMatcher<WordEntry>;
  topics: PhraseMatcher<TopicEntry>;
  languages: readonly string[];
  /**
   * Round 22: concepts whose canonical key is no word of chat (`"=long": ["walking stick", …]`): a catalog value spelled as
   * the key ("Long") stands for it, while the word itself in a message ("how long") is no value.
   */
  catalogConcepts: ReadonlyMap<string, string>;
}

export function compileRules(sets: readonly IntentRuleSet[]): CompiledRules {
  // A typo as close to a cancel or claim word as to a value is read as the cancel or claim ("canel" beside "camel").
  const words = new PhraseMatcher<WordEntry>((e) => e.kind === 'cancel' || e.kind === 'claim');
  const topics = new PhraseMatcher<TopicEntry>();
  // Kazakh words typed on a Russian keyboard, without their own letters ("кулгин" for "күлгін"): added after every
  // language's words, each only where its plain spelling is no other word of the rules.
  const plain: { tokens: string[]; entry: WordEntry; stem: boolean }[] = [];
  const plainTopics: { tokens: string[]; entry: TopicEntry; stem: boolean }[] = [];
  const catalogConcepts = new Map<string, string>();
  const notePlain = (tokens: readonly string[], entry: WordEntry, stem: boolean) => {
    const folded = tokens.map(plainKazakh);
    if (folded.some((t, k) => t !== tokens[k])) plain.push({ tokens: folded, entry, stem });
    // … and in Latin letters ("alyp tastanyzshy", "bylgary"): a phrase of several words or a word of 5+ letters, so short
    // words ("мен" -> "men") never become English ones.
    if (tokens.length === 1 && (tokens[0] as string).length < 5) return;
    for (const latin of latinKazakh(tokens)) plain.push({ tokens: latin, entry, stem });
  };
  const addWord = (phrase: string, entry: WordEntry) => {
    const tokens = phraseTokens(phrase);
    if (tokens.length > 0) words.add(tokens, entry);
    if (tokens.length > 0 && entry.language === 'kk') notePlain(tokens, entry, false);
    // German typed without umlauts, spelled out ("haette gerne", "muetze"): after every language's words, as Kazakh's.
    const spelled = entry.language === 'de' ? umlautsSpelled(phrase) : null;
    if (spelled) plain.push({ tokens: phraseTokens(spelled), entry, stem: false });
    // Round 23: colloquial German "nich" for "nicht" in a phrase of several words ("will nich mehr", "doch nich").
    if (entry.language === 'de' && tokens.length > 1 && tokens.includes('nicht'))
      plain.push({ tokens: tokens.map((t) => (t === 'nicht' ? 'nich' : t)), entry, stem: false });
  };
  for (const set of sets) {
    const language = set.language;
    for (const kind of WORD_LIST_KEYS) for (const phrase of set[kind] ?? []) addWord(phrase, { kind, language });
    for (const [word, number] of Object.entries(set.numbers ?? {})) addWord(word, { kind: 'number', language, number });
    for (const [word, size] of Object.entries(set.sizes ?? {})) {
      const key = letterSizeKey(phraseTokens(size).join(''));
      if (key) addWord(word, { kind: 'size', language, size: key });
    }
    for (const [name, list] of Object.entries(set.values ?? {})) {
      // Round 22: "=long" names a concept for the catalog only; its key is no word of chat.
      const catalogOnly = name.startsWith('=');
      const concept = catalogOnly ? name.slice(1) : name;
      const key = phraseTokens(concept).join(' ');
      if (catalogOnly) catalogConcepts.set(key, key);
      // The canonical key is itself a word for its value: a catalog "Mint" finds `mint: [...]`.
      for (const word of catalogOnly ? list : [concept, ...list]) {
        const entry: WordEntry = { kind: 'value', language, concept: key };
        if (word.endsWith('*')) {
          const [stem] = phraseTokens(word.slice(0, -1));
          if (stem) words.addStem(stem, entry);
          if (stem && language === 'kk') notePlain([stem], entry, true);
          const spelled = language === 'de' ? umlautsSpelled(word.slice(0, -1)) : null;
          if (spelled) plain.push({ tokens: phraseTokens(spelled), entry, stem: true });
        } else addWord(word, entry);
      }
    }
    for (const [topic, list] of Object.entries(set.topics ?? {}) as [TopicEntry['topic'], string[]][]) {
      for (const phrase of list) {
        const tokens = phraseTokens(phrase.endsWith('*') ? phrase.slice(0, -1) : phrase);
        if (phrase.endsWith('*') && tokens.length === 1) topics.addStem(tokens[0] as string, { topic, language });
        else if (tokens.length > 0) topics.add(tokens, { topic, language });
        // Round 20: a Kazakh topic phrase typed without its own letters ("бағасы канша", "канша турады") asks the same.
        const folded = language === 'kk' ? tokens.map(plainKazakh) : tokens;
        if (folded.some((t, k) => t !== tokens[k]))
          plainTopics.push({ tokens: folded, entry: { topic, language }, stem: phrase.endsWith('*') });
      }
    }
  }
  for (const { tokens, entry, stem } of plainTopics) {
    const known = topics.match(tokens, 0);
    if (known && known.length === tokens.length) continue;
    if (stem && tokens.length === 1) topics.addStem(tokens[0] as string, entry);
    else topics.add(tokens, entry);
  }
  for (const { tokens, entry, stem } of plain) {
    const known = words.match(tokens, 0);
    if (known && known.length === tokens.length) continue;
    if (stem) words.addStem(tokens[0] as string, entry);
    else words.add(tokens, entry);
  }
  return { words, topics, languages: sets.map((s) => s.language), catalogConcepts };
}

/** Kazakh letters with the Russian letter a Russian keyboard types for them (қ к, ғ г, ү ұ у, ө о, ң н, і и, ә а, һ х). */
const PLAIN_KAZAKH: Record<string, string> = { қ: 'к', ғ: 'г', ү: 'у', ұ: 'у', ө: 'о', ң: 'н', і: 'и', ә: 'а', һ: 'х' };
const KAZAKH_LETTERS = /[қғүұөңіәһ]/u;

/** A Kazakh word as typed without its own letters ("күлгін" -> "кулгин"). */
export function plainKazakh(word: string): string {
  return KAZAKH_LETTERS.test(word) ? word.replace(/[қғүұөңіәһ]/gu, (c) => PLAIN_KAZAKH[c] as string) : word;
}

/** Canonical values a catalog value stands for in any language ("Czerwony" -> red). */
export function conceptsOf(rules: CompiledRules, value: string): string[] {
  const tokens = phraseTokens(value);
  const only = rules.catalogConcepts.get(tokens.join(' '));
  const match = rules.words.match(tokens, 0);
  if (!match || match.length !== tokens.length) return only ? [only] : [];
  const concepts = new Set<string>(only ? [only] : []);
  for (const e of match.entries) if (e.kind === 'value' && e.concept) concepts.add(e.concept);
  return [...concepts];
}

/** Kazakh Cyrillic in the Latin letters chat types it with (қ q or k, ж zh or j, ш sh, ы y, і i…): by sound, but ц ts, қ q. */
const LATIN_KAZAKH: Readonly<Record<string, string>> = {
  ...CYRILLIC_BY_SOUND,
  ц: 'ts',
  қ: 'q',
  ё: 'yo',
  й: 'i',
  щ: 'sh',
  ъ: '',
  ь: '',
};
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/u;

/** A Kazakh phrase's Latin spellings (one with q and zh, one with k and j), empty when a word is not all Cyrillic. */
export function latinKazakh(tokens: readonly string[]): string[][] {
  if (!tokens.every((t) => CYRILLIC_WORD.test(t))) return [];
  const spell = (t: string) => [...t].map((c) => LATIN_KAZAKH[c] ?? c).join('');
  const first = tokens.map(spell);
  const second = first.map((t) => t.replace(/q/g, 'k').replace(/zh/g, 'j'));
  return second.every((t, k) => t === first[k]) ? [first] : [first, second];
}

const UMLAUTS = /[äöü]/u;
const UMLAUT_SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/** A German phrase with its umlauts spelled out as a keyboard without them types it ("hätte" -> "haette"), or null. */
export function umlautsSpelled(phrase: string): string | null {
  const lower = phrase.toLowerCase();
  return UMLAUTS.test(lower) ? lower.replace(/[äöü]/gu, (c) => UMLAUT_SPELLED[c] as string) : null;
}
