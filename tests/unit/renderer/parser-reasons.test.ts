// The parse reason of a claim held for review, in the moderator's language (issue 17): the core writes
// codes and parameters beside its English line; the panel translates each code with shared/i18n.
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';
import { uiT } from '../../support/ui-t';
import { classify, REASON_TEXT, reasonText } from '../../../electron/core/commerce/intent';
import { reviewNote } from '../../../electron/core/commerce/review-hold';
import { readParse, reasonInLanguage } from '../../../renderer/screens/parser-review/parse-note';
import { loadCatalogIndex } from '../intent/corpus';

const index = loadCatalogIndex();
const heldNote = (text: string, featured: string) => reviewNote(classify(text, index, { featuredCode: featured }));

describe('parse reasons in the moderator language', () => {
  it('every reason code has its words in en, pl and kk', () => {
    for (const [lang, file] of Object.entries({ en, pl, kk })) {
      const reasons = (file as { parser: { reasons: Record<string, unknown> } }).parser.reasons;
      for (const code of Object.keys(REASON_TEXT)) {
        const has = code in reasons || `${code}_one` in reasons;
        expect(has, `${lang}: parser.reasons.${code}`).toBe(true);
      }
    }
  });

  it('the English line is the codes said in English', () => {
    for (const [text, featured] of [
      ['sold A21 M', 'A12'],
      ['slod M wht lol omg', 'A12'],
      ['how much is shipping?', 'A12'],
    ] as const) {
      const r = classify(text, index, { featuredCode: featured });
      expect(r.reasons).toBeDefined();
      expect(reasonText(r.reasons!)).toBe(r.reason);
    }
  });

  it('a held claim shows its reason in Polish and Kazakh, with plural forms and the typo as typed', async () => {
    const note = heldNote('slod A21 M lol omg xd', 'A12');
    const parse = readParse(note);
    expect(parse.confidence).not.toBeNull();
    expect(parse.reasons?.doubts.map((d) => d.code)).toEqual(expect.arrayContaining(['unknownCode', 'typo']));
    const inPl = reasonInLanguage(parse, await uiT('pl'));
    expect(inPl).toContain('słowo zamówienia');
    expect(inPl).toContain('nieznany kod a21');
    expect(inPl).toContain('literówka slod->sold');
    const inKk = reasonInLanguage(parse, await uiT('kk'));
    expect(inKk).toContain('тапсырыс сөзі');
    expect(inKk).toContain('белгісіз код a21');
    expect(reasonInLanguage(parse, await uiT('en'))).toBe(parse.reason);
  });

  it('Polish plural forms of unknown words', async () => {
    const t = await uiT('pl');
    const say = (count: number) =>
      reasonInLanguage({ confidence: 0.5, reason: '', reasons: { grounds: [], doubts: [{ code: 'unknownWords', params: { count } }] } }, t);
    expect(say(1)).toBe('1 nieznane słowo');
    expect(say(3)).toBe('3 nieznane słowa');
    expect(say(5)).toBe('5 nieznanych słów');
  });

  it('a note written before the codes (or edited by hand) shows its English line', async () => {
    const t = await uiT('pl');
    expect(reasonInLanguage(readParse('parse 0.45: claim word, code written; unknown code a21'), t)).toBe(
      'claim word, code written; unknown code a21',
    );
    expect(reasonInLanguage(readParse('parse 0.45: claim word\nreasons {not json'), t)).toBe('claim word');
  });
});
