import { describe, expect, it } from 'vitest';
import { classify } from '../../../electron/core/commerce/intent';
import { loadCatalogIndex } from './corpus';

// Mechanisms of round 4 (issue 17), on the corpus catalog; texts other than the corpus lines.
const index = loadCatalogIndex();
const run = (text: string, featuredCode: string | null) => classify(text, index, { featuredCode });

describe('a question word that ends the message asks (verb-final questions, Kazakh particles)', () => {
  it.each([
    ['M қара бар ма', 'E4', 'stock'],
    ['қызылы бола ма екен', 'B3', 'stock'],
    ['кроссовки маломерят или нет', 'C5', 'size'],
  ])('%s', (text, featured, topic) => {
    const got = run(text, featured);
    expect(got.intent).toBe('question');
    expect(got.topic).toBe(topic);
  });

  it('an exclamation with a question word before its end stays chat', () => {
    expect(run('қандай әдемі', 'D20').intent).toBe('other');
  });
});

describe('a weak claim word inside a sentence claims nothing', () => {
  it.each([
    ['blue is my fav colour', 'A12'],
    ['zielony to mój ulubiony', 'B3'],
    ['чёрный мой любимый цвет', 'E4'],
    ['schwarz ist meine lieblingsfarbe', 'K9'],
    ['the black one lasted me 3 winters', 'M7'],
  ])('%s', (text, featured) => {
    expect(run(text, featured).intent).not.toBe('order');
  });

  it('next to what it claims it still claims', () => {
    expect(run('мне 39', 'C5')).toMatchObject({ intent: 'order', options: { Size: '39' } });
    expect(run('ok so M for me', 'A12')).toMatchObject({ intent: 'order', options: { Size: 'M' } });
  });
});

describe('a negated verb with no claim word and no code is a statement', () => {
  it.each([
    ['srebrne nie śniedzieją', 'F1'],
    ['black does not fade', 'K9'],
  ])('%s', (text, featured) => {
    expect(run(text, featured).intent).not.toBe('order');
  });

  it('a written code with its value still claims', () => {
    expect(run('F1 silver', 'F1')).toMatchObject({ intent: 'order', code: 'F1', options: { Metal: 'Silver' } });
  });
});

describe('a typo in the stem of an inflected colour word', () => {
  it.each([
    ['B3 S czrwona', 'B3', { Size: 'S', Color: 'Red' }],
    ['E4 XL shcwarz', 'E4', { Size: 'XL', Color: 'Black' }],
    ['B3 M nerga', 'B3', { Size: 'M', Color: 'Black' }],
  ])('%s', (text, code, options) => {
    expect(run(text, code)).toMatchObject({ intent: 'order', code, options });
  });

  it('is no value without a claim word or a code', () => {
    expect(run('czrwona sukienka na wesele', 'B3').intent).not.toBe('order');
  });
});

describe('negated possessives and durations are chat', () => {
  it.each([
    ['czarny to nie mój kolor', 'K9'],
    ['чёрный не мой цвет', 'K9'],
    ['schwarz ist nicht meine farbe', 'K9'],
  ])('%s is neither a claim nor a cancel', (text, featured) => {
    expect(run(text, featured).intent).toBe('other');
  });

  it('a negated claim word is still a cancel', () => {
    expect(run('nie biorę K9', 'K9')).toMatchObject({ intent: 'cancel', code: 'K9' });
    expect(run('not for me', 'K9').intent).toBe('cancel');
  });

  it('a value with a duration is no claim', () => {
    expect(run('M starczyła mi na 3 lata', 'A12').intent).not.toBe('order');
    expect(run('black lasted 2 years', 'M7').intent).not.toBe('order');
  });
});
