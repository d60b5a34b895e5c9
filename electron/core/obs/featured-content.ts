/**
 * What OBS's native overlay sources say about the featured product: the same
 * words and prices the overlay page shows (its strings and price rules are
 * reused, so both overlay modes read alike), in the show's language.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Featured, Product } from '../../../shared/contract';
import { claimExample, displayText, money, priceView } from '../../../shared/overlay/format';
import { fill } from '../../../shared/i18n/fill';
import { plural, stringsFor } from '../../../shared/overlay/i18n';
import { IMAGE_URL_PREFIX } from '../store/catalog';
import type { FeaturedContent } from './types';

/** The product's first ready picture as a file in the data folder's images/ dir, for OBS's image source. */
export function localImageFile(product: Product, imagesDir: string): string | null {
  const image = product.images.find((i) => i.state === 'ready' && i.url.startsWith(IMAGE_URL_PREFIX));
  if (!image) return null;
  // basename: a stored URL must never point OBS outside the images folder.
  const file = path.join(imagesDir, path.basename(decodeURIComponent(image.url.slice(IMAGE_URL_PREFIX.length))));
  return existsSync(file) ? file : null;
}

/** Null clears the card (nothing featured). */
export function featuredContent(featured: Featured | null, imagesDir: string, now: number): FeaturedContent | null {
  const product = featured?.product;
  if (!featured || !product) return null;
  const language = featured.showLanguage;
  const strings = stringsFor(language);

  // The core's price tag (commerce/pricing.ts), as the overlay page and the windows show it.
  const price = priceView(featured.price, now);
  let priceText = '';
  if (price) {
    const text = money(price.nowMinor, featured.currency, language);
    priceText = price.from ? fill(strings.fromPrice, { price: text }) : text;
  }

  const stock = product.variants.reduce((sum, v) => sum + v.stock, 0);
  const stockText = stock === 0 ? strings.soldOut : fill(plural(strings.left, stock, language), { n: stock });

  return {
    title: displayText(product.title),
    priceText,
    stockText,
    claimHint: fill(strings.comment, { command: `${strings.keyword} ${claimExample(product)}` }),
    imageFile: localImageFile(product, imagesDir),
  };
}
