import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes and titles in no corpus file): a cologne by volume and scent, a smartwatch band by width and material. */
const index = buildCatalogIndex([
  {
    code: 'Q42',
    title: 'Cologne',
    optionNames: ['Volume', 'Scent'],
    variants: ['30 ml', '75 ml'].flatMap((v) => ['Oud & Amber', 'Sea salt'].map((s) => ({ options: [v, s] }))),
  },
  {
    code: 'Q41',
    title: 'Smartwatch band',
    optionNames: ['Width', 'Material'],
    variants: ['18 mm', '22 mm'].flatMap((w) => ['Silicone', 'Leather'].map((m) => ({ options: [w, m] }))),
  },
]);
const topic = (text: string, featuredCode = 'Q42') => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'question' ? r.topic : r.intent;
};

describe('issue 17, round 23: two questions in one message, each about its own topic: the first asked is the topic', () => {
  it.each([
    ['how much is Q42 and do you ship to malta?', 'price'],
    ['ile kosztuje i czy wysyłacie do Niemiec?', 'price'],
    ['сколько стоит и доставка в Минск есть?', 'price'],
    ['бағасы қанша, Таразға жібересіз бе?', 'price'],
    ['cuánto cuesta y hacéis envíos a Chile?', 'price'],
    ['was kostet es und versendet ihr nach Polen?', 'price'],
  ])('%s', (text, want) => {
    expect(topic(text)).toBe(want);
  });
  it('the first asked about the material, then the price (unchanged: material came first before too)', () => {
    expect(topic('ist das echtes leder und was kostet es?', 'Q41')).toBe('material');
  });
  it.each([
    ['how much is shipping to malta?', 'shipping'],
    ['білетін бар ма, Таразға жібереді ме', 'shipping'],
    ['ile kosztuje wysyłka i czy jest paczkomat?', 'shipping'],
  ])('%s (unchanged)', (text, want) => {
    expect(topic(text)).toBe(want);
  });
});

describe('issue 17, round 23: how long a scent lasts asks about the product (topic other), not its price, size or leather', () => {
  it.each([
    ['ile się utrzymuje na skórze?', 'other'],
    ['сколько держится аромат?', 'other'],
    ['is it long lasting?', 'other'],
    ['aguanta el olor en la piel?', 'other'],
    ['иісі теріде қанша уақыт сақталады?', 'other'],
  ])('%s', (text, want) => {
    expect(topic(text)).toBe(want);
  });
  it('the last one of a variant asks about stock (unchanged)', () => {
    expect(topic('is this the last one in 75 ml?')).toBe('stock');
  });
});

describe('issue 17, round 23: a code and its topic alone ask; BLIK in Russian; how strong a scent smells', () => {
  it.each([
    ['Q42 price', 'price'],
    ['Q41 цена', 'price'],
    ['Q42 бағасы', 'price'],
    ['а блик принимаете', 'payment'],
    ['does the oud one smell strong?', 'other'],
  ])('%s', (text, want) => {
    expect(topic(text, 'Q41')).toBe(want);
  });
  it('a code and its value claim (unchanged)', () => {
    expect(topic('Q41 22 mm', 'Q42')).toBe('order');
  });
});

describe('issue 17, round 23: the diameter asks the size; striking off in the infinitive and colloquial "nich mehr" cancel', () => {
  it.each([
    ['what is the diameter?', 'size'],
    ['jaka średnica?', 'size'],
    ['welchen durchmesser hat es?', 'size'],
    ['proszę skreślić Q41', 'cancel'],
    ['me podéis tachar el Q41', 'cancel'],
    ['das brauch ich nich mehr', 'cancel'],
  ])('%s', (text, want) => {
    expect(topic(text, 'Q41')).toBe(want);
  });
  it('"nicht mehr" cancels as before (unchanged)', () => {
    expect(topic('das brauch ich nicht mehr', 'Q41')).toBe('cancel');
  });
});

describe('issue 17, round 23: German size compounds in the plural; when an order goes out asks about shipping', () => {
  it.each([
    ['welche armbandgrößen gibt es?', 'size'],
    ['when will my order go out?', 'shipping'],
    ['wann geht das raus?', 'shipping'],
    ['cuándo sale mi pedido?', 'shipping'],
    ['сәлемдеме қашан шығады?', 'shipping'],
  ])('%s', (text, want) => {
    expect(topic(text, 'Q41')).toBe(want);
  });
  it('"find out" is no shipping (unchanged)', () => {
    expect(topic('wie find ich meine größe raus?', 'Q41')).toBe('size');
  });
});
