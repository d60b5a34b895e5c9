import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCatalogIndex,
  classify,
  exampleKey,
  type CatalogProductLike,
  type ClassifyResult,
  type LearnedExample,
} from '../../../electron/core/commerce/intent';
import { CORPUS_DIR } from './corpus';

const products = (JSON.parse(readFileSync(path.join(CORPUS_DIR, 'catalog.json'), 'utf8')) as { products: CatalogProductLike[] }).products;
const plain = buildCatalogIndex(products);

type Label = Pick<LearnedExample, 'intent' | 'code' | 'options' | 'quantity'>;
const order = (code: string, options: Record<string, string> = {}, quantity = 1): Label => ({ intent: 'order', code, options, quantity });
const other: Label = { intent: 'other', code: null, options: {}, quantity: null };

/** Moderators' fixes during a show: words the rules never heard of, in four languages. */
const corrections: (LearnedExample & { language: string })[] = [
  { text: 'zgarniam to', featuredCode: 'A12', ...order('A12'), language: 'pl' },
  { text: 'A12 M niebieściutka', featuredCode: null, ...order('A12', { Size: 'M', Color: 'Blue' }), language: 'pl' },
  { text: 'cudeńko B3 czarna', featuredCode: 'B3', ...other, language: 'pl' },
  { text: 'хапаю это', featuredCode: 'E4', ...order('E4'), language: 'ru' },
  { text: 'шикардос черный', featuredCode: 'E4', ...other, language: 'ru' },
  { text: 'snagging it', featuredCode: 'K9', ...order('K9'), language: 'en' },
  { text: 'A12 M көкшіл', featuredCode: null, ...order('A12', { Size: 'M', Color: 'Blue' }), language: 'kk' },
];

/** Later messages of other buyers: the same words in other sentences, on other products. */
const heldOut: { text: string; featured: string | null; want: Label }[] = [
  { text: 'zgarniam', featured: 'B3', want: order('B3') },
  { text: 'zgarniam też', featured: 'E4', want: order('E4') },
  { text: 'biorę A12 L niebieściutka', featured: null, want: order('A12', { Size: 'L', Color: 'Blue' }) },
  { text: 'cudeńko czerwona', featured: 'B3', want: other },
  { text: 'хапаю', featured: 'A12', want: order('A12') },
  { text: 'шикардос серый', featured: 'E4', want: other },
  { text: 'snagging', featured: 'E4', want: order('E4') },
  { text: 'аламын A12 L көкшіл', featured: null, want: order('A12', { Size: 'L', Color: 'Blue' }) },
];

const pick = (r: ClassifyResult): Label => ({ intent: r.intent, code: r.code, options: r.options, quantity: r.quantity });
const accuracy = (index: ReturnType<typeof buildCatalogIndex>) =>
  heldOut.filter((m) => JSON.stringify(pick(classify(m.text, index, { featuredCode: m.featured }))) === JSON.stringify(m.want)).length /
  heldOut.length;

describe('learning from the moderators', () => {
  it('the held-out split shares no normalised text with the corrections', () => {
    const taught = new Set(corrections.map((c) => exampleKey(c.text, null).split('\u0000')[0]));
    for (const m of heldOut) expect(taught.has(exampleKey(m.text, null).split('\u0000')[0])).toBe(false);
  });

  it('accuracy on the held-out split rises once the corrections are applied', () => {
    const before = accuracy(plain);
    const after = accuracy(buildCatalogIndex(products, { examples: corrections }));
    expect(before).toBeLessThanOrEqual(0.25);
    expect(after).toBe(1);
  });

  it('the corrected message itself reads as the moderator labelled it, on its product', () => {
    const taught = buildCatalogIndex(products, { examples: corrections });
    expect(pick(classify('cudeńko B3 czarna', taught, { featuredCode: 'B3' }))).toEqual(other);
    expect(classify('cudeńko B3 czarna', taught, { featuredCode: 'B3' }).reason).toMatch(/moderator/);
    expect(pick(classify('zgarniam to', taught, { featuredCode: 'A12' }))).toEqual(order('A12'));
  });

  it('one mis-click never turns a claim word with a code into "not an order" for other products', () => {
    const misclick: LearnedExample = { text: 'sold A12 M', featuredCode: 'B3', ...other };
    const taught = buildCatalogIndex(products, { examples: [misclick] });
    expect(pick(classify('sold A12 M', taught, { featuredCode: 'B3' }))).toEqual(order('A12', { Size: 'M' }));
    expect(pick(classify('sold A12 M', taught, { featuredCode: 'E4' }))).toEqual(order('A12', { Size: 'M' }));
    expect(pick(classify('sold A12 M', taught, { featuredCode: null }))).toEqual(order('A12', { Size: 'M' }));
  });

  it('chatter learned from a "not an order" never stops a claim word', () => {
    const taught = buildCatalogIndex(products, { examples: corrections });
    expect(pick(classify('biorę cudeńko czerwona S', taught, { featuredCode: 'B3' }))).toEqual(order('B3', { Size: 'S', Color: 'Red' }));
  });

  it('deleting an example (building without it) forgets what it taught', () => {
    const without = buildCatalogIndex(products, { examples: corrections.filter((c) => !c.text.startsWith('zgarniam')) });
    expect(classify('zgarniam', without, { featuredCode: 'B3' }).intent).toBe('other');
  });
});
