import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Goods of its own for round 13's question mechanisms (codes unlike any corpus's). */
const index = buildCatalogIndex([
  { code: 'L8', title: 'Linen tablecloth', optionNames: ['Color'], variants: [{ options: ['Sand'] }, { options: ['White'] }] },
  { code: 'C4', title: 'Cotton pillowcase', optionNames: ['Color'], variants: [{ options: ['Grey'] }, { options: ['Blue'] }] },
  { code: 'S6', title: 'Stoneware bowl', optionNames: ['Color'], variants: [{ options: ['Black'] }, { options: ['White'] }] },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 13: how a product is cared for is asked about its care (topic other), not its material', () => {
  it.each([
    ['can the tablecloth go in the dryer', 'L8'],
    ['does linen wrinkle a lot', 'L8'],
    ['czy obrus można prasować', 'L8'],
    ['poszewka kurczy się w praniu?', 'C4'],
    ['наволочка садится после стирки?', 'C4'],
    ['жууға бола ма', 'C4'],
    ['el mantel se puede planchar', 'L8'],
    ['kann die schüssel in die spülmaschine', 'S6'],
  ])('%s', (text, code) => {
    const got = say(text, code);
    expect(got.intent).toBe('question');
    expect(got.topic).toBe('other');
  });

  it('what it is made of is still the material', () => {
    expect(say('is the tablecloth real linen', 'L8').topic).toBe('material');
    expect(say('z czego jest poszewka', 'C4').topic).toBe('material');
  });

  it('a care question after a claim is asked beside the claim', () => {
    const got = say('want C4 grey — does it shrink in the wash?', 'C4');
    expect(got.intent).toBe('order');
    expect(got.options).toEqual({ Color: 'Grey' });
  });
});
