import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** Home and accessories with ranges, sizes and colours (codes unlike any corpus's). */
const index = buildCatalogIndex([
  {
    code: 'Z4',
    title: 'Wool tights',
    optionNames: ['Size', 'Color'],
    variants: ['34-37', '38-41'].flatMap((s) => ['Black', 'Grey'].map((c) => ({ options: [s, c] }))),
  },
  {
    code: 'Y2',
    title: 'Rain jacket',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((s) => ['Yellow', 'Navy'].map((c) => ({ options: [s, c] }))),
  },
  { code: 'U6', title: 'Glass vase', optionNames: [], variants: [{ options: [] }] },
  { code: 'Q8', title: 'Canvas backpack', optionNames: ['Color'], variants: [{ options: ['Olive'] }, { options: ['Black'] }] },
  {
    code: 'P3',
    title: 'Leather gloves',
    optionNames: ['Color'],
    variants: ['Cognac', 'Ivory', 'Khaki', 'Beige'].map((c) => ({ options: [c] })),
  },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 9: the shop’s shipping or payment, asked of whoever knows', () => {
  it.each([
    ['does anyone know if they ship to iceland', 'shipping'],
    ['ktoś wie czy wysyłają do Szwecji', 'shipping'],
    ['кто знает, отправляют ли в Бишкек', 'shipping'],
    ['білетін бар ма, Ақтөбеге жібереді ме', 'shipping'],
    ['alguien sabe si aceptan bizum', 'payment'],
    ['weiß jemand ob die auch klarna nehmen', 'payment'],
  ])('%s', (text, topic) => {
    const got = say(text, 'Y2');
    expect({ intent: got.intent, topic: got.topic }).toEqual({ intent: 'question', topic });
  });

  it('what viewers know of the product itself stays theirs', () => {
    expect(say('does anyone know if the jacket is warm', 'Y2').intent).toBe('other');
    expect(say('weiß jemand ob die strumpfhose kratzt', 'Z4').intent).toBe('other');
  });
});

describe('issue 17, round 9: a lone dash breaks the clause; ranges said with words', () => {
  it.each([['Y2 M navy - do you ship to malta?'], ['Y2 M navy — wysyłacie do Czech?'], ['Y2 M navy – liefert ihr nach Italien?']])(
    '%s claims, then asks',
    (text) => {
      expect(pick(say(text, 'Y2'))).toEqual(order('Y2', { Size: 'M', Color: 'Navy' }));
    },
  );

  it.each([
    ['tights 34 to 37 black', { Size: '34-37', Color: 'Black' }],
    ['rajstopy od 38 do 41 szare', { Size: '38-41', Color: 'Grey' }],
    ['колготки с 38 по 41 черные', { Size: '38-41', Color: 'Black' }],
    ['medias del 34 al 37 grises', { Size: '34-37', Color: 'Grey' }],
    ['strumpfhose 38 bis 41 schwarz', { Size: '38-41', Color: 'Black' }],
    ['Z4 34 - 37 grey', { Size: '34-37', Color: 'Grey' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'Z4'))).toEqual(order('Z4', options));
  });

  it('a range the catalog does not sell is no value, and a word between numbers is no range elsewhere', () => {
    expect(say('ships in 2 to 3 days', 'Z4').intent).toBe('other');
    expect(pick(say('Q8 olive 2', 'Q8'))).toEqual(order('Q8', { Color: 'Olive' }, 2));
  });
});

describe('issue 17, round 9: an occasion after whom the item is for', () => {
  it.each([
    ['jacket navy M for my dad for his birthday', { Size: 'M', Color: 'Navy' }],
    ['kurtka żółta S dla siostry na imieniny', { Size: 'S', Color: 'Yellow' }],
    ['куртка желтая S сестре на день рождения', { Size: 'S', Color: 'Yellow' }],
    ['куртка сары S әпкеме туған күніне', { Size: 'S', Color: 'Yellow' }],
    ['chaqueta amarilla S para mi hermana por su cumple', { Size: 'S', Color: 'Yellow' }],
    ['jacke gelb S für meine schwester zum geburtstag', { Size: 'S', Color: 'Yellow' }],
  ])('%s', (text, options) => {
    expect(pick(say(text, 'Y2'))).toEqual(order('Y2', options));
  });

  it('an occasion in a story claims nothing', () => {
    expect(say('my sister wants it for her birthday', 'Y2').intent).toBe('other');
    expect(say('mama hat morgen geburtstag', 'Y2').intent).toBe('other');
    expect(say('на новый год уезжаем', 'Y2').intent).toBe('other');
  });
});

