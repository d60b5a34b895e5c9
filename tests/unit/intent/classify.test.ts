import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';
import { loadCatalogIndex } from './corpus';

const index = loadCatalogIndex();
const run = (text: string, featuredCode: string | null = null) => classify(text, index, { featuredCode });

describe('claim words in six languages', () => {
  it.each([
    ['SOLD', 'en'],
    ['mine', 'en'],
    ["I'll take it", 'en'],
    ['dibs', 'en'],
    ['biorę', 'pl'],
    ['kupuję', 'pl'],
    ['poproszę', 'pl'],
    ['zaklepuję', 'pl'],
    ['беру', 'ru'],
    ['возьму', 'ru'],
    ['забираю', 'ru'],
    ['аламын', 'kk'],
    ['алам', 'kk'],
    ['lo quiero', 'es'],
    ['me lo llevo', 'es'],
    ['mía', 'es'],
    ['nehme', 'de'],
    ['ich nehme', 'de'],
    ['meins', 'de'],
  ])('%s claims the featured product (%s)', (text, language) => {
    const r = run(text, 'A12');
    expect(pick(r)).toEqual(order('A12'));
    expect(r.language).toBe(language);
  });

  it('weak claim words need something to point at', () => {
    expect(run('керек', 'A12').intent).toBe('order'); // alone on a featured product: a claim
    expect(run('A12 L көк керек').intent).toBe('order');
    expect(run('I want pizza tonight').intent).toBe('other');
    expect(run('хочу посмотреть поближе', 'A12').intent).toBe('other');
  });

  it('a claim with no featured product and no code is an order without a product (needs details)', () => {
    expect(pick(run('sold!'))).toEqual(order(null));
  });

  it('the emoji 🙋 is a claim, other emoji are noise', () => {
    expect(run('🙋', 'B7').intent).toBe('order');
    expect(pick(run('🔥🔥 sold 🔥 ❤️👍', 'B7'))).toEqual(order('B7'));
    expect(run('🔥🔥🔥', 'B7').intent).toBe('other');
  });
});

describe('spelling as people type it', () => {
  it('missing diacritics', () => {
    expect(pick(run('biore M biala', 'A12'))).toEqual(order('A12', { Size: 'M', Color: 'White' }));
    expect(pick(run('kupuje B3 czerwona S'))).toEqual(order('B3', { Size: 'S', Color: 'Red' }));
    expect(pick(run('bere', 'A12')).intent).toBe('other');
  });

  it('repeated letters', () => {
    expect(pick(run('soooold', 'A12'))).toEqual(order('A12'));
    expect(pick(run('mineeee L', 'A12'))).toEqual(order('A12', { Size: 'L' }));
    expect(pick(run('берууу', 'A12'))).toEqual(order('A12'));
    expect(pick(run('minee', 'A12'))).toEqual(order('A12'));
  });

  it('Cyrillic look-alikes inside codes', () => {
    expect(run('А12 М').code).toBe('A12'); // Cyrillic А and М
    expect(run('беру В3 S').code).toBe('B3'); // Cyrillic В
    expect(run('Е4 XL').code).toBe('E4');
    expect(run('М7 красная').code).toBe('M7');
  });

  it('codes written apart, with a dash, glued to a size, in capitals', () => {
    expect(pick(run('A 12 M'))).toEqual(order('A12', { Size: 'M' }));
    expect(pick(run('a-12 xl'))).toEqual(order('A12', { Size: 'XL' }));
    expect(pick(run('A12M'))).toEqual(order('A12', { Size: 'M' }));
    expect(pick(run('E4XXL'))).toEqual(order('E4', { Size: 'XXL' }));
  });

  it('a code that looks like a size is a code', () => {
    expect(pick(run('M7 red'))).toEqual(order('M7', { Color: 'Red' }));
  });

  it('fullwidth and styled letters (NFKC)', () => {
    expect(pick(run('ＳＯＬＤ Ａ１２ Ｍ'))).toEqual(order('A12', { Size: 'M' }));
  });
});

describe('sizes as people write them', () => {
  it.each([
    ['m', 'M'],
    ['M', 'M'],
    ['medium', 'M'],
    ['size M', 'M'],
    ['rozmiar M', 'M'],
    ['размер М', 'M'],
    ['эмка', 'M'],
    ['xl', 'XL'],
    ['XL', 'XL'],
    ['extra large', 'XL'],
    ['хл', 'XL'],
    ['ixl', 'XL'],
    ['2XL', 'XXL'],
    ['xxl', 'XXL'],
    ['XXL', 'XXL'],
    ['ххл', 'XXL'],
    ['large', 'L'],
    ['small', 'S'],
  ])('E4 %s -> %s', (size, want) => {
    expect(run(`E4 ${size}`).options).toEqual({ Size: want });
  });

  it('numeric sizes: bare, with a marker before or after', () => {
    expect(run('C5 38').options).toEqual({ Size: '38' });
    expect(run('size 38', 'C5').options).toEqual({ Size: '38' });
    expect(run('rozmiar 38 poproszę', 'C5').options).toEqual({ Size: '38' });
    expect(run('39 размер мне', 'C5').options).toEqual({ Size: '39' });
    expect(run('Gr. 40', 'C5').options).toEqual({ Size: '40' });
  });

  it('a size the product does not have is left out (the order needs details)', () => {
    expect(pick(run('B3 XXL'))).toEqual(order('B3'));
  });
});

