import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cart, Catalog, Role, ShowSummary } from '../../../shared/contract';
import { readRoute, writeRoute } from '../../lib/route';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { BankImport } from './BankImport';
import { BulkBar } from './BulkBar';
import { CartTable } from './CartTable';
import { ReleasesDue } from './ReleasesDue';
import { ReviewFilters } from './ReviewFilters';
import { extendSelection, toggleSelection } from './list-keys';
import { NO_FILTER, useCarts, type CartFilter } from './use-carts';
import '../orders/orders.css';
import './review.css';
import { Isolated } from '../../widgets/Isolated';
import { lazyScreen } from '../../lib/lazy-screen';

// A cart's page (its lines, payment, invoice and shipping panels: most of this screen's code) is its own
// chunk, fetched once the table has painted: a cold Review load parses only what its first frame shows.
const CartPage = lazyScreen(() => import('./CartPage').then((m) => m.CartPage));

/**
 * After the show: the show's carts as a table (filter, search, select in
 * bulk, work it from the keyboard) and one cart's page beside it. What a
 * role may do comes from the contract; a moderator sees and marks paid.
 */
export function ReviewScreen({
  client,
  role,
  showId,
  show,
  catalog,
}: {
  client: StudioClient;
  role: Role;
  /** The viewed show (known from the address before the show list loads); undefined until known. */
  showId: number | null | undefined;
  show: ShowSummary | null;
  catalog: Catalog | undefined;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<CartFilter>(NO_FILTER);
  const view = useCarts(client, showId, filter);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [active, setActive] = useState(-1);
  const [openId, setOpenId] = useState<number | null>(() => readRoute().cart);
  const grid = useRef<HTMLDivElement>(null);
  // The list loads in the background: its failure is shown through the one command path.
  const { error: listError, fail, clear } = useCommand();
  useEffect(() => (view.error ? fail(view.error) : clear()), [view.error, fail, clear]);
  // Once the first rows are shown and the page is idle, the cart page's code comes, so opening a cart waits for nothing.
  useEffect(() => {
    if (!view.loaded) return;
    const idle = requestIdleCallback(() => void CartPage.preload().catch(() => undefined), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [view.loaded]);

  // A new show or filter starts a new list: the cursor and the selection belonged to the old one
  // (reset in the same render, like the list itself).
  const [listFor, setListFor] = useState({ showId, filter });
  if (listFor.showId !== showId || listFor.filter !== filter) {
    setListFor({ showId, filter });
    setSelected(new Set());
    setActive(-1);
  }

  const open = useCallback((cartId: number | null) => {
    setOpenId(cartId);
    writeRoute({ cart: cartId });
  }, []);
  const close = useCallback(() => {
    open(null);
    grid.current?.querySelector<HTMLElement>('[data-testid=cart-scroll]')?.focus();
  }, [open]);

  // Escape closes the open cart wherever focus went (a button that did its job and disappeared leaves it on the page).
  useEffect(() => {
    if (openId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId, close]);

  const carts = view.carts;
  const ids = useMemo(() => carts.map((c) => c.id), [carts]);
  const onActive = useCallback(
    (index: number, extendFrom?: number) => {
      setActive(index);
      if (extendFrom !== undefined) setSelected((s) => extendSelection(s, ids, extendFrom, index));
      // The open page follows the cursor, so j/k reads cart after cart.
      setOpenId((cur) => {
        if (cur === null) return cur;
        const next = ids[index] ?? cur;
        writeRoute({ cart: next });
        return next;
      });
    },
    [ids],
  );
  const onToggle = useCallback((cartId: number) => setSelected((s) => toggleSelection(s, cartId)), []);
  const onToggleAll = useCallback(
    () => setSelected((s) => (ids.length > 0 && ids.every((id) => s.has(id)) ? new Set() : new Set(ids))),
    [ids],
  );
  const onEscape = useCallback(() => {
    if (openId !== null) close();
    else setSelected(new Set());
  }, [openId, close]);

  const selectedCarts = useMemo(() => carts.filter((c) => selected.has(c.id)), [carts, selected]);
  const buyerCarts = useCallback(
    (cart: Cart) => setFilter({ ...NO_FILTER, scope: 'all', buyerId: cart.buyer.id, buyerName: cart.buyer.name }),
    [],
  );
  const timeZone = show?.timeZone;

  return (
    <section className={`review${openId !== null ? ' with-page' : ''}`} data-testid="review" data-show-id={showId ?? ''} ref={grid}>
      <div className="review-main">
        <div className="review-head">
          <h2 className="section-title">
            {t('review.title')}
            {show && (
              <>
                {' · '}
                <Isolated>{show.title}</Isolated>
              </>
            )}
          </h2>
          <span className="muted" data-testid="review-count">
            {t('review.count', { count: view.total })}
          </span>
          <BankImport client={client} role={role} currency={catalog?.currency ?? 'USD'} />
        </div>
        <ReleasesDue client={client} role={role} ready={view.loaded} />
        <ReviewFilters filter={filter} onFilter={setFilter} counts={view.counts} catalog={catalog} />
        <BulkBar client={client} role={role} carts={selectedCarts} onDone={() => setSelected(new Set())} onReload={view.reload} />
        {listError && (
          <div className="form-error" role="alert" data-testid="review-error">
            {listError}
          </div>
        )}
        {showId === null && filter.scope === 'show' ? (
          <p className="muted review-empty">{t('review.noShow')}</p>
        ) : view.loaded && view.total === 0 ? (
          <p className="muted review-empty" data-testid="review-empty">
            {/* Nothing to filter yet reads as such, not as a filter that matched nothing. */}
            {isUnfiltered(filter) ? t(filter.scope === 'show' ? 'review.noCartsInShow' : 'review.noCarts') : t('review.empty')}
          </p>
        ) : (
          <CartTable
            carts={carts}
            total={view.total}
            busy={!view.loaded}
            selected={selected}
            active={active}
            openId={openId}
            timeZone={timeZone}
            onActive={onActive}
            onToggle={onToggle}
            onToggleAll={onToggleAll}
            onOpen={open}
            onEscape={onEscape}
          />
        )}
        <p className="muted keys-hint">{t('review.keys')}</p>
      </div>
      {openId !== null && (
        <CartPage
          key={openId}
          client={client}
          role={role}
          cartId={openId}
          catalog={catalog}
          timeZone={timeZone}
          onClose={close}
          onBuyerCarts={buyerCarts}
        />
      )}
    </section>
  );
}

/** Whether the list shows everything in its scope (no state, product, platform, payment, buyer or search filter). */
function isUnfiltered(filter: CartFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof CartFilter)[]).every((key) =>
    key === 'scope' ? true : key === 'states' ? filter.states.length === 0 : filter[key] === NO_FILTER[key],
  );
}