describe('issue 17, round 9: someone called by name', () => {
  it.each([
    ['Marek, where have you been?'],
    ['Zosia, gdzie się podziewasz?'],
    ['Дима, ты где?'],
    ['Carmen, ¿dónde estabas?'],
    ['Lena, wo warst du?'],
  ])('%s is talk between viewers', (text) => {
    expect(say(text, 'Y2').intent).toBe('other');
  });

  it('called by name, a question about shipping, a variant or a code is still the shop’s', () => {
    expect(say('Anna, do you ship to Spain?', 'Y2').intent).toBe('question');
    expect(say('Anna, is M navy left?', 'Y2').intent).toBe('question');
    expect(say('Kasia, jaka cena?', 'Y2').intent).toBe('question');
  });
});

describe('issue 17, round 9: a change said in the first person corrects', () => {
  it.each([
    ['changing to the yellow', 'en'],
    ['zmieniam na żółtą', 'pl'],
    ['меняю на желтую', 'ru'],
    ['сарыға ауыстырамын', 'kk'],
    ['cambio a la amarilla', 'es'],
    ['Y2 doch in gelb', 'de'],
  ])('%s (%s)', (text) => {
    const got = say(text, 'Y2');
    expect(got.intent).toBe('order');
    expect(got.correction?.to).toEqual({ Color: 'Yellow' });
  });
});

describe('issue 17, round 9: "both" after two codes counts nothing', () => {
  it.each([['Y2 M navy, Q8 olive — екеуі де маған'], ['Y2 M navy, Q8 olive - los dos para mí']])('%s', (text) => {
    expect(say(text, 'Y2').items).toEqual([
      { code: 'Y2', options: { Size: 'M', Color: 'Navy' }, quantity: 1 },
      { code: 'Q8', options: { Color: 'Olive' }, quantity: 1 },
    ]);
  });

  it('two of one product is still two', () => {
    expect(pick(say('Q8 black dos', 'Q8'))).toEqual(order('Q8', { Color: 'Black' }, 2));
    expect(pick(say('Q8 қара екеуін аламын', 'Q8'))).toEqual(order('Q8', { Color: 'Black' }, 2));
  });
});

describe('issue 17, round 9: a size asked beside a number near the product’s sizes asks whether it fits', () => {
  it.each([
    ['Z4 34-37 będą dobre na 33?'],
    ['колготки 38-41 на 42 налезут?'],
    ['passen die 38-41 auch bei 42?'],
    ['sirven las 34-37 para un 38?'],
  ])('%s', (text) => {
    const got = say(text, 'Z4');
    expect({ intent: got.intent, topic: got.topic }).toEqual({ intent: 'question', topic: 'size' });
  });

  it('a size alone, or beside a count, still asks whether it is left', () => {
    expect(say('Z4 34-37 jeszcze jest?', 'Z4').topic).toBe('stock');
    expect(say('Z4 38-41 black still there?', 'Z4').topic).toBe('stock');
  });
});

describe('issue 17, round 9: colours the tables lacked, as each language says them', () => {
  it.each([
    ['P3 cognac please', 'Cognac'],
    ['rękawiczki koniakowe dla mnie', 'Cognac'],
    ['перчатки коньячные беру', 'Cognac'],
    ['P3 коньяк түсті аламын', 'Cognac'],
    ['guantes coñac para mí', 'Cognac'],
    ['handschuhe cognacfarben bitte', 'Cognac'],
    ['P3 off white please', 'Ivory'],
    ['poproszę rękawiczki ecru', 'Ivory'],
    ['guantes marfil para mí', 'Ivory'],
    ['P3 elfenbein bitte', 'Ivory'],
    ['P3 kaki porfa', 'Khaki'],
    ['P3 bej alamyn', 'Beige'],
  ])('%s', (text, color) => {
    expect(pick(say(text, 'P3'))).toEqual(order('P3', { Color: color }));
  });

  it('a cancel typo is not read as a colour', () => {
    expect(say('canel my order sry', 'P3').intent).toBe('cancel');
  });
});

describe('issue 17, round 9: Spanish size words after "talla"', () => {
  it.each([
    ['chaqueta amarilla talla chica', 'S'],
    ['Y2 talla mediana azul marino', 'M'],
    ['Y2 talla grande amarilla', 'L'],
  ])('%s', (text, size) => {
    expect(say(text, 'Y2').options.Size).toBe(size);
  });

  it('"grande" alone still describes', () => {
    expect(say('es muy grande?', 'Y2').options).toEqual({});
  });
});

describe('issue 17, round 9: English questions by inversion', () => {
  it.each([
    ['is paying in instalments an option', 'payment'],
    ['is next day delivery possible', 'shipping'],
    ['do i get a discount for 2 vases', 'price'],
    ['can i pay with apple pay', 'payment'],
  ])('%s', (text, topic) => {
    const got = say(text, 'U6');
    expect({ intent: got.intent, topic: got.topic }).toEqual({ intent: 'question', topic });
  });

  it('an inversion that closes on nothing it asks stays as it was', () => {
    expect(say('is so pretty', 'U6').intent).toBe('other');
  });
});

