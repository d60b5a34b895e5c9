import {
  MODERATOR_ORDER_STATES,
  StudioError,
  type CommandParsedInput,
  type CommerceSummary,
  type EventPayload,
  type Order,
  type OrderEvent,
  type OutboxStatus,
  type Role,
} from '../../../shared/contract';
import type { Clock } from '../clock';
import type { StudioEvents } from '../events';
import { learnFromDecision } from '../parser/learn-example';
import { getBuyer, upsertBuyer } from '../store/buyers';
import type { Db } from '../store/db';
import { listIntentExamples } from '../store/intent-examples';
import { getOrderRow, listOrderEvents, listOrders, variantsWithWaitlistAndStock, type OrderRow } from '../store/orders';
import { writeTx } from '../store/sql';
import type { CatalogView, ProductView } from './catalog-view';
import type { ChatReplies } from './chat-replies';
import { placeStaffLine } from './claims';
import { Effects } from './effects';
import type { CommercePublisher } from './publisher';
import { commerceSummary } from './summary';
import { reassignOrder, setOrderState } from './transitions';
import { promoteWaitlist } from './waitlist';

/** Orders read per turn of the event loop by orders.list (~5 ms of the core's thread each). */
export const LIST_PART = 250;

/** Who runs a command (from their access token). */
export interface Caller {
  role: Role;
  actor: string;
}

export interface OrdersServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  catalog: CatalogView;
  currentShowId: () => number | null;
  publisher: CommercePublisher;
  replies: ChatReplies;
}

/**
 * The orders commands of the contract, and the waitlists. Every change runs in
 * one IMMEDIATE transaction and is published (orders.changed, stock.changed,
 * commerce.summary …) only after it committed.
 */
