import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, PriceTag, Product, Show } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { regularPrice } from '../../../shared/domain/regular-price';
import { priceView, showsDealPrice } from '../../../shared/overlay/format';
import { Isolated } from '../../widgets/Isolated';
import { canFeature } from '../../lib/can-feature';
import { useCoreNow } from '../on-stream/use-core-now';

const ROW_HEIGHT = 76;

/** The catalog as a virtualised list (a real shop has thousands of variants), searchable, one click to feature. */
export function CatalogPanel({
  catalog,
  show,
  featuredProductId,
  featuredPrice,
  onFeature,
}: {
  catalog: Catalog | undefined;
  show: Show | null;
  featuredProductId: number | null;
  /** The featured product's price tag from the core: its row shows the price the overlay and orders use (a deal's). */
  featuredPrice: PriceTag | null;
  onFeature: (productId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  // No live or draft show (it ended): the core features nothing, so no Feature button (nor Enter) offers to.
  const live = canFeature(show);
  const lineupIds = useMemo(() => new Map(show?.lineup.map((i, n) => [i.productId, n + 1]) ?? []), [show]);
  const products = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const all = catalog?.products ?? [];
    return q ? all.filter((p) => p.code.toLocaleLowerCase().includes(q) || p.title.toLocaleLowerCase().includes(q)) : all;
  }, [catalog, query]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: products.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSelected((s) => Math.min(products.length - 1, s + 1));
      virtual.scrollToIndex(selected + 1);
    }
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected((s) => Math.max(0, s - 1));
      virtual.scrollToIndex(Math.max(0, selected - 1));
    }
    if (e.key === 'Enter' && products[selected] && live) {
      e.preventDefault();
      onFeature(products[selected].id);
    }
  };

  return (
    <section className="catalog" aria-labelledby="catalog-title" data-testid="catalog">
      <div className="catalog-head">
        <h2 id="catalog-title" className="section-title">
          {t('catalog.title')}
        </h2>
        <span className="muted">{t('catalog.products', { count: catalog?.products.length ?? 0 })}</span>
      </div>
      <input
        className="search"
        type="search"
        placeholder={t('catalog.search')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setSelected(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="catalog-search"
      />
      <div className="catalog-list" ref={scroller} tabIndex={0} onKeyDown={onKeyDown} role="listbox" aria-label={t('catalog.title')}>
        {products.length === 0 && catalog && <p className="muted empty">{t('catalog.empty')}</p>}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((row) => {
            const product = products[row.index]!;
            return (
              <ProductRow
                key={product.id}
                product={product}
                currency={catalog!.currency}
                locale={i18n.language}
                top={row.start}
                selected={row.index === selected}
                featured={product.id === featuredProductId}
                priceTag={product.id === featuredProductId ? featuredPrice : null}
                lineupPosition={lineupIds.get(product.id) ?? null}
                onSelect={() => setSelected(row.index)}
                onFeature={() => onFeature(product.id)}
                canFeature={live}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}

function ProductRow(props: {
  product: Product;
  currency: string;
  locale: string;
  top: number;
  selected: boolean;
  featured: boolean;
  priceTag: PriceTag | null;
  lineupPosition: number | null;
  onSelect: () => void;
  onFeature: () => void;
  canFeature: boolean;
}) {
  const { t } = useTranslation();
  const { product } = props;
  const stock = product.variants.reduce((n, v) => n + v.stock, 0);
  return (
    <div
      className={`product-row${props.selected ? ' selected' : ''}${props.featured ? ' featured' : ''}`}
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
      role="option"
      aria-selected={props.selected}
      onClick={props.onSelect}
      data-testid="product-row"
      data-code={product.code}
    >
      <img src={product.images[0]?.url ?? '/media/placeholder.svg'} alt="" loading="lazy" />
      <span className="code">{product.code}</span>
      <span className="title">
        <Isolated title={product.title}>{product.title}</Isolated>
        <small>
          {props.lineupPosition !== null && <span className="lineup-tag">#{props.lineupPosition}</span>}
          {product.optionNames.length > 0 && t('catalog.variants', { count: product.variants.length })}
        </small>
      </span>
      {props.priceTag ? (
        <TaggedPrice tag={props.priceTag} locale={props.locale} />
      ) : (
        <RegularPrice product={product} currency={props.currency} locale={props.locale} />
      )}
      <span className={`stock${stock === 0 ? ' out' : ''}`}>
        {stock === 0 ? t('catalog.soldOut') : t('catalog.stock', { count: stock })}
      </span>
      <button
        type="button"
        className={props.featured ? 'on' : 'primary'}
        onClick={(e) => {
          e.stopPropagation();
          props.onFeature();
        }}
        disabled={!props.canFeature}
        title={props.canFeature ? undefined : t('show.noShowToFeature')}
        data-testid="feature-button"
      >
        {props.featured ? t('catalog.featured') : t('catalog.feature')}
      </button>
    </div>
  );
}

/** A product's regular price, "from" when its variants differ (the rule the core's price tag follows). */
function RegularPrice({ product, currency, locale }: { product: Product; currency: string; locale: string }) {
  const { t } = useTranslation();
  const regular = regularPrice(product.variants);
  if (regular === null) return <span className="price">—</span>;
  const money = formatMoney(regular.cheapest.priceMinor, currency, locale);
  return (
    <span className="price" data-testid="product-price" data-now-minor={regular.cheapest.priceMinor}>
      {regular.from ? t('liveTruth.from', { price: money }) : money}
    </span>
  );
}

/** The featured product's price now, from the core's tag: a running deal's price, the regular one when it ends. */
function TaggedPrice({ tag, locale }: { tag: PriceTag; locale: string }) {
  const { t } = useTranslation();
  const view = priceView(tag, useCoreNow(tag));
  if (view === null) return <span className="price">—</span>;
  const money = formatMoney(view.nowMinor, tag.currency, locale);
  const onDeal = showsDealPrice(tag, view);
  return (
    <span className={`price${onDeal ? ' deal' : ''}`} data-testid="product-price" data-now-minor={view.nowMinor}>
      {view.from ? t('liveTruth.from', { price: money }) : money}
    </span>
  );
}
