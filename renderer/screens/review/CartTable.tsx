import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cart } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { formatShowTime } from '../../lib/show-time';
import { listKeyAction } from './list-keys';
import { Isolated } from '../../widgets/Isolated';
import { observeRectAfterLayout, scrollSkippingFirstToTop } from '../../lib/virtual-measure';
import { rowWords, type RowWords } from './row-words';

/**
 * Lines that hold no stock yet but wait for something: a cart of only such lines counts 0 units and no money,
 * so its row says what it holds (the cart's page lists them).
 */
const WAITING_LINES = [
  ['waitlisted', 'review.waitlistedLines'],
  ['needs_details', 'review.needsDetailsLines'],
  ['held', 'review.heldLines'],
] as const;

/** Every row is one line high: a fixed size needs no measuring, so 5,000 carts scroll as smoothly as 50. */
export const ROW_PX = 44;
/** The column heads stick to the top of the scroller; rows start below them and scroll into view below them. */
const HEAD_PX = 36;

export interface CartTableProps {
  carts: Cart[];
  /** Carts matching the filter (rows beyond the loaded ones are drawn as placeholders until their page arrives). */
  total: number;
  /** The first page of a new list is on its way (the grid says so: aria-busy). */
  busy: boolean;
  selected: ReadonlySet<number>;
  /** The row under the keyboard cursor; -1 for none. */
  active: number;
  openId: number | null;
  timeZone: string | undefined;
  onActive: (index: number, extendFrom?: number) => void;
  onToggle: (cartId: number) => void;
  onToggleAll: () => void;
  onOpen: (cartId: number) => void;
  onEscape: () => void;
}

