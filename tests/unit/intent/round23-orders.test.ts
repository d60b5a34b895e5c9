import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): a smartwatch band by width and material (silicone, a steel
 * mesh, leather), a cologne by volume and scent (oud with amber, sea salt, fig leaf), a trouser belt and a bangle, so
 * that "pasek" / "ремешок" and "armband" name other products than the band; a baby T-shirt by age and colour beside an
 * oxford shirt; a travel umbrella by type (compact or long) and colour; hair ties in packs; a beret in mustard and denim blue, a shawl in pink and grey; a gift box by pattern.
 */
const index = buildCatalogIndex([
  {
    code: 'Q41',
    title: 'Smartwatch band',
    optionNames: ['Width', 'Material'],
    variants: ['18 mm', '22 mm'].flatMap((w) => ['Silicone', 'Steel mesh', 'Leather'].map((m) => ({ options: [w, m] }))),
  },
  {
    code: 'Q42',
    title: 'Cologne',
    optionNames: ['Volume', 'Scent'],
    variants: ['30 ml', '75 ml'].flatMap((v) => ['Oud & Amber', 'Sea salt', 'Fig leaf'].map((s) => ({ options: [v, s] }))),
  },
  {
    code: 'Q43',
    title: 'Trouser belt',
    optionNames: ['Length', 'Material'],
    variants: ['90 cm', '100 cm'].flatMap((l) => ['Leather', 'Suede'].map((m) => ({ options: [l, m] }))),
  },
  { code: 'Q44', title: 'Bangle bracelet', optionNames: ['Finish'], variants: [{ options: ['Gold'] }, { options: ['Silver'] }] },
  {
    code: 'Q45',
    title: 'Baby T-shirt',
    optionNames: ['Age', 'Color'],
    variants: ['1-2 y', '3-4 y', '5-6 y'].flatMap((a) => ['Yellow', 'Green'].map((c) => ({ options: [a, c] }))),
  },
  {
    code: 'Q46',
    title: 'Oxford shirt',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M'].flatMap((z) => ['White', 'Blue'].map((c) => ({ options: [z, c] }))),
  },
  {
    code: 'Q47',
    title: 'Travel umbrella',
    optionNames: ['Type', 'Color'],
    variants: ['Compact', 'Long'].flatMap((t) => ['Olive', 'Red'].map((c) => ({ options: [t, c] }))),
  },
  {
    code: 'Q48',
    title: 'Hair ties',
    optionNames: ['Pack', 'Color'],
    variants: ['2 pcs', '5 pcs'].flatMap((p) => ['Olive', 'Red'].map((c) => ({ options: [p, c] }))),
  },
  { code: 'Q49', title: 'Wool beret', optionNames: ['Color'], variants: [{ options: ['Mustard'] }, { options: ['Denim blue'] }] },
  { code: 'Q50', title: 'Chiffon shawl', optionNames: ['Color'], variants: [{ options: ['Pink'] }, { options: ['Grey'] }] },
  { code: 'Q51', title: 'Gift box', optionNames: ['Pattern'], variants: [{ options: ['Checked'] }, { options: ['Striped'] }] },
]);
const read = (text: string, featuredCode = 'Q41') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 23: silicone and a steel mesh are materials in six languages', () => {
  it.each([
    ['silikon 18 mm dla mnie', 'Q41 Silicone 18 mm ×1'],
    ['сетку 18 мм мне', 'Q41 Steel mesh 18 mm ×1'],
    ['malla de 22 mm para mí', 'Q41 Steel mesh 22 mm ×1'],
    ['milanaise 18 mm bitte', 'Q41 Steel mesh 18 mm ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('silicone asked of a product not sold in it is the material asked about', () => {
    expect(classify('is it silicone?', index, { featuredCode: 'Q42' })).toMatchObject({ intent: 'question', topic: 'material' });
  });
});