describe('colours matched to the catalog across languages', () => {
  it.each(['red', 'czerwona', 'czerwone', 'красный', 'красную', 'қызыл', 'rojo', 'roja', 'rot', 'rote'])('B3 M %s -> Red', (colour) => {
    expect(run(`B3 M ${colour}`).options).toEqual({ Size: 'M', Color: 'Red' });
  });

  it.each([
    ['navy', 'Navy'],
    ['granatowa', 'Navy'],
    ['темно-синий', 'Navy'],
    ['қою көк', 'Navy'],
    ['azul marino', 'Navy'],
    ['dunkelblau', 'Navy'],
    ['beżowa', 'Beige'],
    ['różowa', 'Pink'],
    ['rosa', 'Pink'],
  ])('D20 %s -> %s', (colour, want) => {
    expect(run(`D20 ${colour}`).options).toEqual({ Color: want });
  });

  it('metals too: złote, серебро, алтын, plateadas', () => {
    expect(run('F1 złote').options).toEqual({ Metal: 'Gold' });
    expect(run('F1 серебро').options).toEqual({ Metal: 'Silver' });
    expect(run('F1 алтын').options).toEqual({ Metal: 'Gold' });
    expect(run('F1 plateadas').options).toEqual({ Metal: 'Silver' });
  });

  it('a catalog written in Polish still matches English words', () => {
    const polish = buildCatalogIndex([
      { code: 'X1', optionNames: ['Kolor'], variants: [{ options: ['Czerwony'] }, { options: ['Czarny'] }] },
    ]);
    expect(classify('X1 red', polish).options).toEqual({ Kolor: 'Czerwony' });
    expect(classify('X1 чёрный', polish).options).toEqual({ Kolor: 'Czarny' });
  });
});

describe('quantities', () => {
  it.each([
    ['B7 x2', 2],
    ['B7 2x', 2],
    ['2x B7', 2],
    ['B7 ×3', 3],
    ['B7 2 szt', 2],
    ['B7 2шт', 2],
    ['B7 2 pcs', 2],
    ['two B7', 2],
    ['dwa B7', 2],
    ['dwie B7', 2],
    ['два B7', 2],
    ['екі B7', 2],
    ['dos B7', 2],
    ['zwei B7', 2],
    ['B7 3', 3],
  ])('%s -> %i', (text, quantity) => {
    expect(pick(run(text))).toEqual(order('B7', {}, quantity));
  });

  it('prices and times are not quantities', () => {
    expect(run('it was 20 zł').intent).toBe('other');
    expect(run('show starts at 8pm').intent).toBe('other');
    expect(run('19.99').intent).toBe('other');
    expect(run('20:00', 'B7').intent).toBe('other');
    expect(run('sold B7 for 20 zł').quantity).toBe(1);
  });
});

describe('several items in one message', () => {
  it('two codes', () => {
    expect(run('A12 M and B3 L').items).toEqual([
      { code: 'A12', options: { Size: 'M' }, quantity: 1 },
      { code: 'B3', options: { Size: 'L' }, quantity: 1 },
    ]);
  });

  it('quantities per item', () => {
    const r = run('sold A12 x2, B7');
    expect(r.items).toEqual([
      { code: 'A12', options: {}, quantity: 2 },
      { code: 'B7', options: {}, quantity: 1 },
    ]);
    expect(pick(r)).toEqual(order('A12', {}, 2));
  });

  it('the same product in two sizes', () => {
    expect(run('M and L please', 'A12').items).toEqual([
      { code: 'A12', options: { Size: 'M' }, quantity: 1 },
      { code: 'A12', options: { Size: 'L' }, quantity: 1 },
    ]);
  });

  it('a single claim has no items list', () => {
    expect(run('A12 M').items).toBeUndefined();
  });
});

