import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes, titles and values in no corpus file): a rain umbrella by type (compact or long) and colour
 * (one of them honey, one a dotted print), a children's raincoat by age range and colour, and a throat lozenge tin by
 * flavour, and a tea towel by pattern and finish.
 */
const index = buildCatalogIndex([
  {
    code: 'Q97',
    title: 'Rain umbrella',
    optionNames: ['Type', 'Color'],
    variants: ['Compact', 'Long'].flatMap((t) => ['Honey', 'Polka dot', 'Olive'].map((c) => ({ options: [t, c] }))),
  },
  {
    code: 'Q98',
    title: 'Kids raincoat',
    optionNames: ['Age', 'Color'],
    variants: ['1-2 y', '3-4 y', '5-6 y', '7-8 y'].flatMap((a) => ['Red', 'Navy'].map((c) => ({ options: [a, c] }))),
  },
  {
    code: 'Q94',
    title: 'Tea towel',
    optionNames: ['Pattern', 'Finish'],
    variants: ['Striped', 'Checked', 'Floral'].flatMap((p) => ['Glossy', 'Matte'].map((f) => ({ options: [p, f] }))),
  },
  {
    code: 'Q99',
    title: 'Lozenge tin',
    optionNames: ['Flavour'],
    variants: ['Honey', 'Mint', 'Lemon'].map((f) => ({ options: [f] })),
  },
]);
const read = (text: string, featuredCode = 'Q97') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 22: a type named by what it does (folding, walking-stick) and a dotted print, in six languages', () => {
  it.each([
    ['foldable olive one for me', 'Q97 Olive Compact ×1'],
    ['Q97 stick umbrella dotted', 'Q97 Polka dot Long ×1'],
    ['poproszę składaną oliwkową', 'Q97 Olive Compact ×1'],
    ['зонт-трость оливковый мне', 'Q97 Olive Long ×1'],
    ['складной в горошек беру', 'Q97 Polka dot Compact ×1'],
    ['quiero uno plegable verde oliva', 'Q97 Olive Compact ×1'],
    ['den knirps mit tupfen bitte', 'Q97 Polka dot Compact ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 22: honey (and mint as a herb) is a value in six languages', () => {
  it.each([
    ['miodowa dla mnie', 'Q99 Honey ×1'],
    ['медовую беру', 'Q99 Honey ×1'],
    ['балды алам', 'Q99 Honey ×1'],
    ['la de miel porfa', 'Q99 Honey ×1'],
    ['einmal honig bitte', 'Q99 Honey ×1'],
    ['einmal minze bitte', 'Q99 Mint ×1'],
    ['жалбызды маған', 'Q99 Mint ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q99')).toBe(want);
  });
});
describe('issue 17, round 22: an age (a number with a word for years) names the age range that holds it', () => {
  it.each([
    ['red for my 6 year old', 'Q98 5-6 y Red ×1'],
    ['granatowy dla 2-latka', 'Q98 1-2 y Navy ×1'],
    ['красный дочке 4 года', 'Q98 3-4 y Red ×1'],
    ['7 жасар қызыма қызыл', 'Q98 7-8 y Red ×1'],
    ['azul marino para uno de 5 años', 'Q98 5-6 y Navy ×1'],
    ['rot für meine 3-jährige', 'Q98 3-4 y Red ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q98')).toBe(want);
  });
  it('unchanged (guard): a count with "x" is still a count beside an age', () => {
    expect(read('red 3-4 y x2', 'Q98')).toBe('Q98 3-4 y Red ×2');
  });
});

describe('issue 17, round 22: whom an item is for, then a clause about them, still claims', () => {
  it.each([
    ['olive compact for my dad he walks everywhere', 'Q97 Olive Compact ×1'],
    ['оливковый складной для папы он много гуляет', 'Q97 Olive Compact ×1'],
    ['rojo 5-6 y para mi sobrino que no para de crecer', 'Q98 5-6 y Red ×1', 'Q98'],
    ['mint for my grandma she has a sore throat', 'Q99 Mint ×1', 'Q99'],
  ])('%s', (text, want, featured = 'Q97') => {
    expect(read(text, featured)).toBe(want);
  });
  it('unchanged (guard): the clause alone claims nothing', () => {
    expect(read('my dad says he walks everywhere')).toBe('other');
  });
});

describe('issue 17, round 22: a pattern named by its bare noun, and glossy in Russian', () => {
  it.each([
    ['paski matowe poproszę', 'Q94 Matte Striped ×1'],
    ['мне клетка матовая', 'Q94 Matte Checked ×1'],
    ['полоска глянцевая беру', 'Q94 Glossy Striped ×1'],
    ['checks, matte, mine', 'Q94 Matte Checked ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q94')).toBe(want);
  });
});

describe('issue 17, round 22: an umbrella named by its noun in each language names it while another product is on screen', () => {
  it.each([
    ['parasolka oliwkowa składana', 'Q97 Olive Compact ×1'],
    ['зонтик оливковый складной мне', 'Q97 Olive Compact ×1'],
    ['den regenschirm in oliv, knirps bitte', 'Q97 Olive Compact ×1'],
    ['paraguas plegable verde oliva para mí', 'Q97 Olive Compact ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q98')).toBe(want);
  });
});
