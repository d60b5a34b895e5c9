import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Order, OrderState, Product, Role } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { lineTotalMinor, revenueMinor } from '../../../shared/domain/order-states';
import type { StudioClient } from '../../lib/studio-client';
import { OrderRow } from './OrderRow';
import './orders.css';

/** "Needs action": what a moderator deals with during the show (details, confirmation, the waitlist). */
const ACTION_STATES: readonly OrderState[] = ['needs_details', 'claimed', 'waitlisted'];
const STATE_ORDER: readonly OrderState[] = [
  'needs_details',
  'claimed',
  'confirmed',
  'paid',
  'packed',
  'shipped',
  'waitlisted',
  'cancelled',
];

export type OrdersFilter = 'all' | 'action' | OrderState;

/** Needs-details orders first (each is a buyer waiting for us), then everything newest first. */
function sortForWork(orders: Order[]): Order[] {
  const needs = orders.filter((o) => o.state === 'needs_details');
  return needs.length ? needs.concat(orders.filter((o) => o.state !== 'needs_details')) : orders;
}

/** The current show's orders, live: filter by state, totals, one-click completion, staff actions by role. */
export function OrdersList({
  client,
  role,
  orders,
  catalog,
  initialFilter = 'all',
}: {
  client: StudioClient;
  role: Role;
  /** Newest first. */
  orders: Order[];
  catalog: Catalog | undefined;
  initialFilter?: OrdersFilter;
}) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<OrdersFilter>(initialFilter);
  const products = useMemo(() => new Map<number, Product>(catalog?.products.map((p) => [p.id, p]) ?? []), [catalog]);
  const counts = useMemo(() => {
    const c = new Map<OrderState, number>();
    for (const o of orders) c.set(o.state, (c.get(o.state) ?? 0) + 1);
    return c;
  }, [orders]);
  const shown = useMemo(() => {
    const picked =
      filter === 'all' ? orders : orders.filter((o) => (filter === 'action' ? ACTION_STATES.includes(o.state) : o.state === filter));
    return sortForWork(picked);
  }, [orders, filter]);
  const currency = orders[0]?.currency ?? catalog?.currency ?? 'PLN';
  // The show's revenue rule (shared/domain/order-states.ts, the one definition) over the lines shown: with
  // every line shown it is the header's figure (commerce.summary). Refunds come after the show.
  const value = revenueMinor(shown.map((o) => ({ state: o.state, lineTotalMinor: lineTotalMinor(o), refundMinor: 0 })));
  const actionCount = ACTION_STATES.reduce((n, s) => n + (counts.get(s) ?? 0), 0);

  const chip = (key: OrdersFilter, label: string, count: number) => (
    <button
      key={key}
      type="button"
      role="tab"
      aria-selected={filter === key}
      className={`filter-chip${filter === key ? ' on' : ''}${key === 'needs_details' || (key === 'action' && (counts.get('needs_details') ?? 0) > 0) ? ' attention' : ''}`}
      onClick={() => setFilter(key)}
      data-testid={`orders-filter-${key}`}
    >
      {label} <span className="chip-count">{count}</span>
    </button>
  );

  return (
    <section className="orders" aria-labelledby="orders-title" data-testid="orders">
      <div className="live-panel-head">
        <h2 id="orders-title" className="section-title">
          {t('orders.title')}
        </h2>
        <span className="orders-totals" data-testid="orders-totals" data-count={shown.length} data-value-minor={value}>
          {t('orders.count', { count: shown.length })} · <b>{formatMoney(value, currency, i18n.language)}</b>
        </span>
      </div>
      <div className="filter-chips" role="tablist" aria-label={t('orders.filter')}>
        {chip('all', t('orders.filterAll'), orders.length)}
        {chip('action', t('orders.filterAction'), actionCount)}
        {STATE_ORDER.filter((s) => (counts.get(s) ?? 0) > 0 || filter === s).map((s) =>
          chip(s, t(`orders.state.${s}`), counts.get(s) ?? 0),
        )}
      </div>
      <ul className="orders-list" data-testid="orders-list">
        {shown.length === 0 && <li className="orders-empty muted">{orders.length === 0 ? t('orders.empty') : t('orders.emptyFilter')}</li>}
        {shown.map((o) => (
          <OrderRow key={o.id} order={o} product={products.get(o.productId)} role={role} client={client} />
        ))}
      </ul>
    </section>
  );
}
