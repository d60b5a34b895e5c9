import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** An invented product (code, title and values in no corpus file): a pillar candle in two heights. */
const index = buildCatalogIndex([
  { code: 'Z9', title: 'Pillar candle', optionNames: ['Height'], variants: ['10 cm', '15 cm'].map((h) => ({ options: [h] })) },
]);
const topicOf = (text: string) => {
  const r = classify(text, index, { featuredCode: 'Z9' });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 16: what a thing is made of is asked in the words of waxes and blends', () => {
  it.each([
    'soy or paraffin wax?',
    'czy to wosk sojowy?',
    'свечи соевые или парафин?',
    'балауызы қандай?',
    'la cera es de parafina?',
    'ist das paraffin oder wachs?',
    'ma jakieś domieszki poliestru?',
  ])('%s', (text) => {
    expect(topicOf(text)).toBe('question/material');
  });
});

describe('issue 17, round 16: how long a thing lasts in use is no delivery time', () => {
  it.each([
    'how long does the tall one burn?',
    'ile godzin się pali?',
    'сколько часов горит высокая?',
    'қанша сағат жанады?',
    'cuanto tiempo arde la alta?',
    'wie lange brennt die hohe?',
  ])('%s', (text) => {
    expect(topicOf(text)).toBe('question/other');
  });

  it('a delivery asked with "how long" is still shipping', () => {
    expect(topicOf('how long does shipping take to Ireland?')).toBe('question/shipping');
  });
});

describe('issue 17, round 16: a fit and a price said the everyday way', () => {
  it('Polish "wychodzi mały" asks the fit; German "was kost" asks the price', () => {
    expect(topicOf('wychodzi mały czy normalnie?')).toBe('question/size');
    expect(topicOf('was kost die große?')).toBe('question/price');
  });
});

describe('issue 17, round 16: the everyday wording of a delivery, a size, a price and availability', () => {
  it.each([
    ['kommen die kerzen noch vor dem fest an?', 'question/shipping'],
    ['can the candle go express?', 'question/shipping'],
    ['welche kerzengröße ist das?', 'question/size'],
    ['y la alta a cómo?', 'question/price'],
  ])('%s', (text, want) => {
    expect(topicOf(text)).toBe(want);
  });
});
