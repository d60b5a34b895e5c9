import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify, type ClassifyResult } from '../../../electron/core/commerce/intent';
import { loadCatalogIndex } from './corpus';

/** A cosmetics and jewellery catalog: sizes with units and spaces, as the replayed show had them. */
const index = buildCatalogIndex([
  { code: 'P3', optionNames: ['Size'], variants: [{ options: ['30 ml'] }, { options: ['50 ml'] }] },
  { code: 'N8', optionNames: ['Length'], variants: [{ options: ['40cm'] }, { options: ['45 cm'] }] },
  { code: 'S2', optionNames: ['Size'], variants: [{ options: ['EU 38'] }, { options: ['EU 39'] }] },
  { code: 'W1', optionNames: ['Volume'], variants: [{ options: ['0,5 l'] }, { options: ['1 l'] }] },
  { code: 'T4', optionNames: ['Size', 'Color'], variants: [{ options: ['M', 'Red'] }, { options: ['L', 'Red'] }] },
]);
const run = (text: string, featuredCode: string | null = null) => classify(text, index, { featuredCode });
const pick = (r: ClassifyResult) => ({ intent: r.intent, code: r.code, options: r.options, quantity: r.quantity });
const order = (code: string | null, options: Record<string, string> = {}, quantity = 1) => ({ intent: 'order', code, options, quantity });

describe('units and spacing (the replayed show: claims spelled exactly as the variant)', () => {
  it.each([
    ['SOLD P3 50 ml', order('P3', { Size: '50 ml' })],
    ['SOLD P3 30 ml x2', order('P3', { Size: '30 ml' }, 2)],
    ['sold p3 50ml', order('P3', { Size: '50 ml' })],
    ['P3 30ML', order('P3', { Size: '30 ml' })],
    ['беру P3 50 мл', order('P3', { Size: '50 ml' })],
    ['P3 50мл 2 шт', order('P3', { Size: '50 ml' }, 2)],
    ['P3 50', order('P3', { Size: '50 ml' })],
    ['N8 45cm', order('N8', { Length: '45 cm' })],
    ['N8 40 cm', order('N8', { Length: '40cm' })],
    ['N8 45 см', order('N8', { Length: '45 cm' })],
    ['S2 38', order('S2', { Size: 'EU 38' })],
    ['S2 eu39', order('S2', { Size: 'EU 39' })],
    ['sold S2 39 EU', order('S2', { Size: 'EU 39' })],
    ['W1 0.5 l', order('W1', { Volume: '0,5 l' })],
    ['W1 0,5л', order('W1', { Volume: '0,5 l' })],
  ])('%s', (text, want) => {
    expect(pick(run(text))).toEqual(want);
  });

  it('a unit the catalog does not use for that number is no size of the product', () => {
    expect(pick(run('P3 75 ml'))).toEqual(order('P3'));
  });

  it('"2 L" is two in size L where the catalog sells nothing by the litre', () => {
    expect(pick(run('T4 2 L'))).toEqual(order('T4', { Size: 'L' }, 2));
  });
});

describe('generalising over the corpus catalog', () => {
  const corpus = loadCatalogIndex();
  const say = (text: string, featuredCode: string | null = null) => classify(text, corpus, { featuredCode });

  it.each([
    ['көгін аламын', 'A12', order('A12', { Color: 'Blue' })],
    ['қарасын алам XL', 'E4', order('E4', { Size: 'XL', Color: 'Black' })],
    ['ағын аламын M', 'A12', order('A12', { Size: 'M', Color: 'White' })],
    ['sold blk M', 'E4', order('E4', { Size: 'M', Color: 'Black' })],
    ['sold wht lg', 'A12', order('A12', { Size: 'L', Color: 'White' })],
    ['mine gry xl', 'E4', order('E4', { Size: 'XL', Color: 'Grey' })],
  ])('option words by morphology and shorthand: %s', (text, featured, want) => {
    expect(pick(say(text, featured))).toEqual(want);
  });

  it('catalog values in Polish or Russian find their inflected forms', () => {
    const shop = buildCatalogIndex([{ code: 'Z1', optionNames: ['Kolor'], variants: [{ options: ['Miętowy'] }, { options: ['Мятный'] }] }]);
    expect(classify('biorę Z1 miętową', shop).options).toEqual({ Kolor: 'Miętowy' });
    expect(classify('беру Z1 мятную', shop).options).toEqual({ Kolor: 'Мятный' });
  });

  it('typos in claim words (two letters swapped) and option values are tolerated', () => {
    expect(pick(say('slod M whte', 'A12'))).toEqual(order('A12', { Size: 'M', Color: 'White' }));
    expect(pick(say('sodl A12 bleu L'))).toEqual(order('A12', { Size: 'L', Color: 'Blue' }));
    expect(say('biroe', 'A12').intent).toBe('order');
  });

  it('codes, numbers and everyday words are never "corrected"', () => {
    expect(say('sold A21 M').code).not.toBe('A21');
    expect(say('I told you so', 'A12').intent).toBe('other');
    expect(say('never mind the line', 'A12').intent).not.toBe('order');
    expect(say('take a look at the back', 'A12').intent).toBe('other');
    expect(say('solid quality', 'A12').intent).toBe('other');
    expect(pick(say('C5 39'))).toEqual(order('C5', { Size: '39' }));
  });

  it.each([
    ['omg I love the red one', 'B3'],
    ['the black is gorgeous', 'B3'],
    ['ładny ten czerwony', 'B3'],
    ['какой красивый цвет', 'B3'],
    ['A12 looks great', null],
    ['qué bonito el rojo', 'B3'],
    ['so schön in schwarz', 'B3'],
    ['қызыл түсі әдемі екен', 'B3'],
  ])('a compliment is no claim: %s', (text, featured) => {
    expect(say(text, featured).intent).toBe('other');
  });

  it.each([
    'girls what size are you wearing?',
    'everyone, is shipping fast?',
    '@anna did you get yours?',
    'dziewczyny jaki rozmiar bierzecie?',
    'девочки, а доставка быстрая?',
    'қыздар, жеткізу қанша?',
    'chicas, ¿qué talla usáis?',
    'Mädels, welche Größe habt ihr?',
  ])('a question to other viewers is no question to the shop: %s', (text) => {
    expect(say(text, 'B3').intent).toBe('other');
  });

  it('a correction with a cancel word replaces the value', () => {
    const r = say('cancel M, I want L instead', 'A12');
    expect(r.intent).toBe('order');
    expect(r.correction).toEqual({ from: { Size: 'M' }, to: { Size: 'L' } });
    expect(say('anuluj M, chcę L', 'A12').correction).toEqual({ from: { Size: 'M' }, to: { Size: 'L' } });
  });

  it('a claim followed by a question is still a claim', () => {
    expect(pick(say('sold M, does it run small?', 'A12'))).toEqual(order('A12', { Size: 'M' }));
    expect(pick(say('mine L! is it cotton?', 'A12'))).toEqual(order('A12', { Size: 'L' }));
    expect(say('does it come in M? sold', 'A12').intent).toBe('question');
  });

  it('cancels without a code; chatter about leaving or money is no cancel', () => {
    expect(say('cancel please', 'A12')).toMatchObject({ intent: 'cancel', code: null });
    expect(say('anuluj', 'A12')).toMatchObject({ intent: 'cancel', code: null });
    for (const text of ['I have to leave, bye', 'no money left lol', 'nie mam kasy', 'gotta go girls', 'мне пора, пока'])
      expect(say(text, 'A12').intent).toBe('other');
  });
});
