import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { cyrillicMessage, cyrillicWord } from '../../../electron/core/commerce/intent/latin-russian';

/** An invented product (code, title and values in no corpus file): a quilted vest in three sizes and two colours. */
const index = buildCatalogIndex([
  {
    code: 'Q81',
    title: 'Quilted vest',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((size) => ['Olive', 'Plum'].map((color) => ({ options: [size, color] }))),
  },
]);
const read = (text: string) => classify(text, index, { featuredCode: 'Q81' });

describe('Russian typed in Latin letters, in Cyrillic', () => {
  it('by the transliteration buyers use', () => {
    expect(cyrillicWord('shchetka')).toBe('щетка');
    expect(cyrillicWord('zhiletka')).toBe('жилетка');
    expect(cyrillicWord('novyi')).toBe('новыи');
    expect(cyrillicWord("voz'mu")).toBe('возьму');
    expect(cyrillicWord('tsvet')).toBe('цвет');
  });

  it('sizes and anything with a digit stay as written', () => {
    expect(cyrillicMessage('Q81 XL chernyi, 2 sht')).toBe('Q81 XL черныи, 2 шт');
    expect(cyrillicMessage('123 !!')).toBeNull();
  });
});

describe('issue 17, round 17: a message in Russian typed in Latin letters is read in Cyrillic', () => {
  it.each([
    ['kogda otpravite?', 'question', 'shipping'],
    ['otmenite pozhaluista', 'cancel', null],
  ])('%s', (text, intent, topic) => {
    const r = read(text);
    expect([r.intent, r.topic]).toEqual([intent, topic]);
    expect(r.reason).toMatch(/^read in Cyrillic/);
  });

  it('a correction names its new value', () => {
    const r = read('perepishite na L pozhaluista');
    expect([r.intent, r.correction?.to]).toEqual(['order', { Size: 'L' }]);
  });

  it('English, Polish without its letters, Spanish and German stay as they are', () => {
    for (const text of ['gotta go make dinner, bye all', 'musze leciec, pa pa', 'me gusta mucho', 'bin gleich zurueck'])
      expect(read(text).reason).not.toMatch(/Cyrillic/);
  });
});
