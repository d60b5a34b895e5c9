import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** A lingerie, homeware and accessories catalog with titles, as a seller's catalog has them (codes unlike any corpus's). */
const index = buildCatalogIndex([
  { code: 'L1', title: 'Lace bralette', optionNames: ['Size'], variants: ['65A', '70B', '75C', '80D'].map((s) => ({ options: [s] })) },
  { code: 'Q4', title: 'Stoneware cup', optionNames: [], variants: [{ options: [] }] },
  { code: 'Z2', title: 'Wool scarf', optionNames: ['Color'], variants: [{ options: ['Navy'] }, { options: ['Grey'] }] },
  { code: 'Y8', title: 'Canvas tote', optionNames: ['Color'], variants: [{ options: ['Black'] }, { options: ['Sand'] }] },
  { code: 'V5', title: 'Running sneakers', optionNames: ['Size'], variants: ['38', '39', '40'].map((s) => ({ options: [s] })) },
  { code: 'U3', title: 'Untitled thing', optionNames: ['Color'], variants: [{ options: ['Red'] }] },
]);
const say = (text: string, featuredCode: string | null = null) => classify(text, index, { featuredCode });

describe('issue 17, round 7: band-and-cup sizes', () => {
  it.each([
    ['70b please', order('L1', { Size: '70B' })],
    ['L1 75 C', order('L1', { Size: '75C' })],
    ['беру 80д', order('L1', { Size: '80D' })],
    ['65а мне', order('L1', { Size: '65A' })],
    ['yes 75c', order('L1', { Size: '75C' })],
  ])('%s', (text, want) => {
    expect(pick(say(text, 'L1'))).toEqual(want);
  });

  it('a band and cup the catalog does not sell is no size, and a number with a preposition stays a number', () => {
    expect(say('85E please', 'L1').options).toEqual({});
    expect(pick(say('Q4 2 в коробке', 'Q4')).code).toBe('Q4');
  });
});

describe('issue 17, round 7: product nouns name the product whose title says them', () => {
  it('with nothing on screen, the noun is the product', () => {
    expect(pick(say('wezmę 2 kubeczki'))).toEqual(order('Q4', {}, 2));
    expect(pick(say('sneakers 39 for my son'))).toEqual(order('V5', { Size: '39' }));
    expect(pick(say('stanik 70B'))).toEqual(order('L1', { Size: '70B' }));
  });

  it('two nouns are two items, each on its own product', () => {
    const r = say('шарф серый и сумку чёрную мне', 'Q4');
    expect(r.items?.map((i) => [i.code, i.options])).toEqual([
      ['Z2', { Color: 'Grey' }],
      ['Y8', { Color: 'Black' }],
    ]);
  });

  it('a noun whose product lacks the values said yields to the product on screen; a title with no known noun names nothing', () => {
    expect(pick(say('scarf red for me', 'U3'))).toEqual(order('U3', { Color: 'Red' }));
    expect(say('thing red', null).intent).toBe('other');
  });

  it('two titles naming one noun make it name neither', () => {
    const twoScarves = buildCatalogIndex([
      { code: 'Z2', title: 'Wool scarf', optionNames: [], variants: [{ options: [] }] },
      { code: 'Z3', title: 'Silk scarf', optionNames: [], variants: [{ options: [] }] },
    ]);
    expect(twoScarves.namedBy.get('scarf')).toBeNull();
  });
});

describe('issue 17, round 7: after-sale questions, descriptions, claims around chatter', () => {
  it.each([
    ['can I return them if they dont fit?', 'V5'],
    ['czy mogę wymienić na inny rozmiar', 'V5'],
    ['обмен по размеру возможен?', 'V5'],
    ['umtausch möglich wenn die größe nicht passt?', 'V5'],
  ])('%s asks about the after-sale policy', (text, featured) => {
    const r = say(text, featured);
    expect([r.intent, r.topic]).toEqual(['question', 'other']);
  });

  it.each([
    ['the grey one is so soft 🥹', 'Z2'],
    ['czarna jest śliczna', 'Y8'],
    ['кто покупает чёрную сумку летом', 'Y8'],
    ['wer kauft eine schwarze tasche im sommer', 'Y8'],
  ])('%s describes or tells, it claims nothing', (text, featured) => {
    expect(say(text, featured).intent).toBe('other');
  });

  it('a claim after an apology, a claim before a reason, one for each of two people', () => {
    expect(pick(say('sorry, kid was crying 🙈 tote sand for me', 'Y8'))).toEqual(order('Y8', { Color: 'Sand' }));
    expect(pick(say('2 cups please, one is a gift lol', 'Q4'))).toEqual(order('Q4', {}, 2));
    expect(pick(say('Z2 grey, one for me and one for my mum', 'Z2'))).toEqual(order('Z2', { Color: 'Grey' }, 2));
    expect(say('tote black, but not sure yet', 'Y8').intent).not.toBe('order');
  });

  it('"where" before a possessive asks after what the buyer once had; it claims nothing', () => {
    expect(say('ay dónde quedó mi 39 de los 20', 'V5').intent).not.toBe('order');
    expect(say('ech, gdzie moje 38 sprzed lat', 'V5').intent).not.toBe('order');
    expect(pick(say('39 for me', 'V5'))).toEqual(order('V5', { Size: '39' }));
  });

  it('blue on a product sold in navy is navy', () => {
    expect(pick(say('синий мне', 'Z2'))).toEqual(order('Z2', { Color: 'Navy' }));
  });
});
