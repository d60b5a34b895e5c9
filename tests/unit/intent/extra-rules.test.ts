import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, buildCatalogIndex, classify, mergeRules } from '../../../electron/core/commerce/intent';

const products = [{ code: 'A12', optionNames: ['Size', 'Color'], variants: [{ options: ['M', 'Mint'] }, { options: ['L', 'Mint'] }] }];

describe('seller rules from settings (extraRules)', () => {
  it('ships one rule file per language', () => {
    expect(BUILT_IN_RULES.map((r) => r.language).sort()).toEqual(['de', 'en', 'es', 'kk', 'pl', 'ru']);
  });

  it('adds claim words to a language', () => {
    const plain = buildCatalogIndex(products);
    const extended = buildCatalogIndex(products, { extraRules: [{ language: 'pl', claim: ['klepnięte'] }] });
    expect(classify('klepnięte', plain, { featuredCode: 'A12' }).intent).toBe('other');
    expect(classify('klepniete', extended, { featuredCode: 'A12' })).toMatchObject({ intent: 'order', code: 'A12' });
  });

  it('adds words for an option value the built-in rules do not know', () => {
    const extended = buildCatalogIndex(products, { extraRules: [{ language: 'pl', values: { mint: ['miętow*'] } }] });
    expect(classify('A12 M miętowa', extended).options).toEqual({ Size: 'M', Color: 'Mint' });
    // The catalog's own spelling always works, without any rule.
    expect(classify('A12 M mint', buildCatalogIndex(products)).options).toEqual({ Size: 'M', Color: 'Mint' });
  });

  it('can start a new language', () => {
    const extended = buildCatalogIndex(products, { extraRules: [{ language: 'uk', claim: ['беру собі'], cancel: ['скасувати'] }] });
    expect(classify('беру собі', extended, { featuredCode: 'A12' }).intent).toBe('order');
    expect(classify('скасувати', extended).intent).toBe('cancel');
  });

  it('merging does not change the built-in rules', () => {
    const before = JSON.stringify(BUILT_IN_RULES);
    mergeRules(BUILT_IN_RULES, [{ language: 'en', claim: ['yoink'], values: { red: ['scarlet'] }, topics: { price: ['$$'] } }]);
    expect(JSON.stringify(BUILT_IN_RULES)).toBe(before);
  });

  it('can be limited to some languages', () => {
    const englishOnly = buildCatalogIndex(products, { languages: ['en'] });
    expect(classify('biorę', englishOnly, { featuredCode: 'A12' }).intent).toBe('other');
    expect(classify('mine', englishOnly, { featuredCode: 'A12' }).intent).toBe('order');
  });
});
