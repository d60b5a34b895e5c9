import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../electron/core/commerce/intent/phrase-matcher';

describe('PhraseMatcher typo lookups', () => {
  it('answers a repeated lookup the same, and a word added later is found', () => {
    const m = new PhraseMatcher<string>();
    m.add(['black'], 'c:black');
    expect(m.fuzzy('blakc')?.word).toBe('black');
    expect(m.fuzzy('blakc')?.word).toBe('black');
    expect(m.fuzzy('greyy')).toBeNull();
    m.add(['grey'], 'c:grey');
    expect(m.fuzzy('greyy')?.word).toBe('grey');
  });

  it('reads a typo in the stem of an inflected word, and guesses nothing between two stems', () => {
    const m = new PhraseMatcher<string>();
    m.addStem('czarn', 'c:black');
    expect(m.fuzzy('czrna')).toMatchObject({ word: 'czarn*', entries: ['c:black'] });
    m.addStem('czern', 'c:other');
    expect(m.fuzzy('czrna')).toBeNull(); // czarn* and czern* are both one edit from "czrn"
  });
});
