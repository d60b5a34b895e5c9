import type { Deal, Featured, Language, PriceTag, Product, Variant } from '../contract';
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

/**
 * The price a card shows: the core's price tag (commerce/pricing.ts: the price in effect now, as
 * orders are priced; a "was" price only when it is the lowest of the previous 30 days). Screens
 * never price a product themselves.
 */
export function priceView(tag: PriceTag | null | undefined, coreNow: number = tag?.at ?? 0): PriceView | null {
  if (!tag) return null;
  const deal = tag.deal;
  const onDeal = deal !== null && (deal.phase === 'running' || deal.phase === 'grace') && tag.nowMinor === deal.priceMinor;
  const until = deal?.graceUntil ?? deal?.endsAt ?? null;
  // The deal's time ran out before the core's next tag arrived: the regular price, nothing struck.
  if (onDeal && until !== null && until <= coreNow) return { nowMinor: tag.regularMinor, wasMinor: null, from: tag.from };
  return { nowMinor: tag.nowMinor, wasMinor: tag.wasMinor, from: tag.from };
}

/** Whether the price a view shows is the tag's deal price, below the regular one: the screens mark it. */
export function showsDealPrice(tag: PriceTag, view: PriceView): boolean {
  return tag.deal !== null && view.nowMinor === tag.deal.priceMinor && view.nowMinor !== tag.regularMinor;
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
 * (authoritative: it knows the quota left), else the running deal of the
 * product's price tag. Times are in the core's clock.
 */
export function dealFor(featured: Featured | null, deal: Deal | null, coreNow: number): Deal | null {
  const product = featured?.product;
  if (!product) return null;
  if (deal && deal.productId === product.id) return deal;
  const tagged = featured.price?.deal;
  if (tagged?.phase === 'running' && tagged.startedAt !== null && tagged.endsAt !== null && tagged.endsAt > coreNow) {
    return {
      productId: product.id,
      code: product.code,
      priceMinor: tagged.priceMinor,
      currency: featured.currency,
      quota: tagged.quota,
      left: tagged.left,
      startedAt: tagged.startedAt,
      endsAt: tagged.endsAt,
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
