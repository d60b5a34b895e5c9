import type { CommandParsedInput, IntentExample, Order } from '../../../shared/contract';
import { StudioError } from '../../../shared/contract/errors';
import type { Clock } from '../clock';
import type { CatalogView, ProductView } from '../commerce/catalog-view';
import { Effects } from '../commerce/effects';
import { priceOfMoment } from '../commerce/pricing';
import type { CommercePublisher } from '../commerce/publisher';
import { cancelOrder, reassignOrder } from '../commerce/transitions';
import { promoteWaitlist } from '../commerce/waitlist';
import type { StudioEvents } from '../events';
import type { Db } from '../store/db';
import { deleteIntentExample, listIntentExamples } from '../store/intent-examples';
import { getOrderRow, updateOrder, waitingBefore, type OrderRow } from '../store/orders';
import { writeTx } from '../store/sql';
import { holdForOrder } from '../store/stock';
import { learnFromDecision } from './learn-example';

export interface ReviewCaller {
  actor: string;
}

export interface ParserReviewServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  catalog: CatalogView;
  publisher: CommercePublisher;
}

/**
 * The moderators' side of the chat parser (issue 17): settle a claim held for review (low
 * confidence) or a chat order that needs details — accept, fix, not an order — and keep each
 * decision as a labelled example the engine learns from; list and delete those examples.
 */
export class ParserReviewService {
  private readonly db: Db;

  constructor(private readonly deps: ParserReviewServiceDeps) {
    this.db = deps.db;
  }

  review(input: CommandParsedInput<'parser.review'>, caller: ReviewCaller): Order {
    const effects = new Effects();
    const learned = writeTx(this.db, () => {
      const order = getOrderRow(this.db, input.orderId);
      if (!order) throw StudioError.of('not_found', 'noOrderWithId', { orderId: input.orderId });
      const reviewable = (order.state === 'held' && order.holdReason === 'low_confidence') || order.state === 'needs_details';
      if (!reviewable || order.source === 'manual' || order.sourceMessageSeq === null)
        throw StudioError.of('conflict', 'orderIsOnlyAChatClaim', { id: order.id, state: order.state });
      const product = this.product(order.productId);
      const now = this.deps.clock();
      const after = this.apply(order, product, input, caller.actor, now, effects);
      return learnFromDecision(this.db, this.deps.catalog, order, after, product, caller.actor, now);
    });
    this.deps.publisher.publish(effects);
    if (learned) this.deps.events.publish('parser.examplesChanged', { count: listIntentExamples(this.db).length });
    return this.get(input.orderId);
  }

  listExamples(): IntentExample[] {
    return listIntentExamples(this.db);
  }

  deleteExample(id: number): { id: number } {
    const deleted = writeTx(this.db, () => deleteIntentExample(this.db, id));
    if (!deleted) throw StudioError.of('not_found', 'noLearnedExampleWithId', { id });
    this.deps.events.publish('parser.examplesChanged', { count: listIntentExamples(this.db).length });
    return { id };
  }

  private apply(
    order: OrderRow,
    product: ProductView,
    input: CommandParsedInput<'parser.review'>,
    actor: string,
    now: number,
    effects: Effects,
  ): OrderRow {
    if (input.action === 'not_order') {
      if (order.state === 'needs_details') return cancelOrder(this.db, order, actor, 'not an order (moderator)', now, effects);
      const after = updateOrder(this.db, order, { state: 'cancelled' }, actor, 'not an order (moderator)', now);
      effects.orders.add(order.id);
      // The units it kept for its place go to whoever waits for them.
      if (order.variantId !== null) promoteWaitlist(this.db, order.variantId, now, effects);
      return after;
    }
    const variantId = input.variantId ?? order.variantId;
    if (variantId === null) throw StudioError.of('invalid_input', 'orderNamesNoVariantOfPick', { id: order.id, code: product.code });
    if (!product.variants.some((v) => v.id === variantId))
      throw StudioError.of('invalid_input', 'variantIsNotAVariantOf2', { variantId, code: product.code });
    const quantity = input.quantity ?? order.quantity;
    const reason = input.action === 'accept' ? 'parse accepted (moderator)' : 'parse fixed (moderator)';
    if (order.state === 'needs_details') return reassignOrder(this.db, order, product, variantId, quantity, actor, reason, now, effects);

    // Held for review: it keeps the place it had when it was written, before later claims and anyone who joined the line after it.
    effects.orders.add(order.id);
    if (!waitingBefore(this.db, variantId, order.id) && holdForOrder(this.db, variantId, quantity, now)) {
      const price = priceOfMoment(this.db, order.showId, order.productId, variantId, quantity, order.createdAt);
      const after = updateOrder(this.db, order, { variantId, quantity, ...price, state: 'claimed' }, actor, reason, now);
      effects.variants.add(variantId);
      effects.held.push(order.id);
      if (order.variantId !== null && order.variantId !== variantId) promoteWaitlist(this.db, order.variantId, now, effects);
      return after;
    }
    const regular = priceOfMoment(this.db, null, order.productId, variantId, quantity, now);
    const after = updateOrder(
      this.db,
      order,
      { variantId, quantity, ...regular, state: 'waitlisted' },
      actor,
      `${reason}; out of stock`,
      now,
    );
    effects.waitlisted.push(order.id);
    return after;
  }

  private get(orderId: number): Order {
    const order = this.deps.publisher.orders([orderId])[0];
    if (!order) throw StudioError.of('not_found', 'noOrderWithId', { orderId });
    return order;
  }

  private product(id: number): ProductView {
    const p = this.deps.catalog.get().byId.get(id);
    if (!p) throw StudioError.of('not_found', 'noProductWithId', { productId: id });
    return p;
  }
}
