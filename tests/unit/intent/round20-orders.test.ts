import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { orderLine } from './parse-shape';

/**
 * Invented products (codes, titles and values in no corpus file): work trousers by waist and length, where "L31" is also
 * the code of a lamp; cloth coasters sold in sets of 3 and 8; a silver ring by size.
 */
const index = buildCatalogIndex([
  {
    code: 'Q81',
    title: 'Work trousers',
    optionNames: ['Waist', 'Length'],
    variants: ['W31', 'W33', 'W35'].flatMap((w) => ['L29', 'L31'].map((l) => ({ options: [w, l] }))),
  },
  { code: 'L31', title: 'Desk lamp', optionNames: ['Color'], variants: ['Brass', 'Slate'].map((c) => ({ options: [c] })) },
  {
    code: 'Q82',
    title: 'Cloth coasters',
    optionNames: ['Set', 'Color'],
    variants: ['Set of 3', 'Set of 8'].flatMap((s) => ['Olive', 'Rust'].map((c) => ({ options: [s, c] }))),
  },
  {
    code: 'Q83',
    title: 'Signet ring',
    optionNames: ['Size', 'Finish'],
    variants: ['15', '16', '17'].flatMap((s) => ['Polished', 'Brushed'].map((c) => ({ options: [s, c] }))),
  },
]);
const read = (text: string, featuredCode = 'Q81') => orderLine(classify(text, index, { featuredCode }));

describe('issue 17, round 20: two numbers said as a pair name the variant of two numbered options (waist, then length)', () => {
  it.each([
    ['33/29 pls', 'Q81 L29 W33 ×1'],
    ['biorę 35x31', 'Q81 L31 W35 ×1'],
    ['мне 31 на 29', 'Q81 L29 W31 ×1'],
    ['маған 33/31 🙏', 'Q81 L31 W33 ×1'],
    ['me llevo el 35/29', 'Q81 L29 W35 ×1'],
    ['31х31 für mich', 'Q81 L31 W31 ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('unchanged (guards): a pair no variant has is no claim; a product of one numbered option keeps its number', () => {
    expect(read('34/30 pls')).toBe('other');
    expect(read('ring 16 polished', 'Q83')).toBe('Q83 Polished 16 ×1');
  });
});

describe('issue 17, round 20: a code that is also a value of the product whose other value was just said is that value', () => {
  it.each([
    ['w33 l31 for me', 'Q81 L31 W33 ×1'],
    ['W35 L31 x2', 'Q81 L31 W35 ×2'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('unchanged (guard): the lamp alone is still the lamp', () => {
    expect(read('L31 brass please')).toBe('L31 Brass ×1');
  });
});

describe('issue 17, round 20: a set sold by its count ("Set of 3", "Set of 8") is named as buyers name a pack', () => {
  it.each([
    ['olive, the 8 set', 'Q82 Olive Set of 8 ×1'],
    ['zestaw 3 rust dla mnie', 'Q82 Rust Set of 3 ×1'],
    ['оливковые по 8 шт беру', 'Q82 Olive Set of 8 ×1'],
    ['2 жинақ olive аламын, 3 данадан', 'Q82 Olive Set of 3 ×2'],
    ['juego de 8 rust x2', 'Q82 Rust Set of 8 ×2'],
    ['olive 3er set bitte', 'Q82 Olive Set of 3 ×1'],
  ])('%s', (text, want) => {
    expect(read(text, 'Q82')).toBe(want);
  });
  it('each item of the set product takes the one size said', () => {
    const r = classify('Q82 olive 8er + Q83 16 polished', index, { featuredCode: 'Q82' });
    expect(r.items?.map((i) => `${i.code} ${Object.values(i.options).sort().join(' ')} ×${i.quantity}`)).toEqual([
      'Q82 Olive Set of 8 ×1',
      'Q83 16 Polished ×1',
    ]);
  });
});

describe("issue 17, round 20: an option's word beside a number names the option's numbered value", () => {
  it.each([
    ['waist 35 length 29 pls', 'Q81 L29 W35 ×1'],
    ['31 w pasie, długość 31, biorę', 'Q81 L31 W31 ×1'],
    ['мне талия 33 и длина 29', 'Q81 L29 W33 ×1'],
    ['белі 35 ұзындығы 31 маған', 'Q81 L31 W35 ×1'],
    ['para mí cintura 31 largo 29', 'Q81 L29 W31 ×1'],
    ['33er bund, länge 31 für mich', 'Q81 L31 W33 ×1'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 20: a correction takes back a number pair whole, and a bare number as the changed option', () => {
  const corrected = (text: string) => {
    const r = classify(text, index, { featuredCode: 'Q81' });
    return JSON.stringify(r.correction ?? null);
  };
  it.each([
    ['не 33/29 а 33/31', '{"from":{"Waist":"W33","Length":"L29"},"to":{"Waist":"W33","Length":"L31"}}'],
    ['35/31 емес, 35/29', '{"from":{"Waist":"W35","Length":"L31"},"to":{"Waist":"W35","Length":"L29"}}'],
    ['sorry L29 not 31', '{"from":{"Length":"L31"},"to":{"Length":"L29"}}'],
    ['nie 31 tylko 35 w pasie', '{"from":{"Waist":"W31"},"to":{"Waist":"W35"}}'],
  ])('%s', (text, want) => {
    expect(corrected(text)).toBe(want);
  });
});

describe('issue 17, round 20: the number of a model value alone names the model, not a count', () => {
  const covers = buildCatalogIndex([
    {
      code: 'Q85',
      title: 'Reader cover',
      optionNames: ['Model', 'Color'],
      variants: ['Lumo 10', 'Lumo 12', 'Lumo Mini'].flatMap((m) => ['Teal', 'Sand'].map((c) => ({ options: [m, c] }))),
    },
  ]);
  const readCover = (text: string) => {
    const r = classify(text, covers, { featuredCode: 'Q85' });
    return r.intent === 'order' ? `${r.options.Model ?? '-'} ${r.options.Color ?? '-'} ×${r.quantity}` : r.intent;
  };
  it.each([
    ['teal for the 12 please', 'Lumo 12 Teal ×1'],
    ['чехол на 10 бирюзовый мне', 'Lumo 10 Teal ×1'],
    ['etui na 12 teal dla mnie', 'Lumo 12 Teal ×1'],
    ['para el 10 en teal x2', 'Lumo 10 Teal ×2'],
    ['Q85 fürs 12er in teal bitte', 'Lumo 12 Teal ×1'],
  ])('%s', (text, want) => {
    expect(readCover(text)).toBe(want);
  });
  it('unchanged (guard): a number no model has stays a count', () => {
    expect(readCover('teal lumo mini x3')).toBe('Lumo Mini Teal ×3');
  });
});
