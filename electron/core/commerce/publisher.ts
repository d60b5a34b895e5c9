import type { Deal, Order, OutboxStatus, Platform, Settings } from '../../../shared/contract';
import type { StudioEvents } from '../events';
import { fill } from '../../../shared/i18n/fill';
import type { Db } from '../store/db';
import { dealUnits, getOrders } from '../store/orders';
import { shopCurrency } from '../store/shop';
import { getQuestions, markAnswered } from '../store/questions';
import type { CatalogView } from './catalog-view';
import type { Effects } from './effects';
import { requestedOptions } from './requested-options';
import { commerceSummary } from './summary';
import { chatLanguage, itemLabel, TEMPLATES } from './templates';
import { cachedStatement } from '../store/statement-cache';

export type CommerceLog = (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;

export interface ClaimTicker {
  buyer: string;
  code: string;
  variant: string | null;
  at?: number;
}

/** A deal for the overlay's ribbon: the contract's Deal without what the overlay service adds (its clock and state). */
export type DealTicker = Omit<Deal, 'state' | 'now'>;

/** What the commerce engine needs from the rest of the studio; the composition root passes it. */
export interface CommerceDeps {
  db: Db;
  clock: () => number;
  catalog: CatalogView;
  /** settings.commerce, read when needed (the host may flip auto-replies mid-show). */
  settings: () => Settings['commerce'];
  currentShowId: () => number | null;
  events?: StudioEvents | null;
  /** chat.send: queues a post on the platform's rate-limited queue; throws when nothing can post there. */
  send?: (platform: Platform, text: string, replyTo?: string) => OutboxStatus;
  /** overlay.announceClaim: the stream's claims ticker. */
  announceClaim?: (claim: ClaimTicker) => void;
  /** overlay.announceDeal: a flash deal started or its units left changed. */
  announceDeal?: (deal: DealTicker) => void;
  /** overlay.endDeal: the host ended the deal. */
  endDeal?: () => void;
  /** Publishes show.featured / show.timeline after a replayed feature change was committed. */
  publishFeatured?: () => void;
  log?: CommerceLog;
}

/** Messages older than this when their order is made (a replay catching up) get no chat posts and no ticker line. */
export const QUIET_AFTER_MS = 60_000;

const CHAT_PLATFORMS = new Set<string>(['twitch', 'youtube', 'facebook', 'tiktok']);

/**
 * Tells the world what a committed transaction did: orders.changed,
 * questions.changed, stock.changed, commerce.summary; the ticker; and the chat
 * posts the settings allow (thank-yous, waitlist notes, detail questions,
 * automatic answers), each through the platform's rate-limited queue.
 */
export class CommercePublisher {
  constructor(private readonly deps: CommerceDeps) {}

  orders(ids: Iterable<number>): Order[] {
    return getOrders(this.deps.db, [...ids]).map((o) =>
      o.state === 'needs_details' ? { ...o, requestedOptions: requestedOptions(o, this.deps.catalog) } : o,
    );
  }

  publish(effects: Effects): void {
    const { db, events } = this.deps;
    if (effects.featureChanged) this.safely(() => this.deps.publishFeatured?.());
    if (effects.variants.size > 0) {
      const ids = [...effects.variants];
      const rows = cachedStatement(db, `SELECT id, product_id, stock FROM variants WHERE id IN (${ids.map(() => '?').join(', ')})`).all(
        ...ids,
      ) as {
        id: number;
        product_id: number;
        stock: number;
      }[];
      if (rows.length)
        events?.publish('stock.changed', { changes: rows.map((r) => ({ variantId: r.id, productId: r.product_id, stock: r.stock })) });
    }
    const orders = effects.orders.size ? this.orders(effects.orders) : [];
    if (orders.length) events?.publish('orders.changed', { orders });
    // Deal units taken or given back: the overlay's "left" moves.
    const dealProducts = new Set(orders.filter((o) => o.isDeal).map((o) => `${o.showId}:${o.productId}`));
    if (dealProducts.size) {
      const items = [...dealProducts].map((k) => k.split(':').map(Number) as [number, number]);
      const ids = items
        .map(
          ([showId, productId]) =>
            (
              cachedStatement(db, 'SELECT id FROM lineup_items WHERE show_id = ? AND product_id = ?').get(showId, productId) as
                { id: number } | undefined
            )?.id,
        )
        .filter((id): id is number => id !== undefined);
      this.safely(() => this.announceDeals(ids));
    }
    if (effects.questions.size) {
      const questions = getQuestions(db, [...effects.questions]);
      if (questions.length) events?.publish('questions.changed', { questions });
    }
    this.safely(() => this.talk(effects, new Map(orders.map((o) => [o.id, o]))));
    if (effects.orders.size || effects.questions.size) this.summary();
  }

  /** Tells the overlay about running deals of these lineup items, with the units left of their quota. */
  announceDeals(itemIds: readonly number[]): void {
    if (!this.deps.announceDeal) return;
    const now = this.deps.clock();
    for (const itemId of itemIds) {
      const row = cachedStatement(
        this.deps.db,
        `SELECT l.show_id AS showId, l.product_id AS productId, p.code, l.deal_price_minor AS priceMinor, l.deal_quota AS quota,
                  l.deal_started_at AS startedAt, l.deal_ends_at AS endsAt
           FROM lineup_items l JOIN products p ON p.id = l.product_id WHERE l.id = ?`,
      ).get(itemId) as
        | {
            showId: number;
            productId: number;
            code: string;
            priceMinor: number | null;
            quota: number | null;
            startedAt: number | null;
            endsAt: number | null;
          }
        | undefined;
      if (!row || row.priceMinor === null || row.startedAt === null || row.endsAt === null || row.endsAt <= now) continue;
      const used = dealUnits(this.deps.db, row.showId, row.productId, row.startedAt);
      this.deps.announceDeal({
        productId: row.productId,
        code: row.code,
        priceMinor: row.priceMinor,
        currency: shopCurrency(this.deps.db),
        quota: row.quota,
        left: row.quota === null ? null : Math.max(0, row.quota - used),
        startedAt: row.startedAt,
        endsAt: row.endsAt,
      });
    }
  }

  summary(): void {
    this.deps.events?.publish('commerce.summary', commerceSummary(this.deps.db, this.deps.currentShowId(), this.deps.clock()));
  }

  private talk(effects: Effects, orders: Map<number, Order>): void {
    const settings = this.deps.settings();
    const loud = (id: number) => !effects.quiet.has(id);
    for (const id of effects.held) {
      const order = orders.get(id);
      if (!order || !loud(id) || order.state !== 'claimed') continue;
      this.deps.announceClaim?.({
        buyer: order.buyer.name,
        code: order.productCode,
        variant: order.variantOptions.filter(Boolean).join('/') || null,
      });
      if (settings.thankYous) this.post(order, 'thankYou');
    }
    if (settings.thankYous) for (const id of effects.waitlisted) if (loud(id)) this.post(orders.get(id), 'waitlisted');
    if (settings.autoReplies) for (const id of effects.needsDetails) if (loud(id)) this.post(orders.get(id), 'askDetails');
    if (settings.autoReplies && effects.autoAnswers.length) this.answerAutomatically(effects.autoAnswers);
  }

  /** The template's text for an order, in the buyer's language. */
  textFor(order: Order, kind: 'thankYou' | 'waitlisted' | 'askDetails'): string {
    const language = chatLanguage(order.buyer.language, this.showLanguage(order.showId));
    const t = TEMPLATES[language];
    const missing = order.optionNames.filter((n) => order.requestedOptions[n] === undefined);
    return fill(t[kind], {
      name: order.buyer.name,
      item: itemLabel(order.productCode, order.variantOptions),
      code: order.productCode,
      title: order.productTitle,
      position: order.waitlistPosition ?? 1,
      options: (missing.length ? missing : order.optionNames).join('/').toLocaleLowerCase(language),
      choices: this.choices(order, missing[0] ?? order.optionNames[0]),
    });
  }

  /** Posts an order's template to the chat its claim came from; false when nothing was posted. */
  post(order: Order | undefined, kind: 'thankYou' | 'waitlisted' | 'askDetails', text?: string): OutboxStatus | null {
    if (!order || !this.deps.send || !CHAT_PLATFORMS.has(order.buyer.platform)) return null;
    const source = order.sourceMessageSeq === null ? null : this.messageOf(order.sourceMessageSeq);
    const platform = (source?.platform ?? order.buyer.platform) as Platform;
    try {
      return this.deps.send(platform, text ?? this.textFor(order, kind), source?.platformMessageId);
    } catch (error) {
      this.deps.log?.('warn', `commerce: could not post to ${platform}: ${(error as Error).message}`, { orderId: order.id, kind });
      return null;
    }
  }

  private answerAutomatically(questionIds: number[]): void {
    const answered: number[] = [];
    for (const q of getQuestions(this.deps.db, questionIds)) {
      if (q.state !== 'open' || !q.suggestedAnswer || !this.deps.send) continue;
      try {
        this.deps.send(q.platform, q.suggestedAnswer, q.platformMessageId);
      } catch (error) {
        // Nothing can post there (not connected, anonymous): the answer stays a suggestion for the moderator.
        this.deps.log?.('warn', `commerce: auto-answer not posted: ${(error as Error).message}`, { questionId: q.id });
        continue;
      }
      if (markAnswered(this.deps.db, q.id, q.suggestedAnswer, 'studio', true, this.deps.clock())) answered.push(q.id);
    }
    if (answered.length) this.deps.events?.publish('questions.changed', { questions: getQuestions(this.deps.db, answered) });
  }

  private choices(order: Order, optionName: string | undefined): string {
    if (optionName === undefined) return '';
    const at = order.optionNames.indexOf(optionName);
    const product = this.deps.catalog.get().byId.get(order.productId);
    const values: string[] = [];
    for (const v of product?.variants ?? []) {
      const value = v.options[at];
      if (value && !values.includes(value)) values.push(value);
    }
    return values.join(', ');
  }

  private messageOf(seq: number): { platform: string; platformMessageId: string } | null {
    return (
      (cachedStatement(this.deps.db, 'SELECT platform, platform_message_id AS platformMessageId FROM chat_messages WHERE seq = ?').get(
        seq,
      ) as { platform: string; platformMessageId: string } | undefined) ?? null
    );
  }

  private showLanguage(showId: number | null): string | null {
    if (showId === null) return null;
    return (
      (cachedStatement(this.deps.db, 'SELECT language FROM shows WHERE id = ?').get(showId) as { language: string } | undefined)
        ?.language ?? null
    );
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      // The data is committed already: a failing listener or post must not undo or hide it.
      this.deps.log?.('error', `commerce: after-commit step failed: ${(error as Error).message}`);
    }
  }
}