describe('issue 17, round 9: words the tables lacked', () => {
  it('Kazakh collective numerals count', () => {
    expect(pick(say('ваза үшеу', 'U6'))).toEqual(order('U6', {}, 3));
    expect(pick(say('U6 төртеуін аламын', 'U6'))).toEqual(order('U6', {}, 4));
  });

  it('bare cancel infinitives cancel', () => {
    expect(say('болдырмау', 'U6').intent).toBe('cancel');
    expect(say('abbrechen', 'U6').intent).toBe('cancel');
  });

  it('a number of degrees is the weather or the wash, no value', () => {
    const got = say('so hot today, 34 degrees', 'Z4');
    expect(got.intent).toBe('other');
    expect(say('38 stopni w cieniu', 'Z4').options).toEqual({});
  });
});

describe('issue 17, round 9: what is given up', () => {
  it('a Kazakh ablative of something the shop does not sell, before a cancel verb, tells a story', () => {
    expect(say('спотифайдан бас тарттым 😂', 'U6').intent).toBe('other');
    expect(say('ваза үшін кофеден бас тарттым', 'U6').intent).toBe('other');
  });

  it('the ablative of the order, the list, a product noun or "this" still cancels', () => {
    expect(say('тапсырыстан бас тартамын', 'U6').intent).toBe('cancel');
    expect(say('осыдан бас тартамын', 'U6').intent).toBe('cancel');
    expect(say('худиден бас тарттым', 'U6').intent).toBe('cancel');
  });
});

describe('issue 17, round 9: a numeric size of a written code, asked whether it is left', () => {
  it.each([['Z4 in 34-37 still in stock'], ['Y2 in M still available']])('%s', (text) => {
    expect(say(text, 'Y2').topic).toBe('stock');
  });

  it('a shoe size the code sells names its variant as a value does', () => {
    const shoes = buildCatalogIndex([
      { code: 'S8', title: 'Suede boots', optionNames: ['Size'], variants: ['36', '37', '38'].map((s) => ({ options: [s] })) },
    ]);
    for (const text of ['S8 in 37 still available', 'S8 in 37 noch verfügbar', 'S8 37 todavía disponible']) {
      const got = classify(text, shoes, { featuredCode: 'S8' });
      expect({ intent: got.intent, topic: got.topic, options: got.options }).toEqual({
        intent: 'question',
        topic: 'stock',
        options: { Size: '37' },
      });
    }
    expect(pick(classify('S8 37 please', shoes, { featuredCode: 'S8' }))).toEqual(order('S8', { Size: '37' }));
  });
});

describe('issue 17, round 9: a discount for a count of items asks about the deal', () => {
  it.each([
    ['на две вазы скидка будет'],
    ['jest jakiś rabat przy trzech wazonach'],
    ['do i get money off for two vases'],
    ['gibts mengenrabatt bei 3 vasen'],
  ])('%s', (text) => {
    const got = say(text, 'U6');
    expect({ intent: got.intent, topic: got.topic }).toEqual({ intent: 'question', topic: 'price' });
  });

  it('a claim with a count stays a claim', () => {
    expect(pick(say('U6 x3 discount pls', 'U6'))).toEqual(order('U6', {}, 3));
  });
});

describe('issue 17, round 9: a value of the product on screen, a separator, then another product by its noun', () => {
  it.each([['kurtka M żółta + torba oliwkowa'], ['jacket M yellow + bag olive'], ['M yellow + bag olive']])('%s', (text) => {
    const withNouns = buildCatalogIndex([
      {
        code: 'Y2',
        title: 'Rain jacket',
        optionNames: ['Size', 'Color'],
        variants: ['S', 'M'].flatMap((s) => ['Yellow', 'Navy'].map((c) => ({ options: [s, c] }))),
      },
      { code: 'K4', title: 'Canvas bag', optionNames: ['Color'], variants: [{ options: ['Olive'] }, { options: ['Black'] }] },
    ]);
    expect(classify(text, withNouns, { featuredCode: 'Y2' }).items).toEqual([
      { code: 'Y2', options: { Size: 'M', Color: 'Yellow' }, quantity: 1 },
      { code: 'K4', options: { Color: 'Olive' }, quantity: 1 },
    ]);
  });

  it('a value the product on screen does not sell is no item of it', () => {
    expect(say('black + Q8 olive', 'Y2').items?.some((i) => i.code === 'Y2') ?? false).toBe(false);
  });
});
