import type { StoredChatMessage } from '../../../shared/contract';
import type { IngestHook } from '../chat/ingest';
import type { Clock } from '../clock';
import { getBuyer, setBuyerLanguage } from '../store/buyers';
import { clearCommerceUnhandled, commerceUnhandled, markCommerceUnhandled, recentChatBefore } from '../store/chat';
import type { Db } from '../store/db';
import { getOrders, lastOpenOrderOfVariant, lastOrderOfBuyer, setCancelMessage, type OrderRow } from '../store/orders';
import { insertQuestion } from '../store/questions';
import { featuredProductCode, isDraftShow, setFeatured, showLanguage } from '../store/shows';
import { writeTx } from '../store/sql';
import { suggestAnswer } from './answers';
import { optionsOf, resolveVariant, type CatalogView, type ProductView } from './catalog-view';
import { placeClaim } from './claims';
import { Effects, mergeEffects } from './effects';
import {
  addressesBuyer,
  classify,
  isHesitation,
  looksLikeConfirmation,
  LOW_CONFIDENCE,
  namedInMessage,
  type CatalogIndex,
  type ClassifyContext,
  type ClassifyResult,
} from './intent';
import { holdForReview } from './review-hold';
import type { CommerceLog } from './log';
import type { CommercePublisher } from './publisher';
import { requestedOptions } from './requested-options';
import { chatLanguage } from './templates';
import { cancelOrder, reassignOrder } from './transitions';

/** Messages older than this when their order is made (a replay catching up) get no chat posts and no ticker line. */
export const QUIET_AFTER_MS = 60_000;

export interface ChatCommerceDeps {
  db: Db;
  clock: Clock;
  catalog: CatalogView;
  publisher: CommercePublisher;
  log: CommerceLog;
}

/** What a message did, for counters and tests. */
export type MessageOutcome =
  'ignored' | 'order' | 'held' | 'duplicate' | 'over_limit' | 'cancel' | 'correction' | 'question' | 'unresolved';

/**
 * The commerce engine as ingest's hook: it runs INSIDE ingest's transaction,
 * for each stored message in order, so an order takes its stock in the same
 * commit as its chat row; replayed feature changes are applied in the same
 * flow, so "this one" resolves to what was on screen at that point of the
 * recording. The world hears about it only after the commit (committed()).
 */
/** How far back a bare "yes" looks for the question it answers. */
const CONFIRM_WINDOW_MS = 120_000;

/** "@anna, M?" -> ", M?": the words of a staff question without the name it is addressed to. */
function withoutName(text: string, name: string): string {
  const escaped = name.replace(/^@/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`@?${escaped}`, 'giu'), ' ');
}

export class ChatCommerce implements IngestHook {
  private pending = new Effects();
  readonly counts: Record<MessageOutcome, number> = {
    ignored: 0,
    order: 0,
    held: 0,
    duplicate: 0,
    over_limit: 0,
    cancel: 0,
    correction: 0,
    question: 0,
    unresolved: 0,
  };
  private readonly db: Db;

  constructor(private readonly deps: ChatCommerceDeps) {
    this.db = deps.db;
  }

  /** Inside the transaction: the messages just stored, in ingest order. */
  messages(messages: readonly StoredChatMessage[], showId: number | null): void {
    const featured = this.featuredCode(showId);
    const now = this.deps.clock();
    for (const m of messages) {
      const effects = new Effects();
      try {
        // Most chat is not commerce: classified (writing nothing) before a savepoint is opened for it.
        const result = this.read(m, showId, featured);
        if (result === null) {
          this.counts.ignored++;
          continue;
        }
        // A savepoint per message: one message the engine cannot handle never costs the batch its chat rows.
        const outcome = writeTx(this.db, () => this.handle(m, result, showId, now, effects));
        this.counts[outcome]++;
        mergeEffects(this.pending, effects);
      } catch (error) {
        const message = (error as Error).message;
        this.deps.log('error', `commerce: message ${m.seq} not handled: ${message}`, { seq: m.seq });
        // Recorded with the chat row, so retryUnhandled() finds it again once the cause is fixed.
        markCommerceUnhandled(this.db, m.seq, message, now);
      }
    }
  }

  /**
   * Handles again the stored messages the engine failed on (at start, and when the seller's
   * rules change): a claim stored while the engine could not work becomes its order now. Runs in
   * its own transaction, one savepoint per message as in ingest; returns how many it handled.
   */
  retryUnhandled(): number {
    let handled = 0;
    const effects = new Effects();
    writeTx(this.db, () => {
      const now = this.deps.clock();
      for (const m of commerceUnhandled(this.db)) {
        const own = new Effects();
        try {
          const result = this.read(m, m.showId, this.featuredCode(m.showId));
          const outcome = result === null ? 'ignored' : writeTx(this.db, () => this.handle(m, result, m.showId, now, own));
          clearCommerceUnhandled(this.db, m.seq);
          this.counts[outcome]++;
          mergeEffects(effects, own);
          handled++;
        } catch (error) {
          markCommerceUnhandled(this.db, m.seq, (error as Error).message, now);
        }
      }
    });
    if (handled > 0) this.deps.log('info', `commerce: ${handled} message(s) handled on retry`, { handled });
    if (!effects.empty) this.deps.publisher.publish(effects);
    return handled;
  }

