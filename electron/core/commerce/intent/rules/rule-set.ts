import type { IntentRuleExtensionSettings } from '../../../../../shared/contract/settings';
import type { Topic } from '../types';

/**
 * One language's rules, as stored in `rules/<lang>.json`. Every entry is a word or phrase
 * written naturally (case, diacritics and repeated letters do not matter: they are normalised
 * like chat text). A trailing `*` in `values` makes a stem: `czerwon*` matches czerwona, czerwonej…
 */
export interface IntentRuleSet {
  language: string;
  /** Claims that stand on their own: "sold", "biorę", "беру", "аламын". */
  claim: string[];
  /** Claim words that need a product, option or quantity next to them: "me", "want", "керек". */
  claimWeak: string[];
  /** Phrases that contain a claim word but are not claims: "sold out", "sold my", "мне нравится". */
  notClaim: string[];
  cancel: string[];
  /** Conditionals and counterfactuals: "if", "gdyby", "если бы", "würde". A hypothetical claim is not an order. */
  hypothetical: string[];
  /** Question words: make a question when the message starts with one or has a question mark. */
  question: string[];
  /** Question particles that make a question anywhere in the message: ли, ма, ме. */
  questionParticle: string[];
  /** "I meant", "miało być", "имела в виду": the message corrects the buyer's last claim. */
  correction: string[];
  /** Negation written before what it negates ("not M", "nie M", "statt M"). */
  negation: string[];
  /** Negation written after what it negates (Kazakh "M емес"). */
  negationAfter: string[];
  /** "this one", "to", "это", "осы": points at the featured product. */
  deictic: string[];
  /** Words between two claimed items: "and", "i", "и", "және". */
  separator: string[];
  /** Words that carry nothing but do not make a message chatty: "please", "proszę". */
  filler: string[];
  /** Praise with no claim: "love", "gorgeous", "śliczna", "красивый". A message with one and no claim word or code is no order. */
  compliment: string[];
  /** Words addressing other viewers, not the seller: "girls", "everyone", "dziewczyny", "девочки". Their questions are no questions to the shop. */
  audience: string[];
  /** "x", "pcs", "szt", "шт", "дана": makes a number next to it a quantity. */
  quantityUnit: string[];
  /** "size", "rozmiar", "размер": makes a number next to it a size. */
  sizeMarker: string[];
  /** Currency words and signs: a number next to one is a price, never a quantity. */
  priceMarker: string[];
  /** Words before a time ("at", "o", "в", "um"): the number after is a time. */
  timeMarker: string[];
  /** Words after a time ("pm", "uhr", "godz"). */
  timeUnit: string[];
  /** Number words: "two" -> 2, "dwie" -> 2. */
  numbers: Record<string, number>;
  /** Size words: "medium" -> "M", "хл" -> "XL". */
  sizes: Record<string, string>;
  /** Option value words by a canonical English value: `{ "red": ["czerwon*"] }`. A catalog value matches a key when it is one of the key's words in any language. */
  values: Record<string, string[]>;
  /** Words that give a question its topic (`other`: care words, asked about but none of the six topics). */
  topics: Partial<Record<Topic, string[]>>;
}

/** What a seller adds in settings (its schema is the contract's IntentRuleExtensionSchema): any subset of a language's lists, appended to the built-in ones. */
export type IntentRuleExtension = { language: string } & IntentRuleExtensionSettings;

/** A rule set's word lists, in one place: the compiler reads them, an extension appends to them. */
export const WORD_LIST_KEYS = [
  'claim',
  'claimWeak',
  'notClaim',
  'cancel',
  'hypothetical',
  'question',
  'questionParticle',
  'correction',
  'negation',
  'negationAfter',
  'deictic',
  'separator',
  'filler',
  'compliment',
  'audience',
  'quantityUnit',
  'sizeMarker',
  'priceMarker',
  'timeMarker',
  'timeUnit',
] as const satisfies readonly (keyof IntentRuleSet)[];

export const emptyRuleSet = (language: string): IntentRuleSet => ({
  language,
  claim: [],
  claimWeak: [],
  notClaim: [],
  cancel: [],
  hypothetical: [],
  question: [],
  questionParticle: [],
  correction: [],
  negation: [],
  negationAfter: [],
  deictic: [],
  separator: [],
  filler: [],
  compliment: [],
  audience: [],
  quantityUnit: [],
  sizeMarker: [],
  priceMarker: [],
  timeMarker: [],
  timeUnit: [],
  numbers: {},
  sizes: {},
  values: {},
  topics: {},
});

/**
 * Adds extensions to rule sets without touching the inputs: lists are appended, maps merged
 * (an extension's entry wins), and an extension for a new language starts a new rule set.
 */
export function mergeRules(base: readonly IntentRuleSet[], extensions: readonly IntentRuleExtension[] = []): IntentRuleSet[] {
  const byLanguage = new Map<string, IntentRuleSet>();
  for (const set of base) byLanguage.set(set.language, extendRuleSet(byLanguage.get(set.language) ?? emptyRuleSet(set.language), set));
  for (const ext of extensions)
    byLanguage.set(ext.language, extendRuleSet(byLanguage.get(ext.language) ?? emptyRuleSet(ext.language), ext));
  return [...byLanguage.values()];
}

function extendRuleSet(set: IntentRuleSet, ext: IntentRuleExtension): IntentRuleSet {
  const out: IntentRuleSet = { ...set };
  for (const key of WORD_LIST_KEYS) {
    const extra = ext[key];
    if (extra) out[key] = [...set[key], ...extra];
  }
  if (ext.numbers) out.numbers = { ...set.numbers, ...ext.numbers };
  if (ext.sizes) out.sizes = { ...set.sizes, ...ext.sizes };
  if (ext.values) {
    out.values = { ...set.values };
    for (const [key, words] of Object.entries(ext.values)) out.values[key] = [...(set.values[key] ?? []), ...words];
  }
  if (ext.topics) {
    out.topics = { ...set.topics };
    for (const [topic, words] of Object.entries(ext.topics) as [keyof IntentRuleSet['topics'], string[]][]) {
      out.topics[topic] = [...(set.topics[topic] ?? []), ...words];
    }
  }
  return out;
}
