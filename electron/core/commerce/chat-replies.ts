import type { Order, OutboxStatus, Platform, Question, Settings } from '../../../shared/contract';
import { fill } from '../../../shared/i18n/fill';
import { canReply } from '../chat/platforms';
import type { StudioEvents } from '../events';
import { getChatMessage } from '../store/chat';
import type { Db } from '../store/db';
import { showLanguage } from '../store/shows';
import type { CatalogView } from './catalog-view';
import type { CommerceLog } from './log';
import { chatLanguage, itemLabel, TEMPLATES } from './templates';

/** chat.send: queues a post on the platform's rate-limited queue; throws when nothing can post there. */
export type ChatSend = (platform: Platform, text: string, replyTo?: string) => OutboxStatus;

export type OrderReply = 'thankYou' | 'waitlisted' | 'askDetails';

export interface ChatRepliesDeps {
  db: Db;
  events: StudioEvents;
  catalog: CatalogView;
  /** settings.commerce, read at each commit (the host may flip thank-yous mid-show). */
  settings: () => Settings['commerce'];
  send: ChatSend;
  log: CommerceLog;
}

/**
 * What the studio says in chat about orders and questions: the templates in the
 * buyer's language, posted as a reply to the buyer's message through the
 * platform's rate-limited queue. After each commerce commit it posts the
 * thank-yous, waitlist notes and detail questions the settings allow.
 */
export class ChatReplies {
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: ChatRepliesDeps) {
    this.unsubscribe = deps.events.internal.subscribe('commerce.committed', ({ effects, orders }) => {
      const settings = deps.settings();
      const loud = (id: number) => !effects.quiet.has(id);
      if (settings.thankYous)
        for (const id of effects.held) {
          const order = orders.get(id);
          if (order && loud(id) && order.state === 'claimed') this.toOrder(order, 'thankYou');
        }
      if (settings.thankYous) for (const id of effects.waitlisted) if (loud(id)) this.toOrder(orders.get(id), 'waitlisted');
      if (settings.autoReplies) for (const id of effects.needsDetails) if (loud(id)) this.toOrder(orders.get(id), 'askDetails');
    });
  }

  /** The template's text for an order, in the buyer's language. */
  textFor(order: Order, kind: OrderReply): string {
    const language = chatLanguage(order.buyer.language, order.showId === null ? null : showLanguage(this.deps.db, order.showId));
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

  /** Posts an order's template to the chat its claim came from; null when nothing was posted. */
  toOrder(order: Order | undefined, kind: OrderReply, text?: string): OutboxStatus | null {
    if (!order || !canReply(order.buyer.platform)) return null;
    const source = order.sourceMessageSeq === null ? null : getChatMessage(this.deps.db, order.sourceMessageSeq);
    const platform = (source?.platform ?? order.buyer.platform) as Platform;
    try {
      return this.deps.send(platform, text ?? this.textFor(order, kind), source?.platformMessageId);
    } catch (error) {
      this.deps.log('warn', `commerce: could not post to ${platform}: ${(error as Error).message}`, { orderId: order.id, kind });
      return null;
    }
  }

  /** Posts an answer as a reply to the question's message; throws when nothing can post there. */
  toQuestion(question: Question, text: string): OutboxStatus {
    return this.deps.send(question.platform, text, question.platformMessageId);
  }

  /** Stops following commits. */
  close(): void {
    this.unsubscribe();
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
}
