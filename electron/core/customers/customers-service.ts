import {
  BUILTIN_TAGS,
  ShippingAddressSchema,
  StudioError,
  type ChatSearchHit,
  type ChatSearchResult,
  type CommandParsedInput,
  type CustomerPage,
  type CustomerSummary,
  type MergeSuggestion,
  type Order,
} from '../../../shared/contract';
import { keptUntil, RETENTION_BASIS, RETENTION_SHORT, retentionLaw } from '../../../shared/domain/invoice-retention';
import { ftsQuery } from '../../../shared/domain/search-fold';
import { buildCarts } from '../carts/views';
import type { Clock } from '../clock';
import type { CatalogView } from '../commerce/catalog-view';
import { Effects } from '../commerce/effects';
import type { CommercePublisher } from '../commerce/publisher';
import { priceForBuyer, priceOfMoment } from '../commerce/pricing';
import { cancelOrder } from '../commerce/transitions';
import type { StudioEvents } from '../events';
import { listCartHeaders } from '../store/carts';
import {
  activeMergesInto,
  addCustomerTag,
  checkpointTruncate,
  customerCartIds,
  customerIdentities,
  customerOrderIds,
  customerPriceList,
  customerQuestions,
  customersMergedInto,
  customerShows,
  customerTags,
  crossingCombinedCarts,
  customerCartIdsOfBuyers,
  eraseCustomerData,
  getCustomerRecord,
  getErasure,
  getMerge,
  insertErasure,
  invoicesOfBuyers,
  insertCustomerEvent,
  insertMerge,
  listCustomerEvents,
  listCustomerSummaries,
  listNonPayments,
  markMergeUndone,
  mergeCandidates,
  moveBuyers,
  removeCustomerTag,
  setCustomerDiscount,
  setCustomerMergedInto,
  setCustomerPrice,
  updateCustomerFields,
  type CustomerRecord,
  type CustomerSummaryRow,
  type ErasureRecord,
  type MergeAdded,
} from '../store/customers';
import type { Db } from '../store/db';
import { cartOrderRows, getOrderRow, holdStockInTurn, updateOrder } from '../store/orders';
import { listIntentExamples } from '../store/intent-examples';
import { chatAround, purgeChatSearch, searchChat } from '../store/search';
import { getShop, shopCurrency } from '../store/shop';
import { readTx, writeTx } from '../store/sql';
import { customerDocument } from './export-json';

export interface Caller {
  actor: string;
}

export interface CustomersServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  catalog: CatalogView;
  /** Publishes what a commerce transaction did: a held order decided, a merge's carts (carts.changed follows). */
  publisher: CommercePublisher;
}

const PAGE_ORDERS = 300;
const OPEN_STATES = new Set(['needs_details', 'held', 'waitlisted', 'claimed', 'confirmed']);

/**
 * Customers across shows and platforms (issue 15): the list and a customer's page, merging (with
 * suggestions) and exact unmerging, tags (vip, do_not_sell and the seller's own), a VIP discount
 * or price list, a held do-not-sell claim decided, the export of everything about one customer, its
 * erasure, and chat search. Every change is one write transaction, published after it commits.
 */
export class CustomersService {
  private readonly db: Db;

  constructor(private readonly deps: CustomersServiceDeps) {
    this.db = deps.db;
  }

  // --- reading -------------------------------------------------------------------------------

  list(input: CommandParsedInput<'customers.list'>): { customers: CustomerSummary[]; total: number } {
    return readTx(this.db, () => {
      const { rows, total } = listCustomerSummaries(this.db, {
        search: input.search?.trim() || undefined,
        tag: input.tag,
        sort: input.sort,
        offset: input.offset,
        limit: input.limit,
      });
      return { customers: this.summaries(rows), total };
    });
  }

