import { useState } from 'react';
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

/** More variants than this collapse into "+N": the card keeps its size. */
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
  const shown = product.variants.length > MAX_VARIANT_CHIPS ? product.variants.slice(0, MAX_VARIANT_CHIPS - 1) : product.variants;
  const hidden = product.variants.length - shown.length;
  return (
    <ul className="variants" data-testid="variants">
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
