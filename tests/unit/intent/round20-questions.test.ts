import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** Invented products (codes, titles and values in no corpus file): a felt lampshade and a cork yoga block. */
const index = buildCatalogIndex([
  { code: 'Q93', title: 'Felt lampshade', optionNames: ['Color'], variants: ['Moss', 'Ochre'].map((c) => ({ options: [c] })) },
  { code: 'Q94', title: 'Cork block', optionNames: [], variants: [{ options: [] }] },
]);
const read = (text: string, featuredCode = 'Q93') => {
  const r = classify(text, index, { featuredCode });
  return r.intent === 'question' ? `question ${r.topic}` : r.intent;
};

describe('issue 17, round 20: question words as chat spells them ask as the words do', () => {
  it.each([
    ['скок стоит Q94', 'question price'],
    ['скока за Q93 в moss', 'question price'],
    ['Q93 бағасы канша екен', 'question price'],
    ['Q93 moss бағасы канша болады', 'question price'],
    ['Q94 канша турады', 'question price'],
    ['de q material es el Q94', 'question material'],
    ['q precio tiene el Q93', 'question price'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('issue 17, round 20: cancel verbs in the forms the lists lacked', () => {
  it.each([
    ['anulad lo mío, gracias', 'cancel'],
    ['Q93 canceln bitte', 'cancel'],
    ['scrap everything i ordered', 'cancel'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
  it('unchanged (guard): "cancelado" still cancels', () => {
    expect(read('Q93 cancelado, perdón')).toBe('cancel');
  });
});

describe('issue 17, round 20: a question with a code put to a viewer by @name and "you" is talk between viewers', () => {
  it.each([
    ['@zhanar сен Q93 алдың ба, қалай екен', 'other'],
    ['@vika ты брала Q93? как он', 'other'],
    ['@ela ty masz Q94? jak się sprawdza', 'other'],
    ['@marta tú tienes el Q94? qué tal', 'other'],
    ['@lena hast du Q93 schon? wie ist der', 'other'],
  ])('%s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
