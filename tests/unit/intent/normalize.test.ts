import { describe, expect, it } from 'vitest';
import { codeKey, foldLookalikes, normalizeText, tokenize } from '../../../electron/core/commerce/intent/normalize';
import { letterSizeKey } from '../../../electron/core/commerce/intent/sizes';

describe('normalizeText', () => {
  it('lowercases and strips diacritics, folding letters that do not decompose', () => {
    expect(normalizeText('Biorę ŻÓŁTĄ')).toBe('biore zolta');
    expect(normalizeText('Weiß')).toBe('weiss');
    expect(normalizeText('чёрный')).toBe('черныи'); // й loses its breve too: rules are normalised the same way
  });

  it('collapses a letter repeated three or more times, but keeps x runs for sizes', () => {
    expect(normalizeText('SOOOOLD')).toBe('sold');
    expect(normalizeText('аламыыын')).toBe('аламын');
    expect(normalizeText('xxxl')).toBe('xxxl');
    expect(normalizeText('good')).toBe('good');
  });

  it('NFKC folds fullwidth letters', () => {
    expect(normalizeText('ＡＢＣ１２')).toBe('abc12');
  });
});

describe('tokenize', () => {
  it('keeps numbers with their glued parts and the punctuation that matters', () => {
    expect(tokenize(normalizeText('A12 x2, 19.99 zł at 8pm?'))).toEqual(['a12', 'x2', ',', '19.99', 'zl', 'at', '8pm', '?']);
    expect(tokenize("i'll take it 🔥")).toEqual(["i'll", 'take', 'it', '🔥']);
    expect(tokenize('темно-синий')).toEqual(['темно', 'синий']);
  });
});

describe('look-alikes', () => {
  it('fold Cyrillic letters that look Latin', () => {
    expect(foldLookalikes('а12')).toBe('a12');
    expect(codeKey('В-3')).toBe('b3');
    expect(codeKey('A12')).toBe('a12');
  });
});

describe('letter sizes', () => {
  it.each([
    ['s', 's'],
    ['m', 'm'],
    ['xl', 'xl'],
    ['xxl', '2xl'],
    ['2xl', '2xl'],
    ['xxxl', '3xl'],
    ['3xl', '3xl'],
    ['xs', 'xs'],
    ['xxs', '2xs'],
  ])('%s -> %s', (token, key) => expect(letterSizeKey(token)).toBe(key));

  it('rejects non-sizes', () => {
    expect(letterSizeKey('xm')).toBeNull();
    expect(letterSizeKey('ml')).toBeNull();
    expect(letterSizeKey('a')).toBeNull();
  });
});
