import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** Invented products (codes, titles and values in no corpus file): a cuff sold in finishes, a tie clip in platings. */
const index = buildCatalogIndex([
  {
    code: 'V3',
    title: 'Cuff bracelet',
    optionNames: ['Finish'],
    variants: ['Polished', 'Hammered', 'Gold plated'].map((f) => ({ options: [f] })),
  },
  { code: 'X4', title: 'Tie clip', optionNames: ['Finish'], variants: ['Silver plated', 'Polished'].map((f) => ({ options: [f] })) },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 15: a finish value is read through each language’s participle, in any gender or case', () => {
  it.each([
    ['biorę V3 polerowaną', 'V3', { Finish: 'Polished' }],
    ['V3 młotkowana dla mnie', 'V3', { Finish: 'Hammered' }],
    ['poproszę pozłacaną', 'V3', { Finish: 'Gold plated' }],
    ['мне V3 молотковую', 'V3', { Finish: 'Hammered' }],
    ['беру позолоченный', 'V3', { Finish: 'Gold plated' }],
    ['quiero el V3 martillado', 'V3', { Finish: 'Hammered' }],
    ['me llevo la pulida', 'V3', { Finish: 'Polished' }],
    ['V3 vergoldet bitte', 'V3', { Finish: 'Gold plated' }],
    ['ich nehm die gehämmerte', 'V3', { Finish: 'Hammered' }],
    ['V3 жылтыр аламын', 'V3', { Finish: 'Polished' }],
    ['X4 versilbert', 'X4', { Finish: 'Silver plated' }],
    ['X4 posrebrzany biorę', 'X4', { Finish: 'Silver plated' }],
    ['X4 bañado en plata', 'X4', { Finish: 'Silver plated' }],
  ])('%s', (text, code, options) => {
    expect(pick(say(text, code))).toEqual(order(code, options));
  });
});

describe('issue 17, round 15: a cancel word in a story set in the past takes back nothing', () => {
  it.each([
    'el año pasado cancelé dos pedidos por error, qué desastre',
    'letzte woche hab ich was storniert, war ein fehler',
    'a week ago i had to cancel an order from another shop, so annoying',
  ])('%s', (text) => {
    expect(say(text, 'X4').intent).toBe('other');
  });
  it('a code beside it still cancels', () => {
    expect(say('cancel V3 please, last time the clasp broke', 'X4').intent).toBe('cancel');
  });
});

/** An invented jacket in colours no rule lists. */
const jackets = buildCatalogIndex([
  {
    code: 'L5',
    title: 'Rain jacket',
    optionNames: ['Size', 'Color'],
    variants: ['EU 36', 'EU 38'].flatMap((s) => ['Cobalt', 'Cacao'].map((c) => ({ options: [s, c] }))),
  },
]);

describe('issue 17, round 15: a one-word colour is read as other languages spell it, inflected', () => {
  it.each([
    ['biorę kobaltową 38', { Size: 'EU 38', Color: 'Cobalt' }],
    ['беру кобальтовую 38', { Size: 'EU 38', Color: 'Cobalt' }],
    ['quiero cobalto 38', { Size: 'EU 38', Color: 'Cobalt' }],
    ['L5 kakao 36', { Size: 'EU 36', Color: 'Cacao' }],
    ['poproszę kakaową 36', { Size: 'EU 36', Color: 'Cacao' }],
  ])('%s', (text, options) => {
    expect(pick(classify(text, jackets, { featuredCode: 'L5' }))).toEqual(order('L5', options));
  });
});

describe('issue 17, round 15: everyday cancel wordings (an English "pass on", German "gecancelt", "zurückziehen", "nimmer")', () => {
  it.each([
    ['i think i will pass on the cuff', 'V3'],
    ['X4 bitte gecancelt, danke', 'X4'],
    ['X4, ich zieh zurück', 'X4'],
    ['die manschette brauch ich nimmer', 'V3'],
  ])('%s', (text, featured) => {
    expect(say(text, featured).intent).toBe('cancel');
  });
});

describe('issue 17, round 15: not shopping today takes back no claim', () => {
  it.each(['hoy no compro, solo miro', 'hoy no compro nada, solo vengo a mirar'])('%s', (text) => {
    expect(say(text, 'X4').intent).toBe('other');
  });
  it('with a code it still cancels', () => {
    expect(say('X4 no lo compro hoy, cancela', 'X4').intent).toBe('cancel');
  });
});
