import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a hair bleach, a body wash, a linen scarf and a fleece vest. */
const index = buildCatalogIndex([
  { code: 'Z71', title: 'Hair bleach', optionNames: ['Strength'], variants: ['20 vol', '30 vol'].map((s) => ({ options: [s] })) },
  { code: 'Z72', title: 'Body wash', optionNames: ['Scent'], variants: ['Fig', 'Mint'].map((s) => ({ options: [s] })) },
  { code: 'Z73', title: 'Linen scarf', optionNames: ['Color'], variants: ['Sand', 'Olive'].map((s) => ({ options: [s] })) },
  {
    code: 'Z74',
    title: 'Fleece vest',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((z) => ['Red', 'Grey'].map((c) => ({ options: [z, c] }))),
  },
]);
const ask = (text: string, featuredCode = 'Z71') => {
  const r = classify(text, index, { featuredCode });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 27: what a product contains asks the material, how long it stays on asks other', () => {
  it.each([
    ['is there ammonia in it?', 'question/material'],
    ['peroxide inside?', 'question/material'],
    ['Z72 ma parabeny?', 'question/material', 'Z72'],
    ['а сульфаты есть?', 'question/material', 'Z72'],
    ['tiene amoniaco?', 'question/material'],
    ['ist das ding ammoniakfrei?', 'question/material'],
    ['аммиак бар ма?', 'question/material'],
    ['ile trzymać na głowie?', 'question/other'],
    ['маску на лице сколько минут держать?', 'question/other'],
    ['einwirkzeit wie lange?', 'question/other'],
  ])('%s -> %s', (text, want, featured?: string) => expect(ask(text, featured)).toBe(want));
  it.each([
    ['is it real linen?', 'question/material', 'Z73'],
    ['how long does shipping take?', 'question/shipping', 'Z73'],
    ['сколько стоит?', 'question/price', 'Z73'],
  ])('unchanged: %s -> %s', (text, want, featured) => expect(ask(text, featured)).toBe(want));
});

describe('issue 17, round 27: a purchase told in the first-person past is a story', () => {
  const intent = (text: string) => classify(text, index, { featuredCode: 'Z74' }).intent;
  it.each([
    'kupiłam tacie Z74 szara L pod choinkę, nie zdejmuje jej wcale',
    'купила маме Z74 серый L на юбилей, она в восторге от него',
    'compré Z74 rojo para mi abuelo y le encantó muchísimo',
    'bought my son the Z74 red in M and he sleeps in it',
  ])('%s -> other', (text) => expect(intent(text)).toBe('other'));
  it.each([
    ['Z74 szara L', 'order'],
    ['Z74 grau L gekauft', 'order'],
    ['kupię Z74 czerwona M', 'order'],
  ])('unchanged: %s -> %s', (text, want) => expect(intent(text)).toBe(want));
});

describe('issue 17, round 27: a question put to whichever viewers own the product is talk between viewers', () => {
  const intent = (text: string) => classify(text, index, { featuredCode: 'Z74' }).intent;
  it.each([
    'która z was ma Z74, grzeje?',
    'кто из вас носит Z74, не колется?',
    'any of you got the Z74, does it pill?',
    'wer von euch trägt die Z74, kratzt die?',
    'alguna de ustedes tiene el Z74? abriga?',
    'чатта балық аулайтындар бар ма?',
  ])('%s -> other', (text) => expect(intent(text)).toBe('other'));
  it.each([
    ['Z74 czy jest jeszcze w M?', 'question'],
    ['which of you ships the Z74 to norway?', 'question'],
    ['Z74 M szara', 'order'],
  ])('unchanged: %s -> %s', (text, want) => expect(intent(text)).toBe(want));
});

describe('issue 17, round 27: cancels said as the buyer asks not to be written down', () => {
  const intent = (text: string) => classify(text, index, { featuredCode: 'Z74' }).intent;
  it.each([
    'mejor no me lo anoten todavía',
    'no me apunten el chaleco porfa',
    'olvida mi pedido, no llego a fin de mes',
    'Z74 снимаю заказ',
  ])('%s -> cancel', (text) => expect(intent(text)).toBe('cancel'));
  it.each([
    ['me anotas uno rojo M?', 'order'],
    ['я его ношу год, не снимаю', 'other'],
  ])('unchanged: %s -> %s', (text, want) => expect(intent(text)).toBe(want));
});
