import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** Electronics accessories and jewellery with values of several words and decimal sizes (codes unlike any corpus's). */
const index = buildCatalogIndex([
  {
    code: 'X7',
    title: 'Laptop sleeve',
    optionNames: ['Model', 'Color'],
    variants: ['MacBook Air 13', 'MacBook Pro 14', 'Surface Laptop 5'].flatMap((m) => ['Black', 'Sand'].map((c) => ({ options: [m, c] }))),
  },
  {
    code: 'Q2',
    title: 'Chain necklace',
    optionNames: ['Length', 'Finish'],
    variants: ['42.5', '45'].flatMap((l) => ['Rose gold', 'White gold'].map((f) => ({ options: [l, f] }))),
  },
  { code: 'V5', title: 'Running sneakers', optionNames: ['Size'], variants: ['38', '39', '40'].map((s) => ({ options: [s] })) },
  { code: 'F3', title: 'Hoop earrings', optionNames: ['Metal'], variants: [{ options: ['Gold'] }, { options: ['Silver'] }] },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 8: values of several words by their parts', () => {
  it.each([
    ['air 13 black pls', { Model: 'MacBook Air 13', Color: 'Black' }],
    ['macbookpro14 sand', { Model: 'MacBook Pro 14', Color: 'Sand' }],
    ['pro 14 x2 black', { Model: 'MacBook Pro 14', Color: 'Black' }],
    ['surface laptop black for me', { Model: 'Surface Laptop 5', Color: 'Black' }],
    ['макбук про 14 черный', { Model: 'MacBook Pro 14', Color: 'Black' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'X7')).options).toEqual(options);
  });

  it('a part two values share names neither, and a bare number stays a count', () => {
    expect(say('macbook black', 'X7').options).toEqual({ Color: 'Black' });
    expect(pick(say('pro 14 x2 black', 'X7')).quantity).toBe(2);
    expect(pick(say('X7 black 3', 'X7'))).toEqual(order('X7', { Color: 'Black' }, 3));
  });
});

describe('issue 17, round 8: decimal sizes and two-meaning values', () => {
  it.each([
    ['42,5 rose gold', { Length: '42.5', Finish: 'Rose gold' }],
    ['Q2 42.5 white gold', { Length: '42.5', Finish: 'White gold' }],
    ['45 różowe złoto biorę', { Length: '45', Finish: 'Rose gold' }],
    ['45 oro blanco para mí', { Length: '45', Finish: 'White gold' }],
    ['42,5 розовое золото мне', { Length: '42.5', Finish: 'Rose gold' }],
    ['weißgold 45 bitte', { Length: '45', Finish: 'White gold' }],
    ['rosegold 42,5 pls', { Length: '42.5', Finish: 'Rose gold' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'Q2'))).toEqual(order('Q2', options));
  });

  it('a decimal the catalog does not sell is a price, and gold alone is the earrings’ gold', () => {
    expect(say('19,99 is a good price', 'Q2').intent).toBe('other');
    expect(pick(say('F3 gold please', 'F3'))).toEqual(order('F3', { Metal: 'Gold' }));
  });

  it('a Kazakh case ending on a number is the number', () => {
    expect(pick(say('39ға ауыстырыңызшы', 'V5')).options).toEqual({ Size: '39' });
  });
});

describe('issue 17, round 8: reserving is claiming, and a cancel that turns to a new value corrects', () => {
  it.each([
    ['can you hold the sand one for me?', 'X7', { Color: 'Sand' }],
    ['odłożycie mi 39?', 'V5', { Size: '39' }],
    ['отложите мне 40', 'V5', { Size: '40' }],
    ['38 маған сақтап қойыңызшы', 'V5', { Size: '38' }],
    ['me guardas la 39?', 'V5', { Size: '39' }],
    ['könnt ihr mir 40 zurücklegen?', 'V5', { Size: '40' }],
  ])('%s', (text, featured, options) => {
    expect(pick(say(text, featured))).toEqual(order(featured, options));
  });

  it.each([
    ['doch nicht 38 sondern 39', { Size: '38' }, { Size: '39' }],
    ['scratch that, make it 40', {}, { Size: '40' }],
    ['anulujcie 38, wolę 40', { Size: '38' }, { Size: '40' }],
    ['jednak nie 39 tylko 40', { Size: '39' }, { Size: '40' }],
  ])('%s', (text, from, to) => {
    const r = say(text, 'V5');
    expect([r.intent, r.correction]).toEqual(['order', { from, to }]);
  });

  it('a cancel with nothing new after it stays a cancel', () => {
    expect(say('doch nicht, sorry', 'V5').intent).toBe('cancel');
    expect(say('cancel the 39 please', 'V5').intent).toBe('cancel');
  });
});

describe('issue 17, round 8: doubts and measures ask, jokes and stories do not claim', () => {
  it.each([
    ['not sure if the 39 will fit wide feet', 'V5'],
    ['nie wiem czy 38 wejdzie na szeroką stopę', 'V5'],
    ['no sé si la 40 me quedará', 'V5'],
    ['weiß nicht ob 39 bei breiten füßen passt', 'V5'],
    ['im 165 cm 58 kg which would u recommend', 'X7'],
    ['mido 1,60 y peso 55, cuál me recomiendas', 'X7'],
  ])('%s asks about the size', (text, featured) => {
    const r = say(text, featured);
    expect([r.intent, r.topic]).toEqual(['question', 'size']);
  });

  it.each([
    ['V5 like the rocket lol', 'V5'],
    ['ахах Q2 как дроид', 'Q2'],
    ['X7 wie ein passwort haha', 'X7'],
    ['the bus company cancelled my ride in this rain lol', 'V5'],
    ['mein kurs wurde heute storniert, egal', 'V5'],
    ['bought the 39 a week ago, love them', 'V5'],
    ['осы 40-ты бір апта бұрын алдым, керемет', 'V5'],
  ])('%s is chat', (text, featured) => {
    expect(say(text, featured).intent).toBe('other');
  });

  it('a code with a claim word still claims, a cancel pointing at the product still cancels', () => {
    expect(pick(say('V5 39 like I said, mine lol', 'V5')).intent).toBe('order');
    expect(say('cancel this one please', 'V5').intent).toBe('cancel');
  });
});

