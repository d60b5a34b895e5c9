import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Goods of its own for round 14's question mechanisms (codes unlike any corpus's). */
const index = buildCatalogIndex([
  { code: 'F3', title: 'Steel flask', optionNames: ['Capacity'], variants: [{ options: ['585 ml'] }, { options: ['750 ml'] }] },
  { code: 'L5', title: 'Leash', optionNames: ['Length'], variants: [{ options: ['2 m'] }, { options: ['3 m'] }] },
  { code: 'P9', title: 'Pendant', optionNames: ['Finish'], variants: [{ options: ['Silver'] }, { options: ['Gold'] }] },
  { code: 'C7', title: 'Card holder', optionNames: ['Color'], variants: [{ options: ['Tan'] }, { options: ['Black'] }] },
]);
const say = (text: string, featured: string | null = null) => classify(text, index, { featuredCode: featured });

describe('issue 17, round 14: the ordinary words of a topic', () => {
  it.each([
    ['wanna know if u use dpd', 'C7', 'shipping'],
    ['сдэком можно?', 'C7', 'shipping'],
    ['möcht gern wissen ob ihr dhl nehmt', 'C7', 'shipping'],
    ['czy kod rabatowy obejmuje smycz?', 'L5', 'price'],
    ['gilt ein gutscheincode für die leine?', 'L5', 'price'],
    ['which lengths does the leash come in?', 'L5', 'size'],
    ['welche längen hat die leine?', 'L5', 'size'],
    ['does the pendant come in a box', 'P9', 'other'],
    ['el colgante viene en caja', 'P9', 'other'],
    ['кулон қорапта келе ме', 'P9', 'other'],
    ['a pochem brelok?', 'C7', 'price'],
  ])('%s', (text, code, topic) => {
    const got = say(text, code);
    expect(got.intent).toBe('question');
    expect(got.topic).toBe(topic);
  });
});
