import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes and titles in no corpus file): a quiz game sold by language edition (the option value is a
 * language, which buyers name in their own language and grammar), a dog vest by size and a reflective colour, and a
 * mug (no languages, no reflective) to guard what must stay unchanged.
 */
const index = buildCatalogIndex([
  {
    code: 'Q61',
    title: 'Quiz game',
    optionNames: ['Edition'],
    variants: ['English', 'Polish', 'Russian', 'Kazakh', 'German'].map((e) => ({ options: [e] })),
  },
  {
    code: 'Q62',
    title: 'Dog vest',
    optionNames: ['Size', 'Color'],
    variants: ['S', 'M', 'L'].flatMap((z) => ['Olive', 'Reflective orange'].map((c) => ({ options: [z, c] }))),
  },
  { code: 'Q64', title: 'Enamel mug', optionNames: ['Color'], variants: [{ options: ['White'] }, { options: ['Olive'] }] },
]);
const read = (text: string, featuredCode = 'Q61') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 24: a language edition is named in the buyer’s language and grammar', () => {
  it.each([
    ['po polsku poproszę', 'Q61 Polish ×1'],
    ['biorę wersję angielską', 'Q61 English ×1'],
    ['беру на немецком', 'Q61 German ×1'],
    ['мне русскую версию', 'Q61 Russian ×1'],
    ['қазақша нұсқасын аламын', 'Q61 Kazakh ×1'],
    ['маған орыс тіліндегісін', 'Q61 Russian ×1'],
    ['me llevo la polaca', 'Q61 Polish ×1'],
    ['yo la quiero en inglés', 'Q61 English ×1'],
    ['ich nehme es auf deutsch', 'Q61 German ×1'],
    ['die kasachische ausgabe für mich', 'Q61 Kazakh ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('the game by its noun with nothing on screen', () => {
    expect(classify('игру на польском беру', index, {})).toMatchObject({ intent: 'order', code: 'Q61', options: { Edition: 'Polish' } });
  });
  it('a language said about a product with no editions names no value (unchanged)', () => {
    expect(classify('po polsku proszę mówić', index, { featuredCode: 'Q64' }).options).toEqual({});
  });
  it('a written English edition stays the catalog value (unchanged)', () => {
    expect(read('Q61 english x2')).toBe('Q61 English ×2');
  });
});

describe('issue 17, round 24: reflective is a meaning in six languages', () => {
  it.each([
    ['kamizelka M odblaskowa', 'Q62 Reflective orange M ×1'],
    ['беру светоотражающий L', 'Q62 Reflective orange L ×1'],
    ['el reflectante en S para mí', 'Q62 Reflective orange S ×1'],
    ['nehme die reflektierende in M', 'Q62 Reflective orange M ×1'],
    ['шағылыстыратын M аламын', 'Q62 Reflective orange M ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q62')).toBe(want);
  });
  it('olive on the vest stays olive (unchanged)', () => {
    expect(read('M olive please', 'Q62')).toBe('Q62 Olive M ×1');
  });
});

describe('issue 17, round 24: after a Kazakh converb the next verb is its helper, no typo of a cancel word', () => {
  it.each([
    ['маған M жазып қойыңызшы', 'Q62 M ×1'],
    ['әпкеме L зәйтүн түсті жазып қойыңызшы', 'Q62 Olive L ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q62')).toBe(want);
  });
  it('"жойыңызшы" (delete, please) alone still cancels (unchanged)', () => {
    expect(read('жойыңызшы', 'Q62')).toBe('cancel');
  });
});

describe('issue 17, round 24: "gleiches für mich", "запишите на меня" claim', () => {
  it.each([
    ['gleiches für mich in M', 'Q62 M ×1'],
    ['L олива запишите на меня', 'Q62 Olive L ×1'],
    ['запиши на меня S', 'Q62 S ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q62')).toBe(want);
  });
});

describe('issue 17, round 24: oud spelled "оуд" in Kazakh and Russian', () => {
  const scents = buildCatalogIndex([
    {
      code: 'Q69',
      title: 'Body mist',
      optionNames: ['Volume', 'Scent'],
      variants: ['50 ml', '200 ml'].flatMap((v) => ['Oud', 'Vanilla'].map((s) => ({ options: [v, s] }))),
    },
  ]);
  it.each([
    ['оудтан 50 мл аламын', 'Q69 Oud 50 ml ×1'],
    ['оуд 200 мл беру', 'Q69 Oud 200 ml ×1'],
  ])('%s', (text, want) => {
    const r = classify(text, scents, { featuredCode: 'Q69' });
    expect(`${r.code} ${r.options.Scent} ${r.options.Volume} ×${r.quantity}`).toBe(want);
  });
});