const Row = memo(function Row({
  words,
  language,
  cart,
  index,
  selected,
  active,
  open,
  timeZone,
  onToggle,
  onClick,
}: {
  cart: Cart;
  index: number;
  selected: boolean;
  active: boolean;
  open: boolean;
  timeZone: string | undefined;
  onToggle: (cartId: number) => void;
  onClick: (index: number, cartId: number) => void;
  /** The table's words and language (new ones when the language changes): no i18n subscription or lookup per row. */
  words: RowWords;
  language: string;
}) {
  const { word } = words;
  const money = (minor: number) => formatMoney(minor, cart.currency, language);
  const due = cart.paidAt ?? cart.deadlineAt;
  return (
    <div
      role="row"
      id={`cart-row-${cart.id}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`cart-row${active ? ' active' : ''}${selected ? ' selected' : ''}${open ? ' open' : ''}`}
      onClick={() => onClick(index, cart.id)}
      data-testid="cart-row"
      data-cart-id={cart.id}
      data-buyer={cart.buyer.name}
      data-state={cart.state}
    >
      <span role="gridcell" className="cart-cell-select">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          onChange={() => onToggle(cart.id)}
          onClick={(e) => e.stopPropagation()}
          aria-label={words.selectCart(cart.buyer.name)}
          data-testid="cart-select"
        />
      </span>
      <span role="gridcell" className="cart-cell-buyer">
        <Isolated>{cart.buyer.name}</Isolated>
        <span className={`platform-tag platform-${cart.buyer.platform}`}>
          {word(`orders.source.${cart.buyer.platform}`, { defaultValue: cart.buyer.platform })}
        </span>
      </span>
      <span role="gridcell" className="cart-cell-num">
        {word('review.units', { count: cart.units })}
      </span>
      <span role="gridcell" className="cart-cell-money" data-testid="cart-total">
        {money(cart.totalMinor)}
      </span>
      <span role="gridcell" className="cart-cell-state">
        <span className={`state-chip cart-state-${cart.state}`} data-testid="cart-state">
          {word(`review.state.${cart.state}`)}
        </span>
        {cart.releaseDue && <span className="cart-flag bad">{word('review.releaseDue')}</span>}
        {!cart.releaseDue && cart.reminderDue && <span className="cart-flag">{word('review.reminderDue')}</span>}
        {WAITING_LINES.map(([state, key]) =>
          cart.lineCounts[state] ? (
            <span key={state} className="cart-flag" data-testid={`cart-flag-${state}`}>
              {word(key, { count: cart.lineCounts[state] })}
            </span>
          ) : null,
        )}
      </span>
      <span role="gridcell" className="cart-cell-muted">
        {cart.paymentMethod ? word(`review.payment.${cart.paymentMethod}`) : '—'}
      </span>
      <span role="gridcell" className="cart-cell-muted">
        {cart.shipping?.name ?? '—'}
      </span>
      <span role="gridcell" className="cart-cell-muted">
        {due !== null ? formatShowTime(due, language, timeZone, 'short') : ''}
      </span>
    </div>
  );
});

/**
 * The carts as a virtualised grid: only the rows in view exist in the page.
 * The grid holds focus and moves a cursor (aria-activedescendant), so the
 * keyboard works the whole list without a tab stop per row.
 */
export function CartTable(props: CartTableProps) {
  const { t, i18n } = useTranslation();
  const { carts, total, busy, selected, active, openId, timeZone, onActive, onToggle, onToggleAll, onOpen, onEscape } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const words = useMemo(() => rowWords(t), [t]);
  // Stable while the loaded carts are: the virtualiser lays out every row again (all 5,000) when it changes.
  // Rows not loaded yet get negative keys, which no cart id takes.
  const itemKey = useCallback((i: number) => carts[i]?.id ?? -1 - i, [carts]);
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    scrollMargin: HEAD_PX,
    scrollPaddingStart: HEAD_PX,
    overscan: 12,
    getItemKey: itemKey,
    // The window's height until the scroller is measured: the first rows are in the first render pass,
    // not in a second one after the layout effect measured the box (it then keeps to the real size).
    initialRect: { width: 0, height: globalThis.innerHeight ?? 0 },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollSkippingFirstToTop,
  });

  useEffect(() => {
    if (active >= 0) virtual.scrollToIndex(active, { align: 'auto' });
  }, [active, virtual]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_PX) / ROW_PX));
    const action = listKeyAction(e, { active }, carts.length, page);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'move') {
      onActive(action.to, action.extend ? Math.max(0, active) : undefined);
      // The cursor already there (Home on the first row after scrolling away with the wheel): bring it into view all the same.
      if (action.to === active) virtual.scrollToIndex(active, { align: 'auto' });
    } else if (action.kind === 'toggle') onToggle(carts[action.index]!.id);
    else if (action.kind === 'open') onOpen(carts[action.index]!.id);
    else if (action.kind === 'selectAll') onToggleAll();
    else onEscape();
  };
  const onRowClick = useCallback(
    (index: number, cartId: number) => {
      onActive(index);
      onOpen(cartId);
    },
    [onActive, onOpen],
  );
  const allSelected = carts.length > 0 && carts.every((c) => selected.has(c.id));
  const activeCart = active >= 0 ? carts[active] : undefined;

  return (
    <div className="cart-table" data-testid="cart-table" data-count={carts.length} data-total={total}>
      <div
        className="cart-scroll"
        ref={scroller}
        role="grid"
        aria-label={t('review.title')}
        aria-rowcount={total + 1}
        aria-multiselectable="true"
        aria-busy={busy}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (active < 0 && carts.length) onActive(0);
        }}
        aria-activedescendant={activeCart ? `cart-row-${activeCart.id}` : undefined}
        data-testid="cart-scroll"
      >
        <div role="row" aria-rowindex={1} className="cart-row cart-head" style={{ height: HEAD_PX }}>
          <span role="columnheader" className="cart-cell-select">
            <input
              type="checkbox"
              tabIndex={-1}
              checked={allSelected}
              onChange={onToggleAll}
              aria-label={t('review.selectAll')}
              data-testid="cart-select-all"
            />
          </span>
          <span role="columnheader">{t('review.col.buyer')}</span>
          <span role="columnheader" className="cart-cell-num">
            {t('review.col.units')}
          </span>
          <span role="columnheader" className="cart-cell-money">
            {t('review.col.total')}
          </span>
          <span role="columnheader">{t('review.col.state')}</span>
          <span role="columnheader">{t('review.col.payment')}</span>
          <span role="columnheader">{t('review.col.shipping')}</span>
          <span role="columnheader">{t('review.col.due')}</span>
        </div>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const cart = carts[item.index];
            return (
              <div key={item.key} className="cart-slot" style={{ transform: `translateY(${item.start - HEAD_PX}px)`, height: ROW_PX }}>
                {cart ? (
                  <Row
                    words={words}
                    language={i18n.language}
                    cart={cart}
                    index={item.index}
                    selected={selected.has(cart.id)}
                    active={item.index === active}
                    open={cart.id === openId}
                    timeZone={timeZone}
                    onToggle={onToggle}
                    onClick={onRowClick}
                  />
                ) : (
                  <div className="cart-row cart-row-pending" aria-hidden />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
