import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** An invented product (code, title and values in no corpus file): a quilted vest in three sizes and two colours. */
const index = buildCatalogIndex([
  {
    code: 'Q81',
    title: 'Quilted vest',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((size) => ['Olive', 'Plum'].map((color) => ({ options: [size, color] }))),
  },
]);
const read = (text: string) => {
  const r = classify(text, index, { featuredCode: 'Q81' });
  return r.intent === 'order' ? `order ${r.code} ${r.options.Size ?? '-'} ${r.options.Color ?? '-'}` : r.intent;
};

describe('issue 17, round 17: a decision said in chatter, then a whole variant after the last comma', () => {
  it.each([
    ['okay okay you win, plum M', 'order Q81 M Plum'],
    ['no dobra, wygraliście, oliwkowa L', 'order Q81 L Olive'],
    ['ну ладно, убедили, сливовый S', 'order Q81 S Plum'],
    ['жарайды, көндірдіңдер, зәйтүн түсті M', 'order Q81 M Olive'],
    ['bueno ya fue, la oliva M', 'order Q81 M Olive'],
    ['na schön, ihr habt gewonnen, oliv L', 'order Q81 L Olive'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it('not when the message asks, praises or doubts', () => {
    expect(read('okay you win, plum M?')).not.toMatch(/^order/);
    expect(read('so gorgeous, plum M')).not.toMatch(/^order/);
    expect(read('not sure yet, plum M')).not.toMatch(/^order/);
  });

  it('one value of two options is not a whole variant', () => {
    expect(read('okay okay you win, plum')).not.toMatch(/^order/);
  });
});

describe('issue 17, round 17: a word of the product’s own title names it beside its values', () => {
  it('after a sentence of chatter, and before a comma of chatter', () => {
    expect(read('ok fine lol. quilted vest plum L')).toBe('order Q81 L Plum');
    expect(read('quilted vest olive S, my dad is always cold')).toBe('order Q81 S Olive');
  });
});

describe('issue 17, round 17: a German compound ending in a product’s noun names that product', () => {
  /** Invented products: a canvas tote and an enamel mug, in the same two colours. */
  const shop = buildCatalogIndex([
    { code: 'Q91', title: 'Canvas tote', optionNames: ['Color'], variants: ['Black', 'White'].map((c) => ({ options: [c] })) },
    { code: 'Q92', title: 'Enamel mug', optionNames: ['Color'], variants: ['Black', 'White'].map((c) => ({ options: [c] })) },
  ]);
  const readIn = (text: string, featuredCode: string) => {
    const r = classify(text, shop, { featuredCode });
    return r.intent === 'order' ? `order ${r.code} ${r.options.Color ?? '-'}` : r.intent;
  };

  it.each([
    ['Stofftasche weiß, zahlen mit paypal?', 'Q91', 'order Q91 White'],
    ['Emaillebecher schwarz, kommt der vor weihnachten an?', 'Q92', 'order Q92 Black'],
  ])('%s (with %s on screen)', (text, featured, want) => {
    expect(readIn(text, featured)).toBe(want);
  });
});

describe('issue 17, round 17: "bought!" said alone answers the host’s "sold!"', () => {
  it.each(['bought!', 'kupione!!', 'куплено', 'comprado!', 'gekauft!'])('%s', (text) => {
    const r = classify(text, index, { featuredCode: 'Q81' });
    expect([r.intent, r.code]).toEqual(['order', 'Q81']);
  });

  it('beside anything else it is a story', () => {
    expect(read('hab ich letztes jahr gekauft')).not.toMatch(/^order/);
    expect(read('bought one last winter, love it')).not.toMatch(/^order/);
  });
});

describe('issue 17, round 17: German "halt" and "eben" are no words that drown a claim', () => {
  it('after a decision, and alone before a value', () => {
    expect(read('na schön, dann halt die oliv M')).toBe('order Q81 M Olive');
    expect(read('dann eben pflaume L')).toBe('order Q81 L Plum');
  });
});

describe('issue 17, round 17: a German size with a decimal comma and "-er" is the catalog’s decimal size', () => {
  /** An invented product: felt slippers in half sizes. */
  const slippers = buildCatalogIndex([
    { code: 'Q83', title: 'Felt slippers', optionNames: ['Size'], variants: ['6.5', '7', '7.5'].map((s) => ({ options: [s] })) },
  ]);
  it.each(['7,5er nehm ich', 'die 6,5er bitte'])('%s', (text) => {
    const r = classify(text, slippers, { featuredCode: 'Q83' });
    expect([r.intent, r.options.Size]).toEqual(['order', text.includes('7,5') ? '7.5' : '6.5']);
  });
});

describe('issue 17, round 17: asking the shop to set a variant aside is a claim, asked as a question too', () => {
  it.each([
    ['Q81 plum M, can you hold it for me?', 'order Q81 M Plum'],
    ['Q81 oliv L, legst du mir die zurück?', 'order Q81 L Olive'],
    ['Q81 зәйтүн M, маған қалдырып қойыңызшы', 'order Q81 M Olive'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 17: advice to a viewer by name is no clause of the writer’s claim', () => {
  it.each(['@kasia_r get the plum one, suits you more', '@mia_k take the olive M, looks better on you'])('%s', (text) => {
    expect(read(text)).not.toMatch(/^order/);
  });

  it('the writer’s own claim with a mention of the host still claims', () => {
    expect(read('@host plum M, thank you!')).toBe('order Q81 M Plum');
  });
});

describe('issue 17, round 17: a purchase told a year ago is a story', () => {
  it.each(['апама осы жилетті былтыр алдым, әлі киеді', 'ich hab die weste vor einem jahr genommen, top'])('%s', (text) => {
    expect(read(text)).not.toMatch(/^order/);
  });
});