export class OrdersService {
  private readonly db: Db;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: OrdersServiceDeps) {
    this.db = deps.db;
    // Stock came back (stock.adjust, an import, a cancel): move the waitlists.
    this.unsubscribe = deps.events.subscribe((name, payload) => {
      if (name !== 'stock.changed') return;
      const changes = (payload as EventPayload<'stock.changed'>).changes.filter((c) => c.stock > 0);
      if (changes.length) this.promoteWaitlists(changes.map((c) => c.variantId));
    });
  }

  /** Runs fn in a write transaction, then publishes what it did. */
  mutate<T>(fn: (effects: Effects) => T): T {
    const effects = new Effects();
    const result = writeTx(this.db, () => fn(effects));
    this.deps.publisher.publish(effects);
    return result;
  }

  private showFilter(showId: number | null | undefined): number | null | undefined {
    if (showId === undefined) return this.deps.currentShowId();
    return showId === null ? undefined : showId;
  }

  /**
   * Newest first, read LIST_PART rows at a time with a turn of the event loop between parts (by id, so a part never
   * repeats or skips an order): a 2,000-row page, a moderator's flood of them, holds the core for one part at a time,
   * and the host's commands run in between. An order changed between two parts reaches the caller as an event too.
   */
  async list(input: CommandParsedInput<'orders.list'>): Promise<Order[]> {
    const filter = { showId: this.showFilter(input.showId), states: input.states, buyerId: input.buyerId };
    const rows: Order[] = [];
    let beforeId = input.beforeId;
    for (;;) {
      const want = Math.min(LIST_PART, input.limit - rows.length);
      const part = listOrders(this.db, { ...filter, beforeId, limit: want });
      rows.push(...part);
      if (part.length < want || rows.length >= input.limit) break;
      beforeId = part[part.length - 1]!.id;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // listOrders reads the whole view, newest first: presented as they are, not read a second time by id.
    return this.deps.publisher.present(rows);
  }

  events(orderId: number): OrderEvent[] {
    this.requireOrder(orderId);
    return listOrderEvents(this.db, orderId);
  }

  get(orderId: number): Order {
    const order = this.deps.publisher.orders([orderId])[0];
    if (!order) throw StudioError.of('not_found', 'noOrderWithId', { orderId });
    return order;
  }

  setState(input: CommandParsedInput<'orders.setState'>, caller: Caller): Order {
    if (caller.role !== 'host' && !(MODERATOR_ORDER_STATES as readonly string[]).includes(input.state)) {
      throw StudioError.of('forbidden', 'aMayConfirmOrCancelOrders', { role: caller.role, state: input.state });
    }
    this.mutate((effects) =>
      setOrderState(this.db, this.requireOrder(input.orderId), input.state, caller.actor, input.reason ?? null, this.deps.clock(), effects),
    );
    return this.get(input.orderId);
  }

  completeDetails(input: CommandParsedInput<'orders.completeDetails'>, caller: Caller): Order {
    const learned = this.mutate((effects) => {
      const order = this.requireOrder(input.orderId);
      if (order.state !== 'needs_details')
        throw StudioError.of('conflict', 'orderIsNotWaitingForDetails', { id: order.id, state: order.state });
      const product = this.product(order.productId);
      const now = this.deps.clock();
      const after = reassignOrder(
        this.db,
        order,
        product,
        input.variantId,
        input.quantity ?? order.quantity,
        caller.actor,
        'details completed',
        now,
        effects,
      );
      // The details a moderator gave are a labelled example, as a review's accept or fix is (issue 17).
      return learnFromDecision(this.db, this.deps.catalog, order, after, product, caller.actor, now, { onlyUnread: true });
    });
    if (learned) this.deps.events.publish('parser.examplesChanged', { count: listIntentExamples(this.db).length });
    return this.get(input.orderId);
  }

  create(input: CommandParsedInput<'orders.create'>, caller: Caller): Order {
    const now = this.deps.clock();
    const orderId = this.mutate((effects) => {
      const buyerId =
        input.buyerId ??
        upsertBuyer(
          this.db,
          { platform: 'manual', platformUserId: manualUserId(input.buyerName ?? ''), displayName: input.buyerName ?? '' },
          now,
        );
      if (input.buyerId !== undefined && !getBuyer(this.db, input.buyerId))
        throw StudioError.of('not_found', 'noBuyerWithId', { buyerId: input.buyerId });
      return placeStaffLine(
        this.db,
        {
          showId: this.deps.currentShowId(),
          buyerId,
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
    return this.get(orderId);
  }

  askDetails(input: CommandParsedInput<'orders.askDetails'>): { text: string; outbox: OutboxStatus } {
    const order = this.get(input.orderId);
    if (order.state !== 'needs_details')
      throw StudioError.of('conflict', 'orderIsNotWaitingForDetails', { id: order.id, state: order.state });
    const text = input.text ?? this.deps.replies.textFor(order, 'askDetails');
    const outbox = this.deps.replies.toOrder(order, 'askDetails', text);
    if (!outbox) throw StudioError.of('unavailable', 'cannotPostToChatNowNot', { platform: order.buyer.platform });
    return { text, outbox };
  }

  summary(showId?: number): CommerceSummary {
    return commerceSummary(this.db, showId ?? this.deps.currentShowId(), this.deps.clock());
  }

  // --- waitlists ---------------------------------------------------------------------

  /**
   * Stock came back (a manual adjust, an import, another process): promote the
   * waitlists that can move now. With no ids, every variant with free stock and
   * someone waiting (at start-up).
   */
  promoteWaitlists(variantIds?: readonly number[]): number[] {
    // Read first: most stock changes have nobody waiting, and then no write transaction is needed.
    const candidates = variantsWithWaitlistAndStock(this.db, variantIds);
    if (candidates.length === 0) return [];
    return this.mutate((effects) => candidates.flatMap((id) => promoteWaitlist(this.db, id, this.deps.clock(), effects)));
  }

  /** Stops following stock changes. */
  close(): void {
    this.unsubscribe();
  }

  // --- helpers -----------------------------------------------------------------------

  private requireOrder(id: number): OrderRow {
    const order = getOrderRow(this.db, id);
    if (!order) throw StudioError.of('not_found', 'noOrderWithId', { orderId: id });
    return order;
  }

  private product(id: number): ProductView {
    const p = this.deps.catalog.get().byId.get(id);
    if (!p) throw StudioError.of('not_found', 'noProductWithId', { productId: id });
    return p;
  }
}

/** A manual buyer's id from their name: the same name typed again is the same buyer. */
export function manualUserId(name: string): string {
  return `manual:${name.trim().toLocaleLowerCase('und').replace(/\s+/g, ' ')}`;
}
