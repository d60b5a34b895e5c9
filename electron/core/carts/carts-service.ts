import {
  StudioError,
  type Cart,
  type CartDetail,
  type CartEvent,
  type CartList,
  type CartRef,
  type CommandParsedInput,
  type Settings,
  type UnrestoredLine,
} from '../../../shared/contract';
import { DAY_MS, HOUR_MS, releasedByDeadline, WITHDRAWAL_DAYS } from '../../../shared/domain/carts';
import { holdsStock, isUnpaid } from '../../../shared/domain/order-states';
import type { Clock } from '../clock';
import type { CatalogView, ProductView } from '../commerce/catalog-view';
import { placeStaffLine } from '../commerce/claims';
import { Effects } from '../commerce/effects';
import type { CommercePublisher } from '../commerce/publisher';
import { cancelOrder, reassignOrder, releaseOrder } from '../commerce/transitions';
import { ENGINE_ACTOR, promoteWaitlist } from '../commerce/waitlist';
import type { StudioEvents } from '../events';
import {
  cartIdsOfOrders,
  cartsPastDeadline,
  cartsPastDeadlineIn,
  cartsReminderDue,
  combineCartInto,
  getCartRow,
  insertCartEvent,
  listCartEvents,
  cartPageOf,
  listCartHeaders,
  setCartPaid,
  setCartPaymentMethod,
  setCartShipping,
  setPaymentRequest,
  statedCartList,
  waitlistedOfClosedShows,
  type CartHeaderFilter,
  type CartRow,
  type StatedCart,
} from '../store/carts';
import { ReadMemo } from '../store/writes-seen';
import { clearNonPayments, getCustomer, insertNonPayment } from '../store/customers';
import type { Db } from '../store/db';
import { cartOrderRows, getOrderRow, getOrderRows, listCartLines, shippedAt, updateOrder, type OrderRow } from '../store/orders';
import { getShow, isDraftShow, lastStartedShowId } from '../store/shows';
import { readTx, writeTx } from '../store/sql';
import { freeStock, holdForOrder, releaseFromOrder, writeOffReturned } from '../store/stock';
import { getBuyer } from '../store/buyers';
import { reminderText } from './reminders';
import { buildCarts, buildLines } from './views';

export interface Caller {
  actor: string;
}

export interface CartsServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  catalog: CatalogView;
  /** Publishes what a commerce transaction did (stock, orders, summary); carts.changed follows its commerce.committed. */
  publisher: CommercePublisher;
  settings: () => Pick<Settings, 'shipping' | 'deadlines'>;
  /** When this studio started: deadlines that fell due before it were passed while it was closed (the seller confirms those). */
  startedAt: number;
}

/** The lines a cart may still change before payment (variant, quantity). */
const EDITABLE = ['needs_details', 'waitlisted', 'claimed', 'confirmed', 'held'] as const;

/**
 * The carts commands of the contract and the deadline sweep's work. Every change runs in one
 * IMMEDIATE transaction that first checks the cart versions the caller named (stale -> conflict,
 * nothing changed), and is published after it commits: the commerce events (stock, orders,
 * summary), then carts.changed for every cart it touched.
 */
export class CartsService {
  private readonly db: Db;
  /** Carts touched by the transaction being published (commerce.committed adds its orders' carts). */
  private collecting: Set<number> | null = null;
  private readonly unsubscribe: () => void;
  /**
   * Spans the sweeper did not watch although the studio was up (the laptop slept, the wall clock
   * jumped): a deadline that fell due in one is treated like one that fell due while the studio
   * was closed — listed for the seller to confirm, never released silently.
   */
  private readonly unwatched: { after: number; upTo: number }[] = [];
  /**
   * The Review table's matching carts and states per filter (~10 ms for a show of 5,000 carts), kept while nothing
   * is written: a past show's table is read again by every window that opens it and by every page it scrolls to.
   */
  private readonly statedLists: ReadMemo<StatedCart[]>;