describe('issue 17, round 23: a noun naming another product yields to the screen when the value said is the screen product’s', () => {
  it.each([
    ['pasek 22 mm siatka', 'Q41 Steel mesh 22 mm ×1'],
    ['браслет 22 мм кожаный', 'Q41 Leather 22 mm ×1'],
    ['armband 18 mm leder bitte', 'Q41 Leather 18 mm ×1'],
    ['das armband in 22 mm silikon bitte', 'Q41 Silicone 22 mm ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('a belt by its noun and its own length stays the belt (unchanged)', () => {
    expect(read('pasek 90 cm skórzany biorę')).toBe('Q43 90 cm Leather ×1');
  });
  it('a noun with a material and no other value stays what it was (unchanged)', () => {
    expect(read('pasek skórzany?')).not.toBe('Q41 Leather ×1');
  });
});

describe('issue 17, round 23: oud and sea salt are scents in six languages', () => {
  it.each([
    ['oud 75 ml please', 'Q42 Oud & Amber 75 ml ×1'],
    ['уд 30 мл беру', 'Q42 Oud & Amber 30 ml ×1'],
    ['sal marina 30 ml para mí', 'Q42 Sea salt 30 ml ×1'],
    ['meersalz 75 ml bitte', 'Q42 Sea salt 75 ml ×1'],
    ['feigenblatt 30 ml nehm ich', 'Q42 Fig leaf 30 ml ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q42')).toBe(want);
  });
  it('"how long does the scent last" asks about the product, not shipping', () => {
    expect(classify('how long does the scent last?', index, { featuredCode: 'Q42' })).toMatchObject({
      intent: 'question',
      topic: 'other',
    });
  });
});

describe('issue 17, round 23: a T-shirt is one noun in six languages, no longer the shirt’s "shirt"', () => {
  it.each([
    ['T-shirt yellow 1-2 please', 'Q45 1-2 y Yellow ×1'],
    ['koszulka zielona 3-4 dla synka', 'Q45 3-4 y Green ×1'],
    ['футболку жёлтую 5-6 мне', 'Q45 5-6 y Yellow ×1'],
    ['camiseta verde 1-2 para mi niño', 'Q45 1-2 y Green ×1'],
    ['das T-Shirt in gelb 3-4 bitte', 'Q45 3-4 y Yellow ×1'],
  ])('%s (the oxford shirt on screen)', (text, want) => {
    expect(read(text, 'Q46')).toBe(want);
  });
  it('the shirt by its noun with the T-shirt on screen', () => {
    expect(read('the shirt M blue for me', 'Q45')).toBe('Q46 Blue M ×1');
  });
});

describe('issue 17, round 23: an age by its word before the number, glued to a word for years, or by a verb of age', () => {
  it.each([
    ['yellow one, age 5', 'Q45 5-6 y Yellow ×1'],
    ['dla 3latka zielona', 'Q45 3-4 y Green ×1'],
    ['жёлтую 3-4г', 'Q45 3-4 y Yellow ×1'],
    ['возраст 4, зелёную', 'Q45 3-4 y Green ×1'],
    ['mi hijo tiene 2, la verde', 'Q45 1-2 y Green ×1'],
    ['für meinen 6jährigen in gelb', 'Q45 5-6 y Yellow ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q45')).toBe(want);
  });
  it('a count with no word for age stays a count (unchanged)', () => {
    expect(read('2 green ones 3-4 please', 'Q45')).toBe('Q45 3-4 y Green ×2');
  });
});

describe('issue 17, round 23: a type sold small or long is named by the words for small and big, and by long adjectives', () => {
  it.each([
    ['the mini one in olive please', 'Q47 Olive Compact ×1'],
    ['duży czerwony biorę', 'Q47 Red Long ×1'],
    ['длинный оливковый мне', 'Q47 Olive Long ×1'],
    ['den kleinen in rot bitte', 'Q47 Red Compact ×1'],
    ['el largo rojo para mí', 'Q47 Red Long ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q47')).toBe(want);
  });
  it('small on a product sold in amounts is still its smallest amount (unchanged)', () => {
    expect(read('the small oud one please', 'Q42')).toBe('Q42 Oud & Amber 30 ml ×1');
  });
});

describe('issue 17, round 23: a pack said with its word or glued to its count is no chatter beside bare values', () => {
  it.each([
    ['gumki czerwone 5pak', 'Q48 Red 5 pcs ×1'],
    ['rote haargummis 5er', 'Q48 Red 5 pcs ×1'],
    ['coletas rojas pack de 5', 'Q48 Red 5 pcs ×1'],
    ['упаковку по 5 красные', 'Q48 Red 5 pcs ×1'],
    ['olive hairbands 5pack', 'Q48 Olive 5 pcs ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q48')).toBe(want);
  });
  it('a count of packs stays the count (unchanged)', () => {
    expect(read('2 packs of 5 red', 'Q48')).toBe('Q48 Red 5 pcs ×2');
  });
});

describe('issue 17, round 23: yellow names mustard, powder names pink, where the product sells only those', () => {
  it.each([
    ['the yellow beret please', 'Q49 Mustard ×1'],
    ['żółty beret biorę', 'Q49 Mustard ×1'],
    ['жёлтый берет мне', 'Q49 Mustard ×1'],
    ['die gelbe bitte', 'Q49 Mustard ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q49')).toBe(want);
  });
  it('пудровый палантин беру', () => {
    expect(read('пудровый палантин беру', 'Q50')).toBe('Q50 Pink ×1');
  });
  it('yellow stays Yellow where Yellow is sold (unchanged)', () => {
    expect(read('yellow 1-2 please', 'Q45')).toBe('Q45 1-2 y Yellow ×1');
  });
});

