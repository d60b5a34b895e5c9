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
