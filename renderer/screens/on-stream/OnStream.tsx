import { useTranslation } from 'react-i18next';
import type { Featured, Show } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';

/** What viewers see now, large enough to read across a room, with the lineup controls. */
export function OnStream({
  featured,
  show,
  onStep,
  onClear,
}: {
  featured: Featured | null;
  show: Show | null;
  /** Absent for roles that may not change what is on stream. */
  onStep?: (step: 'next' | 'previous') => void;
  onClear?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const product = featured?.product ?? null;
  const currency = featured?.currency ?? 'USD';
  const lineup = show?.lineup ?? [];
  const position = product ? lineup.findIndex((i) => i.productId === product.id) : -1;
  const item = featured?.lineupItem ?? null;
  const prices = product ? product.variants.map((v) => v.priceMinor) : [];
  const price = prices.length ? Math.min(...prices) : null;
  const totalStock = product ? product.variants.reduce((n, v) => n + v.stock, 0) : 0;

  return (
    <section className="onstream" aria-labelledby="onstream-title" data-testid="on-stream">
      <h2 id="onstream-title" className="section-title">
        {t('show.onStream')}
      </h2>
      {product ? (
        <div className="featured-card" data-testid="featured-card" data-product-id={product.id}>
          <img className="featured-image" src={product.images[0]?.url ?? '/media/placeholder.svg'} alt="" />
          <div className="featured-body">
            <div className="featured-code">{product.code}</div>
            <h3 className="featured-title" data-testid="featured-title">
              <bdi>{product.title}</bdi>
            </h3>
            <div className="featured-price">
              {item?.dealPriceMinor != null ? (
                <>
                  <span className="deal">{formatMoney(item.dealPriceMinor, currency, i18n.language)}</span>
                  {price !== null && <s className="was">{formatMoney(price, currency, i18n.language)}</s>}
                </>
              ) : (
                price !== null && formatMoney(price, currency, i18n.language)
              )}
            </div>
            <div className="featured-meta">
              {totalStock > 0 ? t('catalog.stock', { count: totalStock }) : <span className="soldout">{t('catalog.soldOut')}</span>}
              {item?.dealQuota != null && <span> · {t('show.dealQuota', { quota: item.dealQuota })}</span>}
              {item?.perBuyerLimit != null && <span> · {t('show.perBuyer', { limit: item.perBuyerLimit })}</span>}
            </div>
            <ul className="variant-stock">
              {product.variants.map((v) => (
                <li key={v.id} className={v.stock === 0 ? 'out' : ''}>
                  <span>{v.options.join(' / ') || product.title}</span>
                  <b>{v.stock}</b>
                </li>
              ))}
            </ul>
            {position >= 0 && (
              <div className="lineup-position">{t('show.lineupPosition', { position: position + 1, total: lineup.length })}</div>
            )}
          </div>
        </div>
      ) : (
        <div className="featured-empty" data-testid="featured-empty">
          <p className="big">{t('show.nothingFeatured')}</p>
          <p>{t('show.nothingFeaturedHint')}</p>
        </div>
      )}
      {onStep && onClear && (
        <>
          <div className="onstream-controls">
            <button type="button" onClick={() => onStep('previous')} data-testid="step-previous">
              ← {t('show.previous')}
            </button>
            <button type="button" className="primary" onClick={() => onStep('next')} data-testid="step-next">
              {t('show.next')} →
            </button>
            <button type="button" className="ghost" onClick={onClear} disabled={!product}>
              {t('show.clear')}
            </button>
          </div>
          <p className="keys-hint">{t('show.keys')}</p>
        </>
      )}
    </section>
  );
}