describe('issue 17, round 23: a perfume and a watch strap by their nouns while another product is on screen', () => {
  it.each([
    ['парфюм с морской солью беру', 'Q42 Sea salt ×1'],
    ['flakon 75 ml oud biorę', 'Q42 Oud & Amber 75 ml ×1'],
    ['la colonia de sal marina para mí', 'Q42 Sea salt ×1'],
    ['correa de silicona de 22 mm para mí', 'Q41 Silicone 22 mm ×1'],
    ['uhrenarmband silikon 18 mm bitte', 'Q41 Silicone 18 mm ×1'],
  ])('%s (the oxford shirt on screen)', (text, want) => {
    expect(read(text, 'Q46')).toBe(want);
  });
  it('a bracelet by its German noun stays the bracelet (unchanged)', () => {
    expect(read('das armband in silber bitte', 'Q46')).toBe('Q44 Silver ×1');
  });
});

describe('issue 17, round 23: sea salt by the bare word for salt', () => {
  it.each([
    ['соль 75 мл беру', 'Q42 Sea salt 75 ml ×1'],
    ['salz 30 ml bitte', 'Q42 Sea salt 30 ml ×1'],
    ['la de sal de 75 ml para mí', 'Q42 Sea salt 75 ml ×1'],
    ['тұз 30 мл аламын', 'Q42 Sea salt 30 ml ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q42')).toBe(want);
  });
  it('German "soll" is no Polish "sól" (unchanged)', () => {
    expect(read('soll 75 ml sein', 'Q42')).not.toContain('Sea salt');
  });
});

describe('issue 17, round 23: metal names the steel mesh where the product sells no Metal', () => {
  it.each([
    ['metalowy 22 mm biorę', 'Q41 Steel mesh 22 mm ×1'],
    ['the metal one 18mm please', 'Q41 Steel mesh 18 mm ×1'],
    ['металлический 18 беру', 'Q41 Steel mesh 18 mm ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('the metal of a bracelet asked stays a question (unchanged)', () => {
    expect(read('z jakiego metalu jest bransoletka?', 'Q44')).toBe('question');
  });
});

describe('issue 17, round 23: a sample is the smallest amount a product is sold in', () => {
  it.each([
    ['пробник уда беру', 'Q42 Oud & Amber 30 ml ×1'],
    ['a sample of the sea salt please', 'Q42 Sea salt 30 ml ×1'],
    ['una muestra de sal marina para mí', 'Q42 Sea salt 30 ml ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q42')).toBe(want);
  });
  it('whether samples exist is asked (unchanged)', () => {
    expect(read('а пробники есть?', 'Q42')).toBe('question');
  });
});

describe('issue 17, round 23: a claim for someone, a please or more words, then a clause about them', () => {
  it.each([
    ["grey for my sister please she's always cold", 'Q50 Grey ×1'],
    ['szary dla teściowej proszę ona ma urodziny', 'Q50 Grey ×1'],
    ['el gris para mi suegra porfa que le encanta', 'Q50 Grey ×1'],
    ['den grauen für meine schwiegermutter bitte sie freut sich', 'Q50 Grey ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q50')).toBe(want);
  });
  it('a claim for someone with nothing after stays a claim (unchanged)', () => {
    expect(read('grey for my sister', 'Q50')).toBe('Q50 Grey ×1');
  });
});

describe('issue 17, round 23: a full stop breaks the clause as a comma does (a claim, then a question aside)', () => {
  it.each([
    ['Q45 green 3-4. do you ship to malta?', 'Q45 3-4 y Green ×1'],
    ['Q41 22 mm silikon. wysyłka do Czech jest?', 'Q41 Silicone 22 mm ×1'],
    ['Q42 уд 75 мл. доставка в Казань есть?', 'Q42 Oud & Amber 75 ml ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q45')).toBe(want);
  });
  it('with a comma as before (unchanged)', () => {
    expect(read('Q45 green 3-4, do you ship to malta?', 'Q45')).toBe('Q45 3-4 y Green ×1');
  });
});

describe('issue 17, round 23: Kazakh "торлы" is the checked pattern', () => {
  it.each([
    ['торлысын аламын', 'Q51 Checked ×1'],
    ['Q51 торлы маған', 'Q51 Checked ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q51')).toBe(want);
  });
  it('the striped one as before (unchanged)', () => {
    expect(read('жолақтысын аламын', 'Q51')).toBe('Q51 Striped ×1');
  });
});