describe('corrections of the last claim', () => {
  it.each([
    ['I meant L not M', { Size: 'M' }, { Size: 'L' }],
    ['sorry L not M', { Size: 'M' }, { Size: 'L' }],
    ['nie M tylko L', { Size: 'M' }, { Size: 'L' }],
    ['не М а L', { Size: 'M' }, { Size: 'L' }],
    ['M емес L', { Size: 'M' }, { Size: 'L' }],
    ['no M sino L', { Size: 'M' }, { Size: 'L' }],
    ['nicht M sondern L', { Size: 'M' }, { Size: 'L' }],
    ['I meant black', {}, { Color: 'Black' }],
  ])('%s', (text, from, to) => {
    const r = run(text, 'B7');
    expect(r.intent).toBe('order');
    expect(r.correction).toEqual({ from, to });
    expect(r.options).toEqual(to);
    expect(r.code).toBeNull(); // applies to the buyer's last claim, whatever is featured
    expect(r.quantity).toBeNull();
  });

  it('with a code, the correction is for that product', () => {
    expect(run('A12 L not M').code).toBe('A12');
  });
});

describe('cancels', () => {
  it.each([
    'cancel',
    'anuluj',
    'отмена',
    'бас тартамын',
    'cancelar',
    'stornieren',
    "I don't want it anymore",
    'nie biorę',
    'не беру',
    'керек емес',
    'ya no lo quiero',
    'doch nicht',
  ])('%s', (text) => expect(run(text, 'A12').intent).toBe('cancel'));

  it('names the product when written', () => {
    expect(run('cancel B3 please').code).toBe('B3');
    expect(run('cancel', 'A12').code).toBeNull();
  });
});

describe('questions and their topics', () => {
  it.each([
    ['how much?', 'price'],
    ['ile kosztuje?', 'price'],
    ['сколько стоит', 'price'],
    ['қанша?', 'price'],
    ['cuánto cuesta?', 'price'],
    ['wie viel kostet das', 'price'],
    ['what sizes?', 'size'],
    ['jaki rozmiar?', 'size'],
    ['маломерят?', 'size'],
    ['talla normal?', 'size'],
    ['any left?', 'stock'],
    ['M?', 'stock'],
    ['есть XL?', 'stock'],
    ['бар ма?', 'stock'],
    ['do you ship to Spain?', 'shipping'],
    ['ile kosztuje wysyłka?', 'shipping'],
    ['доставка есть?', 'shipping'],
    ['what material?', 'material'],
    ['z czego jest?', 'material'],
    ['состав?', 'material'],
    ['paypal?', 'payment'],
    ['można blikiem?', 'payment'],
    ['каспи бар ма?', 'payment'],
    ['when is the next show?', 'other'],
  ])('%s -> %s', (text, topic) => {
    const r = run(text, 'E4');
    expect(r.intent).toBe('question');
    expect(r.topic).toBe(topic);
    expect(r.quantity).toBeNull();
  });

  it('names the product asked about, or the featured one', () => {
    expect(run('how much is D20?', 'A12').code).toBe('D20');
    expect(run('how much?', 'A12').code).toBe('A12');
    expect(run('is A12 still available in XL?').options).toEqual({ Size: 'XL' });
  });
});

describe('hard negatives stay other', () => {
  it.each([
    'sold my soul',
    'A12 looks great',
    "if it came in pink I'd take it",
    'it was 20 zł',
    'at 8pm',
    '19.99',
    'lol I sold my car',
    'hello from Poland',
    'sold out fast yesterday',
    'take a look at the back',
    'gdyby była tańsza to bym wzięła',
    'если бы был зеленый взяла бы',
    'mi hermana vendió su coche',
    'wenn es billiger wäre, würde ich es nehmen',
    'мне нравится',
    'me encanta',
    'сәлеметсіз бе!',
  ])('%s', (text) => {
    const r = run(text, 'A12');
    expect(r.intent).toBe('other');
    expect(r).toMatchObject({ code: null, options: {}, quantity: null, topic: null });
  });
});

describe('results follow the contract', () => {
  it('options are spelled exactly as the catalog, quantity is null unless an order, topic null unless a question', () => {
    expect(run('a12 m WHITE').options).toEqual({ Size: 'M', Color: 'White' });
    expect(run('how much?', 'A12').quantity).toBeNull();
    expect(run('sold', 'A12').topic).toBeNull();
  });

  it('accepts contract products as they are', () => {
    const product = {
      id: 1,
      handle: 'h',
      code: 'Z9',
      title: 'Z',
      description: '',
      vendor: '',
      tags: [],
      optionNames: ['Size'],
      status: 'active' as const,
      productUrl: null,
      images: [],
      variants: [{ id: 1, sku: null, options: ['M'], priceMinor: 100, compareAtMinor: null, stock: 1 }],
    };
    expect(classify('Z9 M', buildCatalogIndex([product])).options).toEqual({ Size: 'M' });
  });

  it('a featured code the catalog does not know is still used', () => {
    expect(run('sold', 'Q99').code).toBe('Q99');
  });
});
