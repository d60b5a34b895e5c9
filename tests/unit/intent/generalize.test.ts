import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';
import { loadCatalogIndex } from './corpus';

/** A cosmetics and jewellery catalog: sizes with units and spaces, as the replayed show had them. */
const index = buildCatalogIndex([
  { code: 'P3', optionNames: ['Size'], variants: [{ options: ['30 ml'] }, { options: ['50 ml'] }] },
  { code: 'N8', optionNames: ['Length'], variants: [{ options: ['40cm'] }, { options: ['45 cm'] }] },
  { code: 'S2', optionNames: ['Size'], variants: [{ options: ['EU 38'] }, { options: ['EU 39'] }] },
  { code: 'W1', optionNames: ['Volume'], variants: [{ options: ['0,5 l'] }, { options: ['1 l'] }] },
  { code: 'T4', optionNames: ['Size', 'Color'], variants: [{ options: ['M', 'Red'] }, { options: ['L', 'Red'] }] },
]);
const run = (text: string, featuredCode: string | null = null) => classify(text, index, { featuredCode });

describe('units and spacing (the replayed show: claims spelled exactly as the variant)', () => {
  it.each([
    ['SOLD P3 50 ml', order('P3', { Size: '50 ml' })],
    ['SOLD P3 30 ml x2', order('P3', { Size: '30 ml' }, 2)],
    ['sold p3 50ml', order('P3', { Size: '50 ml' })],
    ['P3 30ML', order('P3', { Size: '30 ml' })],
    ['беру P3 50 мл', order('P3', { Size: '50 ml' })],
    ['P3 50мл 2 шт', order('P3', { Size: '50 ml' }, 2)],
    ['P3 50', order('P3', { Size: '50 ml' })],
    ['N8 45cm', order('N8', { Length: '45 cm' })],
    ['N8 40 cm', order('N8', { Length: '40cm' })],
    ['N8 45 см', order('N8', { Length: '45 cm' })],
    ['S2 38', order('S2', { Size: 'EU 38' })],
    ['S2 eu39', order('S2', { Size: 'EU 39' })],
    ['sold S2 39 EU', order('S2', { Size: 'EU 39' })],
    ['W1 0.5 l', order('W1', { Volume: '0,5 l' })],
    ['W1 0,5л', order('W1', { Volume: '0,5 l' })],
  ])('%s', (text, want) => {
    expect(pick(run(text))).toEqual(want);
  });

  it('a unit the catalog does not use for that number is no size of the product', () => {
    expect(pick(run('P3 75 ml'))).toEqual(order('P3'));
  });

  it('"2 L" is two in size L where the catalog sells nothing by the litre', () => {
    expect(pick(run('T4 2 L'))).toEqual(order('T4', { Size: 'L' }, 2));
  });
});

