import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** Outdoor and home goods whose values are compound strings, as sellers' catalogs write them (codes unlike any corpus's). */
const index = buildCatalogIndex([
  {
    code: 'K7',
    title: 'Ski helmet',
    optionNames: ['Size', 'Color'],
    variants: ['XS 48-52', 'S 53-55', 'M 56-58'].flatMap((s) => ['Glossy white', 'Forest green'].map((c) => ({ options: [s, c] }))),
  },
  {
    code: 'D9',
    title: 'Yoga mat',
    optionNames: ['Size', 'Color'],
    variants: ['61x183 cm', '66x190 cm'].flatMap((s) => ['Sand', 'Deep blue'].map((c) => ({ options: [s, c] }))),
  },
  {
    code: 'G6',
    title: 'Dog collar',
    optionNames: ['Width', 'Material'],
    variants: ['15 mm', '25 mm'].flatMap((w) => ['Leather', 'Steel'].map((m) => ({ options: [w, m] }))),
  },
  { code: 'W2', title: 'Loose tea', optionNames: ['Weight'], variants: [{ options: ['100 g'] }, { options: ['1 kg'] }] },
  { code: 'B8', title: 'Throw blanket', optionNames: ['Color'], variants: [{ options: ['Sand'] }, { options: ['Black'] }] },
  {
    code: 'H3',
    title: 'Wool socks',
    optionNames: ['Size', 'Color'],
    variants: ['35-38', '39-42'].flatMap((s) => ['Black', 'Red'].map((c) => ({ options: [s, c] }))),
  },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 10: a compound value is named by a part only it has', () => {
  it.each([
    ['K7 S green', { Size: 'S 53-55', Color: 'Forest green' }],
    ['K7 size M white', { Size: 'M 56-58', Color: 'Glossy white' }],
    ['K7 48-52 zielony', { Size: 'XS 48-52', Color: 'Forest green' }],
    ['K7 М белый', { Size: 'M 56-58', Color: 'Glossy white' }],
    ['K7 xs weiß', { Size: 'XS 48-52', Color: 'Glossy white' }],
    ['K7 S 53-55 glossy white', { Size: 'S 53-55', Color: 'Glossy white' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'K7'))).toEqual(order('K7', options));
  });

  it('a part two values share names neither, and a lone number of a range names nothing', () => {
    expect(say('D9 blue', 'D9').options).toEqual({ Color: 'Deep blue' });
    expect(say('D9 66x190', 'D9').options).toEqual({ Size: '66x190 cm' });
    expect(say('K7 53 green', 'K7').options.Size).toBeUndefined();
  });

  it('a value of the product said whole keeps its own meaning; another product’s plain values are untouched', () => {
    expect(say('H3 39-42 red', 'H3').options).toEqual({ Size: '39-42', Color: 'Red' });
    expect(say('H3 black 35-38', 'H3').options).toEqual({ Size: '35-38', Color: 'Black' });
  });
});

describe('issue 17, round 10: what a thing is made of, in six languages, is a value of a product sold in it', () => {
  it.each([
    ['G6 15mm leather', { Width: '15 mm', Material: 'Leather' }],
    ['G6 25 mm skórzana', { Width: '25 mm', Material: 'Leather' }],
    ['G6 стальной 15 мм', { Width: '15 mm', Material: 'Steel' }],
    ['G6 25мм болат', { Width: '25 mm', Material: 'Steel' }],
    ['G6 15 mm de acero', { Width: '15 mm', Material: 'Steel' }],
    ['G6 25mm lederhalsband', { Width: '25 mm', Material: 'Leather' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'G6'))).toEqual(order('G6', options));
  });

  it('about a product not sold in it, the word is the material talked or asked about, as before', () => {
    expect(say('leather is the best for dogs', 'B8').intent).toBe('other');
    expect(say('кожа лучше всего для ошейника', 'B8').intent).toBe('other');
    expect(say('czy ten koc to wełna', 'B8')).toMatchObject({ intent: 'question', topic: 'material' });
  });

  it('a material word still asks about the material of a product sold in it', () => {
    // Round 13: wrinkling is care, asked as topic `other` (as the independent sets label it); still a question, no claim.
    expect(say('knittert das leder stark?', 'G6')).toMatchObject({ intent: 'question', topic: 'other' });
    expect(say('ist das leder echt?', 'G6')).toMatchObject({ intent: 'question', topic: 'material' });
    expect(say('is the leather real', 'G6')).toMatchObject({ intent: 'question', topic: 'material' });
  });
});

