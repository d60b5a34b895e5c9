import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): sport socks by a range of shoe sizes and a fleece vest by letter size. */
const index = buildCatalogIndex([
  {
    code: 'Z81',
    title: 'Sport socks',
    optionNames: ['Size'],
    variants: ['34-37', '38-41', '42-45'].map((z) => ({ options: [z] })),
  },
  {
    code: 'Z82',
    title: 'Fleece vest',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((z) => ['Red', 'Grey'].map((c) => ({ options: [z, c] }))),
  },
]);
const ask = (text: string, featuredCode = 'Z81') => {
  const r = classify(text, index, { featuredCode });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 28: the buyer\'s size, then "which … do I take" asks the size', () => {
  it.each([
    ['im a 39 which pair do i get', 'question/size'],
    ['36 киемін қайсысын алу керек', 'question/size'],
    ['schuhgröße 44,5 welche nehm ich da', 'question/size'],
  ])('%s -> %s', (text, want) => expect(ask(text)).toBe(want));
  it.each([
    ['biorę 38-41, które są cieplejsze?', 'order'],
    ['noszę 39, biorę 38-41', 'order'],
    ['beru Z81 42-45', 'order'],
  ])('unchanged: %s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z81' }).intent).toBe(want));
});

describe('issue 17, round 28: a Russian cancel verb with "с меня" after it cancels the buyer\'s order', () => {
  it.each([
    ['снимите с меня пробник', 'cancel'],
    ['отмените с меня жилетку, передумала', 'cancel'],
  ])('%s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z82' }).intent).toBe(want));
  it.each([
    ['снимите пробник', 'cancel'],
    ['отменили рейс вчера, сижу в аэропорту', 'other'],
  ])('unchanged: %s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z82' }).intent).toBe(want));
});

describe('issue 17, round 28: the chat called first, then "who" and a code, asks the viewers who own it', () => {
  it.each([
    ['девочки кто брал Z82, не садится после стирки?', 'other'],
    ['guys who has the Z82 does it pill?', 'other'],
    ['dziewczyny kto ma Z82, grzeje?', 'other'],
  ])('%s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z82' }).intent).toBe(want));
  it.each([
    ['девочки, кто знает Z82 сколько стоит?', 'question/price'],
    ['Z82 не садится после стирки?', 'question/other'],
  ])('unchanged: %s -> %s', (text, want) => expect(ask(text, 'Z82')).toBe(want));
});

describe('issue 17, round 28: "who …?" with a size, then a raised hand, is a roll call of the viewers', () => {
  it.each([
    ['who else wears a 40? 🙋‍♀️', 'other'],
    ['кто тоже носит 43? ✋', 'other'],
    ['wer hat noch füße in größe 36? 🙋', 'other'],
  ])('%s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z81' }).intent).toBe(want));
  it.each([
    ['Z81 38-41 🙋‍♀️', 'order'],
    ['who is from Almaty? 🙋', 'other'],
    ['who has the Z81 in 42-45? 🙋', 'order'],
  ])('unchanged: %s -> %s', (text, want) => expect(classify(text, index, { featuredCode: 'Z81' }).intent).toBe(want));
});