describe('generalising over the corpus catalog', () => {
  const corpus = loadCatalogIndex();
  const say = (text: string, featuredCode: string | null = null) => classify(text, corpus, { featuredCode });

  it.each([
    ['көгін аламын', 'A12', order('A12', { Color: 'Blue' })],
    ['қарасын алам XL', 'E4', order('E4', { Size: 'XL', Color: 'Black' })],
    ['ағын аламын M', 'A12', order('A12', { Size: 'M', Color: 'White' })],
    ['sold blk M', 'E4', order('E4', { Size: 'M', Color: 'Black' })],
    ['sold wht lg', 'A12', order('A12', { Size: 'L', Color: 'White' })],
    ['mine gry xl', 'E4', order('E4', { Size: 'XL', Color: 'Grey' })],
  ])('option words by morphology and shorthand: %s', (text, featured, want) => {
    expect(pick(say(text, featured))).toEqual(want);
  });

  it('catalog values in Polish or Russian find their inflected forms', () => {
    const shop = buildCatalogIndex([{ code: 'Z1', optionNames: ['Kolor'], variants: [{ options: ['Miętowy'] }, { options: ['Мятный'] }] }]);
    expect(classify('biorę Z1 miętową', shop).options).toEqual({ Kolor: 'Miętowy' });
    expect(classify('беру Z1 мятную', shop).options).toEqual({ Kolor: 'Мятный' });
  });

  it('typos in claim words (two letters swapped) and option values are tolerated', () => {
    expect(pick(say('slod M whte', 'A12'))).toEqual(order('A12', { Size: 'M', Color: 'White' }));
    expect(pick(say('sodl A12 bleu L'))).toEqual(order('A12', { Size: 'L', Color: 'Blue' }));
    expect(say('biroe', 'A12').intent).toBe('order');
  });

  it('codes, numbers and everyday words are never "corrected"', () => {
    expect(say('sold A21 M').code).not.toBe('A21');
    expect(say('I told you so', 'A12').intent).toBe('other');
    expect(say('never mind the line', 'A12').intent).not.toBe('order');
    expect(say('take a look at the back', 'A12').intent).toBe('other');
    expect(say('solid quality', 'A12').intent).toBe('other');
    expect(pick(say('C5 39'))).toEqual(order('C5', { Size: '39' }));
  });

  it.each([
    ['omg I love the red one', 'B3'],
    ['the black is gorgeous', 'B3'],
    ['ładny ten czerwony', 'B3'],
    ['какой красивый цвет', 'B3'],
    ['A12 looks great', null],
    ['qué bonito el rojo', 'B3'],
    ['so schön in schwarz', 'B3'],
    ['қызыл түсі әдемі екен', 'B3'],
  ])('a compliment is no claim: %s', (text, featured) => {
    expect(say(text, featured).intent).toBe('other');
  });

  it.each([
    'girls what size are you wearing?',
    'everyone, is shipping fast?',
    '@anna did you get yours?',
    'dziewczyny jaki rozmiar bierzecie?',
    'девочки, а доставка быстрая?',
    'қыздар, жеткізу қанша?',
    'chicas, ¿qué talla usáis?',
    'Mädels, welche Größe habt ihr?',
  ])('a question to other viewers is no question to the shop: %s', (text) => {
    expect(say(text, 'B3').intent).toBe('other');
  });

  it('a correction with a cancel word replaces the value', () => {
    const r = say('cancel M, I want L instead', 'A12');
    expect(r.intent).toBe('order');
    expect(r.correction).toEqual({ from: { Size: 'M' }, to: { Size: 'L' } });
    expect(say('anuluj M, chcę L', 'A12').correction).toEqual({ from: { Size: 'M' }, to: { Size: 'L' } });
  });

  it('a claim followed by a question is still a claim', () => {
    expect(pick(say('sold M, does it run small?', 'A12'))).toEqual(order('A12', { Size: 'M' }));
    expect(pick(say('mine L! is it cotton?', 'A12'))).toEqual(order('A12', { Size: 'L' }));
    expect(say('does it come in M? sold', 'A12').intent).toBe('question');
  });

  it('cancels without a code; chatter about leaving or money is no cancel', () => {
    expect(say('cancel please', 'A12')).toMatchObject({ intent: 'cancel', code: null });
    expect(say('anuluj', 'A12')).toMatchObject({ intent: 'cancel', code: null });
    for (const text of ['I have to leave, bye', 'no money left lol', 'nie mam kasy', 'gotta go girls', 'мне пора, пока'])
      expect(say(text, 'A12').intent).toBe('other');
  });
});

/** Jeans and perfume, as a fashion shop lists them: waist/length sizes, light and dark blue, sizes with units. */
const denim = buildCatalogIndex([
  {
    code: 'J7',
    optionNames: ['Size', 'Color'],
    variants: [
      { options: ['W29 L32', 'Light blue'] },
      { options: ['W31 L32', 'Light blue'] },
      { options: ['W31 L34', 'Dark blue'] },
      { options: ['W33 L34', 'Dark blue'] },
    ],
  },
  { code: 'V2', optionNames: ['Size'], variants: [{ options: ['15 ml'] }, { options: ['75 ml'] }] },
  {
    code: 'H5',
    optionNames: ['Size', 'Color'],
    variants: [{ options: ['S', 'Green'] }, { options: ['M', 'Green'] }, { options: ['L', 'Green'] }],
  },
  { code: 'R1', optionNames: ['Size'], variants: [{ options: ['36'] }, { options: ['37'] }] },
]);
const onDenim = (text: string, featuredCode: string | null) => classify(text, denim, { featuredCode });

