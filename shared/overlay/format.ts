import type { Deal, Featured, Language, Product, Variant } from '../contract';
import { formatMoney, formatMoneyPlain } from '../domain/money';

/** Intl locales for the show languages (Kazakh prices read "149,00 PLN" in kk). */
export const LOCALE: Record<Language, string> = { en: 'en', pl: 'pl', kk: 'kk', ru: 'ru', es: 'es', de: 'de' };

export function money(minor: number, currency: string, language: Language): string {
  try {
    return formatMoney(minor, currency, LOCALE[language]);
  } catch {
    // A currency Intl does not know (a typo in the shop settings) must not blank the card.
    return formatMoneyPlain(minor, currency);
  }
}

export const variantLabel = (v: Variant) => v.options.join(' · ');

export interface PriceView {
  /** What a buyer pays now. */
  nowMinor: number;
  /** The struck-through price, when there is one. */
  wasMinor: number | null;
  /** Variants differ in price: "from …". */
  from: boolean;
}

/** Base price of the product: the cheapest variant, with its compare-at price if higher. */
export function basePrice(product: Product): PriceView | null {
  const variants = product.variants.some((v) => v.stock > 0) ? product.variants.filter((v) => v.stock > 0) : product.variants;
  if (variants.length === 0) return null;
  const cheapest = variants.reduce((a, b) => (b.priceMinor < a.priceMinor ? b : a));
  const from = variants.some((v) => v.priceMinor !== cheapest.priceMinor);
  const was = cheapest.compareAtMinor !== null && cheapest.compareAtMinor > cheapest.priceMinor ? cheapest.compareAtMinor : null;
  return { nowMinor: cheapest.priceMinor, wasMinor: was, from };
}

/** The deal price replaces the price; the usual price is struck through. */
export function dealPrice(product: Product, dealMinor: number): PriceView {
  const base = basePrice(product);
  return { nowMinor: dealMinor, wasMinor: base && base.nowMinor > dealMinor ? base.nowMinor : (base?.wasMinor ?? null), from: false };
}

/** The example after the order word: the code and the options of a variant still in stock ("A12 M Red"). */
export function claimExample(product: Product): string {
  const variant = product.variants.length > 1 ? (product.variants.find((v) => v.stock > 0) ?? product.variants[0]) : undefined;
  return [product.code, ...(variant?.options ?? [])].join(' ');
}

/** "https://www.shop.pl/p/dress/" -> "shop.pl/p/dress": what fits under the QR code. */
export function shortLink(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

export const isWebUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\/[^\s]+$/i.test(url);

/**
 * The deal to show for the featured product: the one the core announced
 * (authoritative: it knows the quota left), else the lineup item's own deal
 * window if it is running. Times are in the core's clock.
 */
export function dealFor(featured: Featured | null, deal: Deal | null, coreNow: number): Deal | null {
  const product = featured?.product;
  if (!product) return null;
  if (deal && deal.productId === product.id) return deal;
  const item = featured.lineupItem;
  if (item?.dealPriceMinor != null && item.dealStartedAt != null && item.dealEndsAt != null && item.dealEndsAt > coreNow) {
    return {
      productId: product.id,
      code: product.code,
      priceMinor: item.dealPriceMinor,
      currency: featured.currency,
      quota: item.dealQuota,
      left: item.dealQuota,
      startedAt: item.dealStartedAt,
      endsAt: item.dealEndsAt,
      state: 'running',
      now: coreNow,
    };
  }
  return null;
}

/** "1:05", "0:09" */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Text from chat or the catalog as it is drawn: runs of combining marks ("zalgo")
 * are cut to four, enough for any real script, so they cannot smear over other
 * lines; explicit bidi overrides and embeddings (U+202A-E, U+2066-9), which
 * real names never need and spoofers love, are dropped (each run is still
 * isolated by <bdi>, so Arabic and Hebrew names read right).
 * Still plain text: React inserts it as a text node.
 */
export function displayText(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/(\p{M}{4})\p{M}+/gu, '$1');
}
