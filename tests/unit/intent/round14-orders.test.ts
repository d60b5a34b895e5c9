import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** A flask sold by the millilitre, gold studs, bedding in widths and a hoodie (codes unlike any corpus's). */
const index = buildCatalogIndex([
  {
    code: 'F3',
    title: 'Vacuum flask',
    optionNames: ['Capacity', 'Color'],
    variants: ['375 ml', '750 ml'].flatMap((c) => ['Black', 'Mint'].map((k) => ({ options: [c, k] }))),
  },
  { code: 'G4', title: 'Gold studs', optionNames: ['Metal'], variants: ['Gold', 'Silver'].map((m) => ({ options: [m] })) },
  {
    code: 'Q5',
    title: 'Fitted sheet',
    optionNames: ['Size', 'Color'],
    variants: ['100x200 cm', '180x200 cm'].flatMap((z) => ['White', 'Grey'].map((k) => ({ options: [z, k] }))),
  },
  {
    code: 'Q6',
    title: 'Blanket',
    optionNames: ['Size'],
    variants: ['150x200 cm', '150x250 cm'].map((z) => ({ options: [z] })),
  },
  {
    code: 'R9',
    title: 'Zip hoodie',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L', 'XL', 'XXL'].flatMap((z) => ['Black', 'Grey'].map((k) => ({ options: [z, k] }))),
  },
  { code: 'W2', title: 'Card wallet', optionNames: ['Material'], variants: ['Leather', 'Suede'].map((m) => ({ options: [m] })) },
  { code: 'C4', title: 'Coffee beans', optionNames: ['Weight'], variants: ['250 g', '1 kg'].map((w) => ({ options: [w] })) },
  { code: 'M3', title: 'Yoga mat', optionNames: ['Color'], variants: ['Lilac', 'Coral'].map((c) => ({ options: [c] })) },
  { code: 'P9', title: 'Plant pot', optionNames: ['Glaze'], variants: ['Speckled cream', 'Matte sage'].map((c) => ({ options: [c] })) },
  { code: 'H4', title: 'Knit beanie', optionNames: ['Color'], variants: ['Black', 'Red'].map((c) => ({ options: [c] })) },
  {
    code: 'K6',
    title: 'Kids poncho',
    optionNames: ['Size', 'Color'],
    variants: ['98', '104'].flatMap((z) => ['Yellow', 'Navy'].map((c) => ({ options: [z, c] }))),
  },
  { code: 'B8', title: 'Canvas tote', optionNames: ['Color'], variants: ['Brown', 'Purple', 'Blue'].map((c) => ({ options: [c] })) },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 14: a fineness number the catalog sells as a measure names it', () => {
  it.each([
    ['F3 black 750', { Capacity: '750 ml', Color: 'Black' }],
    ['biorę miętowy 375', { Capacity: '375 ml', Color: 'Mint' }],
    ['мне черный на 750', { Capacity: '750 ml', Color: 'Black' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'F3'))).toEqual(order('F3', options));
  });
  it('a fineness on metal the catalog does not sell by it is still no count', () => {
    expect(pick(say('G4 gold 585 biorę', 'G4'))).toEqual(order('G4', { Metal: 'Gold' }));
  });
});

describe('issue 17, round 14: a lone width names the one dimension the product sells that wide', () => {
  it.each([
    ['Q5 white 180', { Size: '180x200 cm', Color: 'White' }],
    ['prześcieradło szare 100', { Size: '100x200 cm', Color: 'Grey' }],
    ['Q5 100er grau', { Size: '100x200 cm', Color: 'Grey' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'Q5'))).toEqual(order('Q5', options));
  });
  it('a width two dimensions share names neither', () => {
    expect(pick(say('Q6 150', 'Q6'))).toEqual(order('Q6', {}));
  });
  it('a count stays a count', () => {
    expect(pick(say('Q5 white 2', 'Q5'))).toEqual(order('Q5', { Color: 'White' }, 2));
  });
});

describe('issue 17, round 14: Kazakh words typed without their own letters', () => {
  it.each([
    ['B8 коныр бир дана', 'B8', { Color: 'Brown' }],
    ['B8 кулгин', 'B8', { Color: 'Purple' }],
    ['маған B8 кок', 'B8', { Color: 'Blue' }],
    ['R9 сур XL', 'R9', { Size: 'XL', Color: 'Grey' }],
    ['Q5 ak 180 200', 'Q5', { Size: '180x200 cm', Color: 'White' }],
  ])('%s', (text, code, options) => {
    expect(pick(say(text, code))).toEqual(order(code, options));
  });
});

describe('issue 17, round 14: a letter size typed half in Cyrillic', () => {
  it.each([
    ['хочу R9 черную ХХL', { Size: 'XXL', Color: 'Black' }],
    ['R9 ХL серая', { Size: 'XL', Color: 'Grey' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'R9'))).toEqual(order('R9', options));
  });
  it('a Cyrillic "с" alone stays a word', () => {
    expect(pick(say('R9 с черной полоской беру', 'R9'))).toEqual(order('R9', { Color: 'Black' }));
  });
});