  constructor(private readonly deps: CartsServiceDeps) {
    this.db = deps.db;
    this.statedLists = new ReadMemo(deps.db, 8);
    // Chat claims, live cancels and the orders screen change cart lines too: their carts change with them.
    this.unsubscribe = deps.events.internal.subscribe('commerce.committed', ({ effects }) => {
      const cartIds = cartIdsOfOrders(this.db, [...effects.orders]);
      if (this.collecting) for (const id of cartIds) this.collecting.add(id);
      else this.announce(cartIds);
    });
  }

  close(): void {
    this.unsubscribe();
  }

  // --- reading -------------------------------------------------------------------------------

  list(input: CommandParsedInput<'carts.list'>): CartList {
    const showId = input.showId === undefined ? lastStartedShowId(this.db) : input.showId;
    return readTx(this.db, () => {
      // States, counts, order and paging are worked out in SQL: only the page's carts are built.
      const filter: CartHeaderFilter = {
        showId: showId ?? undefined,
        productId: input.productId,
        buyerId: input.buyerId,
        platform: input.platform,
        paymentMethod: input.paymentMethod === undefined ? undefined : input.paymentMethod === 'none' ? null : input.paymentMethod,
        search: input.search || undefined,
      };
      const stated = this.statedLists.get(JSON.stringify(filter), () => statedCartList(this.db, filter));
      const page = cartPageOf(stated, { states: input.states, offset: input.offset, limit: input.limit });
      return { showId, carts: this.carts(page.ids), total: page.total, counts: page.counts };
    });
  }

  get(cartId: number): CartDetail {
    return readTx(this.db, () => {
      const cart = this.carts([cartId])[0];
      if (!cart) throw StudioError.of('not_found', 'noCartWithId', { cartId });
      const customer = getCustomer(this.db, cart.customerId);
      if (!customer) throw StudioError.of('not_found', 'cartHasNoCustomer', { cartId });
      const zone = cart.showId === null ? 'UTC' : (getShow(this.db, cart.showId)?.timeZone ?? 'UTC');
      const history = listCartEvents(this.db, cartId);
      return {
        ...cart,
        lines: buildLines(this.db, listCartLines(this.db, [cartId])),
        customer,
        history,
        reminderText: cart.reminderDue ? reminderText(cart, zone) : null,
        unrestored: this.paidButReleased(cart, history),
      };
    });
  }

  /** Carts whose deadline passed without an automatic release: fell due while the studio was closed, or auto-release is off. */
  releasesDue(): { carts: Cart[] } {
    return { carts: this.carts(this.dueForConfirmation()) };
  }

  // --- lines ---------------------------------------------------------------------------------

  editLine(input: CommandParsedInput<'carts.editLine'>, caller: Caller): CartDetail {
    this.change([input], (effects, now) => {
      const order = this.line(input.cartId, input.orderId);
      const variantId = input.variantId ?? order.variantId;
      if (variantId === null) throw StudioError.of('invalid_input', 'orderNeedsAVariantNameOne', { id: order.id });
      const quantity = input.quantity ?? order.quantity;
      // Fewer units of the same variant: give back the difference (the waitlist first), keep the price it was taken at.
      if (
        holdsStock(order.state) &&
        variantId === order.variantId &&
        quantity < order.quantity &&
        EDITABLE.includes(order.state as never)
      ) {
        updateOrder(this.db, order, { quantity }, caller.actor, `quantity ${order.quantity} -> ${quantity}`, now);
        releaseFromOrder(this.db, variantId, order.quantity - quantity, now);
        effects.orders.add(order.id);
        effects.variants.add(variantId);
        promoteWaitlist(this.db, variantId, now, effects);
        return;
      }
      reassignOrder(
        this.db,
        order,
        this.product(order.productId),
        variantId,
        quantity,
        caller.actor,
        'edited in the cart',
        now,
        effects,
        EDITABLE,
      );
    });
    return this.get(input.cartId);
  }

