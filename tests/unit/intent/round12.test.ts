import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';
import { order, pick } from './parse-shape';

/** Home and outdoor goods whose titles no product-noun concept lists (codes unlike any corpus's). */
const index = buildCatalogIndex([
  {
    code: 'F7',
    title: 'Camping hammock',
    optionNames: ['Color'],
    variants: [{ options: ['Teal'] }, { options: ['Grey'] }],
  },
  {
    code: 'R5',
    title: 'Garden lantern',
    optionNames: ['Height', 'Color'],
    variants: ['30 cm', '45 cm'].flatMap((h) => ['Black', 'White'].map((c) => ({ options: [h, c] }))),
  },
  { code: 'P3', title: 'Wool poncho', optionNames: ['Size'], variants: [{ options: ['S'] }, { options: ['M'] }] },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe("issue 17, round 12: a title's words and the product nouns of what the catalog sells are no chatter beside values", () => {
  it.each([
    ['hammock grey', 'F7', { Color: 'Grey' }],
    ['lantern 45 cm white', 'R5', { Height: '45 cm', Color: 'White' }],
    ['poncho M', 'P3', { Size: 'M' }],
    ['camping hammock grey', 'F7', { Color: 'Grey' }],
    ['big garden lantern 30 cm black', 'R5', { Height: '30 cm', Color: 'Black' }],
  ])('%s', (text, code, options) => {
    expect(pick(say(text, code))).toEqual(order(code, options));
  });

  it('an unknown word that names nothing sold still drowns bare values', () => {
    expect(say('zorblax frumious grey', 'F7').intent).toBe('other');
    expect(say('big zorblax frumious 30 cm black', 'R5').intent).toBe('other');
  });

  it('a rule word (a material, a colour) of a title is read as the rule says, not as a title word', () => {
    expect(index.titleWords.has('wool')).toBe(false);
    expect([...index.titleWords].sort()).toEqual(['camping', 'garden', 'hammock', 'lantern', 'poncho']);
  });

  it('a product noun in a story with a claim word still counts as chatter', () => {
    expect(say('yesterday my neighbour bought a hammock like this one at the market lol', 'F7').intent).not.toBe('order');
  });
});
