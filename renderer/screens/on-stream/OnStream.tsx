import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Featured, Show } from '../../../shared/contract';
import { FeaturedPrice } from './FeaturedPrice';
import { useCoreNow } from './use-core-now';
import { Isolated } from '../../widgets/Isolated';
import { canFeature } from '../../lib/can-feature';

/** What viewers see now, large enough to read across a room, with the lineup controls. */
export function OnStream({
  featured,
  show,
  catalog,
  dealControl,
  onStep,
  onClear,
}: {
  featured: Featured | null;
  show: Show | null;
  /** The window's catalog (useCatalog): its stock follows stock.changed, so the card never lags the overlay. */
  catalog: Catalog | undefined;
  /** The host's deal start/stop button (DealControl); absent on the console. */
  dealControl?: ReactNode;
  /** Absent for roles that may not change what is on stream. */
  onStep?: (step: 'next' | 'previous') => void;
  onClear?: () => void;
}) {
  const { t } = useTranslation();
  const featuredProduct = featured?.product ?? null;
  // The same product from the catalog: stock as of the last stock.changed (the featured snapshot is as of the feature).
  const product = (featuredProduct && catalog?.products.find((p) => p.id === featuredProduct.id)) ?? featuredProduct;
  const lineup = show?.lineup ?? [];
  const position = product ? lineup.findIndex((i) => i.productId === product.id) : -1;
  const item = featured?.lineupItem ?? null;
  const coreNow = useCoreNow(featured?.price);
  // After the show ended (no live or draft show) the core refuses every feature: the controls say so, not a red toast.
  const live = canFeature(show);
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
              <Isolated>{product.title}</Isolated>
            </h3>
            <FeaturedPrice tag={featured?.price ?? null} coreNow={coreNow} />
            <div className="featured-meta">
              {totalStock > 0 ? t('catalog.stock', { count: totalStock }) : <span className="soldout">{t('catalog.soldOut')}</span>}
              {item?.perBuyerLimit != null && <span> · {t('show.perBuyer', { limit: item.perBuyerLimit })}</span>}
            </div>
            <ul className="variant-stock" data-testid="variant-stock">
              {product.variants.map((v) => (
                <li key={v.id} className={v.stock === 0 ? 'out' : ''} data-variant-id={v.id} data-stock={v.stock}>
                  <Isolated>{v.options.join(' / ') || product.title}</Isolated>
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
          {/* The hint names the keys and the catalog only to whoever has them (the host); a moderator is told who decides. */}
          <p data-testid="featured-empty-hint">
            {t(
              onStep
                ? live
                  ? 'show.nothingFeaturedHint'
                  : 'show.noShowToFeature'
                : live
                  ? 'show.nothingFeaturedOnHostsCall'
                  : 'show.noShowOnStream',
            )}
          </p>
        </div>
      )}
      {onStep && onClear && (
        <>
          <div className="onstream-controls">
            <button type="button" onClick={() => onStep('previous')} disabled={!live} data-testid="step-previous">
              ← {t('show.previous')}
            </button>
            <button type="button" className="primary" onClick={() => onStep('next')} disabled={!live} data-testid="step-next">
              {t('show.next')} →
            </button>
            <button type="button" className="ghost" onClick={onClear} disabled={!product || !live}>
              {t('show.clear')}
            </button>
            {dealControl}
          </div>
          {/* With no show to feature the keys do nothing: the reason is said once, on the empty card (or here under a card). */}
          {(live || product) && (
            <p className="keys-hint" data-testid="onstream-keys-hint">
              {t(live ? 'show.keys' : 'show.noShowToFeature')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
