import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, CommerceSummary, Order, OrderState, Product, Role } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { allLines, lineTotalMinor, revenueMinor, takenLines } from '../../../shared/domain/order-states';
import { useKeyAction } from '../../lib/keymap';
import type { StudioClient } from '../../lib/studio-client';
import { measureWithoutLayout } from '../../lib/virtual-measure';
import { useCommand } from '../../lib/use-command';
import { ORDERS_WINDOW } from '../live/live-window';
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

const inFilter = (filter: OrdersFilter, state: OrderState) =>
  filter === 'all' || (filter === 'action' ? ACTION_STATES.includes(state) : state === filter);

/**
 * The orders panel's figures: in its head the lines taken (holding stock) and the revenue, as the live header
 * says them; under it, when it is another number, every line of the show (cancelled and waiting ones too, the
 * "All" chip's count), said as such.
 */
export function OrderTotals({
  taken,
  all,
  valueMinor,
  currency,
  part,
}: {
  taken: number;
  all: number;
  valueMinor: number;
  currency: string;
  part: 'head' | 'all';
}) {
  const { t, i18n } = useTranslation();
  if (part === 'all')
    return all === taken ? null : (
      <p className="orders-all-lines muted" data-testid="orders-all-lines" data-count={all}>
        {t('orders.allLinesCount', { count: all })}
      </p>
    );
  return (
    <span className="orders-totals" data-testid="orders-totals" data-count={all} data-taken={taken} data-value-minor={valueMinor}>
      {t('orders.takenCount', { count: taken })} · <b>{formatMoney(valueMinor, currency, i18n.language)}</b>
    </span>
  );
}

/** Row height before a row is measured (one line, its sub-line and the gap). */
const ROW_ESTIMATE = 66;

/**
 * The current show's orders, live: filter by state, totals, one-click completion, staff actions by role.
 * The list is virtualised (only the rows in view are in the page) over the window of orders the board keeps;
 * its counts and totals are the whole show's, from commerce.summary; older rows are read on reaching the end.
 */
