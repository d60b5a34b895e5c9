import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/** Invented products (codes, titles and values in no corpus file): a bucket hat in four colours; hair pins sold in packs. */
const index = buildCatalogIndex([
  {
    code: 'Q61',
    title: 'Bucket hat',
    optionNames: ['Color'],
    variants: ['Oatmeal', 'Rust', 'Pearl', 'Tortoise'].map((c) => ({ options: [c] })),
  },
  {
    code: 'Q62',
    title: 'Bobby pins',
    optionNames: ['Pack', 'Color'],
    variants: ['6 pcs', '12 pcs'].flatMap((p) => ['Gold', 'Black'].map((c) => ({ options: [p, c] }))),
  },
]);
const read = (text: string, featuredCode = 'Q61') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 18: oatmeal, rust, pearl and tortoiseshell in six languages', () => {
  it.each([
    ['Q61 oats pls', 'Q61 Oatmeal ×1'],
    ['poproszę owsianą', 'Q61 Oatmeal ×1'],
    ['беру ржавую', 'Q61 Rust ×1'],
    ['маған інжу түсті', 'Q61 Pearl ×1'],
    ['yo la de carey', 'Q61 Tortoise ×1'],
    ['die perlmutt nehm ich', 'Q61 Pearl ×1'],
    ['rostrote für mich', 'Q61 Rust ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 18: a pack of pieces said as buyers say it names the pack, not a count', () => {
  it.each([
    ['Q62 gold 12pc', 'Q62 Gold 12 pcs ×1'],
    ['biorę czarne 6 szt', 'Q62 Black 6 pcs ×1'],
    ['золотые 12 шт мне', 'Q62 Gold 12 pcs ×1'],
    ['quiero las doradas de 6 piezas', 'Q62 Gold 6 pcs ×1'],
    ['gold, 12er pack nehm ich', 'Q62 Gold 12 pcs ×1'],
    ['black, a 6 pack please', 'Q62 Black 6 pcs ×1'],
    ['3 packs of 12 in gold', 'Q62 Gold 12 pcs ×3'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q62')).toBe(want);
  });

  it('a count of a size the product is not sold in stays a count; a product sold by the piece is untouched', () => {
    expect(read('biorę czarne 2 szt', 'Q62')).toBe('Q62 Black ×2');
    expect(read('2 szt rdzawe')).toBe('Q61 Rust ×2');
  });
});

describe('issue 17, round 18: a question addressed to the shop by a shop’s handle asks the seller', () => {
  const topicOf = (text: string) => {
    const r = classify(text, index, { featuredCode: 'Q61' });
    return `${r.intent}/${r.topic}`;
  };
  it.each([
    ['@hatshop_lu do you ship to norway?', 'question/shipping'],
    ['@sklep_ania a blik jest?', 'question/payment'],
    ['@tienda_sol hacen envios a chile?', 'question/shipping'],
  ])('%s', (text, want) => {
    expect(topicOf(text)).toBe(want);
  });

  it('to another viewer by name it is chatter between viewers', () => {
    expect(topicOf('@ania a blik jest?')).toBe('other/null');
  });
});

describe('issue 17, round 18: English asks with "can the / could these" and no question mark', () => {
  it.each(['can the bucket hat go in the washing machine', 'could these be sent by friday'])('%s', (text) => {
    expect(classify(text, index, { featuredCode: 'Q61' }).intent).toBe('question');
  });
});
