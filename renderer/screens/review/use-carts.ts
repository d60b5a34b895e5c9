import { useCallback, useEffect, useRef, useState } from 'react';
import type { Cart, CartList, CartState, PaymentMethod } from '../../../shared/contract';
import { FIRST_CARTS_PAGE } from '../../lib/first-reads';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';

/** What the table shows; the core filters (its search reaches customers' e-mails and SKUs the list does not carry). */
export interface CartFilter {
  /** This show's carts, or every show's (a customer's carts across shows, to combine them). */
  scope: 'show' | 'all';
  states: CartState[];
  productId: number | null;
  buyerId: number | null;
  /** The buyer's name, for the filter chip (the list has it; the id alone says nothing). */
  buyerName: string | null;
  platform: string | null;
  paymentMethod: PaymentMethod | 'none' | null;
  search: string;
}

export const NO_FILTER: CartFilter = {
  scope: 'show',
  states: [],
  productId: null,
  buyerId: null,
  buyerName: null,
  platform: null,
  paymentMethod: null,
  search: '',
};

/**
 * The first page is small so the first rows paint at once; the rest follow once they are painted and
 * the page is idle, in pages small enough that neither the core nor this window is busy with one for
 * long (a 1,000-cart page is ~600 KB to build, send and parse, and would hold up the first frame).
 */
const FIRST_PAGE = FIRST_CARTS_PAGE;
const PAGE = 500;
/** Waits for the frame after the current one to be produced, then for the page to be idle (bounded). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 300 }) : resolve()), 0),
    ),
  );
}
/** A burst of carts.changed (a bulk action, a chat batch) re-reads the list once. */
const RELOAD_AFTER_MS = 400;

export interface CartsView {
  /** In the core's order (buyer name, then id). */
  carts: Cart[];
  /** Carts matching the filter, every page (more than `carts.length` while pages load). */
  total: number;
  counts: CartList['counts'] | null;
  loaded: boolean;
  error: unknown;
  reload: () => void;
}

const input = (showId: number | null, f: CartFilter, offset: number, limit: number) => ({
  showId: f.scope === 'all' ? null : showId,
  ...(f.states.length ? { states: f.states } : {}),
  ...(f.productId !== null ? { productId: f.productId } : {}),
  ...(f.buyerId !== null ? { buyerId: f.buyerId } : {}),
  ...(f.platform !== null ? { platform: f.platform } : {}),
  ...(f.paymentMethod !== null ? { paymentMethod: f.paymentMethod } : {}),
  ...(f.search.trim() ? { search: f.search.trim() } : {}),
  offset,
  limit,
});

/** A cart from an event or a page: the higher version wins, whichever arrived first. */
export function mergeCarts(current: readonly Cart[], incoming: readonly Cart[]): Cart[] {
  const byId = new Map(incoming.map((c) => [c.id, c]));
  return current.map((c) => {
    const next = byId.get(c.id);
    return next && next.version >= c.version ? next : c;
  });
}

/** State counts after listed carts changed state (a cart not listed is left to the re-read). */
export function moveCounts(counts: CartList['counts'], changed: readonly Cart[], had: ReadonlyMap<number, CartState>): CartList['counts'] {
  const next = { ...counts };
  for (const c of changed) {
    const before = had.get(c.id);
    if (before === undefined || before === c.state) continue;
    next[before] = Math.max(0, next[before] - 1);
    next[c.state] += 1;
  }
  return next;
}

/**
 * A show's carts (or every show's) under a filter, kept live from
 * `carts.changed`: a changed cart is replaced in place at once, and the list
 * is re-read shortly after when the change may move it in or out of the
 * filter (a new cart, a new state).
 */
export function useCarts(client: StudioClient, showId: number | null | undefined, filter: CartFilter): CartsView {
  const phase = useConnectionPhase(client);
  // The first page main.tsx asked for while the page loaded, if it is here: the first rows are in the
  // render that mounts the table (the effect below takes the same reply, and sets the same values).
  const [arrived] = useState(() =>
    showId === undefined || (showId === null && filter.scope === 'show')
      ? undefined
      : client.arrived('carts.list', input(showId, filter, 0, FIRST_PAGE)),
  );
  const [carts, setCarts] = useState<Cart[]>(arrived?.carts ?? []);
  const [total, setTotal] = useState(arrived?.total ?? 0);
  const [counts, setCounts] = useState<CartList['counts'] | null>(arrived?.counts ?? null);
  const [loaded, setLoaded] = useState(arrived !== undefined);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  // A new show or filter empties the list in the same render that shows the new filter (not in an effect
  // after it): otherwise one frame shows the old rows under the new filter, and a key pressed in that frame
  // acts on a row that is about to go.
  const [listFor, setListFor] = useState({ showId, filter });
  if (listFor.showId !== showId || listFor.filter !== filter) {
    setListFor({ showId, filter });
    setCarts([]);
    setTotal(0);
    setCounts(null);
    setLoaded(false);
  }

  // The first read is sent while the socket still connects (socket.io sends it once connected: the first
  // rows do not wait for a render in between); after a lost connection, once it is back.
  const reachable = phase === 'connecting' || phase === 'connected';
  useEffect(() => {
    if (!reachable || showId === undefined || (showId === null && filter.scope === 'show')) return;
    let stale = false;
    void (async () => {
      try {
        const first = await client.call('carts.list', input(showId, filter, 0, FIRST_PAGE));
        if (stale) return;
        let all = first.carts;
        setCarts(all);
        setTotal(first.total);
        setCounts(first.counts);
        setLoaded(true);
        setError(null);
        while (all.length < first.total) {
          await afterPaint();
          if (stale) return;
          const page = await client.call('carts.list', input(showId, filter, all.length, PAGE));
          if (stale || page.carts.length === 0) return;
          all = all.concat(page.carts);
          setCarts(all);
          setTotal(page.total);
        }
      } catch (e) {
        if (stale) return;
        setError(e);
        setLoaded(true);
      }
    })();
    return () => {
      stale = true;
    };
  }, [client, reachable, showId, filter, generation]);

  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(pending.current ?? undefined), []);
  const later = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      reload();
    }, RELOAD_AFTER_MS);
  }, [reload]);

  const shown = useRef(carts);
  shown.current = carts;
  useEvent(
    client,
    'carts.changed',
    useCallback(
      ({ carts: changed }: { carts: Cart[] }) => {
        const mine =
          filter.scope === 'all' ? changed : changed.filter((c) => c.showId === showId || (showId != null && c.showIds.includes(showId)));
        if (mine.length === 0) return;
        const had = new Map(shown.current.map((c) => [c.id, c.state]));
        setCarts((cur) => mergeCarts(cur, mine));
        // The chips count the move at once; the re-read below brings the core's own counts.
        setCounts((cur) => (cur ? moveCounts(cur, mine, had) : cur));
        // A new cart, or one whose state changed, may enter or leave the filter: the core decides.
        if (mine.some((c) => had.get(c.id) !== c.state)) later();
      },
      [filter.scope, showId, later],
    ),
  );

  return { carts, total, counts, loaded, error, reload };
}