describe('issue 17, round 3: kinds of failure of the independent held-out run', () => {
  const corpus = loadCatalogIndex();
  const say = (text: string, featuredCode: string | null = null) => classify(text, corpus, { featuredCode });

  it.each([
    ['J7 31/34 dark blue', order('J7', { Size: 'W31 L34', Color: 'Dark blue' })],
    ['biorę 29/32 jasne', order('J7', { Size: 'W29 L32', Color: 'Light blue' })],
    ['J7 W33 L34 ciemnoniebieskie', order('J7', { Size: 'W33 L34', Color: 'Dark blue' })],
    ['беру светлые W31 L32', order('J7', { Size: 'W31 L32', Color: 'Light blue' })],
    ['J7 W29 L32 celeste', order('J7', { Size: 'W29 L32', Color: 'Light blue' })],
    ['nehme die dunklen W33 L34', order('J7', { Size: 'W33 L34', Color: 'Dark blue' })],
  ])('jeans sizes and light/dark blue: %s', (text, want) => {
    expect(pick(onDenim(text, 'J7'))).toEqual(want);
  });

  it('two numbers are no waist/length size when the catalog sells none', () => {
    expect(pick(onDenim('R1 36 37', 'R1')).options).not.toHaveProperty('Size', 'W36 L37');
  });

  it.each([
    ['cancel the 15 ml, 75 ml please', { Size: '15 ml' }, { Size: '75 ml' }],
    ['отмените 75 мл, 15 мл', { Size: '75 ml' }, { Size: '15 ml' }],
    ['storno die 15ml, 75ml bitte', { Size: '15 ml' }, { Size: '75 ml' }],
  ])('a cancel word, a comma and another value of the same option is a correction: %s', (text, from, to) => {
    const r = onDenim(text, 'V2');
    expect(r.intent).toBe('order');
    expect(r.correction).toEqual({ from, to });
  });

  it('a cancel of one product then another product is still a cancel', () => {
    expect(onDenim('cancel V2, sorry', 'V2').intent).toBe('cancel');
  });

  it.each([
    ['H5 M green, do you ship to Norway?', 'H5', { Size: 'M', Color: 'Green' }],
    ['R1 37, można zapłacić kartą?', 'R1', { Size: '37' }],
    ['R1 36, доставка сколько?', 'R1', { Size: '36' }],
  ])('a code with its values, then a question about something else, claims: %s', (text, code, options) => {
    expect(pick(onDenim(text, code))).toEqual(order(code, options));
  });

  it.each(['H5 M, is L left?', 'H5 M green, does it run small?', 'R1 37, still there?'])(
    'a question that names a variant or asks about size or stock stays a question: %s',
    (text) => {
      expect(onDenim(text, 'H5').intent).toBe('question');
    },
  );

  it.each([
    [
      'H5 S and L green',
      [
        { Size: 'S', Color: 'Green' },
        { Size: 'L', Color: 'Green' },
      ],
    ],
    [
      'H5 S i M zielona',
      [
        { Size: 'S', Color: 'Green' },
        { Size: 'M', Color: 'Green' },
      ],
    ],
  ])('a value said once after split items belongs to all of them: %s', (text, options) => {
    expect(onDenim(text, 'H5').items?.map((i) => i.options)).toEqual(options);
  });

  it('a code with its own values claims through chatter, but not through praise or a question to the viewers', () => {
    expect(pick(onDenim('so tired after work, finally here. H5 L green for my wife', 'H5'))).toEqual(
      order('H5', { Size: 'L', Color: 'Green' }),
    );
    expect(onDenim('my H5 L green from last week is so pretty, love it', 'H5').intent).toBe('other');
    expect(onDenim('girls, H5 L green or M?', 'H5').intent).not.toBe('order');
  });

  it('"mmm", "hmm", "ммм" are a hesitation, not the size M', () => {
    expect(pick(onDenim('mmm... ok fine', 'H5'))).toEqual(order('H5'));
    expect(pick(onDenim('ммм... ладно, беру', 'H5'))).toEqual(order('H5'));
    expect(pick(onDenim('sold M', 'H5'))).toEqual(order('H5', { Size: 'M' }));
  });

  it('a typo read as a colour needs a claim word or a code ("back at 8, save me a seat" is no black)', () => {
    expect(say('back at 9, save me a spot', 'K9').intent).toBe('other');
    expect(pick(say('sold blakc', 'K9'))).toEqual(order('K9', { Color: 'Black' }));
  });

  it('a cancel word typed with a letter dropped or added is read, with a lower confidence', () => {
    const r = say('cancl my order', 'A12');
    expect(r.intent).toBe('cancel');
    expect(r.confidence).toBeLessThan(say('cancel my order', 'A12').confidence);
    expect(say('rezygnje', 'A12').intent).toBe('cancel');
  });

  it('"40й", "38th" are sizes, not unknown words', () => {
    expect(pick(say('C5 40й', 'C5'))).toEqual(order('C5', { Size: '40' }));
  });

  it('questions to other viewers, even with "if", are no questions to the shop', () => {
    for (const text of [
      'does anyone know if it shrinks?',
      'ktoś wie czy jutro będzie live?',
      'alguien sabe si hay otro directo?',
      'weiß jemand ob es eingeht?',
    ])
      expect(say(text, 'E4').intent).toBe('other');
  });

  it.each([
    ['is the hoop nickel free?', 'F1'],
    ['czy to stal chirurgiczna?', 'F1'],
    ['шапка из шерсти? не колется?', 'M7'],
    ['es de lana o acrílico?', 'M7'],
  ])('material questions: %s', (text, featured) => {
    expect(say(text, featured)).toMatchObject({ intent: 'question', topic: 'material' });
  });

  it('a weak claim word beside a count no claim makes is chat ("me and my 200 unread emails")', () => {
    expect(say('me and my 200 unread emails', 'B7').intent).toBe('other');
    expect(pick(say('me 2', 'B7'))).toEqual(order('B7', {}, 2));
  });

  it('a claim after "if"/"jak"/"si" is conditional', () => {
    for (const text of ['jak wezmę jeszcze jeden kubek to mąż się wyprowadzi', 'si compro otra taza no me cabe en casa'])
      expect(say(text, 'B7').intent).toBe('other');
  });

  it('a negation before a filler word negates nothing: "no wait, 40 not 39"', () => {
    expect(say('no wait, 40 not 39', 'C5').correction).toEqual({ from: { Size: '39' }, to: { Size: '40' } });
  });

  it('Kazakh ablative and Latin-script Russian and Kazakh colour words', () => {
    expect(pick(say('сұрынан L аламын', 'E4'))).toEqual(order('E4', { Size: 'L', Color: 'Grey' }));
    expect(pick(say('beru K9 chernuyu', 'K9'))).toEqual(order('K9', { Color: 'Black' }));
    expect(pick(say('alamyn E4 qara XL', 'E4'))).toEqual(order('E4', { Size: 'XL', Color: 'Black' }));
  });

  it('a measurement question is about size even with "how much"', () => {
    expect(say('ile cm ma długości L?', 'A12').topic).toBe('size');
    expect(say('how many cm is the chest on L?', 'A12').topic).toBe('size');
  });

  it('a bare "yes" claims only in context: after the buyer was asked or hesitated', () => {
    for (const text of ['yes', 'tak!', 'да', 'иә', 'sí', 'ja klar']) {
      expect(say(text, 'E4').intent).toBe('other');
      const asked = classify(text, corpus, { featuredCode: 'E4', confirming: { why: 'asked', code: 'E4', options: { Size: 'L' } } });
      expect(pick(asked)).toEqual(order('E4', { Size: 'L' }));
      expect(asked.confidence).toBeGreaterThanOrEqual(0.6);
    }
    const hesitated = classify('ok', corpus, { featuredCode: 'B7', confirming: { why: 'hesitated', code: null } });
    expect(pick(hesitated)).toEqual(order('B7'));
    // Not a bare confirmation: read as usual.
    expect(classify('yes but is it cotton?', corpus, { featuredCode: 'E4', confirming: { why: 'asked', code: 'E4' } }).intent).toBe(
      'question',
    );
  });
});