export function OrdersList({
  client,
  role,
  orders,
  summary = null,
  loadOlder,
  catalog,
  initialFilter = 'all',
}: {
  client: StudioClient;
  role: Role;
  /** Newest first: the board's window (use-live-commerce). */
  orders: Order[];
  /** The show's counts and line totals per state; without it the list counts the rows it has. */
  summary?: CommerceSummary | null;
  /** Reads older orders into the window; resolves false when none are left. */
  loadOlder?: () => Promise<boolean>;
  catalog: Catalog | undefined;
  initialFilter?: OrdersFilter;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<OrdersFilter>(initialFilter);
  const products = useMemo(() => new Map<number, Product>(catalog?.products.map((p) => [p.id, p]) ?? []), [catalog]);
  // Per state: how many lines and their line totals, the show's (summary) or else the rows held here.
  const perState = useMemo(() => {
    const c = new Map<OrderState, { count: number; lineTotalMinor: number }>();
    if (summary) {
      for (const [s, count] of Object.entries(summary.orders) as [OrderState, number][])
        if (count > 0) c.set(s, { count, lineTotalMinor: summary.lineTotals[s] ?? 0 });
      return c;
    }
    for (const o of orders) {
      const had = c.get(o.state) ?? { count: 0, lineTotalMinor: 0 };
      c.set(o.state, { count: had.count + 1, lineTotalMinor: had.lineTotalMinor + lineTotalMinor(o) });
    }
    return c;
  }, [orders, summary]);
  const counts = useMemo(() => new Map([...perState].map(([s, x]) => [s, x.count])), [perState]);
  const shown = useMemo(() => sortForWork(filter === 'all' ? orders : orders.filter((o) => inFilter(filter, o.state))), [orders, filter]);
  const currency = summary?.currency ?? orders[0]?.currency ?? catalog?.currency ?? 'PLN';
  // The lines the filter takes (the list's rows, read page by page from the core).
  const shownCount = [...perState].reduce((n, [s, x]) => n + (inFilter(filter, s) ? x.count : 0), 0);
  // The panel's head is the show's, whatever the filter: the lines taken (holding stock) and the revenue, the live
  // header's figures from the same functions (shared/domain/order-states.ts); every line of the show (the "All"
  // chip: cancelled and waiting ones too) is named as such beside them when it is another number.
  const perStateCounts = Object.fromEntries(counts) as Partial<Record<OrderState, number>>;
  const taken = takenLines(perStateCounts);
  const all = allLines(perStateCounts);
  const value =
    summary?.revenueMinor ?? revenueMinor([...perState].map(([state, x]) => ({ state, lineTotalMinor: x.lineTotalMinor, refundMinor: 0 })));
  // The keyboard's selected order (J/K or ↓/↑), accepted with C: a claim is confirmed.
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const { error: keyError, run, fail, clear } = useCommand();
  const moveSelection = (by: 1 | -1) => {
    if (shown.length === 0) return;
    const at = shown.findIndex((o) => o.id === selectedId);
    const next = at === -1 ? (by === 1 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, at + by));
    setSelectedId(shown[next]!.id);
    clear();
  };
  useKeyAction('orderDown', () => moveSelection(1));
  useKeyAction('orderUp', () => moveSelection(-1));
  useKeyAction('acceptSelected', () => {
    const order = shown.find((o) => o.id === selectedId);
    if (!order) return fail(t('liveUx.keys.noSelection'));
    if (order.state !== 'claimed') return fail(t('liveUx.keys.notAcceptable', { state: t(`orders.state.${order.state}`) }));
    void run(() => client.call('orders.setState', { orderId: order.id, state: 'confirmed' }));
  });
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    measureElement: measureWithoutLayout,
    overscan: 10,
    getItemKey: (i) => shown[i]!.id,
  });
  // The selected row is brought into view (it may not be in the page yet: the list is virtualised).
  useEffect(() => {
    if (selectedId === null) return;
    const at = shown.findIndex((o) => o.id === selectedId);
    if (at >= 0) virtual.scrollToIndex(at, { align: 'auto' });
  }, [selectedId]); // only when the selection moves, not on every new order

  // Reaching the end of the rows held here reads the page before them from the core.
  const [olderState, setOlderState] = useState<'idle' | 'loading' | 'done'>('idle');
  const items = virtual.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;
  // Only a full window has older rows in the core (a window still filling is just ahead of the summary).
  const more = loadOlder !== undefined && olderState !== 'done' && orders.length >= ORDERS_WINDOW && shownCount > shown.length;
  useEffect(() => setOlderState((s) => (s === 'done' ? 'idle' : s)), [shownCount]);
  const readOlder = useCallback(() => {
    if (!loadOlder || olderState !== 'idle') return;
    setOlderState('loading');
    loadOlder().then(
      (left) => setOlderState(left ? 'idle' : 'done'),
      () => setOlderState('idle'),
    );
  }, [loadOlder, olderState]);
  useEffect(() => {
    if (more && shown.length > 0 && lastShown >= shown.length - 1) readOlder();
  }, [more, lastShown, shown.length, readOlder]);

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
        <OrderTotals taken={taken} all={all} valueMinor={value} currency={currency} part="head" />
      </div>
      <OrderTotals taken={taken} all={all} valueMinor={value} currency={currency} part="all" />
      <div className="filter-chips" role="tablist" aria-label={t('orders.filter')}>
        {chip('all', t('orders.filterAll'), all)}
        {chip('action', t('orders.filterAction'), actionCount)}
        {STATE_ORDER.filter((s) => (counts.get(s) ?? 0) > 0 || filter === s).map((s) =>
          chip(s, t(`orders.state.${s}`), counts.get(s) ?? 0),
        )}
      </div>
      {keyError && (
        <div className="form-error" role="alert" data-testid="orders-key-error">
          {keyError}
        </div>
      )}
      <div className="orders-scroll" ref={scroller} data-testid="orders-scroll">
        {shown.length === 0 && (
          <p className="orders-empty muted">{shownCount === 0 && orders.length === 0 ? t('orders.empty') : t('orders.emptyFilter')}</p>
        )}
        {/* The rows are the list's own children (a bench watches them arrive); each slot is measured. */}
        {/* In flow after a spacer, not each at its offset: a new row not yet measured pushes the rows under it down
            instead of lying over them for a frame (its estimate was shorter than a row with actions). */}
        <ul className="orders-list" data-testid="orders-list" style={{ height: virtual.getTotalSize(), paddingTop: items[0]?.start ?? 0 }}>
          {items.map((item) => {
            const o = shown[item.index]!;
            return (
              <li key={item.key} className="order-slot" data-index={item.index} ref={virtual.measureElement}>
                <OrderRow order={o} product={products.get(o.productId)} role={role} client={client} selected={o.id === selectedId} />
              </li>
            );
          })}
        </ul>
        {more && (
          <button
            type="button"
            className="small ghost orders-older"
            onClick={readOlder}
            disabled={olderState === 'loading'}
            data-testid="orders-older"
          >
            {t('livePerf.olderOrders', { count: shownCount - shown.length })}
          </button>
        )}
      </div>
    </section>
  );
}