  addLine(input: CommandParsedInput<'carts.addLine'>, caller: Caller): CartDetail {
    this.change([input], (effects, now) => {
      const cart = this.cartRow(input.cartId);
      if (cart.combinedInto !== null)
        throw StudioError.of('conflict', 'cartWasCombinedIntoCartAdd', { id: cart.id, combinedInto: cart.combinedInto });
      placeStaffLine(
        this.db,
        {
          showId: cart.showId,
          buyerId: cart.buyerId,
          product: this.product(input.productId),
          variantId: input.variantId,
          quantity: input.quantity,
          at: now,
          actor: caller.actor,
          note: input.note,
        },
        effects,
      );
    });
    return this.get(input.cartId);
  }

  removeLine(input: CommandParsedInput<'carts.removeLine'>, caller: Caller): CartDetail {
    this.change([input], (effects, now) => {
      const order = this.line(input.cartId, input.orderId);
      cancelOrder(this.db, order, caller.actor, input.reason ?? 'removed from the cart', now, effects);
    });
    return this.get(input.cartId);
  }

  // --- payment and parcels ---------------------------------------------------------------------

  release(input: CommandParsedInput<'carts.release'>, caller: Caller): { carts: Cart[] } {
    const ids = this.change(input.carts, (effects, now) =>
      input.carts.map((ref) => {
        this.releaseUnpaid(ref.cartId, caller.actor, input.reason ?? 'released by the seller', input.nonPayment, now, effects);
        return ref.cartId;
      }),
    );
    return { carts: this.carts(ids) };
  }

  markPaid(input: CommandParsedInput<'carts.markPaid'>, caller: Caller) {
    const restored: number[] = [];
    const unrestored: UnrestoredLine[] = [];
    const ids = this.change(input.carts, (effects, now) =>
      input.carts.map(({ cartId }) => {
        const cart = this.cartRow(cartId);
        let changed = false;
        let missing = 0;
        for (const order of cartOrderRows(this.db, cartId)) {
          if (isUnpaid(order.state)) {
            updateOrder(this.db, order, { state: 'paid' }, caller.actor, 'payment received', now);
            effects.orders.add(order.id);
            changed = true;
          } else if (order.state === 'released' && order.variantId !== null && cart.paymentRequestedAt !== null) {
            // Paid after the release: the line comes back if its stock is free (the buyer paid; nobody waiting could use
            // these units, or the waitlist would have taken them), else the seller is told.
            if (holdForOrder(this.db, order.variantId, order.quantity, now)) {
              updateOrder(this.db, order, { state: 'paid' }, caller.actor, 'paid after the release; stock was free', now);
              effects.orders.add(order.id);
              effects.variants.add(order.variantId);
              restored.push(order.id);
              changed = true;
            } else {
              unrestored.push(this.unrestoredLine(cartId, order));
              missing += 1;
            }
          }
        }
        if (changed || missing > 0) {
          // The money came in (for every line, restored or not): the payment is recorded and a non-payment made good.
          setCartPaid(this.db, cartId, now, now);
          const cleared = clearNonPayments(this.db, cartId, caller.actor, 'paid after the release', now);
          const why = [
            cleared > 0 ? 'paid after the release: non-payment cleared' : null,
            missing > 0 ? `${missing} line(s) could not be restored: stock gone` : null,
          ].filter(Boolean);
          insertCartEvent(this.db, cartId, 'paid', caller.actor, why.length ? why.join('; ') : null, now);
        }
        return cartId;
      }),
    );
    return { carts: this.carts(ids), restored, unrestored };
  }