describe('issue 17, round 24: a material typed with one slip, in six letters or more', () => {
  const bands = buildCatalogIndex([
    {
      code: 'Q70',
      title: 'Sport band',
      optionNames: ['Width', 'Material'],
      variants: ['18 mm', '22 mm'].flatMap((w) => ['Silicone', 'Leather'].map((m) => ({ options: [w, m] }))),
    },
  ]);
  it.each([
    ['nehm das 22er silkion', 'Q70 Silicone 22 mm ×1'],
    ['18 мм силкион беру', 'Q70 Silicone 18 mm ×1'],
  ])('%s', (text, want) => {
    const r = classify(text, bands, { featuredCode: 'Q70' });
    expect(`${r.code} ${r.options.Material} ${r.options.Width} ×${r.quantity}`).toBe(want);
  });
  it('a short word near a material is still no material (unchanged)', () => {
    expect(classify('lena 22 mm biorę', bands, { featuredCode: 'Q70' }).options.Material).toBeUndefined();
  });
});

describe('issue 17, round 24: a Kazakh possessive glued to a number names the variant ("20сы", "24і")', () => {
  const bands = buildCatalogIndex([
    {
      code: 'Q71',
      title: 'Nylon band',
      optionNames: ['Width', 'Color'],
      variants: ['18 mm', '22 mm'].flatMap((w) => ['Olive', 'Red'].map((c) => ({ options: [w, c] }))),
    },
  ]);
  it.each([
    ['маған 18сі, қызыл', 'Q71 Red 18 mm'],
    ['22сін қызыл аламын', 'Q71 Red 22 mm'],
  ])('%s', (text, want) => {
    const r = classify(text, bands, { featuredCode: 'Q71' });
    expect(`${r.code} ${r.options.Color} ${r.options.Width}`).toBe(want);
  });
});

describe('issue 17, round 24: single items of a bundled product, in the plural and "by the piece"', () => {
  const soaps = buildCatalogIndex([
    {
      code: 'Q72',
      title: 'Soap bar',
      optionNames: ['Bundle', 'Scent'],
      variants: ['Single', 'Trio'].flatMap((b) => ['Vanilla', 'Lavender'].map((s) => ({ options: [b, s] }))),
    },
  ]);
  it.each([
    ['yo 2 sueltos de vainilla', 'Q72 Single Vanilla ×2'],
    ['поштучно лавандовое, 2 штуки', 'Q72 Single Lavender ×2'],
  ])('%s', (text, want) => {
    const r = classify(text, soaps, { featuredCode: 'Q72' });
    expect(`${r.code} ${r.options.Bundle} ${r.options.Scent} ×${r.quantity}`).toBe(want);
  });
});

describe('issue 17, round 24: with no comma, an emoji between a claim and more words closes the clause', () => {
  it.each([
    ['M olive for my brother 🙏 his birthday is saturday', 'Q62 Olive M ×1'],
    ['L dla syna 😍 ma urodziny w sobotę', 'Q62 L ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q62')).toBe(want);
  });
  it('an emoji then "but" leaves the claim open (unchanged)', () => {
    expect(read('M olive 🙏 but not sure yet', 'Q62')).not.toBe('Q62 Olive M ×1');
  });
});

describe('issue 17, round 24: a word that names a product is no typo of a rule word', () => {
  const caps = buildCatalogIndex([
    { code: 'Q73', title: 'Trucker cap', optionNames: ['Color'], variants: [{ options: ['Olive'] }, { options: ['Red'] }] },
  ]);
  it.each(['gorra roja', 'bueno venga, gorra roja'])('%s', (text) => {
    expect(classify(text, caps, { featuredCode: 'Q73' })).toMatchObject({ intent: 'order', code: 'Q73', options: { Color: 'Red' } });
  });
  it('"borra la roja" still cancels (unchanged)', () => {
    expect(classify('borra la roja', caps, { featuredCode: 'Q73' }).intent).toBe('cancel');
  });
});
