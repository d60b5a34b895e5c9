/** What the native overlay sources say for a featured product: prices, stock and claim hint in the show's language. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { featuredContent } from '../../../electron/core/obs/featured-content';
import type { Featured, LineupItem, PriceTag, Product } from '../../../shared/contract';
import { contractProduct } from '../../support/products';
import { tempDir } from '../../support/temp-db';

const imagesDir = tempDir('lss-featured-');
fs.writeFileSync(path.join(imagesDir, 'demo-A12.png'), 'png');
afterAll(() => fs.rmSync(imagesDir, { recursive: true, force: true }));

/** Intl puts a no-break space between currency and amount. */
const plain = (text: string) => text.replace(/\s/g, ' ');

const variant = (id: number, options: string[], priceMinor: number, stock: number) => ({
  id,
  sku: null,
  options,
  priceMinor,
  compareAtMinor: null,
  stock,
});

const dress = contractProduct({
  id: 1,
  handle: 'dress',
  code: 'A12',
  title: 'Linen Summer Dress',
  images: [{ id: 1, url: '/media/images/demo-A12.png', state: 'ready', alt: '' }],
  variants: [variant(1, ['S'], 14900, 0), variant(2, ['M'], 14900, 3)],
});

const item = (deal: Partial<LineupItem> = {}): LineupItem => ({
  id: 1,
  position: 0,
  productId: 1,
  sceneName: null,
  dealPriceMinor: null,
  dealQuota: null,
  dealSeconds: null,
  dealStartedAt: null,
  dealEndsAt: null,
  perBuyerLimit: null,
  ...deal,
});

/** The core's tag for a product without a deal (commerce/pricing.ts makes it in the studio). */
const regularTag = (product: Product): PriceTag => {
  const low = Math.min(...product.variants.map((v) => v.priceMinor));
  const from = product.variants.some((v) => v.priceMinor !== low);
  return { currency: 'PLN', nowMinor: low, wasMinor: null, from, regularMinor: low, deal: null, at: 0 };
};

const featured = (
  product: Product | null,
  language: Featured['showLanguage'],
  lineupItem: LineupItem | null = null,
  price: PriceTag | null = product && regularTag(product),
): Featured => ({
  showId: 1,
  showLanguage: language,
  currency: 'PLN',
  product,
  lineupItem,
  price,
  at: 0,
  seq: 1,
});

describe('featuredContent', () => {
  it('nothing featured clears the card', () => {
    expect(featuredContent(null, imagesDir, 0)).toBeNull();
    expect(featuredContent(featured(null, 'en'), imagesDir, 0)).toBeNull();
  });

  it('speaks the show language: price, stock and the claim hint with an in-stock variant', () => {
    expect(featuredContent(featured(dress, 'pl'), imagesDir, 0)).toEqual({
      title: 'Linen Summer Dress',
      priceText: expect.stringMatching(/^149,00\sz\u0142$/),
      stockText: '3 szt.',
      claimHint: 'Napisz BIORĘ A12 M',
      imageFile: path.join(imagesDir, 'demo-A12.png'),
    });
    const kk = featuredContent(featured(dress, 'kk'), imagesDir, 0)!;
    expect(kk.stockText).toBe('3 дана');
    expect(kk.claimHint).toBe('Жазыңыз: АЛАМЫН A12 M');
  });

  it('the running deal price replaces the price until the deal window has ended; a planned deal is not the price', () => {
    const deal = { priceMinor: 9900, quota: null, left: null, seconds: 2, startedAt: 0, endsAt: 2_000, graceUntil: 2_000 };
    const tag: PriceTag = { ...regularTag(dress), nowMinor: 9900, deal: { ...deal, phase: 'running' } };
    const onDeal = featured(dress, 'en', item({ dealPriceMinor: 9900, dealEndsAt: 2_000 }), tag);
    expect(plain(featuredContent(onDeal, imagesDir, 1_000)!.priceText)).toBe('PLN 99.00');
    expect(plain(featuredContent(onDeal, imagesDir, 3_000)!.priceText)).toBe('PLN 149.00');
    const planned: PriceTag = {
      ...regularTag(dress),
      deal: { ...deal, phase: 'planned', startedAt: null, endsAt: null, graceUntil: null },
    };
    const notYet = featured(dress, 'en', item({ dealPriceMinor: 9900 }), planned);
    expect(plain(featuredContent(notYet, imagesDir, 1_000)!.priceText)).toBe('PLN 149.00');
  });

  it('variants at different prices read "from", sold out says so', () => {
    const mixed = { ...dress, variants: [variant(1, ['S'], 9900, 0), variant(2, ['M'], 14900, 0)] };
    const content = featuredContent(featured(mixed, 'en'), imagesDir, 0)!;
    expect(plain(content.priceText)).toBe('from PLN 99.00');
    expect(content.stockText).toBe('Sold out');
  });

  it('no photo unless a ready picture exists as a file in the images folder (never outside it)', () => {
    const pending = { ...dress, images: [{ ...dress.images[0]!, state: 'pending' as const }] };
    expect(featuredContent(featured(pending, 'en'), imagesDir, 0)!.imageFile).toBeNull();
    const escaping = { ...dress, images: [{ ...dress.images[0]!, url: '/media/images/..%2F..%2Fetc%2Fpasswd' }] };
    expect(featuredContent(featured(escaping, 'en'), imagesDir, 0)!.imageFile).toBeNull();
  });
});