  markPacked(input: CommandParsedInput<'carts.markPacked'>, caller: Caller): { carts: Cart[] } {
    const ids = this.change(input.carts, (effects, now) =>
      input.carts.map(({ cartId }) => {
        const cart = this.cartRow(cartId);
        const cod = !releasedByDeadline(cart.paymentMethod);
        const lines = cartOrderRows(this.db, cartId);
        if (!cod && lines.some((o) => isUnpaid(o.state))) throw StudioError.of('conflict', 'cartHasUnpaidLinesMarkIt', { cartId });
        for (const order of lines) {
          if (order.state === 'paid' || (cod && isUnpaid(order.state))) {
            updateOrder(
              this.db,
              order,
              { state: 'packed' },
              caller.actor,
              cod && order.state !== 'paid' ? 'packed for cash on delivery' : null,
              now,
            );
            effects.orders.add(order.id);
          }
        }
        return cartId;
      }),
    );
    return { carts: this.carts(ids) };
  }

  combine(input: CommandParsedInput<'carts.combine'>, caller: Caller): CartDetail {
    this.change([input.into, ...input.carts], (effects, now) => {
      const into = this.cartRow(input.into.cartId);
      const intoBuyer = getBuyer(this.db, into.buyerId);
      this.requireOpen(into);
      this.requireNotRehearsal(into);
      for (const ref of input.carts) {
        if (ref.cartId === into.id) throw StudioError.of('invalid_input', 'aCartCannotBeCombinedInto');
        const from = this.cartRow(ref.cartId);
        if (getBuyer(this.db, from.buyerId)?.customerId !== intoBuyer?.customerId)
          throw StudioError.of('conflict', 'cartBelongsToAnotherCustomerThan', { id: from.id, other: into.id });
        this.requireOpen(from);
        this.requireNotRehearsal(from);
        const moved = combineCartInto(this.db, from.id, into.id, now);
        for (const id of moved) effects.orders.add(id);
        if (into.shipping === null && from.shipping !== null) setCartShipping(this.db, into.id, from.shipping, now);
        if (into.paymentMethod === null && from.paymentMethod !== null) setCartPaymentMethod(this.db, into.id, from.paymentMethod, now);
        const why = `cart ${from.id}${from.showId === null ? '' : ` (show ${from.showId})`} combined into cart ${into.id}`;
        insertCartEvent(this.db, into.id, 'combined', caller.actor, why, now);
        insertCartEvent(this.db, from.id, 'combined', caller.actor, why, now);
        this.collecting?.add(from.id);
      }
    });
    return this.get(input.into.cartId);
  }

  setShipping(input: CommandParsedInput<'carts.setShipping'>, caller: Caller): CartDetail {
    this.change([input], (_effects, now) => {
      if (input.methodId === null) {
        setCartShipping(this.db, input.cartId, null, now);
        insertCartEvent(this.db, input.cartId, 'shipping', caller.actor, 'no shipping method', now);
        return;
      }
      const method = this.deps.settings().shipping.methods.find((m) => m.id === input.methodId);
      if (!method) throw StudioError.of('not_found', 'noShippingMethodInSettings', { methodId: input.methodId });
      setCartShipping(this.db, input.cartId, { methodId: method.id, ...method }, now);
      insertCartEvent(this.db, input.cartId, 'shipping', caller.actor, method.name, now);
    });
    return this.get(input.cartId);
  }

  setPaymentMethod(input: CommandParsedInput<'carts.setPaymentMethod'>, caller: Caller): CartDetail {
    this.change([input], (_effects, now) => {
      setCartPaymentMethod(this.db, input.cartId, input.method, now);
      insertCartEvent(this.db, input.cartId, 'payment_method', caller.actor, input.method, now);
    });
    return this.get(input.cartId);
  }