// Round 5: heldout-3 became a development set; these are the mechanisms its kinds of failure asked
// for, in sentences of their own (none is a heldout-3 line), each with the counter-case it must not swallow.
describe('issue 17, round 5: general mechanisms for the kinds heldout-3 showed', () => {
  const corpus = loadCatalogIndex();
  const say = (text: string, featuredCode: string | null = null) => classify(text, corpus, { featuredCode });
  const cream = buildCatalogIndex([
    { code: 'Q2', optionNames: ['Size', 'Color'], variants: [{ options: ['160x200 cm', 'Cream'] }, { options: ['160x200 cm', 'Beige'] }] },
  ]);

  it('a yes to an @mention, then values, claims what follows; a yes with nothing after it does not', () => {
    expect(pick(say('@helper_ola yes M white', 'A12'))).toEqual(order('A12', { Size: 'M', Color: 'White' }));
    expect(pick(say('@mod да, 41', 'C5'))).toEqual(order('C5', { Size: '41' }));
    expect(say('@anna yes see you tomorrow', 'A12').intent).toBe('other');
    expect(say('@anna yes', 'A12').intent).toBe('other');
  });

  it('a claim word with values, a comma, then a question about something else claims', () => {
    expect(pick(say('taking E4 black M, do you ship to Spain?', 'E4'))).toEqual(order('E4', { Size: 'M', Color: 'Black' }));
    expect(pick(say('хочу K9 коричневую, а доставка сколько?', 'K9'))).toEqual(order('K9', { Color: 'Brown' }));
    // …but a question that names another variant stays a question.
    expect(say('taking E4 M, is L left?', 'E4').intent).toBe('question');
  });

  it('two sizes asked side by side ask about size; body measures do not make a claim', () => {
    for (const text of ['M or L?', 'ważę 60 kg, S czy M?', 'рост 170, M или L?', '1,60 y 50 kg, S o M?'])
      expect(say(text, 'E4')).toMatchObject({ intent: 'question', topic: 'size' });
    expect(say('is L still there?', 'E4').topic).toBe('stock');
  });

  it('a question word late in the message, after the values, asks when it names a topic', () => {
    expect(say('a 30 ml ile kosztuje', 'R2')).toMatchObject({ intent: 'question', topic: 'price' });
    expect(say('и 50 мл сколько стоит', 'R2')).toMatchObject({ intent: 'question', topic: 'price' });
    expect(say('primera vez aquí, qué emoción', 'R2').intent).toBe('other');
  });

  it('"how many … left" asks about stock, "how much" alone about price', () => {
    expect(say('ile zostało skarpetek?', 'N5').topic).toBe('stock');
    expect(say('сколько стоят носки?', 'N5').topic).toBe('price');
  });

  it('an hour after a Cyrillic preposition is no code; a fineness is no count', () => {
    expect(say('приду к 9 вечера', 'K9').intent).toBe('other');
    const silver = say('это серебро 925?', 'F1');
    expect(silver.intent).toBe('question');
    expect(silver.quantity).toBeNull();
  });

  it('praise, a turn word, then a code with its values claims; praise right before the product does not', () => {
    expect(pick(say('so lovely!! ok E4 XL grey', 'E4'))).toEqual(order('E4', { Size: 'XL', Color: 'Grey' }));
    expect(say('love the E4 XL grey', 'E4').intent).toBe('other');
  });

  it('a product word with two values before a comma claims through the chatter after it', () => {
    expect(pick(say('bluza szara L dla taty, on lubi luźno', 'E4'))).toEqual(order('E4', { Size: 'L', Color: 'Grey' }));
    expect(say('bluza szara, nie wiem czy L czy XL', 'E4').intent).not.toBe('order');
  });

  it('change verbs correct the last claim; removal verbs cancel', () => {
    expect(say('put me down for blue instead', 'A12').intent).toBe('order');
    expect(say('замените мне на 41', 'C5').correction).toEqual({ from: {}, to: { Size: '41' } });
    expect(say('scrap my order please', 'A12')).toMatchObject({ intent: 'cancel', code: null });
    expect(say('bitte aus meiner bestellung nehmen', 'A12').intent).toBe('cancel');
  });

  it('a remark to one viewer is no claim, and a doubled letter in a claim word is still a claim', () => {
    expect(say('Kasia, ta czapka jest dla ciebie', 'M7').intent).toBe('other');
    expect(pick(say('nehmme E4 schwarz XL', 'E4'))).toEqual(order('E4', { Size: 'XL', Color: 'Black' }));
  });

  it('a size word right beside a value asks whether that variant is there (stock); other size words ask about size', () => {
    for (const text of ['do you have size 40?', 'jest rozmiar 38?', 'есть 42 размер?', 'hay talla 40?', 'gibt es größe 40?'])
      expect(say(text, 'C5')).toMatchObject({ intent: 'question', topic: 'stock' });
    expect(say('what size is the model wearing?', 'A12').topic).toBe('size');
    expect(say('do they run true to size?', 'C5').topic).toBe('size');
  });

  it('a negated "for me" closing a story takes nothing back; said alone it cancels', () => {
    expect(say('my flat is tiny and the blanket is huge so not for me', 'H8').intent).toBe('other');
    expect(say('nah not for me', 'H8').intent).toBe('cancel');
  });

  it('cream is its own colour in six languages, not beige', () => {
    for (const text of ['Q2 cream', 'Q2 kremowa', 'Q2 кремовый', 'Q2 кремовый 160x200', 'Q2 crema', 'Q2 creme'])
      expect(classify(text, cream, { featuredCode: 'Q2' }).options.Color).toBe('Cream');
    expect(classify('Q2 beżowa', cream, { featuredCode: 'Q2' }).options.Color).toBe('Beige');
  });
});

