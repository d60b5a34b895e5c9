import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../electron/core/commerce/intent';
import { loadCatalogIndex } from './corpus';

const index = loadCatalogIndex();
const catalogValues = new Map(index.products.map((p) => [p.code, new Set([...p.values.values()].map((r) => `${r.name}=${r.value}`))]));
const codes = index.products.map((p) => p.code);
const words = [
  'sold',
  'biorę',
  'беру',
  'аламын',
  'lo quiero',
  'nehme',
  'M',
  'xl',
  'red',
  'czarna',
  'x2',
  'two',
  '?',
  'how much',
  'cancel',
  'not',
  'and',
  'i',
  '🔥',
  '20 zł',
  'at 8pm',
  ...codes,
];

describe('classify on any input', () => {
  it('never throws and keeps the result shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' ')),
        ),
        fc.option(fc.constantFrom(...codes)),
        (text, featured) => {
          const r = classify(text, index, { featuredCode: featured });
          expect(['order', 'cancel', 'question', 'other']).toContain(r.intent);
          if (r.intent !== 'question') expect(r.topic).toBeNull();
          if (r.intent !== 'order') expect(r.quantity).toBeNull();
          if (r.intent === 'order' && !r.correction) expect(r.quantity).toBeGreaterThanOrEqual(1);
          if (r.intent === 'other') expect(r).toMatchObject({ code: null, options: {} });
          for (const item of r.items ?? [{ code: r.code, options: r.options, quantity: r.quantity ?? 1 }]) {
            const known = item.code ? catalogValues.get(item.code) : undefined;
            if (known) for (const [name, value] of Object.entries(item.options)) expect(known.has(`${name}=${value}`)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('does not care about case, diacritics or a trailing emoji', () => {
    const texts = ['biorę A12 M biała', 'sold b3 s red', 'ich nehme E4 XL schwarz', 'сколько стоит?', 'A12 looks great'];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom('🔥', '❤️', '👍', ''), (text, emoji) => {
        const plain = classify(text, index);
        const variant = text.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '') + ' ' + emoji;
        const { language: _a, ...a } = plain;
        const { language: _b, ...b } = classify(variant, index);
        expect(b).toEqual(a);
      }),
    );
  });
});