  /**
   * Inside the transaction: a replay's feature change, applied to the show
   * here. A change already on the timeline (the same recording replayed) is not
   * written again, but still sets what is featured for the messages after it.
   */
  feature(feature: { code: string | null; at: number; recordedAt?: number }, showId: number | null): boolean {
    if (showId === null) return false;
    const product = feature.code === null ? null : this.deps.catalog.byCode(feature.code);
    if (feature.code !== null && !product) {
      this.deps.log('warn', `commerce: replay features unknown code ${feature.code}`);
      return true; // nothing to apply, and nothing for onFeature to apply either
    }
    // The same store path as a live feature (show.feature); a recording replayed again is not recorded twice.
    setFeatured(this.db, showId, product?.id ?? null, 'replay', feature.at, {
      code: product?.code ?? null,
      recordedAt: feature.recordedAt ?? feature.at,
    });
    this.pending.featureChanged = true;
    return true;
  }

  /** After ingest's commit: publish what the batch did. */
  committed(): void {
    const effects = this.pending;
    this.pending = new Effects();
    if (!effects.empty) this.deps.publisher.publish(effects);
  }

  /** The batch rolled back (it will be retried): forget what it did. */
  rolledBack(): void {
    this.pending = new Effects();
  }

  private featuredCode(showId: number | null): string | null {
    return showId === null ? null : featuredProductCode(this.db, showId);
  }

  /**
   * What the message asks for, or null when it is nothing for commerce. Writes nothing: classified
   * against the catalog snapshot (and, for a bare "yes", the chat just before it).
   */
  private read(m: StoredChatMessage, showId: number | null, featuredCode: string | null): ClassifyResult | null {
    // Deleted before it was stored, or the seller's own words ("SOLD OUT!"): not a buyer's claim.
    if (m.deletedAt != null || m.author.badges.includes('owner')) return null;
    const snapshot = this.deps.catalog.get();
    const confirming = looksLikeConfirmation(m.text) ? this.confirming(m, showId, featuredCode, snapshot.index) : null;
    const result = classify(m.text, snapshot.index, { featuredCode, confirming });
    return result.intent === 'other' ? null : result;
  }

  private handle(m: StoredChatMessage, result: ClassifyResult, showId: number | null, now: number, effects: Effects): MessageOutcome {
    // The moment of a claim or question is when the studio received it (its clock): prices, deals and
    // their stream-delay grace, the dedupe window and every age on screen. A platform's own timestamp
    // (tmi-sent-ts) may be skewed or hours old; it only says whether the line is news (a replay or a
    // reconnect catching up), which makes orders but no chat posts.
    const at = m.receivedAt;
    const quiet = now - (m.sentAt ?? m.receivedAt) > QUIET_AFTER_MS;
    const actor = `chat:${m.platform}:${m.author.name}`;
    if (result.language) setBuyerLanguage(this.db, m.buyerId, result.language);

    let outcome: MessageOutcome;
    if (result.intent === 'question') outcome = this.question(m, result, showId, at, quiet, effects);
    else if (result.intent === 'cancel') outcome = this.cancel(m, result, showId, at, actor, effects);
    else if (result.correction) outcome = this.correct(m, result, showId, at, actor, effects);
    else outcome = this.claim(m, result, showId, at, actor, effects);
    if (quiet) for (const id of effects.orders) effects.quiet.add(id);
    return outcome;
  }

  /**
   * What a bare "yes" answers (issue 17): the newest question the host or a moderator put to this buyer
   * in the last two minutes ("@anna, the M in red?"), or the buyer's own hesitation ("hmm not sure") when
   * they said nothing else since. Null: the "yes" answers nothing the studio can see, and is no claim.
   */
  private confirming(
    m: StoredChatMessage,
    showId: number | null,
    featuredCode: string | null,
    index: CatalogIndex,
  ): ClassifyContext['confirming'] {
    if (showId === null) return null;
    for (const prior of recentChatBefore(this.db, showId, m.seq, m.receivedAt - CONFIRM_WINDOW_MS)) {
      const staff = prior.author.badges.includes('owner') || prior.author.badges.includes('moderator');
      if (staff) {
        if (!prior.text.includes('?') || !addressesBuyer(prior.text, m.author.name)) continue;
        // What the question names, read without the buyer's name.
        return { why: 'asked', ...namedInMessage(withoutName(prior.text, m.author.name), index, featuredCode) };
      }
      if (prior.buyerId !== m.buyerId) continue;
      if (!isHesitation(prior.text)) return null; // the buyer said something else since
      return { why: 'hesitated', ...namedInMessage(prior.text, index, featuredCode) };
    }
    return null;
  }

