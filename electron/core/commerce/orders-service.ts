import {
  MODERATOR_ORDER_STATES,
  StudioError,
  type CommandParsedInput,
  type CommerceSummary,
  type LineupItem,
  type Order,
  type OrderEvent,
  type OutboxStatus,
  type Question,
  type Role,
} from '../../../shared/contract';
import { upsertBuyer } from '../store/buyers';
import type { Db } from '../store/db';
import { getOrderRow, listOrderEvents, listOrders, variantsWithWaitlistAndStock, type OrderRow } from '../store/orders';
import { getQuestion, listQuestions, markAnswered, markDismissed } from '../store/questions';
import { listLineup } from '../store/shows';
import { writeTx } from '../store/sql';
import type { ProductView } from './catalog-view';
import { placeClaim } from './claims';
import { Effects } from './effects';
import type { CommerceDeps } from './publisher';
import { CommercePublisher } from './publisher';
import { commerceSummary } from './summary';
import { reassignOrder, setOrderState } from './transitions';
import { ENGINE_ACTOR, promoteWaitlist } from './waitlist';
import { cachedStatement } from '../store/statement-cache';

export interface CallerContext {
  role: Role;
  actor: string;
}

/**
 * The orders and questions commands of the contract. Every change runs in one
 * IMMEDIATE transaction and is published (orders.changed, stock.changed,
 * commerce.summary …) only after it committed.
 */
export class OrdersService {
  private readonly db: Db;

  constructor(
    private readonly deps: CommerceDeps,
    private readonly publisher = new CommercePublisher(deps),
  ) {
    this.db = deps.db;
  }

  /** Runs fn in a write transaction, then publishes what it did. */
  mutate<T>(fn: (effects: Effects) => T): T {
    const effects = new Effects();
    const result = writeTx(this.db, () => fn(effects));
    this.publisher.publish(effects);
    return result;
  }

  private showFilter(showId: number | null | undefined): number | null | undefined {
    if (showId === undefined) return this.deps.currentShowId();
    return showId === null ? undefined : showId;
  }

  list(input: CommandParsedInput<'orders.list'>): Order[] {
    const rows = listOrders(this.db, {
      showId: this.showFilter(input.showId),
      states: input.states,
      buyerId: input.buyerId,
      beforeId: input.beforeId,
      limit: input.limit,
    });
    return this.publisher.orders(rows.map((o) => o.id)).sort((a, b) => b.id - a.id);
  }

  events(orderId: number): OrderEvent[] {
    this.requireOrder(orderId);
    return listOrderEvents(this.db, orderId);
  }

  get(orderId: number): Order {
    const order = this.publisher.orders([orderId])[0];
    if (!order) throw new StudioError('not_found', `No order with id ${orderId}.`);
    return order;
  }

  setState(input: CommandParsedInput<'orders.setState'>, caller: CallerContext): Order {
    if (caller.role !== 'host' && !(MODERATOR_ORDER_STATES as readonly string[]).includes(input.state)) {
      throw new StudioError('forbidden', `A ${caller.role} may confirm or cancel orders; ${input.state} is the host's.`);
    }
    this.mutate((effects) =>
      setOrderState(this.db, this.requireOrder(input.orderId), input.state, caller.actor, input.reason ?? null, this.deps.clock(), effects),
    );
    return this.get(input.orderId);
  }

  completeDetails(input: CommandParsedInput<'orders.completeDetails'>, caller: CallerContext): Order {
    this.mutate((effects) => {
      const order = this.requireOrder(input.orderId);
      if (order.state !== 'needs_details')
        throw new StudioError('conflict', `Order ${order.id} is ${order.state}, not waiting for details.`);
      return reassignOrder(
        this.db,
        order,
        this.product(order.productId),
        input.variantId,
        input.quantity ?? order.quantity,
        caller.actor,
        'details completed',
        this.deps.clock(),
        effects,
      );
    });
    return this.get(input.orderId);
  }

  create(input: CommandParsedInput<'orders.create'>, caller: CallerContext): Order {
    const now = this.deps.clock();
    const orderId = this.mutate((effects) => {
      const buyerId =
        input.buyerId ??
        upsertBuyer(
          this.db,
          { platform: 'manual', platformUserId: manualUserId(input.buyerName ?? ''), displayName: input.buyerName ?? '' },
          now,
        );
      if (input.buyerId !== undefined && !cachedStatement(this.db, 'SELECT 1 FROM buyers WHERE id = ?').get(input.buyerId))
        throw new StudioError('not_found', `No buyer with id ${input.buyerId}.`);
      const product = this.product(input.productId);
      if (input.variantId !== null && !product.variants.some((v) => v.id === input.variantId)) {
        throw new StudioError('invalid_input', `Variant ${input.variantId} is not a variant of ${product.code}.`);
      }
      const placed = placeClaim(
        this.db,
        {
          showId: this.deps.currentShowId(),
          buyerId,
          product,
          options: {},
          variantId: input.variantId,
          quantity: input.quantity,
          at: now,
          actor: caller.actor,
          source: 'manual',
          messageSeq: null,
          note: input.note,
        },
        effects,
      );
      if (placed.kind === 'over_limit')
        throw new StudioError('conflict', `The buyer already has the limit of ${placed.limit} of ${product.code} in this show.`);
      return placed.orderId;
    });
    return this.get(orderId);
  }

  askDetails(input: CommandParsedInput<'orders.askDetails'>): { text: string; outbox: OutboxStatus } {
    const order = this.get(input.orderId);
    if (order.state !== 'needs_details') throw new StudioError('conflict', `Order ${order.id} is ${order.state}, not waiting for details.`);
    const text = input.text ?? this.publisher.textFor(order, 'askDetails');
    const outbox = this.publisher.post(order, 'askDetails', text);
    if (!outbox)
      throw new StudioError('unavailable', `Cannot post to ${order.buyer.platform} chat now (not connected, or a buyer without a chat).`);
    return { text, outbox };
  }

