import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartList, CartState, Catalog, PaymentMethod } from '../../../shared/contract';
import { CART_STATES, CHAT_PLATFORMS, PAYMENT_METHODS } from '../../../shared/contract/carts-values';
import { NO_FILTER, type CartFilter } from './use-carts';
import { Isolated } from '../../widgets/Isolated';

/** Typing pauses this long before the core searches (a search per key would re-read thousands of carts). */
const SEARCH_PAUSE_MS = 250;

/** Filter chips by state (with counts), product, platform, payment method, the buyer picked from a cart, and search. */
export function ReviewFilters({
  filter,
  onFilter,
  counts,
  catalog,
}: {
  filter: CartFilter;
  onFilter: (f: CartFilter) => void;
  counts: CartList['counts'] | null;
  catalog: Catalog | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filter.search);
  useEffect(() => setSearch(filter.search), [filter.search]);
  useEffect(() => {
    if (search === filter.search) return;
    const timer = setTimeout(() => onFilter({ ...filter, search }), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [search, filter, onFilter]);

  const toggleState = (s: CartState) =>
    onFilter({ ...filter, states: filter.states.includes(s) ? filter.states.filter((x) => x !== s) : [...filter.states, s] });
  const filtered = JSON.stringify({ ...filter, search }) !== JSON.stringify(NO_FILTER);

  return (
    <div className="review-filters">
      <div className="review-filter-row">
        <input
          type="search"
          className="review-search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onFilter({ ...filter, search });
          }}
          placeholder={t('review.search')}
          title={t('review.search')}
          aria-label={t('review.search')}
          data-testid="review-search"
        />
        <select
          value={filter.productId ?? ''}
          onChange={(e) => onFilter({ ...filter, productId: e.target.value ? Number(e.target.value) : null })}
          aria-label={t('review.product')}
          data-testid="review-product"
        >
          <option value="">{t('review.anyProduct')}</option>
          {catalog?.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.code} · {p.title}
            </option>
          ))}
        </select>
        <select
          value={filter.platform ?? ''}
          onChange={(e) => onFilter({ ...filter, platform: e.target.value || null })}
          aria-label={t('review.platform')}
          data-testid="review-platform"
        >
          <option value="">{t('review.anyPlatform')}</option>
          {CHAT_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`orders.source.${p}`, { defaultValue: p })}
            </option>
          ))}
        </select>
        <select
          value={filter.paymentMethod ?? ''}
          onChange={(e) => onFilter({ ...filter, paymentMethod: (e.target.value || null) as PaymentMethod | 'none' | null })}
          aria-label={t('review.col.payment')}
          data-testid="review-payment"
        >
          <option value="">{t('review.anyPayment')}</option>
          <option value="none">{t('review.payment.none')}</option>
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`review.payment.${m}`)}
            </option>
          ))}
        </select>
        <select
          value={filter.scope}
          onChange={(e) => onFilter({ ...filter, scope: e.target.value as CartFilter['scope'] })}
          aria-label={t('review.scope')}
          data-testid="review-scope"
        >
          <option value="show">{t('review.scopeShow')}</option>
          <option value="all">{t('review.scopeAll')}</option>
        </select>
        {filter.buyerId !== null && (
          <button
            type="button"
            className="filter-chip on"
            onClick={() => onFilter({ ...filter, buyerId: null, buyerName: null })}
            title={t('review.clearBuyer')}
            data-testid="review-buyer"
          >
            <Isolated>{filter.buyerName}</Isolated> ✕
          </button>
        )}
        {filtered && (
          <button type="button" className="small ghost" onClick={() => onFilter(NO_FILTER)} data-testid="review-clear">
            {t('review.clearFilters')}
          </button>
        )}
      </div>
      <div className="filter-chips" role="group" aria-label={t('review.col.state')}>
        {CART_STATES.map((s) => {
          const count = counts?.[s] ?? 0;
          const on = filter.states.includes(s);
          if (count === 0 && !on) return null;
          return (
            <button
              key={s}
              type="button"
              aria-pressed={on}
              className={`filter-chip${on ? ' on' : ''}`}
              onClick={() => toggleState(s)}
              data-testid={`review-state-${s}`}
            >
              {t(`review.state.${s}`)} <span className="chip-count">{count}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