  private claim(
    m: StoredChatMessage,
    result: ClassifyResult,
    showId: number | null,
    at: number,
    actor: string,
    effects: Effects,
  ): MessageOutcome {
    const items = result.items ?? [{ code: result.code, options: result.options, quantity: result.quantity ?? 1 }];
    let outcome: MessageOutcome = 'unresolved';
    for (const item of items) {
      const product = this.deps.catalog.byCode(item.code);
      if (!product) continue;
      if (result.confidence < LOW_CONFIDENCE && !isDraftShow(this.db, showId)) {
        // Not sure it is a claim: held for a moderator, never taking stock silently (issue 17). A rehearsal's claims take no stock anyway.
        const held = holdForReview(
          this.db,
          { ...item, showId, buyerId: m.buyerId, product, at, actor, messageSeq: m.seq, parse: result },
          effects,
        );
        if (held.kind === 'held') outcome = 'held';
        else if (outcome === 'unresolved') outcome = 'duplicate';
        continue;
      }
      const placed = placeClaim(
        this.db,
        {
          showId,
          buyerId: m.buyerId,
          product,
          options: item.options,
          quantity: item.quantity,
          at,
          actor,
          source: 'chat',
          messageSeq: m.seq,
        },
        effects,
      );
      if (placed.kind === 'duplicate' || placed.kind === 'over_limit') {
        if (outcome === 'unresolved') outcome = placed.kind;
      } else outcome = 'order';
    }
    return outcome;
  }

  /** "I meant L not M": the buyer's last claim not yet confirmed (of the product when named) takes the new options. */
  private correct(
    m: StoredChatMessage,
    result: ClassifyResult,
    showId: number | null,
    at: number,
    actor: string,
    effects: Effects,
  ): MessageOutcome {
    const named = this.deps.catalog.byCode(result.code);
    const order = lastOrderOfBuyer(this.db, m.buyerId, showId, ['claimed', 'needs_details', 'waitlisted'], named?.id);
    if (!order) return 'unresolved';
    const product = this.deps.catalog.get().byId.get(order.productId);
    if (!product) return 'unresolved';
    const current = this.currentOptions(order, product);
    const variant = resolveVariant(product, { ...current, ...result.correction?.to });
    if (!variant) return 'unresolved';
    const from = JSON.stringify(current);
    reassignOrder(
      this.db,
      order,
      product,
      variant.id,
      result.quantity ?? order.quantity,
      actor,
      `corrected in chat (${from} -> ${variant.options.join('/')})`,
      at,
      effects,
    );
    return 'correction';
  }

  /** The options the order has now: its variant's, or what the buyer named in a claim that still needs details. */
  private currentOptions(order: OrderRow, product: ProductView): Record<string, string> {
    const variant = product.variants.find((v) => v.id === order.variantId);
    if (variant) return optionsOf(product, variant.options);
    const view = getOrders(this.db, [order.id])[0];
    return view ? requestedOptions(view, this.deps.catalog) : {};
  }

  /** "cancel", "nie biorę A12": the buyer's newest open claim (of the product and options when named) is cancelled. */
  private cancel(
    m: StoredChatMessage,
    result: ClassifyResult,
    showId: number | null,
    at: number,
    actor: string,
    effects: Effects,
  ): MessageOutcome {
    const named = this.deps.catalog.byCode(result.code);
    let order = lastOrderOfBuyer(this.db, m.buyerId, showId, ['claimed', 'needs_details', 'waitlisted', 'confirmed'], named?.id);
    if (order && named && Object.keys(result.options).length > 0) {
      const wanted = resolveVariant(named, result.options);
      if (wanted && order.variantId !== wanted.id) {
        order = lastOpenOrderOfVariant(this.db, m.buyerId, showId, wanted.id) ?? order;
      }
    }
    if (!order) return 'unresolved';
    cancelOrder(this.db, order, actor, 'cancelled in chat', at, effects);
    setCancelMessage(this.db, order.id, m.seq);
    return 'cancel';
  }

  private question(
    m: StoredChatMessage,
    result: ClassifyResult,
    showId: number | null,
    at: number,
    quiet: boolean,
    effects: Effects,
  ): MessageOutcome {
    const product = this.deps.catalog.byCode(result.code);
    const buyerLanguage = getBuyer(this.db, m.buyerId)?.language;
    const language = chatLanguage(result.language, buyerLanguage, showId === null ? null : showLanguage(this.db, showId));
    const topic = result.topic ?? 'other';
    const suggested = suggestAnswer(this.db, { product, topic, language, buyerName: m.author.name, showId, text: m.text, at });
    const id = insertQuestion(this.db, {
      showId,
      messageSeq: m.seq,
      buyerId: m.buyerId,
      productId: product?.id ?? null,
      topic,
      language,
      suggestedAnswer: suggested,
      askedAt: at,
    });
    if (id === null) return 'ignored';
    effects.questions.add(id);
    if (suggested && !quiet) effects.autoAnswers.push(id);
    return 'question';
  }
}