  // --- questions ------------------------------------------------------------------

  questions(input: CommandParsedInput<'questions.list'>): Question[] {
    return listQuestions(this.db, { showId: this.showFilter(input.showId), states: input.states, limit: input.limit });
  }

  answer(input: CommandParsedInput<'questions.answer'>, caller: CallerContext): Question {
    const question = this.requireQuestion(input.questionId);
    if (question.state !== 'open') throw new StudioError('conflict', `Question ${question.id} is ${question.state} already.`);
    const text = input.text ?? question.suggestedAnswer;
    if (!text)
      throw new StudioError('invalid_input', 'There is no suggested answer for this question: write one.', [
        { path: 'text', message: 'required' },
      ]);
    // A question typed in by staff (phone, DM) is answered there: the answer is recorded, not posted.
    if (question.platform !== 'manual' && question.platform !== 'replay') {
      if (!this.deps.send) throw new StudioError('unavailable', 'Chat is not connected.');
      this.deps.send(question.platform, text, question.platformMessageId);
    }
    markAnswered(this.db, question.id, text, caller.actor, false, this.deps.clock());
    return this.questionChanged(question.id);
  }

  dismiss(questionId: number, caller: CallerContext): Question {
    const question = this.requireQuestion(questionId);
    if (question.state !== 'open') throw new StudioError('conflict', `Question ${question.id} is ${question.state} already.`);
    markDismissed(this.db, question.id, caller.actor, this.deps.clock());
    return this.questionChanged(question.id);
  }

  summary(showId?: number): CommerceSummary {
    return commerceSummary(this.db, showId ?? this.deps.currentShowId(), this.deps.clock());
  }

  // --- deals and stock -------------------------------------------------------------

  /** Starts a lineup item's deal now, for its dealSeconds (open-ended without). */
  startDeal(itemId: number): LineupItem {
    const now = this.deps.clock();
    const item = this.lineupItem(itemId);
    if (item.dealPriceMinor === null || item.dealSeconds === null)
      throw new StudioError('conflict', 'Set a deal price and a deal length on the lineup item first.');
    cachedStatement(this.db, 'UPDATE lineup_items SET deal_started_at = ?, deal_ends_at = ? WHERE id = ?').run(
      now,
      now + item.dealSeconds * 1000,
      itemId,
    );
    const changed = this.lineupChanged(itemId);
    this.publisher.announceDeals([itemId]);
    return changed;
  }

  endDeal(itemId: number): LineupItem {
    const now = this.deps.clock();
    const item = this.lineupItem(itemId);
    if (item.dealStartedAt === null || (item.dealEndsAt !== null && item.dealEndsAt <= now))
      throw new StudioError('conflict', 'That deal is not running.');
    cachedStatement(this.db, 'UPDATE lineup_items SET deal_ends_at = ? WHERE id = ?').run(now, itemId);
    const changed = this.lineupChanged(itemId);
    this.deps.endDeal?.();
    return changed;
  }

  /**
   * Stock came back (a manual adjust, an import, another process): promote the
   * waitlists that can move now. With no ids, every variant with free stock and
   * someone waiting (at start-up).
   */
  promoteWaitlists(variantIds?: readonly number[]): number[] {
    // Read first: most stock changes have nobody waiting, and then no write transaction is needed.
    const candidates = variantsWithWaitlistAndStock(this.db, variantIds);
    if (candidates.length === 0) return [];
    return this.mutate((effects) => {
      const ids = candidates;
      return ids.flatMap((id) => promoteWaitlist(this.db, id, this.deps.clock(), effects));
    });
  }

  // --- helpers -----------------------------------------------------------------------

  private requireOrder(id: number): OrderRow {
    const order = getOrderRow(this.db, id);
    if (!order) throw new StudioError('not_found', `No order with id ${id}.`);
    return order;
  }

  private requireQuestion(id: number): Question {
    const q = getQuestion(this.db, id);
    if (!q) throw new StudioError('not_found', `No question with id ${id}.`);
    return q;
  }

  private product(id: number): ProductView {
    const p = this.deps.catalog.get().byId.get(id);
    if (!p) throw new StudioError('not_found', `No product with id ${id}.`);
    return p;
  }

  private questionChanged(id: number): Question {
    const q = this.requireQuestion(id);
    this.deps.events?.publish('questions.changed', { questions: [q] });
    this.publisher.summary();
    return q;
  }

  private lineupItem(itemId: number): LineupItem {
    const row = cachedStatement(this.db, 'SELECT show_id FROM lineup_items WHERE id = ?').get(itemId) as { show_id: number } | undefined;
    const item = row && listLineup(this.db, row.show_id).find((i) => i.id === itemId);
    if (!row || !item) throw new StudioError('not_found', `No lineup item with id ${itemId}.`);
    return item;
  }

  private lineupChanged(itemId: number): LineupItem {
    const showId = (cachedStatement(this.db, 'SELECT show_id FROM lineup_items WHERE id = ?').get(itemId) as { show_id: number }).show_id;
    const items = listLineup(this.db, showId);
    this.deps.events?.publish('lineup.changed', { showId, items });
    return items.find((i) => i.id === itemId) as LineupItem;
  }
}

/** A manual buyer's id from their name: the same name typed again is the same buyer. */
export function manualUserId(name: string): string {
  return `manual:${name.trim().toLocaleLowerCase('und').replace(/\s+/g, ' ')}`;
}

export { ENGINE_ACTOR };