describe('issue 17, round 14: a hand raised to a roll call of where viewers are from claims nothing', () => {
  it.each([
    'who here is from Leeds? 🙋‍♀️',
    'kto z Gdańska? ✋',
    'кто из Казани? 🙋',
    'кім Қарағандыдан? 🙋‍♀️',
    'quién es de Bilbao? ✋',
    'wer kommt aus Bremen? 🙋‍♀️',
  ])('%s', (text) => {
    expect(say(text, 'B8').intent).toBe('other');
  });
  it.each([
    ['a raised hand alone claims', '🙋‍♀️', order('B8')],
    ['a hand with a value claims', 'кто из вас в коричневом? 🙋 я беру коричневую', order('B8', { Color: 'Brown' })],
  ])('%s', (_, text, want) => {
    expect(pick(say(text, 'B8'))).toEqual(want);
  });
});

describe('issue 17, round 14: "make it N, in …" changes the count and the value of the last claim', () => {
  it.each([
    ['change that to three pls, grey ones', 3],
    ['zróbcie z tego dwie, w szarym', 2],
    ['сделайте три, серые', 3],
    ['que sean dos, en gris', 2],
    ['mach zwei draus, in grau', 2],
  ])('%s', (text, quantity) => {
    const r = say(text, 'R9');
    expect([r.intent, r.code, r.options, r.quantity, r.correction]).toEqual([
      'order',
      null,
      { Color: 'Grey' },
      quantity,
      { from: {}, to: { Color: 'Grey' } },
    ]);
  });
});

describe('issue 17, round 14: taking a value off, then the new one, corrects', () => {
  it.each(['take off the grey, i want the black hoodie', 'убирайте серую, хочу черную'])('%s', (text) => {
    const r = say(text, 'R9');
    expect([r.intent, r.options, r.correction]).toEqual(['order', { Color: 'Black' }, { from: { Color: 'Grey' }, to: { Color: 'Black' } }]);
  });
});

describe('issue 17, round 14: cancels in their ordinary wording, Kazakh ones in Latin letters too', () => {
  it.each([
    ['bluza już niepotrzebna', 'cancel'],
    ['stornier R9', 'cancel'],
    ['худи керек болмай қалды', 'cancel'],
    ['R9 dy alyp tastanyzshy', 'cancel'],
    ['R9 ti alyp tastandarshy', 'cancel'],
  ])('%s', (text, intent) => {
    expect(say(text, 'R9').intent).toBe(intent);
  });
  it('a Kazakh value in Latin letters is the value', () => {
    expect(pick(say('W2 bylgary', 'W2'))).toEqual(order('W2', { Material: 'Leather' }));
  });
});

describe('issue 17, round 14: a gift said as such is no chatter in a claim', () => {
  it.each([
    ['kaffee 1 kilo als geschenk für opa', { Weight: '1 kg' }],
    ['café 250 gramos de regalo para mi tío', { Weight: '250 g' }],
    ['coffee 250 g as a gift for my dad', { Weight: '250 g' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'C4'))).toEqual(order('C4', options));
  });
});

describe('issue 17, round 14: the buyer alone beside a wish, and "her damit", claim what is on screen', () => {
  it.each(['я! я хочу', 'yo! yo quiero', 'ach egal, her damit'])('%s', (text) => {
    expect(pick(say(text, 'B8'))).toEqual(order('B8'));
  });
  it('a story with a code and "я" claims nothing', () => {
    expect(say('я вчера брала B8, очень довольна', 'B8').intent).toBe('other');
  });
});

describe('issue 17, round 14: "I wanted it in L, not M" corrects in Spanish and Polish', () => {
  it.each(['perdona, la quería en L no en M', 'sorki, chciałam w L a nie w M'])('%s', (text) => {
    const r = say(text, 'R9');
    expect([r.intent, r.options, r.correction]).toEqual(['order', { Size: 'L' }, { from: { Size: 'M' }, to: { Size: 'L' } }]);
  });
});

describe('issue 17, round 14: colour words — purple falls to the one lilac sold, Polish "koral", speckled in six languages', () => {
  it.each([
    ['M3 күлгін', 'M3', { Color: 'Lilac' }],
    ['mata fioletowa', 'M3', { Color: 'Lilac' }],
    ['M3 koral poproszę', 'M3', { Color: 'Coral' }],
    ['P9 gesprenkelt', 'P9', { Glaze: 'Speckled cream' }],
    ['P9 nakrapiana biorę', 'P9', { Glaze: 'Speckled cream' }],
    ['P9 крапчатый', 'P9', { Glaze: 'Speckled cream' }],
  ])('%s', (text, code, options) => {
    expect(pick(say(text, code))).toEqual(order(code, options));
  });
});

describe('issue 17, round 14: German typed with its umlauts spelled out', () => {
  it.each([
    ['ich haette gerne die muetze in rot', { Color: 'Red' }],
    ['wintermuetze schwarz', { Color: 'Black' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'H4'))).toEqual(order('H4', options));
  });
});