  get(customerId: number): CustomerPage {
    return readTx(this.db, () => {
      const record = this.record(customerId);
      if (record.mergedInto !== null)
        throw StudioError.of('not_found', 'customerWasMergedIntoCustomerOpen', { customerId, mergedInto: record.mergedInto });
      const summary = this.summary(customerId);
      const orders = this.deps.publisher.orders(customerOrderIds(this.db, customerId, PAGE_ORDERS)).sort((a, b) => b.id - a.id);
      const cartIds = customerCartIds(this.db, customerId);
      const carts = buildCarts(this.db, listCartHeaders(this.db, { ids: cartIds }), this.deps.clock()).sort((a, b) => b.id - a.id);
      return {
        customer: summary,
        email: record.email,
        phone: record.phone,
        address: parseAddress(record.address),
        note: record.note,
        orders,
        carts,
        questions: customerQuestions(this.db, customerId),
        nonPayments: listNonPayments(this.db, customerId).map((n) => ({
          cartId: n.cartId,
          showId: n.showId,
          lines: n.lines,
          amountMinor: n.amountMinor,
          at: n.at,
        })),
        showsAttended: customerShows(this.db, customerId),
        priceList: customerPriceList(this.db, customerId),
        merges: activeMergesInto(this.db, customerId).map((m) => ({
          id: m.id,
          intoId: m.intoId,
          fromId: m.fromId,
          fromName: getCustomerRecord(this.db, m.fromId)?.name ?? '',
          buyerIds: m.buyerIds,
          actor: m.actor,
          at: m.at,
        })),
        suggestions: record.erasedAt === null ? this.suggestions(customerId) : [],
        history: listCustomerEvents(this.db, customerId),
        erasure: erasureOf(getErasure(this.db, customerId)),
      };
    });
  }

  suggestions(customerId: number): MergeSuggestion[] {
    const reasons = new Map<number, ('name' | 'phone' | 'email')[]>();
    for (const c of mergeCandidates(this.db, customerId)) reasons.set(c.id, [...(reasons.get(c.id) ?? []), c.reason]);
    if (reasons.size === 0) return [];
    const { rows } = listCustomerSummaries(this.db, { ids: [...reasons.keys()], sort: 'lastSeen', offset: 0, limit: reasons.size });
    return this.summaries(rows)
      .map((customer) => ({ customer, reasons: reasons.get(customer.id)! }))
      .sort((x, y) => x.customer.id - y.customer.id);
  }

  search(input: CommandParsedInput<'search.chat'>): ChatSearchResult {
    const match = ftsQuery(input.query);
    if (match === null) return { hits: [], more: false };
    const rows = searchChat(this.db, {
      match,
      showId: input.showId,
      platform: input.platform,
      customerId: input.customerId,
      intent: input.intent,
      limit: input.limit,
    });
    return { hits: rows.slice(0, input.limit), more: rows.length > input.limit };
  }

  around(input: CommandParsedInput<'search.around'>): { messages: ChatSearchHit[] } {
    const messages = chatAround(this.db, input.seq, input.before, input.after);
    if (messages.length === 0) throw StudioError.of('not_found', 'noChatMessage', { seq: input.seq });
    return { messages };
  }

  /** Everything the studio holds about one customer, as a JSON document; the export is recorded. */
  export(customerId: number, caller: Caller): { fileName: string; json: string } {
    const json = readTx(this.db, () => {
      this.record(customerId);
      return JSON.stringify(customerDocument(this.db, customerId, this.get(customerId), this.deps.clock()), null, 2);
    });
    this.change([customerId], (now) => insertCustomerEvent(this.db, customerId, 'exported', 'personal data exported', caller.actor, now));
    return { fileName: `customer-${customerId}.json`, json };
  }

  // --- changing ------------------------------------------------------------------------------

