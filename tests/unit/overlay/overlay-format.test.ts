import { describe, expect, it } from 'vitest';
import type { Featured, PriceTag } from '../../../shared/contract';
import { LanguageSchema } from '../../../shared/contract';
import { claimExample, clock, dealFor, displayText, priceView, shortLink } from '../../../shared/overlay/format';
import { fill } from '../../../shared/i18n/fill';
import { overlayStrings, plural, splitTemplate } from '../../../shared/overlay/i18n';
import { contractProduct } from '../../support/products';

const variant = (id: number, options: string[], stock: number, priceMinor = 14900, compareAtMinor: number | null = 19900) => ({
  id,
  sku: null,
  options,
  priceMinor,
  compareAtMinor,
  stock,
});
const product = contractProduct({
  id: 7,
  handle: 'dress',
  code: 'A12',
  title: 'Dress',
  optionNames: ['Size', 'Color'],
  variants: [variant(1, ['S', 'Red'], 0), variant(2, ['M', 'Red'], 3)],
});

describe('overlay text', () => {
  it('every show language has every string, with the same slots as English', () => {
    const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of LanguageSchema.options) {
      const strings = overlayStrings[language];
      for (const key of Object.keys(overlayStrings.en) as (keyof typeof strings)[]) {
        const en = overlayStrings.en[key];
        const here = strings[key];
        expect(here, `${language}.${key}`).toBeTruthy();
        if (typeof en === 'string') expect(slots(here as string), `${language}.${key}`).toEqual(slots(en));
      }
    }
  });

  it('the claim hint example names a variant still in stock', () => {
    expect(claimExample(product)).toBe('A12 M Red');
    expect(claimExample({ ...product, variants: [variant(1, [], 2)] })).toBe('A12');
    expect(fill(overlayStrings.pl.comment, { command: `${overlayStrings.pl.keyword} A12 M` })).toBe('Napisz BIORĘ A12 M');
  });

  it('plural forms follow the language', () => {
    expect(fill(plural(overlayStrings.es.left, 1, 'es'), { n: 1 })).toBe('queda 1');
    expect(fill(plural(overlayStrings.es.left, 5, 'es'), { n: 5 })).toBe('quedan 5');
    expect(fill(plural(overlayStrings.en.dealLeft, 5, 'en'), { n: 5, price: '19.99' })).toBe('5 left at 19.99');
  });

  it('templates split into text and slots, so chat text never passes through a string template', () => {
    expect(splitTemplate('{buyer} claimed {code}')).toEqual([{ slot: 'buyer' }, { text: ' claimed ' }, { slot: 'code' }]);
  });

  it('hostile text: zalgo runs are cut, bidi overrides dropped, markup left as text', () => {
    const zalgo = 'Z' + '\u0301'.repeat(40);
    expect(displayText(zalgo)).toBe('Z' + '\u0301'.repeat(4));
    expect(displayText('\u202Eexe.ssaP')).toBe('exe.ssaP');
    expect(displayText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(displayText('Łódź ąę Қазақ')).toBe('Łódź ąę Қазақ');
  });

  it('prices: the core’s tag as made (never the catalog’s compare-at price); a deal whose time ran out shows the regular price, nothing struck', () => {
    const regular: PriceTag = { currency: 'PLN', nowMinor: 14900, wasMinor: null, from: false, regularMinor: 14900, deal: null, at: 0 };
    expect(priceView(regular)).toEqual({ nowMinor: 14900, wasMinor: null, from: false });
    const deal = { phase: 'running' as const, priceMinor: 9900, quota: 5, left: 5, seconds: 60, startedAt: 1_000, endsAt: 61_000 };
    const onDeal: PriceTag = { ...regular, nowMinor: 9900, wasMinor: 14900, deal: { ...deal, graceUntil: 66_000 } };
    expect(priceView(onDeal, 2_000)).toEqual({ nowMinor: 9900, wasMinor: 14900, from: false });
    expect(priceView(onDeal, 65_000)).toEqual({ nowMinor: 9900, wasMinor: 14900, from: false });
    expect(priceView(onDeal, 66_000)).toEqual({ nowMinor: 14900, wasMinor: null, from: false });
    expect(priceView(null)).toBeNull();
  });

  it('the deal shown is the announced one, else a running lineup deal window', () => {
    const featured: Featured = {
      showId: 1,
      showLanguage: 'pl',
      currency: 'PLN',
      product,
      lineupItem: {
        id: 3,
        position: 0,
        productId: 7,
        sceneName: null,
        dealPriceMinor: 9900,
        dealQuota: 5,
        dealSeconds: 60,
        dealStartedAt: 1_000,
        dealEndsAt: 61_000,
        perBuyerLimit: null,
      },
      price: {
        currency: 'PLN',
        nowMinor: 9900,
        wasMinor: null,
        from: false,
        regularMinor: 14900,
        deal: { phase: 'running', priceMinor: 9900, quota: 5, left: 5, seconds: 60, startedAt: 1_000, endsAt: 61_000, graceUntil: 61_000 },
        at: 1_000,
      },
      at: 0,
      seq: 1,
    };
    expect(dealFor(featured, null, 2_000)).toMatchObject({ priceMinor: 9900, left: 5, endsAt: 61_000, state: 'running' });
    expect(dealFor(featured, null, 62_000)).toBeNull();
    expect(dealFor({ ...featured, product: null }, null, 2_000)).toBeNull();
  });

  it('short links and countdown text', () => {
    expect(shortLink('https://www.shop.pl/p/dress/')).toBe('shop.pl/p/dress');
    expect(clock(65)).toBe('1:05');
    expect(clock(0.2)).toBe('0:01');
    expect(clock(-3)).toBe('0:00');
  });
});
