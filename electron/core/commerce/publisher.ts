import type { Featured, Order } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { StudioEvents } from '../events';
import type { ClaimRequest, DealRequest } from '../overlay/overlay-service';
import type { Db } from '../store/db';
import { lineupItemsOf, runningDeal } from '../store/deals';
import { getOrders, showsAndDealsOf } from '../store/orders';
import { getQuestions } from '../store/questions';
import { freeStockOf } from '../store/stock';
import { withCurrentSuggestions } from './answers';
import type { CatalogView } from './catalog-view';
import type { Effects } from './effects';
import type { CommerceLog } from './log';
import { requestedOptions } from './requested-options';
import { commerceSummary } from './summary';

/**
 * Above this many orders changed in one transaction (a deadline sweep of thousands of carts, a bulk action) clients get
 * `orders.resync` and re-read what they show, instead of every order: the live board keeps only the newest few hundred,
 * and 20,000 orders read, checked and sent to each client cost the core seconds. A chat batch never comes near it.
 */
export const MAX_ORDERS_PER_EVENT = 500;

/** What the publisher tells the stream overlay: claims for the ticker, deals for the ribbon. */
export interface OverlayAnnouncer {
  announceClaim(claim: ClaimRequest): unknown;
  announceDeal(deal: DealRequest): unknown;
}

export interface CommercePublisherDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  catalog: CatalogView;
  currentShowId: () => number | null;
  overlay: OverlayAnnouncer;
  /** What is featured now: a replay's feature change is published as show.featured; a deal's units left move its price tag. */
  shows: { featured(): Featured | null; refreshFeatured(): void };
  log: CommerceLog;
}

/**
 * Tells the world what a committed transaction did, and only that: it reads,
 * never writes. In order: show.featured, stock.changed, orders.changed, the
 * overlay's deal and claims ticker, questions.changed, then the core's
 * commerce.committed (chat replies follow it), then commerce.summary.
 */
export class CommercePublisher {
  constructor(private readonly deps: CommercePublisherDeps) {}

  /** The orders as clients see them; a "needs details" order with the options its buyer named. */
  orders(ids: Iterable<number>): Order[] {
    return this.present(getOrders(this.deps.db, [...ids]));
  }

  /** Orders as clients see them: one that needs details says which options the buyer asked for. */
  present(orders: Order[]): Order[] {
    return orders.map((o) => (o.state === 'needs_details' ? { ...o, requestedOptions: requestedOptions(o, this.deps.catalog) } : o));
  }

  publish(effects: Effects): void {
    const { db, events } = this.deps;
    if (effects.featureChanged)
      this.safely(() => {
        const featured = this.deps.shows.featured();
        if (featured) events.publish('show.featured', featured);
      });
    if (effects.variants.size > 0) {
      const changes = freeStockOf(db, [...effects.variants]);
      if (changes.length) events.publish('stock.changed', { changes });
    }
    let orders: Order[];
    let deals: { showId: number; productId: number }[];
    if (effects.orders.size > MAX_ORDERS_PER_EVENT) {
      // A bulk change: screens re-read their windows; only the orders a chat post or the ticker may name are read here.
      const shows = showsAndDealsOf(db, [...effects.orders]);
      if (shows.showIds.length) events.publish('orders.resync', { showIds: shows.showIds });
      orders = this.orders(new Set([...effects.held, ...effects.waitlisted, ...effects.needsDetails]));
      deals = shows.deals;
    } else {
      orders = effects.orders.size ? this.orders(effects.orders) : [];
      if (orders.length) events.publish('orders.changed', { orders });
      const dealProducts = new Map(orders.filter((o) => o.isDeal && o.showId !== null).map((o) => [`${o.showId}:${o.productId}`, o]));
      deals = [...dealProducts.values()].map((o) => ({ showId: o.showId!, productId: o.productId }));
    }
    // Deal units taken or given back: the overlay's "left" moves.
    if (deals.length) {
      const itemIds = lineupItemsOf(db, deals);
      this.safely(() => this.announceDeals(itemIds));
      if (!effects.featureChanged) this.safely(() => this.deps.shows.refreshFeatured());
    }
    const byId = new Map(orders.map((o) => [o.id, o]));
    this.safely(() => this.announceClaims(effects, byId));
    if (effects.questions.size) {
      const questions = withCurrentSuggestions(db, this.deps.catalog, getQuestions(db, [...effects.questions]), this.deps.clock());
      if (questions.length) events.publish('questions.changed', { questions });
    }
    this.safely(() => events.internal.publish('commerce.committed', { effects, orders: byId }));
    if (effects.orders.size || effects.questions.size) this.summary();
  }

  /** Tells the overlay about running deals of these lineup items, with the units left of their quota. */
  announceDeals(itemIds: readonly number[]): void {
    const now = this.deps.clock();
    for (const itemId of itemIds) {
      const deal = runningDeal(this.deps.db, itemId, now);
      if (deal) this.deps.overlay.announceDeal(deal);
    }
  }

  summary(): void {
    this.deps.events.publish('commerce.summary', commerceSummary(this.deps.db, this.deps.currentShowId(), this.deps.clock()));
  }

  /** The claims ticker: orders that took their stock just now, unless made from old messages (a replay catching up). */
  private announceClaims(effects: Effects, orders: ReadonlyMap<number, Order>): void {
    for (const id of effects.held) {
      const order = orders.get(id);
      if (!order || effects.quiet.has(id) || order.state !== 'claimed') continue;
      this.deps.overlay.announceClaim({
        buyer: order.buyer.name,
        code: order.productCode,
        variant: order.variantOptions.filter(Boolean).join('/') || null,
        quantity: order.quantity,
      });
    }
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      // The data is committed already: a failing listener or post must not undo or hide it.
      this.deps.log('error', `commerce: after-commit step failed: ${(error as Error).message}`);
    }
  }
}
