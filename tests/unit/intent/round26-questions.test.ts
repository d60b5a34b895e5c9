import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): a scarf by colour, a candle with no options, and a hair toner by
 * numbered shade.
 */
const index = buildCatalogIndex([
  {
    code: 'V91',
    title: 'Wool scarf',
    optionNames: ['Color'],
    variants: ['Ochre', 'Teal', 'Grey'].map((c) => ({ options: [c] })),
  },
  { code: 'V92', title: 'Soy candle', optionNames: [], variants: [{ options: [] }] },
  {
    code: 'V95',
    title: 'Trail shoes',
    optionNames: ['Size'],
    variants: ['40', '41'].map((z) => ({ options: [z] })),
  },
  {
    code: 'V96',
    title: 'Yoga pants',
    optionNames: ['Length', 'Size'],
    variants: ['5/8', 'Full length'].flatMap((l) => ['S', 'M'].map((z) => ({ options: [l, z] }))),
  },
  {
    code: 'V97',
    title: 'Photo puzzle',
    optionNames: ['Pieces', 'Theme'],
    variants: ['300', '1000'].flatMap((n) => ['Cats', 'Lakes'].map((t) => ({ options: [n, t] }))),
  },
  {
    code: 'V94',
    title: 'Chain necklace',
    optionNames: ['Length'],
    variants: ['40 cm', '50 cm'].map((c) => ({ options: [c] })),
  },
  {
    code: 'V93',
    title: 'Hair toner',
    optionNames: ['Shade'],
    variants: ['5.1 Cool brown', '7.0 Natural blonde'].map((s) => ({ options: [s] })),
  },
]);
const ask = (text: string, featuredCode = 'V91') => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'question' ? `question ${r.topic}` : orderLine(r);
};

describe('issue 17, round 26: a decimal comma ends no clause', () => {
  it.each([
    ['12,90 für eine kerze, fast geschenkt', 'other'],
    ['12,90 za taką świeczkę, prawie za darmo', 'other'],
  ])('%s -> %s', (text, want) => expect(ask(text, 'V92')).toBe(want));
  it.each([
    ['5,1 bitte, für meine mama', 'V93 5.1 Cool brown ×1'],
    ['3 świeczki poproszę, na prezent', 'V92 ×3'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text, text.startsWith('5') ? 'V93' : 'V92')).toBe(want));
});

describe('issue 17, round 26: a Kazakh question particle glued on', () => {
  it.each([
    ['V91 сұр барма', 'question stock'],
    ['қызғылт сары әлі барма', 'question stock'],
    ['Астанаға жеткізу болама', 'question shipping'],
    ['шарфты жуғаннан кейін үтікпен үтіктеп кептіруге болама', 'question other'],
  ])('%s -> %s', (text, want) => expect(ask(text)).toBe(want));
  it.each([
    ['V91 сұр бар ма', 'question stock'],
    ['V91 сұр маған', 'V91 Grey ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text)).toBe(want));
});

describe('issue 17, round 26: "ok ok" alone agrees, it claims nothing', () => {
  it.each([
    ['ok ok', 'other'],
    ['ok ok ok', 'other'],
  ])('%s -> %s', (text, want) => expect(ask(text)).toBe(want));
  it.each([
    ['ok ok teal', 'V91 Teal ×1'],
    ["ok ok i'm in, ochre", 'V91 Ochre ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text)).toBe(want));
});

describe('issue 17, round 26: a Kazakh colloquial perfect after a comma tells, the clause before it claims nothing', () => {
  it.each([['50 см шынжыр дәл мойныма, былтыр сыйға алғам', 'other']])('%s -> %s', (text, want) => expect(ask(text, 'V94')).toBe(want));
  it.each([['50 см маған, қызыма', 'V94 50 cm ×1']])('unchanged: %s -> %s', (text, want) => expect(ask(text, 'V94')).toBe(want));
});

describe('issue 17, round 26: a price said for something is a remark; "me bajo" cancels', () => {
  it.each([['60 euros por uno de 40 esta tirado', 'other']])('%s -> %s', (text, want) => expect(ask(text, 'V95')).toBe(want));
  it('me bajo, perdón', () => expect(classify('me bajo, perdón', index, { featuredCode: 'V91' }).intent).toBe('cancel'));
  it.each([['15 euros por una bufanda, me la llevo en teal', 'V91 Teal ×1']])('unchanged: %s -> %s', (text, want) =>
    expect(ask(text)).toBe(want),
  );
});

describe('issue 17, round 26: whether a shade covers grey hair asks, topic other', () => {
  it.each([
    ['czy 5.1 pokryje siwe włosy?', 'question other'],
    ['7,0 закрашивает седину?', 'question other'],
    ['el 5.1 cubre las canas?', 'question other'],
  ])('%s -> %s', (text, want) => expect(ask(text, 'V93')).toBe(want));
  it.each([['5.1 still available?', 'question stock']])('unchanged: %s -> %s', (text, want) => expect(ask(text, 'V93')).toBe(want));
});

describe('issue 17, round 26: how long a length is asks the size', () => {
  it.each([
    ['how long are the 5/8 ones?', 'question size'],
    ['qué tan largas son las 5/8?', 'question size'],
    ['jak długie są te 5/8 w S?', 'question size'],
  ])('%s -> %s', (text, want) => expect(ask(text, 'V96')).toBe(want));
  it.each([
    ['how long does shipping take?', 'question shipping'],
    ['wie lang sind die 5/8 in M?', 'question size'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text, 'V96')).toBe(want));
});

describe('issue 17, round 26: the buyer\'s own cat, thanks for something, "full" of nothing sold claim nothing', () => {
  it.each([
    ['mój kot uwielbia puzzle 😂', 'other', 'V97'],
    ['mil gracias!', 'other', 'V97'],
    ['danke für die tipps', 'other', 'V91'],
    ['im full lol', 'other', 'V91'],
  ])('%s -> %s', (text, want, screen) => expect(ask(text, screen)).toBe(want));
  it.each([
    ['koty 1000 dla mnie', 'V97 1000 Cats ×1', 'V97'],
    ['meine katze 1000 bitte', 'V97 1000 Cats ×1', 'V97'],
  ])('unchanged: %s -> %s', (text, want, screen) => expect(ask(text, screen)).toBe(want));
});

describe('issue 17, round 26: a yes stretched out alone is an exclamation', () => {
  it.each([
    ['jaaaa', 'other'],
    ['jaaa 🙌', 'other'],
    ['jaaaa na klar', 'other'],
  ])('%s -> %s', (text, want) => expect(ask(text)).toBe(want));
  it.each([
    ['ja', 'V91 ×1'],
    ['jaaa teal', 'V91 Teal ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text)).toBe(want));
});

describe('issue 17, round 26: a claim word beside "always" tells a habit', () => {
  it.each([
    ['zawsze biorę teal, a potem żałuję', 'other'],
    ['i always take ochre in scarves lol', 'other'],
    ['я всегда беру серый, привычка', 'other'],
  ])('%s -> %s', (text, want) => expect(ask(text)).toBe(want));
  it.each([
    ['biorę teal', 'V91 Teal ×1'],
    ['ich nehme immer noch den grauen', 'V91 Grey ×1'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text)).toBe(want));
});
