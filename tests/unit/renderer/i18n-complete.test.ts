import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';
import { findTranslationProblems, flattenStrings } from '../../support/i18n-check';
import { uiT } from '../../support/ui-t';

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
    // A count named as a plural right before its noun: "1 orders", "2 produktów" (Kazakh nouns do not agree).
    expect(
      findTranslationProblems({ a: { n: '{{orders}} orders · {{seconds}} s' } }, { a: { n: '{{orders}} zamówień · {{seconds}} s' } }, 'pl'),
    ).toEqual(['number before its noun outside a plural a.n']);
    expect(findTranslationProblems({ a: { n: '{{orders}} orders' } }, { a: { n: '{{orders}} orders' } }, 'en')).toEqual([
      'number before its noun outside a plural a.n',
    ]);
    expect(findTranslationProblems({ a: { n: 'x {{orders}} orders' } }, { a: { n: '{{orders}} тапсырыс' } }, 'kk')).toEqual([]);
  });

  it('words counts with their nouns in every number: the customers list and the import preview', async () => {
    const [en_, pl_, kk_] = [await uiT('en'), await uiT('pl'), await uiT('kk')];
    expect(en_('customers.ordersShows', { orders: 1, shows: 1 })).toBe('1 order · 1 show');
    expect(en_('customers.ordersShows', { orders: 3, shows: 2 })).toBe('3 orders · 2 shows');
    expect(pl_('customers.ordersShows', { orders: 2, shows: 5 })).toBe('2 zamówienia · 5 transmisji');
    expect(kk_('customers.ordersShows', { orders: 2, shows: 1 })).toBe('2 тапсырыс · 1 эфир');
    expect(en_('import.counts', { products: 1, variants: 1 })).toBe('1 product, 1 variant');
    expect(pl_('import.counts', { products: 2, variants: 5 })).toBe('2 produkty, 5 wariantów');
    expect(pl_('import.counts', { products: 1, variants: 22 })).toBe('1 produkt, 22 warianty');
  });

  it('flattens nested sections into dotted keys', () => {
    expect(flattenStrings({ a: { b: 'x', c: { d: 'y' } } })).toEqual({ 'a.b': 'x', 'a.c.d': 'y' });
  });
});
