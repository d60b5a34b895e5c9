import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes, titles and values in no corpus file): a lambskin satchel and a brass anklet. */
const index = buildCatalogIndex([
  { code: 'Q71', title: 'Lambskin satchel', optionNames: ['Color'], variants: ['Sand', 'Moss'].map((c) => ({ options: [c] })) },
  { code: 'Q72', title: 'Brass anklet', optionNames: ['Finish'], variants: ['Brass', 'Silver'].map((f) => ({ options: [f] })) },
]);
const topicOf = (text: string, featuredCode = 'Q71') => {
  const r = classify(text, index, { featuredCode });
  return `${r.intent}/${r.topic}`;
};

describe('issue 17, round 17: how a thing is cared for is asked about its care, not its material', () => {
  it.each([
    'how do i take care of the leather',
    'how do you clean leather like that?',
    'jak dbać o skórę?',
    'как ухаживать за кожей',
    'былғарыны қалай күту керек',
    'como se cuida el cuero?',
    'wie pflegt man das leder?',
  ])('%s', (text) => {
    expect(topicOf(text)).toBe('question/other');
  });

  it('in the shower: the care of the anklet (en, pl, de)', () => {
    expect(topicOf('can i wear the anklet in the shower?', 'Q72')).toBe('question/other');
    expect(topicOf('można pod prysznic w tej bransoletce na kostkę?', 'Q72')).toBe('question/other');
    expect(topicOf('kann man damit duschen?', 'Q72')).toBe('question/other');
  });

  it('what it is made of is still the material', () => {
    expect(topicOf('is it real leather?')).toBe('question/material');
    expect(topicOf('czy to prawdziwa skóra?')).toBe('question/material');
  });
});

describe('issue 17, round 17: another colour asks what is in stock; instalments and TWINT are payment', () => {
  it.each([
    ['does the satchel come in another colour?', 'question/stock'],
    ['a w innych kolorach jest?', 'question/stock'],
    ['la tienen en otro color?', 'question/stock'],
    ['płatność w ratach możliwa?', 'question/payment'],
    ['twint möglich?', 'question/payment'],
  ])('%s', (text, want) => {
    expect(topicOf(text)).toBe(want);
  });
});

describe('issue 17, round 17: PVC is a material; German "aus was" asks without a question mark', () => {
  it.each([
    ['is the satchel pvc', 'question/material'],
    ['сумка из пвх?', 'question/material'],
    ['aus was is die tasche', 'question/material'],
  ])('%s', (text, want) => {
    expect(topicOf(text)).toBe(want);
  });
});

describe('issue 17, round 17: whether a length is long or short, or how far it reaches, asks the size', () => {
  /** An invented product: a rope leash in two lengths. */
  const leash = buildCatalogIndex([
    { code: 'Q75', title: 'Rope leash', optionNames: ['Length'], variants: ['120 cm', '180 cm'].map((l) => ({ options: [l] })) },
  ]);
  it.each(['120 cm to długa czy krótka?', '180 см это длинный?', 'la de 180 hasta donde llega?', 'ist 120 cm zu kurz?'])('%s', (text) => {
    const r = classify(text, leash, { featuredCode: 'Q75' });
    expect(`${r.intent}/${r.topic}`).toBe('question/size');
  });
});