describe('issue 17, round 14: items — a value inherited is not said twice; a count before a new value counts the new item', () => {
  it('"flask mint 375 ml + beanie black" is the flask and the beanie', () => {
    expect(say('flask mint 375 ml + beanie black', 'F3').items).toEqual([
      { code: 'F3', options: { Capacity: '375 ml', Color: 'Mint' }, quantity: 1 },
      { code: 'H4', options: { Color: 'Black' }, quantity: 1 },
    ]);
  });
  it.each([
    ['C4 250 g i dwie po 1 kg', 'pl'],
    ['C4 250 г и ещё две по 1 кг', 'ru'],
  ])('%s', (text) => {
    expect(say(text, 'C4').items).toEqual([
      { code: 'C4', options: { Weight: '250 g' }, quantity: 1 },
      { code: 'C4', options: { Weight: '1 kg' }, quantity: 2 },
    ]);
  });
});

describe('issue 17, round 14: Kazakh greetings and reservations in their ordinary wording', () => {
  it.each([
    ['сәлеметсіздер ме! Шымкенттен сәлем 😊 маған R9 XL сұр', { Size: 'XL', Color: 'Grey' }],
    ['брондап қойыңызшы маған R9 қара M, ертең төлеймін', { Size: 'M', Color: 'Black' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'R9'))).toEqual(order('R9', options));
  });
});

describe('issue 17, round 14: a title word only one product has names it in a claim of several items', () => {
  it('"beanie red for me and the poncho 104 navy for my boy"', () => {
    expect(say('beanie red for me and the poncho 104 navy for my boy', 'H4').items).toEqual([
      { code: 'H4', options: { Color: 'Red' }, quantity: 1 },
      { code: 'K6', options: { Size: '104', Color: 'Navy' }, quantity: 1 },
    ]);
  });
});

describe('issue 17, round 14: "which one should I take" asks, it does not take', () => {
  it.each([
    'i wear M in most hoodies, which one should i get',
    'noszę M, który mam wziąć',
    'мен әдетте M киемін, қайсысын алайын',
    'trag meistens M, welchen soll ich nehmen',
  ])('%s', (text) => {
    expect(say(text, 'R9').intent).toBe('question');
  });
  it('a claim before "which" still claims', () => {
    expect(pick(say('R9 XL black for me', 'R9'))).toEqual(order('R9', { Size: 'XL', Color: 'Black' }));
  });
});

describe('issue 17, round 14: "ill" (I will) is no chatter before a claim typed with a slip', () => {
  it.each([
    ['ill tkae it', order('R9')],
    ['ill tkae the grey one', order('R9', { Color: 'Grey' })],
  ])('%s', (text, want) => {
    expect(pick(say(text, 'R9'))).toEqual(want);
  });
  it('feeling ill claims nothing', () => {
    expect(say('i feel ill today', 'R9').intent).toBe('other');
  });
});

describe('issue 17, round 14: a noun right after a measure is its package, not another product', () => {
  it('"coffee 1 kg bag", "gimme the kilo bag" on the coffee are one item', () => {
    const bags = buildCatalogIndex([
      { code: 'C4', title: 'Coffee beans', optionNames: ['Weight'], variants: ['250 g', '1 kg'].map((w) => ({ options: [w] })) },
      { code: 'T2', title: 'Tote bag', optionNames: ['Color'], variants: ['Black', 'Brown'].map((c) => ({ options: [c] })) },
    ]);
    for (const text of ['coffee 1 kg bag please', 'the coffee smells so good 😂 gimme the kilo bag']) {
      const r = classify(text, bags, { featuredCode: 'C4' });
      expect([pick(r), r.items]).toEqual([order('C4', { Weight: '1 kg' }), undefined]);
    }
  });
});

describe('issue 17, round 14: when the buyer pays, said beside a claim, is no chatter', () => {
  it.each([
    ['kannst du mir die graue XL zurücklegen? zahl morgen', { Size: 'XL', Color: 'Grey' }],
    ['odłóżcie mi R9 szarą XL, zapłacę jutro', { Size: 'XL', Color: 'Grey' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'R9'))).toEqual(order('R9', options));
  });
});

describe('issue 17, round 14: a number another named product sells is no stray number', () => {
  it('"coffee 250 g for dad, poncho yellow 104 for my boy" is two items', () => {
    expect(say('coffee 250 g for dad, poncho yellow 104 for my boy', 'C4').items).toEqual([
      { code: 'C4', options: { Weight: '250 g' }, quantity: 1 },
      { code: 'K6', options: { Size: '104', Color: 'Yellow' }, quantity: 1 },
    ]);
  });
});

describe('issue 17, round 14: a story, "and", then a clause opening with a claim word claims alone', () => {
  it.each([
    ['bin zum ersten mal hier und nehm gleich die mütze rot', 'de'],
    ['first time watching and i will take the beanie red', 'en'],
  ])('%s', (text) => {
    expect(pick(say(text, 'H4'))).toEqual(order('H4', { Color: 'Red' }));
  });
  it('"… and still no red beanie on me" claims nothing', () => {
    expect(say('42 mins in and still no red beanie on me lol', 'H4').intent).toBe('other');
  });
});