  update(input: CommandParsedInput<'customers.update'>, caller: Caller): CustomerPage {
    this.change([input.customerId], (now) => {
      this.requireLive(input.customerId);
      const { customerId, ...fields } = input;
      const changed = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== undefined);
      updateCustomerFields(this.db, customerId, {
        ...(fields.name !== undefined ? { name: fields.name } : {}),
        ...(fields.email !== undefined ? { email: fields.email || null } : {}),
        ...(fields.phone !== undefined ? { phone: fields.phone || null } : {}),
        ...(fields.note !== undefined ? { note: fields.note } : {}),
      });
      insertCustomerEvent(this.db, customerId, 'edited', changed.join(', '), caller.actor, now);
    });
    return this.get(input.customerId);
  }

  setTags(input: CommandParsedInput<'customers.setTags'>, caller: Caller): CustomerPage {
    const overlap = input.add.filter((t) => input.remove.includes(t));
    if (overlap.length) throw StudioError.of('invalid_input', 'aTagCannotBeBothAdded', { tags: overlap.join(', ') });
    this.change([input.customerId], (now) => {
      this.requireLive(input.customerId);
      for (const tag of input.add)
        if (addCustomerTag(this.db, input.customerId, normaliseTag(tag), caller.actor, now))
          insertCustomerEvent(this.db, input.customerId, 'tagged', normaliseTag(tag), caller.actor, now);
      for (const tag of input.remove)
        if (removeCustomerTag(this.db, input.customerId, normaliseTag(tag)))
          insertCustomerEvent(this.db, input.customerId, 'untagged', normaliseTag(tag), caller.actor, now);
    });
    return this.get(input.customerId);
  }

  setDiscount(input: CommandParsedInput<'customers.setDiscount'>, caller: Caller): CustomerPage {
    this.change([input.customerId], (now) => {
      this.requireLive(input.customerId);
      setCustomerDiscount(this.db, input.customerId, input.percent);
      insertCustomerEvent(this.db, input.customerId, 'discount', input.percent === null ? 'none' : `${input.percent}%`, caller.actor, now);
    });
    return this.get(input.customerId);
  }

  setPrice(input: CommandParsedInput<'customers.setPrice'>, caller: Caller): CustomerPage {
    this.change([input.customerId], (now) => {
      this.requireLive(input.customerId);
      const product = this.deps.catalog.get().byId.get(input.productId);
      if (!product) throw StudioError.of('not_found', 'noProductWithId', { productId: input.productId });
      setCustomerPrice(this.db, input.customerId, input.productId, input.priceMinor);
      const detail = `${product.code}: ${input.priceMinor === null ? 'removed' : input.priceMinor}`;
      insertCustomerEvent(this.db, input.customerId, 'prices', detail, caller.actor, now);
    });
    return this.get(input.customerId);
  }

  /**
   * Merges `fromId` into `intoId`: every buyer of `fromId` (with its carts, orders, questions and
   * non-payments) now belongs to `intoId`; tags, a discount, price-list entries and contact fields
   * `intoId` lacks are copied over. The merge records exactly what it moved and added.
   */
  merge(input: CommandParsedInput<'customers.merge'>, caller: Caller): CustomerPage {
    if (input.intoId === input.fromId) throw StudioError.of('invalid_input', 'aCustomerCannotBeMergedInto');
    const effects = new Effects();
    this.change(
      [input.intoId, input.fromId],
      (now) => {
        const into = this.requireLive(input.intoId);
        const from = this.requireLive(input.fromId);
        const buyerIds = customerIdentities(this.db, [from.id]).map((b) => b.buyerId);
        const added: MergeAdded = { tags: [], fields: {}, note: null, prices: [], discountPercent: null };
        for (const tag of customerTags(this.db, from.id))
          if (addCustomerTag(this.db, into.id, tag, caller.actor, now)) added.tags.push(tag);
        for (const key of ['email', 'phone', 'address'] as const) {
          const value = from[key];
          if (into[key] === null && value !== null) added.fields[key] = value;
        }
        updateCustomerFields(this.db, into.id, added.fields);
        if (from.note.trim() && !into.note.includes(from.note.trim())) {
          added.note = { before: into.note, after: into.note.trim() ? `${into.note.trim()}\n${from.note.trim()}` : from.note.trim() };
          updateCustomerFields(this.db, into.id, { note: added.note.after });
        }
        if (into.discountPercent === null && from.discountPercent !== null) {
          setCustomerDiscount(this.db, into.id, from.discountPercent);
          added.discountPercent = from.discountPercent;
        }
        const own = new Set(customerPriceList(this.db, into.id).map((p) => p.productId));
        for (const p of customerPriceList(this.db, from.id))
          if (!own.has(p.productId)) {
            setCustomerPrice(this.db, into.id, p.productId, p.priceMinor);
            added.prices.push({ productId: p.productId, priceMinor: p.priceMinor });
          }
        moveBuyers(this.db, buyerIds, into.id);
        setCustomerMergedInto(this.db, from.id, into.id);
        const mergeId = insertMerge(this.db, { intoId: into.id, fromId: from.id, buyerIds, added, actor: caller.actor, at: now });
        insertCustomerEvent(
          this.db,
          into.id,
          'merged',
          `customer ${from.id} (${from.name}) merged in (merge ${mergeId})`,
          caller.actor,
          now,
        );
        insertCustomerEvent(this.db, from.id, 'merged', `merged into customer ${into.id} (merge ${mergeId})`, caller.actor, now);
        this.openCartsFollow(buyerIds, effects);
      },
      effects,
    );
    return this.get(input.intoId);
  }

  /**
   * Undoes a merge exactly: the merged customer's buyers go back (their carts, orders and
   * non-payments with them) and what the merge added to the kept customer is taken away again,
   * unless it was changed since (then it is the seller's and stays). Refused while a cart of one
   * side holds lines combined from the other: separate those first.
   */
  unmerge(input: CommandParsedInput<'customers.unmerge'>, caller: Caller): CustomerPage {
    const merge = getMerge(this.db, input.mergeId);
    if (!merge) throw StudioError.of('not_found', 'noMergeWithId', { mergeId: input.mergeId });
    if (merge.undoneAt !== null) throw StudioError.of('conflict', 'mergeWasAlreadyUndone', { id: merge.id });
    const effects = new Effects();
    this.change(
      [merge.intoId, merge.fromId],
      (now) => {
        const into = this.record(merge.intoId);
        if (into.erasedAt !== null) throw StudioError.of('conflict', 'customerWasErasedAMergeInto', { id: into.id });
        const later = activeMergesInto(this.db, into.id).filter(
          (m) => m.id > merge.id && m.buyerIds.some((b) => merge.buyerIds.includes(b)),
        );
        if (later.length) throw StudioError.of('conflict', 'undoMergeFirstItMovedThe', { mergeId: later[0]!.id });
        const crossing = crossingCombinedCarts(this.db, merge.buyerIds);
        if (crossing.length) throw StudioError.of('conflict', 'cartHoldsLinesOfBothCustomers', { cartId: crossing[0]! });
        moveBuyers(this.db, merge.buyerIds, merge.fromId);
        setCustomerMergedInto(this.db, merge.fromId, null);
        for (const tag of merge.added.tags) removeCustomerTag(this.db, into.id, tag);
        // What the merge added goes, unless it was changed since the merge (then it is the seller's and stays).
        const restore: Partial<Pick<CustomerRecord, 'email' | 'phone' | 'address' | 'note'>> = {};
        for (const [key, value] of Object.entries(merge.added.fields) as [keyof MergeAdded['fields'], string][])
          if (into[key] === value) restore[key] = null;
        if (merge.added.note && into.note === merge.added.note.after) restore.note = merge.added.note.before;
        updateCustomerFields(this.db, into.id, restore);
        if (merge.added.discountPercent !== null && into.discountPercent === merge.added.discountPercent)
          setCustomerDiscount(this.db, into.id, null);
        const prices = new Map(customerPriceList(this.db, into.id).map((p) => [p.productId, p.priceMinor]));
        for (const p of merge.added.prices)
          if (prices.get(p.productId) === p.priceMinor) setCustomerPrice(this.db, into.id, p.productId, null);
        markMergeUndone(this.db, merge.id, caller.actor, now);
        insertCustomerEvent(
          this.db,
          into.id,
          'unmerged',
          `customer ${merge.fromId} taken out again (merge ${merge.id})`,
          caller.actor,
          now,
        );
        insertCustomerEvent(this.db, merge.fromId, 'unmerged', `separated from customer ${into.id} (merge ${merge.id})`, caller.actor, now);
        this.openCartsFollow(merge.buyerIds, effects);
      },
      effects,
    );
    return this.get(merge.intoId);
  }

  /** Accepts (stock is taken in turn, or the line waits in line) or refuses (cancelled) an order held as do-not-sell. */
  decideHeld(input: CommandParsedInput<'customers.decideHeld'>, caller: Caller): { order: Order } {
    const effects = new Effects();
    writeTx(this.db, () => {
      const order = getOrderRow(this.db, input.orderId);
      if (!order) throw StudioError.of('not_found', 'noOrderWithId', { orderId: input.orderId });
      if (order.state !== 'held' || order.holdReason !== 'do_not_sell')
        throw StudioError.of('conflict', 'orderIsOnlyAnOrderHeld', { id: order.id, state: order.state });
      const now = this.deps.clock();
      if (!input.accept) {
        cancelOrder(this.db, order, caller.actor, 'refused: the customer is on the do-not-sell list', now, effects);
        return;
      }
      if (order.variantId === null) {
        updateOrder(this.db, order, { state: 'needs_details' }, caller.actor, 'accepted despite do-not-sell; needs details', now);
        effects.orders.add(order.id);
        effects.needsDetails.push(order.id);
        return;
      }
      // Accepted: the claim takes its stock now in turn (never past someone waiting), else waits in line.
      const variantId = order.variantId;
      const moment = priceOfMoment(this.db, order.showId, order.productId, variantId, order.quantity, now);
      const price = priceForBuyer(this.db, order.buyerId, order.productId, variantId, moment);
      effects.orders.add(order.id);
      if (holdStockInTurn(this.db, variantId, order.quantity, now)) {
        updateOrder(this.db, order, { ...price, state: 'claimed' }, caller.actor, 'accepted despite do-not-sell', now);
        effects.variants.add(variantId);
        effects.held.push(order.id);
      } else {
        const regular = priceForBuyer(
          this.db,
          order.buyerId,
          order.productId,
          variantId,
          priceOfMoment(this.db, null, order.productId, variantId, order.quantity, now),
        );
        updateOrder(this.db, order, { ...regular, state: 'waitlisted' }, caller.actor, 'accepted despite do-not-sell; out of stock', now);
        effects.waitlisted.push(order.id);
      }
    });
    this.deps.publisher.publish(effects);
    const order = this.deps.publisher.orders([input.orderId])[0];
    if (!order) throw StudioError.of('not_found', 'noOrderWithId', { orderId: input.orderId });
    return { order };
  }

  /**
   * Erases a customer's personal data (and of customers merged into it: the same person): see
   * store/customers.ts eraseCustomerData for what is replaced. Order lines and amounts stay; every
   * kept line gets an order_events line saying why. Issued invoices and corrections are immutable
   * snapshots the law makes the seller keep (buyer's name and address included): they stay as
   * issued, and the erase record (customer_erasures) lists them with the law, the legal basis and
   * the last day each must be kept; the order history line of each line of an invoiced cart names
   * its invoices. Payment requests and pro-formas are not stored: made from the erased data, they
   * carry none of it.
   */
  erase(input: CommandParsedInput<'customers.erase'>, caller: Caller): CustomerPage {
    const effects = new Effects();
    let examplesRemoved = 0;
    this.change(
      [input.customerId],
      (now) => {
        const record = this.requireLive(input.customerId);
        if (input.confirmName.trim() !== record.name.trim())
          throw StudioError.of('invalid_input', 'typeTheCustomerSNameExactly', { name: record.name });
        const ids = [record.id, ...customersMergedInto(this.db, record.id)];
        const erased = eraseCustomerData(this.db, ids, now);
        examplesRemoved = erased.examplesRemoved;
        const shop = getShop(this.db);
        const law = retentionLaw(shop?.currency ?? 'USD', shop?.timeZone ?? 'UTC');
        const invoices = invoicesOfBuyers(this.db, erased.buyerIds);
        const byCart = new Map<number, string[]>();
        for (const inv of invoices) byCart.set(inv.cartId, [...(byCart.get(inv.cartId) ?? []), inv.number]);
        for (const id of erased.orderIds) {
          const order = getOrderRow(this.db, id)!;
          const kept = byCart.get(order.cartId);
          const reason =
            'personal data erased at the customer’s request; the line and its amounts are kept' +
            (kept ? `; issued ${kept.join(', ')} kept unchanged as the law requires (${RETENTION_SHORT[law]})` : '');
          updateOrder(this.db, order, {}, caller.actor, reason, now);
          effects.orders.add(id);
        }
        purgeChatSearch(this.db);
        insertErasure(this.db, {
          customerId: record.id,
          law,
          legalBasis: RETENTION_BASIS[law],
          keptInvoices: invoices.map((inv) => ({
            id: inv.id,
            number: inv.number,
            kind: inv.kind,
            issuedAt: inv.issuedAt,
            keptUntil: keptUntil(law, inv.issuedAt, inv.timeZone),
          })),
          orderLines: erased.orderIds.length,
          actor: caller.actor,
          at: now,
        });
        const keptText = invoices.length ? `; issued invoices kept as the law requires: ${invoices.map((i) => i.number).join(', ')}` : '';
        for (const id of ids)
          insertCustomerEvent(
            this.db,
            id,
            'erased',
            `personal data erased; ${erased.orderIds.length} order lines kept${keptText}`,
            caller.actor,
            now,
          );
      },
      effects,
    );
    // The parser forgets what it learned from their messages (the catalog view rebuilds its examples).
    if (examplesRemoved > 0) this.deps.events.publish('parser.examplesChanged', { count: listIntentExamples(this.db).length });
    // The replaced pages leave the WAL for the database file, where secure_delete zeroed what they held.
    checkpointTruncate(this.db);
    return this.get(input.customerId);
  }

  // --- helpers -------------------------------------------------------------------------------

  private change(customerIds: number[], work: (now: number) => void, effects?: Effects): void {
    writeTx(this.db, () => work(this.deps.clock()));
    if (effects) this.deps.publisher.publish(effects);
    this.deps.events.publish('customers.changed', { customerIds });
  }

  /** Open carts follow a merge or an unmerge: their lines are published, and carts.changed follows commerce.committed. */
  private openCartsFollow(buyerIds: readonly number[], effects: Effects): void {
    for (const cartId of customerCartIdsOfBuyers(this.db, buyerIds))
      for (const o of cartOrderRows(this.db, cartId)) if (OPEN_STATES.has(o.state)) effects.orders.add(o.id);
  }

  private record(customerId: number): CustomerRecord {
    const record = getCustomerRecord(this.db, customerId);
    if (!record) throw StudioError.of('not_found', 'noCustomerWithId', { customerId });
    return record;
  }

  private requireLive(customerId: number): CustomerRecord {
    const record = this.record(customerId);
    if (record.mergedInto !== null)
      throw StudioError.of('conflict', 'customerWasMergedIntoCustomerChange', { customerId, mergedInto: record.mergedInto });
    if (record.erasedAt !== null) throw StudioError.of('conflict', 'customerWasErased', { customerId });
    return record;
  }

  private summary(customerId: number): CustomerSummary {
    const { rows } = listCustomerSummaries(this.db, { ids: [customerId], sort: 'lastSeen', offset: 0, limit: 1 });
    const summary = this.summaries(rows)[0];
    if (!summary) throw StudioError.of('not_found', 'noCustomerWithId', { customerId });
    return summary;
  }

  private summaries(rows: CustomerSummaryRow[]): CustomerSummary[] {
    const identities = customerIdentities(
      this.db,
      rows.map((r) => r.id),
    );
    const currency = shopCurrency(this.db);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      platforms: r.platforms,
      identities: identities.filter((i) => i.customerId === r.id).map(({ customerId: _c, ...i }) => i),
      orders: r.orders,
      lifetimeSpendMinor: r.lifetimeSpendMinor,
      currency,
      tags: r.tags,
      shows: r.shows,
      firstSeenAt: r.firstSeenAt,
      lastSeenAt: r.lastSeenAt,
      nonPayments: r.nonPayments,
      discountPercent: r.discountPercent,
      erased: r.erasedAt !== null,
    }));
  }
}

/** Built-in tags by their canonical spelling ("VIP", "do-not-sell" -> vip, do_not_sell); the seller's own as typed. */
export function normaliseTag(tag: string): string {
  const key = tag
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (BUILTIN_TAGS as readonly string[]).includes(key) ? key : tag.trim();
}

function erasureOf(record: ErasureRecord | null): CustomerPage['erasure'] {
  if (record === null) return null;
  const { id: _id, customerId: _customerId, ...erasure } = record;
  return erasure;
}

function parseAddress(text: string | null): CustomerPage['address'] {
  if (text === null) return null;
  try {
    const parsed = ShippingAddressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
