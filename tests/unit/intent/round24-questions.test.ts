import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a thermal flask by capacity and colour, a wool scarf by colour. */
const index = buildCatalogIndex([
  {
    code: 'Q65',
    title: 'Thermal flask',
    optionNames: ['Capacity', 'Color'],
    variants: ['350 ml', '700 ml'].flatMap((v) => ['Olive', 'Red'].map((c) => ({ options: [v, c] }))),
  },
  { code: 'Q66', title: 'Wool scarf', optionNames: ['Color'], variants: [{ options: ['Olive'] }, { options: ['Red'] }] },
]);

describe('issue 17, round 24: a price named first, then a written code and its values, asks the price', () => {
  it.each(['price on Q65 700 ml', 'cena za Q65 700 ml czerwony', 'цена на Q65 350 мл', 'бағасы Q66 қызыл', 'precio del Q65 de 700 ml'])(
    '%s',
    (text) => {
      expect(classify(text, index, { featuredCode: 'Q66' })).toMatchObject({ intent: 'question', topic: 'price' });
    },
  );
  it('a code and values then a price asked after them stays what it was (unchanged)', () => {
    expect(classify('Q65 700 ml red', index, { featuredCode: 'Q66' })).toMatchObject({ intent: 'order', code: 'Q65' });
  });
});

describe('issue 17, round 24: a Kazakh first-person perfect tells what was done, beside a written code too', () => {
  it.each([
    'ұлыма Q66 алғанмын былтыр, әлі тағады',
    'Q65 қызыл алған едім, сапасы жақсы',
    'апама Q66 сатып алғанмын, жылы',
    'қызыма Q66 алғанмын өткен айда',
    'Q65 350 мл алғанбыз бұрын, жақсы',
  ])('%s', (text) => {
    expect(classify(text, index, { featuredCode: 'Q65' }).intent).toBe('other');
  });
  it('a claim in the present stays a claim (unchanged)', () => {
    expect(classify('қызыма Q66 аламын', index, { featuredCode: 'Q65' })).toMatchObject({ intent: 'order', code: 'Q66' });
  });
  it('"алдым" (took) stays a claim (unchanged)', () => {
    expect(classify('Q66 алдым', index, { featuredCode: 'Q65' })).toMatchObject({ intent: 'order', code: 'Q66' });
  });
});

describe('issue 17, round 24: payment or shipping asked of "you" in the plural is asked of the shop', () => {
  it.each([
    ['kann man bei euch auch mit paypal zahlen', 'payment'],
    ['u was też można płacić kartą', 'payment'],
    ['у вас тоже можно картой оплатить', 'payment'],
  ])('%s', (text, topic) => {
    expect(classify(text, index, { featuredCode: 'Q65' })).toMatchObject({ intent: 'question', topic });
  });
  it('"anyone know if they take paypal" stays the shop’s question (unchanged)', () => {
    expect(classify('weiß jemand ob die paypal nehmen', index, { featuredCode: 'Q65' })).toMatchObject({
      intent: 'question',
      topic: 'payment',
    });
  });
  it('viewers called by a word of their own stay viewers (unchanged)', () => {
    expect(classify('girls do you pay with blik?', index, { featuredCode: 'Q65' }).intent).toBe('other');
  });
});

describe('issue 17, round 24: "no quiero el …", "no me mandes el …" cancel the product named', () => {
  it.each(['no me mandes la bufanda, ya tengo una', 'no quiero la bufanda al final, lo siento'])('%s', (text) => {
    expect(classify(text, index, { featuredCode: 'Q65' }).intent).toBe('cancel');
  });
  it('"no quiero" with a new value after a comma corrects (unchanged)', () => {
    expect(classify('no quiero el rojo, mejor oliva', index, { featuredCode: 'Q66' }).intent).toBe('order');
  });
});

describe('issue 17, round 24: a size word the product on screen sells as a value names the variant a stock question asks after', () => {
  const kinds = buildCatalogIndex([
    {
      code: 'Q67',
      title: 'Golf umbrella',
      optionNames: ['Type', 'Color'],
      variants: ['Compact', 'Long'].flatMap((t) => ['Olive', 'Red'].map((c) => ({ options: [t, c] }))),
    },
  ]);
  it.each(['habt ihr den langen noch in rot', 'a długi oliwkowy jeszcze jest?', 'длинный красный ещё есть?'])('%s', (text) => {
    expect(classify(text, kinds, { featuredCode: 'Q67' })).toMatchObject({ intent: 'question', topic: 'stock' });
  });
  it('a length asked of a product with no long kind stays the size (unchanged)', () => {
    expect(classify('is the scarf long?', index, { featuredCode: 'Q66' })).toMatchObject({ intent: 'question', topic: 'size' });
  });
});

describe('issue 17, round 24: materials compared by price ask the price', () => {
  const bands = buildCatalogIndex([
    {
      code: 'Q68',
      title: 'Fitness band',
      optionNames: ['Material'],
      variants: [{ options: ['Silicone'] }, { options: ['Leather'] }],
    },
  ]);
  it.each([
    'is the leather one more expensive than silicone?',
    'czy silikonowy jest tańszy od skórzanego?',
    'кожаный дороже силиконового?',
    'ist silikon billiger als leder?',
  ])('%s', (text) => {
    expect(classify(text, bands, { featuredCode: 'Q68' })).toMatchObject({ intent: 'question', topic: 'price' });
  });
  it('a material asked alone stays the material (unchanged)', () => {
    expect(classify('is it real leather?', bands, { featuredCode: 'Q68' })).toMatchObject({ intent: 'question', topic: 'material' });
  });
});

describe('issue 17, round 24: vocabulary of topics', () => {
  it.each([
    ['Q65 700 мл неше злотый', 'price'],
    ['is it possible to have it posted to malta', 'shipping'],
  ])('%s', (text, topic) => {
    expect(classify(text, index, { featuredCode: 'Q65' })).toMatchObject({ intent: 'question', topic });
  });
});