  requestPayment(input: CommandParsedInput<'carts.requestPayment'>, caller: Caller): { carts: Cart[] } {
    const { reminderHours, releaseHours } = this.deps.settings().deadlines;
    const ids = this.change(input.carts, (_effects, now) =>
      input.carts.map(({ cartId }) => {
        const cart = this.cartRow(cartId);
        if (cart.combinedInto !== null)
          throw StudioError.of('conflict', 'cartWasCombinedIntoCart', { cartId, combinedInto: cart.combinedInto });
        if (!cartOrderRows(this.db, cartId).some((o) => isUnpaid(o.state)))
          throw StudioError.of('conflict', 'cartHasNothingWaitingForPayment', { cartId });
        // Cash on delivery is paid at the door: the request is recorded, no deadline runs.
        const timed = releasedByDeadline(cart.paymentMethod);
        setPaymentRequest(
          this.db,
          cartId,
          {
            requestedAt: now,
            reminderAt: timed ? now + Math.round(reminderHours * HOUR_MS) : null,
            deadlineAt: timed ? now + Math.round(releaseHours * HOUR_MS) : null,
          },
          now,
        );
        insertCartEvent(this.db, cartId, 'payment_requested', caller.actor, null, now);
        return cartId;
      }),
    );
    return { carts: this.carts(ids) };
  }

  returnLine(input: CommandParsedInput<'carts.returnLine'>, caller: Caller): CartDetail {
    this.change([input], (effects, now) => {
      const order = this.line(input.cartId, input.orderId);
      if (order.state !== 'shipped' || order.variantId === null)
        throw StudioError.of('conflict', 'orderIsOnlyAShippedLine', { id: order.id, state: order.state });
      const left = order.quantity - order.returnedQuantity;
      if (input.quantity > left)
        throw StudioError.of('invalid_input', 'orderHasUnitSLeftTo', { id: order.id, left }, [
          { path: 'quantity', message: `at most ${left}` },
        ]);
      const shipped = shippedAt(this.db, order.id);
      if (!input.late && shipped !== null && now > shipped + WITHDRAWAL_DAYS * DAY_MS)
        throw StudioError.of('conflict', 'orderWasShippedMoreThanDays', { id: order.id, days: WITHDRAWAL_DAYS });
      const returnedQuantity = order.returnedQuantity + input.quantity;
      const what = `returned ${input.quantity} of ${order.quantity}; refund ${input.refundMinor}; ${input.stock === 'restock' ? 'restocked' : 'written off'}`;
      updateOrder(
        this.db,
        order,
        {
          returnedQuantity,
          refundMinor: order.refundMinor + input.refundMinor,
          state: returnedQuantity === order.quantity ? 'returned' : 'shipped',
        },
        caller.actor,
        input.reason ? `${what}: ${input.reason}` : what,
        now,
      );
      effects.orders.add(order.id);
      if (input.stock === 'restock') {
        releaseFromOrder(this.db, order.variantId, input.quantity, now);
        effects.variants.add(order.variantId);
        promoteWaitlist(this.db, order.variantId, now, effects);
      } else {
        writeOffReturned(this.db, order.variantId, input.quantity, caller.actor, now, { orderId: order.id, note: input.reason ?? null });
      }
    });
    return this.get(input.cartId);
  }

  confirmReleases(input: CommandParsedInput<'carts.confirmReleases'>, caller: Caller): { carts: Cart[] } {
    const ids = this.change(input.carts, (effects, now) => {
      const due = new Set(this.dueForConfirmation(now));
      return input.carts.map(({ cartId }) => {
        if (!due.has(cartId)) throw StudioError.of('conflict', 'cartHasNoReleaseWaitingTo', { cartId });
        if (input.action === 'release') this.releaseUnpaid(cartId, caller.actor, 'payment deadline passed (confirmed)', true, now, effects);
        else {
          setPaymentRequest(this.db, cartId, null, now, true);
          insertCartEvent(this.db, cartId, 'release_kept', caller.actor, 'kept after the deadline: waiting for the money', now);
        }
        return cartId;
      });
    });
    return { carts: this.carts(ids) };
  }

  // --- the deadline sweep (driven by DeadlineSweeper) -------------------------------------------

