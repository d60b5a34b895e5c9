import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** Garden and workshop goods sold by length in metres and by fractions of an inch (codes unlike any corpus's). */
const index = buildCatalogIndex([
  {
    code: 'L4',
    title: 'Rope',
    optionNames: ['Length', 'Color'],
    variants: ['8 m', '30 m'].flatMap((l) => ['Orange', 'Grey'].map((c) => ({ options: [l, c] }))),
  },
  { code: 'V6', title: 'Pipe fitting', optionNames: ['Thread'], variants: [{ options: ['1/2"'] }, { options: ['3/4"'] }] },
  { code: 'S4', title: 'Shorts', optionNames: ['Size'], variants: [{ options: ['S'] }, { options: ['M'] }, { options: ['L'] }] },
  {
    code: 'J2',
    title: 'Kids jacket',
    optionNames: ['Size', 'Color'],
    variants: ['86', '92', '116'].flatMap((z) => ['Teal', 'Sand'].map((c) => ({ options: [z, c] }))),
  },
  { code: 'C8', title: 'Scarf', optionNames: ['Color'], variants: [{ options: ['Powder blue'] }, { options: ['Navy'] }] },
  { code: 'T8', title: 'Drill bit', optionNames: ['Size'], variants: [{ options: ['1/2"'] }, { options: ['8 mm'] }] },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 11: a length said with a metre word is the catalog value, not a count', () => {
  it.each([
    ['L4 8 metres orange', { Length: '8 m', Color: 'Orange' }],
    ['L4 30 metrów szara', { Length: '30 m', Color: 'Grey' }],
    ['L4 8 метров серую', { Length: '8 m', Color: 'Grey' }],
    ['L4 30 метр қызғылт сары', { Length: '30 m', Color: 'Orange' }],
    ['L4 8 metros naranja', { Length: '8 m', Color: 'Orange' }],
    ['L4 30 meter grau', { Length: '30 m', Color: 'Grey' }],
    ['L4 30m grey', { Length: '30 m', Color: 'Grey' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'L4'))).toEqual(order('L4', options));
  });

  it('a bare "m" after a number is size M where the catalog sells no such length', () => {
    expect(say('S4 2 m', 'S4').options).toEqual({ Size: 'M' });
  });
});

describe('issue 17, round 11: a fraction of an inch said in words names the catalog’s 1/2" or 3/4"', () => {
  it.each([
    ['V6 half inch', '1/2"'],
    ['V6 half an inch x2', '1/2"'],
    ['V6 pół cala', '1/2"'],
    ['V6 полдюйма', '1/2"'],
    ['V6 жарты дюйм', '1/2"'],
    ['V6 media pulgada', '1/2"'],
    ['V6 halbzoll', '1/2"'],
    ['V6 three quarter', '3/4"'],
    ['V6 trzy czwarte cala', '3/4"'],
    ['V6 три четверти', '3/4"'],
    ['V6 tres cuartos', '3/4"'],
    ['V6 dreiviertel zoll', '3/4"'],
    ['V6 1/2', '1/2"'],
  ])('%s', (text, thread) => {
    const parsed = say(text, 'V6');
    expect(parsed.intent).toBe('order');
    expect(parsed.options).toEqual({ Thread: thread });
  });

  it('a half with no inch word is half of anything, and three quarters name nothing where the catalog has no 3/4"', () => {
    expect(say('V6 pół ceny?', 'V6').options).toEqual({});
    expect(say('T8 tres cuartos', 'T8').options).toEqual({});
    expect(say('T8 media pulgada', 'T8').options).toEqual({ Size: '1/2"' });
  });
});

describe('issue 17, round 11: the age a child’s size is for is asked as the size', () => {
  it.each([
    ['what age is 116 for'],
    ['na ile lat jest ta kurtka'],
    ['92 неше жасқа'],
    ['на какой возраст 86?'],
    ['la 116 para qué edad es'],
    ['für welches alter ist die jacke'],
  ])('%s', (text) => {
    expect(say(text, 'J2')).toMatchObject({ intent: 'question', topic: 'size' });
  });

  it('a claim of the size stays a claim', () => {
    expect(pick(say('J2 92 teal', 'J2'))).toEqual(order('J2', { Size: '92', Color: 'Teal' }));
  });
});

describe('issue 17, round 11: "powder" is a colour word in six languages, so a powder shade is named by it', () => {
  it.each([['C8 powder'], ['C8 pudrowy'], ['C8 пудровый'], ['C8 пудра түсті'], ['C8 el empolvado'], ['C8 in puder']])('%s', (text) => {
    expect(pick(say(text, 'C8'))).toEqual(order('C8', { Color: 'Powder blue' }));
  });

  it('face powder talked about names no colour of a product not sold in it', () => {
    expect(say('пудра у меня закончилась', 'V6').options).toEqual({});
  });
});
