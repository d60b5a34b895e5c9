// The Review screen's strings are complete in English, Polish and Kazakh: the same keys in each, and
// every counted string with each plural form the language's rules ask for (Polish one/few/many/other).
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

describe('review strings in three languages', () => {
  const sections = { en: en.review as Tree, pl: pl.review as Tree, kk: kk.review as Tree };
  const bases = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();

  it('the same strings in each language', () => {
    const english = bases(leaves(sections.en));
    expect(bases(leaves(sections.pl))).toEqual(english);
    expect(bases(leaves(sections.kk))).toEqual(english);
  });

  it('every counted string has each plural form of the language, and no string is left empty', () => {
    for (const [lang, tree] of Object.entries(sections)) {
      const keys = leaves(tree);
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''))))
        for (const form of forms) expect(keys, `${lang}: review.${base}_${form}`).toContain(`${base}_${form}`);
      const texts = keys.map((k) => k.split('.').reduce<Tree | string>((t, part) => (t as Tree)[part]!, tree));
      expect(texts.filter((t) => typeof t !== 'string' || t.trim() === '')).toEqual([]);
    }
  });
});
