import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a mosaic kit by pieces and motif, a rain poncho by size and colour. */
const index = buildCatalogIndex([
  {
    code: 'Z93',
    title: 'Mosaic kit',
    optionNames: ['Pieces', 'Theme'],
    variants: ['500', '3000'].flatMap((n) => ['Dogs', 'Sea'].map((t) => ({ options: [n, t] }))),
  },
  {
    code: 'Z94',
    title: 'Rain poncho',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((z) => ['Yellow', 'Navy'].map((c) => ({ options: [z, c] }))),
  },
  {
    code: 'Z95',
    title: 'Silk tie',
    optionNames: ['Color'],
    variants: ['Navy', 'Red'].map((c) => ({ options: [c] })),
  },
]);
const read = (text: string, featuredCode: string) => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'order' ? `order ${r.code} ${JSON.stringify(r.options)}` : r.intent;
};

describe('issue 17, round 29: a value for every option of the product, then a praise emoji, chooses a variant', () => {
  it.each([
    ['sea 3000 pieces 😍', 'Z93', 'order Z93 {"Pieces":"3000","Theme":"Sea"}'],
    ['M żółty 🔥🔥', 'Z94', 'order Z94 {"Size":"M","Color":"Yellow"}'],
    ['L тёмно-синий 😍', 'Z94', 'order Z94 {"Size":"L","Color":"Navy"}'],
  ])('%s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
  it.each([
    ['ese amarillo 🔥🔥', 'Z94', 'other'],
    ['navy 😍😍', 'Z95', 'other'],
    ['love the M yellow 😍', 'Z94', 'other'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
});

describe('issue 17, round 29: Russian "с" ("with") before a value is no chatter', () => {
  it.each([
    ['мозаика 3000 с собачками', 'Z93', 'order Z93 {"Pieces":"3000","Theme":"Dogs"}'],
    ['плащ M с желтым', 'Z94', 'order Z94 {"Size":"M","Color":"Yellow"}'],
  ])('%s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
  it.each([
    ['снимите с меня мозаику', 'Z93', 'cancel'],
    ['с наступающим всех', 'Z93', 'other'],
    ['с утра жду эфир', 'Z94', 'other'],
  ])('unchanged: %s -> %s', (text, featured, want) => expect(read(text, featured)).toBe(want));
});
