import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';
import { findTranslationProblems, flattenStrings } from '../../support/i18n-check';

/**
 * Every string of the UI in all three languages: no key missing in Polish or Kazakh, no value left as
 * the English one (except names and abbreviations that are the same in every language), and every
 * plural key with each CLDR category its language has (Polish: one, few, many, other).
 */
describe('UI strings in every language', () => {
  for (const [lang, strings] of [
    ['pl', pl],
    ['kk', kk],
  ] as const) {
    it(`${lang} has every key, translated, with all its plural forms`, () => {
      expect(findTranslationProblems(en, strings, lang)).toEqual([]);
    });
  }

  it('English has one and other for every plural, and no count outside a plural', () => {
    expect(findTranslationProblems(en, en, 'en')).toEqual([]);
  });

  it('finds a missing key, an English copy and a missing plural form (the check can fail)', () => {
    const base = { a: { hello: 'Hello', items_one: '{{count}} item', items_other: '{{count}} items', obs: 'OBS' } };
    const broken = {
      a: { items_one: '{{count}} produkt', items_few: '{{count}} produkty', items_other: '{{count}} produktu', obs: 'OBS' },
    };
    expect(findTranslationProblems(base, broken, 'pl')).toEqual(['missing a.hello', 'plural a.items lacks many']);
    expect(findTranslationProblems(base, { a: { ...broken.a, hello: 'Hello', items_many: '{{count}} produktów' } }, 'pl')).toEqual([
      'same as English a.hello: "Hello"',
    ]);
    expect(findTranslationProblems({ a: { n: '{{count}} things' } }, { a: { n: '{{count}} rzeczy' } }, 'pl')).toEqual([
      'count outside a plural a.n',
    ]);
  });

  it('flattens nested sections into dotted keys', () => {
    expect(flattenStrings({ a: { b: 'x', c: { d: 'y' } } })).toEqual({ 'a.b': 'x', 'a.c.d': 'y' });
  });
});
