import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Deal, Language, PriceTag, Product } from '../../../shared/contract';
import {
  claimExample,
  displayText,
  isWebUrl,
  money,
  priceView,
  shortLink,
  variantLabel,
  type PriceView,
} from '../../../shared/overlay/format';
import { fill } from '../../../shared/i18n/fill';
import { plural, type OverlayStrings } from '../../../shared/overlay/i18n';
import { DealRibbon } from './DealRibbon';
import { QrCode } from './QrCode';
import { Template } from './Template';

/**
 * More variants than this collapse into "+N": the card keeps its size. Fewer may be drawn: the chips
 * are measured, and those that would fall outside the row (it clips at two rows, three on the side
 * card) are counted in "+N" instead, so every chip drawn is one a viewer can read.
 */
const MAX_VARIANT_CHIPS = 8;
const LOW_STOCK = 2;

export interface CardProps {
  product: Product;
  /** The core's price tag: the price in effect now, as orders are priced. */
  price: PriceTag | null;
  /** The core's clock now (the page's clock plus its offset). */
  coreNow: number;
  currency: string;
  language: Language;
  strings: OverlayStrings;
  /** The deal on this product, if any, with `running` decided by the page's countdown. */
  deal: { deal: Deal; running: boolean; remainingMs: number; showEnded: boolean } | null;
}

export function ProductCard({ product, price: tag, coreNow, currency, language, strings, deal }: CardProps) {
  const runningDeal = deal?.running ? deal.deal : null;
  const price = priceView(tag, coreNow);
  const soldOut = product.variants.length > 0 && product.variants.every((v) => v.stock === 0);
  const url = isWebUrl(product.productUrl) ? product.productUrl : null;
  return (
    <article
      className={`card${soldOut ? ' sold-out' : ''}${runningDeal ? ' on-deal' : ''}`}
      data-product-code={product.code}
      data-product-id={product.id}
    >
      {deal && (deal.running || deal.showEnded) && (
        <DealRibbon
          deal={deal.deal}
          running={deal.running}
          remainingMs={deal.remainingMs}
          currency={currency}
          language={language}
          strings={strings}
        />
      )}
      <div className="card-main">
        <Photo product={product} soldOutLabel={soldOut ? strings.soldOut : null} />
        <div className="card-body">
          <div className="card-heading">
            <span className="code-badge">
              <bdi>{displayText(product.code)}</bdi>
            </span>
            <h1 className="title" data-testid="product-title">
              <bdi>{displayText(product.title)}</bdi>
            </h1>
          </div>
          {price && <Price price={price} currency={currency} language={language} strings={strings} />}
          <Variants product={product} language={language} strings={strings} />
          {!soldOut && (
            <p className="claim-hint" data-testid="claim-hint">
              <Template
                template={strings.comment}
                slots={{
                  command: (
                    <kbd className="claim-command">
                      <bdi>
                        {strings.keyword} {displayText(claimExample(product))}
                      </bdi>
                    </kbd>
                  ),
                }}
              />
            </p>
          )}
        </div>
        {url && (
          <div className="qr" data-testid="qr">
            <QrCode url={url} className="qr-code" />
            <span className="qr-caption">{strings.scanToShop}</span>
            <span className="qr-link">
              <bdi>{displayText(shortLink(url))}</bdi>
            </span>
          </div>
        )}
      </div>
    </article>
  );
}

function Photo({ product, soldOutLabel }: { product: Product; soldOutLabel: string | null }) {
  const image = product.images.find((i) => i.state === 'ready') ?? null;
  // A photo that fails to load (the core restarting) shows the tinted panel, never a broken-image icon.
  const [failed, setFailed] = useState<string | null>(null);
  const src = image && image.url !== failed ? image.url : null;
  return (
    <div className={src ? 'photo' : 'photo empty'}>
      {src && <img src={src} alt="" draggable={false} onError={() => setFailed(src)} />}
      {!src && (
        <span className="photo-code">
          <bdi>{displayText(product.code)}</bdi>
        </span>
      )}
      {soldOutLabel && <span className="sold-out-stamp">{soldOutLabel}</span>}
    </div>
  );
}

function Price({
  price,
  currency,
  language,
  strings,
}: {
  price: PriceView;
  currency: string;
  language: Language;
  strings: OverlayStrings;
}) {
  const now = money(price.nowMinor, currency, language);
  return (
    <div className="price-row" data-testid="price" data-now-minor={price.nowMinor} data-was-minor={price.wasMinor ?? ''}>
      <span className="price-now">{price.from ? fill(strings.fromPrice, { price: now }) : now}</span>
      {price.wasMinor !== null && (
        <s className="price-was" data-testid="price-was">
          {money(price.wasMinor, currency, language)}
        </s>
      )}
    </div>
  );
}