describe('issue 17, round 6: general mechanisms for the kinds heldout-4 showed (sentences in none of the corpora)', () => {
  const corpus = loadCatalogIndex('catalog.json');
  const say = (text: string, featuredCode: string | null = null) => classify(text, corpus, { featuredCode });

  it('a short message naming a topic asks without a question word or mark, in six languages', () => {
    for (const [text, topic] of <[string, string][]>[
      ['price for the hoodie', 'price'],
      ['wysyłka na słowację', 'shipping'],
      ['оплата каспи ред', 'payment'],
      ['жеткізу Алматыға', 'shipping'],
      ['envíos a Bolivia', 'shipping'],
      ['lieferzeit nach polen', 'shipping'],
    ])
      expect(say(text, 'E4'), text).toMatchObject({ intent: 'question', topic });
    // …but thanks, an exclamation, "yesterday" or "I have" tell rather than ask.
    for (const text of ['shipping was quick, thanks', 'доставка быстрая!', 'ayer llegó el envío', 'i have 2 of those mugs'])
      expect(say(text, 'B7').intent, text).toBe('other');
  });

  it('a stock word beside a variant of the product on screen asks whether it is left; a count or a please claims', () => {
    expect(say('purple M still available', 'T3')).toMatchObject({ intent: 'question', topic: 'stock' });
    expect(say('zostały jeszcze pomarańczowe L', 'T3')).toMatchObject({ intent: 'question', topic: 'stock' });
    expect(say('one more yellow L please', 'T3').intent).toBe('order');
  });

  it('two things set side by side with "or", one a topic, ask the shop to pick', () => {
    for (const [text, topic] of <[string, string][]>[
      ['cotton or polyester', 'material'],
      ['bawełna czy poliester', 'material'],
      ['маломерит или большемерит', 'size'],
      ['мақта ма әлде синтетика ма', 'material'],
      ['algodón o poliéster', 'material'],
      ['eher eng oder weit', 'size'],
    ])
      expect(say(text, 'E4'), text).toMatchObject({ intent: 'question', topic });
  });

  it('colours beyond the catalog spelling in six languages claim a catalog value', () => {
    for (const [text, color] of <[string, string][]>[
      ['T3 mustard yellow M', 'Yellow'],
      ['T3 fioletowa M', 'Purple'],
      ['T3 оранжевую M', 'Orange'],
      ['T3 күлгін M', 'Purple'],
      ['T3 amarilla M', 'Yellow'],
      ['T3 lila M', 'Purple'],
    ])
      expect(say(text, 'T3').options, text).toEqual({ Size: 'M', Color: color });
  });

  it('who the item is for closes a claim whatever the noun; praise about what it suits does not', () => {
    for (const text of [
      'orange S for my goddaughter',
      'żółta S dla chrześnicy',
      'сары S немереме',
      'morada S para mi ahijada',
      'gelb S für meine patentochter',
    ])
      expect(say(text, 'T3'), text).toMatchObject({ intent: 'order', code: 'T3', options: { Size: 'S' } });
    expect(say('the yellow is perfect for summer', 'T3').intent).toBe('other');
  });

  it('praise emoji with no claim word, code or please admire', () => {
    expect(say('that orange 🔥', 'T3').intent).toBe('other');
    expect(say('orange M please 😍', 'T3').intent).toBe('order');
    expect(say('T3 orange M 😍', 'T3').intent).toBe('order');
  });

  it('corrections borrow the unit of the measure beside a bare number; a negation closing its clause takes back the value before it', () => {
    expect(say('sorry, 30 ml not 50', 'R2')).toMatchObject({
      intent: 'order',
      correction: { from: { Size: '50 ml' }, to: { Size: '30 ml' } },
    });
    expect(say('el de 50 ml no, el de 30 ml', 'R2').correction).toEqual({ from: { Size: '50 ml' }, to: { Size: '30 ml' } });
  });

  it('a product word before the first separator and a code after it are two items', () => {
    expect(say('the hoodie and K9 black', 'E4').items).toEqual([
      { code: 'E4', options: {}, quantity: 1 },
      { code: 'K9', options: { Color: 'Black' }, quantity: 1 },
    ]);
  });

  it('a claim in the last sentence after greetings and a story claims', () => {
    expect(say('hello lovely people! made it home in time. K9 brown for me', 'K9')).toMatchObject({
      intent: 'order',
      code: 'K9',
      options: { Color: 'Brown' },
    });
  });

  it('a cancel word with an object of its own in a story cancels nothing; one naming the order cancels', () => {
    expect(say('they cancelled tomorrow concert omg', 'K9').intent).toBe('other');
    expect(say('anulujcie moje zamówienie, zmieniłam zdanie', 'K9').intent).toBe('cancel');
  });

  it('a condition on a deal asks; a wish in the conditional mood does not', () => {
    expect(say('if i take 3 any discount', 'B7')).toMatchObject({ intent: 'question', topic: 'price' });
    expect(say('i would take 3 if they were cheaper', 'B7').intent).toBe('other');
  });

  it('a correction with no code reads its values on the product on screen first', () => {
    const shop = buildCatalogIndex([
      { code: 'V1', optionNames: ['Size'], variants: [{ options: ['30 ml'] }, { options: ['50 ml'] }] },
      { code: 'W2', optionNames: ['Size'], variants: [{ options: ['EU 30'] }, { options: ['EU 32'] }] },
    ]);
    expect(classify('nie 30, tylko 32', shop, { featuredCode: 'W2' })).toMatchObject({
      intent: 'order',
      code: null,
      correction: { from: { Size: 'EU 30' }, to: { Size: 'EU 32' } },
    });
  });

  it('"when …, then …" supposes; a story of the past claims nothing without a code', () => {
    expect(say('jak dostanę premię to biorę dwie', 'T3').intent).toBe('other');
    expect(say('wenn das gehalt kommt dann nehm ich den rock', 'T3').intent).toBe('other');
    expect(say('took the orange one last time, love it', 'T3').intent).toBe('other');
    expect(say('в прошлом году брала жёлтую', 'T3').intent).toBe('other');
  });

  it('a Kazakh request with the polite particle claims after a cancel and a comma', () => {
    expect(say('сарыны отмена, күлгінін салыңызшы', 'T3')).toMatchObject({
      intent: 'order',
      correction: { from: { Color: 'Yellow' }, to: { Color: 'Purple' } },
    });
  });

  it('a past tense or a comparison with no claim word or code is a remark; a comparative before a value corrects', () => {
    for (const text of ['my son loved the purple one', 'брала оранжевую', 'оранжевая лучше смотрится', 'la naranja queda mejor en foto'])
      expect(say(text, 'T3').intent, text).toBe('other');
    expect(say('лучше оранжевую', 'T3')).toMatchObject({ intent: 'order', correction: { from: {}, to: { Color: 'Orange' } } });
  });

  it('two values before a comma, then how the buyer pays, claim', () => {
    expect(say('żółta M, płacę kartą', 'T3')).toMatchObject({ intent: 'order', code: 'T3', options: { Size: 'M', Color: 'Yellow' } });
  });

  it('a short Cyrillic colour stem matches adjectives only: a country is no colour', () => {
    expect(say('в Беларусь доставляете', 'K9')).toMatchObject({ intent: 'question', topic: 'shipping' });
    expect(say('A12 белую M', 'A12').options).toEqual({ Size: 'M', Color: 'White' });
  });
});
