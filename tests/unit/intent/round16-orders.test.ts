import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** Invented products (codes, titles and values in no corpus file): bath salts in three scents, a lip balm in two flavours. */
const index = buildCatalogIndex([
  {
    code: 'J7',
    title: 'Bath salts',
    optionNames: ['Scent'],
    variants: ['Eucalyptus', 'Bergamot', 'Jasmine'].map((s) => ({ options: [s] })),
  },
  { code: 'Q8', title: 'Lip balm', optionNames: ['Flavour'], variants: ['Cherry', 'Amber'].map((f) => ({ options: [f] })) },
  // Amounts of one kind in one option, written in two units: 750 ml is the smaller.
  {
    code: 'W5',
    title: 'Watering can',
    optionNames: ['Capacity', 'Color'],
    variants: ['1 l', '750 ml'].flatMap((c) => ['White', 'Green'].map((colour) => ({ options: [c, colour] }))),
  },
  { code: 'T6', title: 'Tunic', optionNames: ['Size'], variants: ['S', 'M', 'L'].map((size) => ({ options: [size] })) },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

// Words a loanword's spelling already finds ("bergamotkowa", round 15) are not repeated here: these are translations.
describe('issue 17, round 16: a scent or flavour value is read in each language’s own word for it, in its forms', () => {
  it.each([
    ['эвкалиптовую мне', 'J7', { Scent: 'Eucalyptus' }],
    ['беру с жасмином', 'J7', { Scent: 'Jasmine' }],
    ['жасминді маған', 'J7', { Scent: 'Jasmine' }],
    ['la de jazmín para mí', 'J7', { Scent: 'Jasmine' }],
    ['me llevo la de eucalipto', 'J7', { Scent: 'Eucalyptus' }],
    ['nehm die kirsch', 'Q8', { Flavour: 'Cherry' }],
    ['wiśniowy dla mnie', 'Q8', { Flavour: 'Cherry' }],
    ['вишнёвый беру', 'Q8', { Flavour: 'Cherry' }],
    ['cereza para mi', 'Q8', { Flavour: 'Cherry' }],
  ])('%s', (text, code, options) => {
    expect(pick(say(text, code))).toEqual(order(code, options));
  });
});

describe('issue 17, round 16: "small" and "big" name the smallest and largest amount of a product sold in amounts', () => {
  it.each([
    ['the big one in white for me', 'W5', { Capacity: '1 l', Color: 'White' }],
    ['2 small green', 'W5', { Capacity: '750 ml', Color: 'Green' }, 2],
    ['poproszę małą białą', 'W5', { Capacity: '750 ml', Color: 'White' }],
    ['большую зелёную мне', 'W5', { Capacity: '1 l', Color: 'Green' }],
    ['үлкенін маған, ақ', 'W5', { Capacity: '1 l', Color: 'White' }],
    ['la pequeña en verde para mi', 'W5', { Capacity: '750 ml', Color: 'Green' }],
    ['die große in weiß bitte', 'W5', { Capacity: '1 l', Color: 'White' }],
  ])('%s', (text, code, options, quantity = 1) => {
    expect(pick(say(text, code))).toEqual(order(code, options, quantity));
  });

  it('an amount said outright is the one meant ("the big one, 750 ml")', () => {
    expect(pick(say('the big one in white, 750 ml for me', 'W5'))).toEqual(order('W5', { Capacity: '750 ml', Color: 'White' }));
  });

  it('a product with letter sizes keeps "small" as S', () => {
    expect(pick(say('small one for me', 'T6'))).toEqual(order('T6', { Size: 'S' }));
  });

  it('"big" alone is no claim ("a big thank you", "большое спасибо")', () => {
    for (const text of ['a big thank you to the team', 'большое спасибо вам', 'ну такая большая'])
      expect(say(text, 'W5').intent).toBe('other');
  });
});

describe('issue 17, round 16: whom the item is for may open the claim, before what is claimed', () => {
  it.each([
    ['dla wnusia 750 ml w tym zielonym prosze', 'W5', { Capacity: '750 ml', Color: 'Green' }],
    ['жиенімнің баласына 1 л ақ', 'W5', { Capacity: '1 l', Color: 'White' }],
  ])('%s', (text, code, options) => {
    expect(pick(say(text, code))).toEqual(order(code, options));
  });

  it('not for the listener’s people, and not without a value after it', () => {
    expect(say('dla twojego wnusia 750 ml zielona', 'W5').intent).not.toBe('order');
    expect(say('dla wnusia kupiłam wczoraj rower', 'W5').intent).toBe('other');
  });
});

describe('issue 17, round 16: claims that are not the writer’s', () => {
  it.each(['девочки кто тоже смотрит вечером? 🙋‍♀️', 'who else is watching tonight? ✋', 'kto też ogląda z kawą? 🙋'])(
    'a hand raised to a roll call asked with a question mark: %s',
    (text) => {
      expect(say(text, 'W5').intent).toBe('other');
    },
  );

  it.each(['@mia_k get the white one for your mum!!'])('advice to another viewer, for the listener’s people: %s', (text) => {
    expect(say(text, 'W5').intent).toBe('other');
  });

  it('a raised hand beside a value still claims, and a code written to a viewer is read', () => {
    expect(pick(say('🙋 green', 'W5'))).toEqual(order('W5', { Color: 'Green' }));
    expect(say('@mia_k W5 white for your mum', 'W5').intent).toBe('order');
  });
});

describe('issue 17, round 16: everyday claim words', () => {
  it.each([
    ['la grande en verde apártamela', 'W5', { Capacity: '1 l', Color: 'Green' }],
    ['la verde me apunto', 'W5', { Color: 'Green' }],
  ])('%s', (text, code, options) => {
    expect(pick(say(text, code))).toEqual(order(code, options));
  });

  it.each(['@lena бери белую для твоей мамы', '@aru сенің анаңа ақ түстісін ал'])(
    'advice to a viewer in Russian and Kazakh: %s',
    (text) => {
      expect(say(text, 'W5').intent).toBe('other');
    },
  );
});

describe('issue 17, round 16: a size with a half, said in words or as ½', () => {
  const gloves = buildCatalogIndex([
    {
      code: 'Y2',
      title: 'Ski gloves',
      optionNames: ['Size', 'Color'],
      variants: ['7.5', '8', '8.5'].flatMap((s) => ['Red', 'Grey'].map((c) => ({ options: [s, c] }))),
    },
  ]);
  it.each([
    ['seven and a half red pls', { Size: '7.5', Color: 'Red' }],
    ['siedem i pół czerwone biorę', { Size: '7.5', Color: 'Red' }],
    ['восемь с половиной серые мне', { Size: '8.5', Color: 'Grey' }],
    ['сегіз жарым сұр маған', { Size: '8.5', Color: 'Grey' }],
    ['ocho y medio gris para mi', { Size: '8.5', Color: 'Grey' }],
    ['achteinhalb rot bitte', { Size: '8.5', Color: 'Red' }],
    ['7½ red', { Size: '7.5', Color: 'Red' }],
    ['8 i pol szare biore', { Size: '8.5', Color: 'Grey' }],
  ])('%s', (text, options) => {
    expect(pick(classify(text, gloves, { featuredCode: 'Y2' }))).toEqual(order('Y2', options));
  });

  it('a half the catalog does not sell is no size ("two and a half hours")', () => {
    expect(classify('waited two and a half hours for this', gloves, { featuredCode: 'Y2' }).intent).toBe('other');
  });
});

describe('issue 17, round 16: a cancel word for something the shop does not sell, past "my"', () => {
  it('"i canceled my netflix …" is chatter; "cancel my white one" still cancels', () => {
    expect(say('i canceled my netflix to afford these streams lol', 'W5').intent).toBe('other');
    expect(say('please cancel my white one', 'W5').intent).toBe('cancel');
  });
});

describe('issue 17, round 16: Spanish "ya no" that takes nothing back', () => {
  it('"ya no me aguanto" gives in to a claim; "ya no tengo ni un peso" is no cancel; "qué chimba" is praise', () => {
    expect(pick(say('ay ya no me aguanto, la verde 🙈', 'W5'))).toEqual(order('W5', { Color: 'Green' }));
    expect(say('me voy a dormir, ya no tengo ni un peso', 'W5').intent).toBe('other');
    expect(say('que chimba esa regadera', 'W5').intent).toBe('other');
    expect(say('ya no la quiero', 'W5').intent).toBe('cancel');
  });
});

describe('issue 17, round 16: German "vergesst meine Bestellung" takes the order back', () => {
  it('cancels', () => {
    expect(say('vergesst meine bestellung bitte', 'W5').intent).toBe('cancel');
  });
});
