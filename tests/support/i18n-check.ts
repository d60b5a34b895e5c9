/** Checks of the UI's translation files (tests/unit/renderer/i18n-complete.test.ts). */

type Strings = { [key: string]: string | Strings };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Values that are the same in every language: product and platform names, abbreviations, symbols.
 * Per language, words that are spelt the same in it (Polish "Studio", "Status", "Problem", "Port").
 */
const SAME_EVERYWHERE = new Set([
  'Live Shopping Studio',
  'OBS',
  'FPS',
  'CPU',
  'SKU',
  'Twitch',
  'YouTube',
  'Facebook',
  'TikTok',
  'TW',
  'YT',
  'FB',
  'TT',
  '✎',
  '↺',
  'vip',
  'BLIK',
  'PayPal',
  'Kaspi',
  'VIP',
  '{{from}} – {{to}} ({{zone}})',
  'InPost',
  'Kazpost',
  'PDF A4',
  'PDF 100×150',
  'C000042', // a cart reference, as the placeholder of the scan field
  '{{detail}}', // a keyed error whose whole text is a nested message (translated by its own shape)
  '{{fileName}}: {{error}}.',
]);
const SAME_IN: Record<string, Set<string>> = {
  pl: new Set([
    'Studio',
    'studio',
    'Status',
    'Problem',
    'Port',
    'Program',
    'mod',
    'sub',
    'E-mail',
    'e-mail',
    'Bank',
    'Tag',
    '{{minutes}} min',
    '{{n}} s',
  ]),
  kk: new Set([]),
};

/**
 * Languages whose nouns agree with a number before them ("1 order", "2 orders"; "2 zamówienia", "5 zamówień"); a
 * Kazakh noun after a numeral stays as it is ("5 тапсырыс"). In them a count named as a plural (`{{orders}}`) right
 * before a word ("{{orders}} orders": "1 orders") must go through a plural key (`$t(…, {"count": …})`). Units
 * ("{{seconds}} s", "{{minutes}} min") are no words; `days`, `digits` and `columns` are never 1 (the 14-day
 * withdrawal, a currency's 0, 2 or 3 decimals, a catalog header that names at least Handle and Title).
 */
const NOUNS_AGREE = new Set(['en', 'pl']);
const NUMBER_BEFORE_NOUN = /\{\{(?!days\}|digits\}|columns\})\w+s\}\}\s+\p{L}{4,}/u;
/** A value made only of other keys (`$t(…)`), values and punctuation: the same in every language, its words translated where they live. */
const ONLY_NESTED = (value: string) => !/\p{L}/u.test(value.replace(/\$t\([^)]*\)/g, '').replace(/\{\{\w+\}\}/g, ''));

export function flattenStrings(tree: Strings, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else flattenStrings(value, path, out);
  }
  return out;
}

/** What is wrong with `lang`'s strings against English's, one line each (empty: nothing). */
export function findTranslationProblems(english: Strings, strings: Strings, lang: string): string[] {
  const en = flattenStrings(english);
  const x = flattenStrings(strings);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const problems: string[] = [];
  const plurals = new Set<string>();
  for (const key of Object.keys(en)) {
    if (PLURAL_SUFFIX.test(key)) {
      plurals.add(key.replace(PLURAL_SUFFIX, ''));
      continue;
    }
    // A number in running text needs the plural forms ("1 product", "5 produktów"); a label's figure ("free now: 3") does not.
    if (/\{\{count\}\}/.test(en[key]!) && !/:\s*\{\{count\}\}\s*$/.test(en[key]!)) problems.push(`count outside a plural ${key}`);
    if (NOUNS_AGREE.has(lang) && key in x && NUMBER_BEFORE_NOUN.test(x[key]!))
      problems.push(`number before its noun outside a plural ${key}`);
    if (!(key in x)) problems.push(`missing ${key}`);
    else if (
      lang !== 'en' &&
      x[key] === en[key] &&
      !SAME_EVERYWHERE.has(en[key]!) &&
      !SAME_IN[lang]?.has(en[key]!) &&
      !ONLY_NESTED(en[key]!)
    )
      problems.push(`same as English ${key}: ${JSON.stringify(en[key])}`);
  }
  for (const base of plurals) {
    for (const category of categories) if (!(`${base}_${category}` in x)) problems.push(`plural ${base} lacks ${category}`);
  }
  return problems;
}