function Variants({ product, language, strings }: { product: Product; language: Language; strings: OverlayStrings }) {
  if (product.variants.length <= 1) {
    const only = product.variants[0];
    if (!only || only.stock === 0) return null;
    return (
      <ul className="variants">
        <li className={`variant${only.stock <= LOW_STOCK ? ' low' : ''}`}>
          <span className="variant-stock">{fill(plural(strings.left, only.stock, language), { n: only.stock })}</span>
        </li>
      </ul>
    );
  }
  return <VariantChips product={product} language={language} strings={strings} />;
}

function VariantChips({ product, language, strings }: { product: Product; language: Language; strings: OverlayStrings }) {
  const all = product.variants;
  const cap = all.length > MAX_VARIANT_CHIPS ? MAX_VARIANT_CHIPS - 1 : all.length;
  // What the chips say: a change re-measures from the cap (a chip may have grown or shrunk).
  const drawnKey = `${language}|${strings.soldOut}|${all.map((v) => `${v.id}:${v.stock}:${variantLabel(v)}`).join('|')}`;
  const [fit, setFit] = useState<{ key: string; count: number }>({ key: drawnKey, count: cap });
  const count = fit.key === drawnKey ? Math.min(fit.count, cap) : cap;
  const listRef = useRef<HTMLUListElement>(null);
  useRefitOnResize(listRef, () => setFit({ key: '', count: cap }));

  // After each layout: if a chip (or the "+N" chip) falls outside the row, draw fewer and count them in "+N".
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const fitting = fittingChips(list);
    if (fitting === null || count === 0) return;
    const next = Math.max(0, Math.min(count - 1, fitting));
    setFit({ key: drawnKey, count: next });
  });

  const shown = all.slice(0, count);
  const hidden = all.length - shown.length;
  return (
    <ul className="variants" data-testid="variants" ref={listRef}>
      {shown.map((v) => (
        <li
          key={v.id}
          className={`variant${v.stock === 0 ? ' out' : v.stock <= LOW_STOCK ? ' low' : ''}`}
          data-variant-id={v.id}
          data-stock={v.stock}
        >
          <span className="variant-label">
            <bdi>{displayText(variantLabel(v))}</bdi>
          </span>
          <span className="variant-stock">
            {v.stock === 0 ? strings.soldOut : fill(plural(strings.left, v.stock, language), { n: v.stock })}
          </span>
        </li>
      ))}
      {hidden > 0 && <li className="variant more">+{hidden}</li>}
    </ul>
  );
}

/**
 * How many variant chips at the start of the list lie wholly inside what clips them (the list, and each
 * ancestor up to the card that hides its overflow), or null when every child, the "+N" chip too, does.
 * Boxes are compared in one frame, so a running enter animation (a scale) cancels out.
 */
function fittingChips(list: HTMLElement): number | null {
  let box = list.getBoundingClientRect();
  for (let a = list.parentElement; a; a = a.parentElement) {
    if (getComputedStyle(a).overflow !== 'visible') {
      const r = a.getBoundingClientRect();
      const left = Math.max(box.left, r.left);
      const top = Math.max(box.top, r.top);
      box = new DOMRect(left, top, Math.min(box.right, r.right) - left, Math.min(box.bottom, r.bottom) - top);
    }
    if (a.classList.contains('card')) break;
  }
  const inside = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
  };
  const children = [...list.children];
  const first = children.findIndex((el) => !inside(el));
  if (first < 0) return null;
  // The chips before the first one outside fit ("+N" is last: when only it is outside, every chip fits).
  return children.slice(0, first).filter((el) => !el.classList.contains('more')).length;
}

/** Lays the chips out again from the cap when the row's width changes (layout, viewport) or the fonts finish loading. */
function useRefitOnResize(ref: RefObject<HTMLElement | null>, refit: () => void): void {
  const refitRef = useRef(refit);
  refitRef.current = refit;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let width = el.offsetWidth;
    const again = () => refitRef.current();
    const observer = new ResizeObserver(() => {
      const now = el.offsetWidth;
      if (now === width) return;
      width = now;
      again();
    });
    observer.observe(el);
    const fonts = document.fonts;
    fonts.addEventListener('loadingdone', again);
    return () => {
      observer.disconnect();
      fonts.removeEventListener('loadingdone', again);
    };
  }, [ref]);
}