describe('issue 17, round 8: who it is for, laughed at or for the whole family, and dates', () => {
  it.each([
    ['sand sleeve for my brother lol', order('X7', { Color: 'Sand' })],
    ['torba czarna dla męża hehe', order('X7', { Color: 'Black' })],
    ['funda negra para mi novio jajaja', order('X7', { Color: 'Black' })],
    ['черные х2 на всю семью', order('X7', { Color: 'Black' }, 2)],
    ['қара 2 дана бүкіл отбасыға', order('X7', { Color: 'Black' }, 2)],
    ['брату на 23 февраля черный оформите', order('X7', { Color: 'Black' })],
  ])('%s', (text, want) => {
    expect(pick(say(text, 'X7'))).toEqual(want);
  });

  it('two nouns of one product side by side are one item', () => {
    const nouns = buildCatalogIndex([
      { code: 'Y8', title: 'Canvas tote bag', optionNames: ['Color'], variants: [{ options: ['Black'] }, { options: ['Sand'] }] },
    ]);
    const r = classify('tote bag sand 1', nouns, { featuredCode: 'Y8' });
    expect([pick(r), r.items]).toEqual([order('Y8', { Color: 'Sand' }), undefined]);
  });
});

describe('issue 17, round 8: a claim after joy takes the value the joy named', () => {
  it.each([
    ['yay sand is back 😍 macbook air 13 for me', { Model: 'MacBook Air 13', Color: 'Sand' }],
    ['por fin llegó la sand, pro 14 para mí!', { Model: 'MacBook Pro 14', Color: 'Sand' }],
    ['endlich schwarz wieder da, surface laptop 5 für mich!', { Model: 'Surface Laptop 5', Color: 'Black' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'X7'))).toEqual(order('X7', options));
  });

  it('a story, a comma and a yes names nothing; a negated value completes nothing', () => {
    expect(say('früher hatte ich mal 39, ach ja', 'V5').intent).toBe('other');
    expect(pick(say('not the sand 😅 pro 14 for me', 'X7')).options).toEqual({ Model: 'MacBook Pro 14' });
  });
});

describe('issue 17, round 8: changes, corrections before a cancel, title words, the shop addressed', () => {
  it.each([
    ['switch black to sand', { Color: 'Black' }, { Color: 'Sand' }],
    ['zmieńcie czarny na sand', { Color: 'Black' }, { Color: 'Sand' }],
    ['sand not black, cancel the black', { Color: 'Black' }, { Color: 'Sand' }],
  ])('%s', (text, from, to) => {
    const r = say(text, 'X7');
    expect([r.intent, r.correction]).toEqual(['order', { from, to }]);
  });

  it('the words of the product’s title ask about nothing; what else the question says does', () => {
    const titled = buildCatalogIndex([
      { code: 'L4', title: 'Linen dress', optionNames: ['Size'], variants: ['S', 'M'].map((s) => ({ options: [s] })) },
    ]);
    const ask = (text: string) => classify(text, titled, { featuredCode: 'L4' }).topic;
    expect(ask('does the linen dress run small?')).toBe('size');
    expect(ask('is the linen dress 100% linen?')).toBe('material');
  });

  it('a stock phrase between a code and a value asks whether it is left; "do you guys" asks the shop', () => {
    const r = say('X7 still available in sand', 'X7');
    expect([r.intent, r.topic]).toEqual(['question', 'stock']);
    expect(say('do you guys do cash on delivery', 'X7').topic).toBe('payment');
    expect(say('girls, do you like the sand one?', 'X7').intent).toBe('other');
  });
});

describe('issue 17, round 8: guards on the new words', () => {
  it('"hold" claims only with what it holds; "cancel it" told by someone else still cancels', () => {
    expect(say('hold on girls', 'X7').intent).not.toBe('order');
    expect(say('hold up lol', 'X7').intent).not.toBe('order');
    expect(say('can you hold it up to the camera?', 'X7').intent).not.toBe('order');
    expect(pick(say('could you hold the sand one for me?', 'X7'))).toEqual(order('X7', { Color: 'Sand' }));
    expect(say('my husband says cancel it lol', 'X7').intent).toBe('cancel');
  });
});

describe('issue 17, round 8: a request to hold, reserve or place needs something to hold', () => {
  it.each(['hold the line', 'reserve me a seat lol', 'оформите возврат пожалуйста', 'рәсімдеңізші жеткізуді'])(
    '%s claims nothing',
    (text) => {
      expect(say(text, 'X7').intent).not.toBe('order');
    },
  );

  it.each([
    ['hold it for me', {}],
    ['odłóżcie mi czarną', { Color: 'Black' }],
    ['сақтап қойыңызшы қарасын', { Color: 'Black' }],
  ])('%s claims', (text, options) => {
    expect(pick(say(text, 'X7'))).toEqual(order('X7', options));
  });
});