describe('issue 17, round 10: the buyer alone raises a hand', () => {
  it.each(['ich', 'ich!', 'ichhh', 'я!', 'мен!', 'yo!', 'me!'])('%s claims what is on screen', (text) => {
    expect(pick(say(text, 'B8'))).toEqual(order('B8'));
  });

  it('with nothing on screen, or with more words, it is read as before', () => {
    expect(say('ich', null).intent).toBe('other');
    expect(say('ich auch nicht', 'B8').intent).toBe('other');
    expect(say('я тоже так думаю', 'B8').intent).toBe('other');
  });
});

describe('issue 17, round 10: the buyer’s body measured and a size asked', () => {
  it.each([
    'my head is 54 cm, XS or S?',
    'mam 55 cm obwodu głowy, który rozmiar',
    'обхват головы 57, какой размер брать?',
    'басым 56 см, қай өлшем алайын',
    'mi cabeza mide 54 cm, qué talla pido',
    'kopfumfang 57, nehm ich S oder M?',
  ])('%s', (text) => {
    expect(say(text, 'K7')).toMatchObject({ intent: 'question', topic: 'size' });
  });

  it('a measure with a claim and no question still claims; a past size missed is no question', () => {
    expect(say('kopfumfang 57, nehm ich M', 'K7')).toMatchObject({ intent: 'order', options: { Size: 'M 56-58' } });
    expect(say('ugh where is my S waist from 2019', 'K7').intent).toBe('other');
  });
});

describe('issue 17, round 10: a unit said as a word, with no number, is one of it', () => {
  it.each([
    'W2 a kilo pls',
    'kilogram herbaty dla mnie',
    'килограмм чая мне',
    'бір келі шай маған',
    'un kilo para mí',
    'ein kilo für mich',
  ])('%s', (text) => {
    expect(pick(say(text, 'W2'))).toEqual(order('W2', { Weight: '1 kg' }));
  });

  it('a number before the unit word is the number; a catalog without one of the unit gets nothing', () => {
    expect(say('W2 100 gram', 'W2').options).toEqual({ Weight: '100 g' });
    expect(say('i lost a kilo this week lol', 'B8').intent).toBe('other');
  });
});

describe('issue 17, round 10: a wish to know asks', () => {
  it.each([
    ['would like to know if you ship with ups', 'shipping'],
    ['chciałabym wiedzieć czy można płacić blikiem', 'payment'],
    ['хотела узнать, доставка в Казань сколько идёт', 'shipping'],
    ['білгім келеді, Алматыға жібересіз бе', 'shipping'],
    ['quisiera saber si aceptan tarjeta', 'payment'],
    ['würde gern wissen ob ihr paypal nehmt', 'payment'],
  ])('%s', (text, topic) => {
    expect(say(text, 'B8')).toMatchObject({ intent: 'question', topic });
  });
});

describe('issue 17, round 10: a gift emoji after the occasion still closes it', () => {
  it.each([
    'K7 S green for my nephew for his birthday 🎁',
    'шлем М белый сыну на день рождения 🎁🎉',
    'K7 XS zielony dla córki na urodziny 🎁',
  ])('%s', (text) => {
    expect(say(text, 'K7').intent).toBe('order');
  });

  it('an occasion alone with an emoji claims nothing', () => {
    expect(say('happy birthday 🎁', 'K7').intent).toBe('other');
  });
});

describe('issue 17, round 10: a Russian number said as a noun is the number', () => {
  it.each([
    ['25ка стальной мне', { Width: '25 mm', Material: 'Steel' }],
    ['15-ку кожаный отложите', { Width: '15 mm', Material: 'Leather' }],
    ['G6 25 ка сталь', { Width: '25 mm', Material: 'Steel' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'G6'))).toEqual(order('G6', options));
  });
});

describe('issue 17, round 10: the order named in Latin letters is the order', () => {
  it.each(['meniń zakazymdy otmenalanyz', 'otmena, zakazy bolshe ne nado', 'zakazymdy otmenalańyz pls'])('%s cancels', (text) => {
    expect(say(text, 'B8').intent).toBe('cancel');
  });
});