  /**
   * One sweep at `now`: reminders that fell due since `since` are announced; waitlists of shows
   * whose carts closed end; with auto-release on, carts whose deadline passed while the studio
   * ran are released for non-payment. Those that fell due before it started, or in a `gap` (the
   * sweeper did not tick from `since` to `now`: a sleeping laptop), wait for the seller.
   */
  sweep(since: number, now: number, gap = false): { reminders: number[]; released: number[]; waitlistsEnded: number[] } {
    const { autoRelease, cartsCloseDays } = this.deps.settings().deadlines;
    if (gap && now > since) this.unwatched.push({ after: since, upTo: now });
    const reminders = cartsReminderDue(this.db, since, now);
    const ending = waitlistedOfClosedShows(this.db, now - cartsCloseDays * DAY_MS);
    const unwatched = new Set(cartsPastDeadlineIn(this.db, this.unwatched));
    const releasing = autoRelease ? cartsPastDeadline(this.db, this.deps.startedAt, now).filter((id) => !unwatched.has(id)) : [];
    if (ending.length || releasing.length) {
      this.change([], (effects) => {
        for (const order of getOrderRows(this.db, ending)) {
          if (order.state === 'waitlisted')
            cancelOrder(this.db, order, ENGINE_ACTOR, "waitlist ended: the show's carts closed", now, effects);
        }
        for (const cartId of releasing) this.releaseUnpaid(cartId, ENGINE_ACTOR, 'payment deadline passed', true, now, effects);
      });
    }
    const released = new Set(releasing);
    const quiet = reminders.filter((id) => !released.has(id));
    // Deadlines that fell in the gap are due for the seller's decision now: the releases-due list hears of them.
    const announced = new Set([...quiet, ...(gap ? unwatched : [])]);
    if (announced.size) this.announce([...announced]);
    return { reminders, released: releasing, waitlistsEnded: ending };
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Lines the buyer paid for after their release that are still released (their stock was gone):
   * a released line whose release came before the cart was marked paid.
   */
  private paidButReleased(cart: Cart, history: readonly CartEvent[]): UnrestoredLine[] {
    if (cart.paidAt === null || !cart.lineCounts.released) return [];
    const releasedAt = new Map<number, number>();
    for (const e of history) if (e.orderId !== null && e.toState === 'released') releasedAt.set(e.orderId, e.at);
    return cartOrderRows(this.db, cart.id)
      .filter((o) => o.state === 'released' && o.variantId !== null && (releasedAt.get(o.id) ?? Infinity) <= cart.paidAt!)
      .map((o) => this.unrestoredLine(cart.id, o));
  }

  private unrestoredLine(cartId: number, order: OrderRow): UnrestoredLine {
    const line = listCartLines(this.db, [cartId]).find((l) => l.order.id === order.id)!;
    return {
      cartId,
      orderId: order.id,
      productCode: line.order.productCode,
      variantOptions: line.order.variantOptions,
      quantity: order.quantity,
      freeStock: order.variantId === null ? 0 : freeStock(this.db, order.variantId),
    };
  }

  private dueForConfirmation(now = this.deps.clock()): number[] {
    const { autoRelease } = this.deps.settings().deadlines;
    if (!autoRelease) return cartsPastDeadline(this.db, null, now);
    const closed = cartsPastDeadline(this.db, null, Math.min(this.deps.startedAt, now));
    const slept = cartsPastDeadlineIn(
      this.db,
      this.unwatched.filter((s) => s.after < now).map((s) => ({ after: s.after, upTo: Math.min(s.upTo, now) })),
    );
    return [...new Set([...closed, ...slept])];
  }

  /** Releases a cart's unpaid lines (stock back, waitlists served) and, for non-payment, records it for the customer. */
  private releaseUnpaid(cartId: number, actor: string, reason: string, nonPayment: boolean, now: number, effects: Effects): void {
    const cart = this.cartRow(cartId);
    let lines = 0;
    let amountMinor = 0;
    for (const order of cartOrderRows(this.db, cartId)) {
      if (!isUnpaid(order.state)) continue;
      releaseOrder(this.db, order, actor, reason, now, effects);
      lines += 1;
      amountMinor += order.quantity * (order.unitPriceMinor ?? 0);
    }
    if (lines > 0 && nonPayment) {
      const buyer = getBuyer(this.db, cart.buyerId);
      insertNonPayment(this.db, {
        cartId,
        buyerId: cart.buyerId,
        customerId: buyer?.customerId ?? null,
        showId: cart.showId,
        lines,
        amountMinor,
        actor,
        at: now,
      });
      insertCartEvent(this.db, cartId, 'non_payment', actor, reason, now);
    }
    this.collecting?.add(cartId);
  }

  /**
   * Runs `work` in one write transaction after checking every named cart's version (a stale one:
   * conflict, nothing written), then publishes the commerce events and carts.changed once.
   */
  private change<T>(refs: readonly CartRef[], work: (effects: Effects, now: number) => T): T {
    const effects = new Effects();
    const touched = new Set<number>(refs.map((r) => r.cartId));
    const now = this.deps.clock();
    this.collecting = touched;
    let result: T;
    try {
      result = writeTx(this.db, () => {
        const stale = refs.filter((ref) => {
          const row = getCartRow(this.db, ref.cartId);
          if (!row) throw StudioError.of('not_found', 'noCartWithId', { cartId: ref.cartId });
          return row.version !== ref.version;
        });
        if (stale.length)
          throw StudioError.of(
            'conflict',
            'cartChangedSinceYouOpenedIt',
            { cart: stale.map((s) => s.cartId).join(', ') },
            stale.map((s) => ({ path: `cart.${s.cartId}`, message: `version ${s.version} is stale` })),
          );
        return work(effects, now);
      });
      // Publishing ends with commerce.committed, whose listener adds the carts of every order changed.
      this.deps.publisher.publish(effects);
    } finally {
      this.collecting = null;
    }
    this.announce([...touched]);
    return result;
  }

  private announce(cartIds: readonly number[]): void {
    if (cartIds.length === 0) return;
    const carts = this.carts(cartIds);
    if (carts.length) this.deps.events.publish('carts.changed', { carts });
  }

  private carts(ids: readonly number[]): Cart[] {
    return buildCarts(this.db, listCartHeaders(this.db, { ids }), this.deps.clock());
  }

  private cartRow(id: number): CartRow {
    const row = getCartRow(this.db, id);
    if (!row) throw StudioError.of('not_found', 'noCartWithId', { cartId: id });
    return row;
  }

  private line(cartId: number, orderId: number): OrderRow {
    const order = getOrderRow(this.db, orderId);
    if (!order || order.cartId !== cartId) throw StudioError.of('not_found', 'cartHasNoLine', { cartId, orderId });
    return order;
  }

  /** A cart whose parcel is not made yet (nothing packed or shipped) and not combined away. */
  private requireOpen(cart: CartRow): void {
    if (cart.combinedInto !== null)
      throw StudioError.of('conflict', 'cartWasCombinedIntoCartAlready', { id: cart.id, combinedInto: cart.combinedInto });
    if (cartOrderRows(this.db, cart.id).some((o) => ['packed', 'shipped', 'returned'].includes(o.state)))
      throw StudioError.of('conflict', 'cartIsPackedOrShippedIts', { id: cart.id });
  }

  /** A draft's test orders are discarded when the show goes live: they never join a real parcel, nor it theirs. */
  private requireNotRehearsal(cart: CartRow): void {
    if (isDraftShow(this.db, cart.showId)) throw StudioError.of('conflict', 'cartIsARehearsalsCannotBeCombined', { id: cart.id });
  }

  private product(id: number): ProductView {
    const p = this.deps.catalog.get().byId.get(id);
    if (!p) throw StudioError.of('not_found', 'noProductWithId', { productId: id });
    return p;
  }
}
