import { StudioError, type CommandParsedInput, type Lineup, type LineupItem } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { StudioEvents } from '../events';
import type { DealRequest } from '../overlay/overlay-service';
import { formatMoneyPlain } from '../../../shared/domain/money';
import { getProduct, priceRange } from '../store/catalog';
import type { Db } from '../store/db';
import { endDeal, runningDeal, startDeal } from '../store/deals';
import { endDealPrice, recordDealPrice } from '../store/prices';
import { shopCurrency } from '../store/shop';
import {
  addLineupItem,
  currentShowId,
  getShow,
  lineupItemIds,
  lineupItemShow,
  listLineup,
  moveLineupItem,
  removeLineupItem,
  reorderLineup,
  updateLineupItem,
  type LineupDealPatch,
} from '../store/shows';
import { writeTx } from '../store/sql';

export interface LineupServiceDeps {
  db: Db;
  events: StudioEvents;
  clock: Clock;
  /** The stream overlay's deal ribbon. */
  overlay: { announceDeal(deal: DealRequest): unknown; endDeal(): void };
  /** The featured card's price tag follows a deal's start and end. */
  shows: { refreshFeatured(): void };
}

/**
 * The run of show: edits of a show's lineup, and its items' flash deals; every
 * change is one transaction and one lineup.changed event.
 */
export class LineupService {
  private readonly db: Db;
  /** Wakes when a running deal's time is up (and when its stream-delay grace ends) to tell every screen. */
  private dealTimers = new Map<number, NodeJS.Timeout[]>();

  constructor(private readonly deps: LineupServiceDeps) {
    this.db = deps.db;
  }

  close(): void {
    for (const timers of this.dealTimers.values()) for (const t of timers) clearTimeout(t);
    this.dealTimers.clear();
  }

  /**
   * A deal price must make the product cheaper: at or above the lowest regular price of its
   * variants it is refused (a "deal" that raises a price would mislead buyers).
   */
  private checkDealPrice(productId: number, dealPriceMinor: number | null | undefined): void {
    if (dealPriceMinor === null || dealPriceMinor === undefined) return;
    const { min } = priceRange(this.db, productId);
    if (min !== null && dealPriceMinor >= min) {
      const currency = shopCurrency(this.db);
      throw StudioError.of('invalid_input', 'theDealPriceIsNotBelow', {
        deal: formatMoneyPlain(dealPriceMinor, currency),
        regular: formatMoneyPlain(min, currency),
      });
    }
  }

  private showId(showId?: number): number {
    if (showId !== undefined) {
      const show = getShow(this.db, showId);
      if (!show) throw StudioError.of('not_found', 'noShowWithId', { showId });
      if (show.state === 'ended') throw StudioError.of('conflict', 'showHasEndedItsLineupIs', { showId });
      return showId;
    }
    const id = currentShowId(this.db);
    if (id === null) throw StudioError.of('not_found', 'thereIsNoCurrentShowCreate');
    return id;
  }

  private itemShow(itemId: number): number {
    const showId = lineupItemShow(this.db, itemId);
    if (showId === null) throw StudioError.of('not_found', 'noLineupItemWithId', { itemId });
    return this.showId(showId);
  }

  get(showId?: number): Lineup {
    const id = this.showId(showId);
    return { showId: id, items: listLineup(this.db, id) };
  }

  private changed(showId: number): Lineup {
    const lineup = { showId, items: listLineup(this.db, showId) };
    this.deps.events.publish('lineup.changed', lineup);
    return lineup;
  }

  add(input: CommandParsedInput<'lineup.add'>): Lineup {
    const showId = writeTx(this.db, () => {
      const showId = this.showId(input.showId);
      if (!getProduct(this.db, input.productId)) throw StudioError.of('not_found', 'noProductWithId', { productId: input.productId });
      const dup = listLineup(this.db, showId).find((i) => i.productId === input.productId);
      if (dup) throw StudioError.of('conflict', 'thatProductIsAlreadyInThe', { position: dup.position + 1 });
      this.checkDealPrice(input.productId, input.dealPriceMinor);
      addLineupItem(this.db, showId, { ...dealOf(input), productId: input.productId }, input.position);
      return showId;
    });
    return this.changed(showId);
  }

  remove(itemId: number): Lineup {
    const showId = writeTx(this.db, () => {
      const showId = this.itemShow(itemId);
      removeLineupItem(this.db, itemId);
      return showId;
    });
    return this.changed(showId);
  }

  move(itemId: number, toPosition: number): Lineup {
    const showId = writeTx(this.db, () => {
      const showId = this.itemShow(itemId);
      moveLineupItem(this.db, itemId, toPosition);
      return showId;
    });
    return this.changed(showId);
  }

  reorder(input: CommandParsedInput<'lineup.reorder'>): Lineup {
    const showId = writeTx(this.db, () => {
      const showId = this.showId(input.showId);
      const current = lineupItemIds(this.db, showId);
      const given = new Set(input.itemIds);
      if (given.size !== input.itemIds.length) throw StudioError.of('invalid_input', 'anItemIdAppearsTwiceIn');
      const missing = current.filter((id) => !given.has(id));
      const foreign = input.itemIds.filter((id) => !current.includes(id));
      if (missing.length > 0 || foreign.length > 0) {
        const key = foreign.length === 0 ? 'lineupOrderMissing' : missing.length === 0 ? 'lineupOrderForeign' : 'lineupOrderBoth';
        throw StudioError.of('conflict', key, { missing: missing.join(', '), foreign: foreign.join(', ') });
      }
      reorderLineup(this.db, showId, input.itemIds);
      return showId;
    });
    return this.changed(showId);
  }

  update(input: CommandParsedInput<'lineup.update'>): Lineup {
    const showId = writeTx(this.db, () => {
      const showId = this.itemShow(input.itemId);
      const item = listLineup(this.db, showId).find((i) => i.id === input.itemId)!;
      this.checkDealPrice(item.productId, input.dealPriceMinor);
      updateLineupItem(this.db, input.itemId, dealOf(input));
      return showId;
    });
    const lineup = this.changed(showId);
    this.deps.shows.refreshFeatured();
    return lineup;
  }

  /** Starts a lineup item's deal now, for its dealSeconds, and puts it on the overlay. */
  startDeal(itemId: number): LineupItem {
    const now = this.deps.clock();
    const { showId, item } = this.lineupItem(itemId);
    if (item.dealPriceMinor === null || item.dealSeconds === null) throw StudioError.of('conflict', 'setADealPriceAndA');
    if (item.dealStartedAt !== null && item.dealStartedAt <= now && (item.dealEndsAt === null || now < item.dealEndsAt))
      throw StudioError.of('conflict', 'thatDealIsRunningAlready');
    const endsAt = now + item.dealSeconds * 1000;
    writeTx(this.db, () => {
      this.checkDealPrice(item.productId, item.dealPriceMinor);
      startDeal(this.db, itemId, now, endsAt);
      recordDealPrice(this.db, item.productId, item.dealPriceMinor!, now, endsAt);
    });
    const started = this.itemChanged(showId, itemId);
    const deal = runningDeal(this.db, itemId, this.deps.clock());
    if (deal) this.deps.overlay.announceDeal(deal);
    this.deps.shows.refreshFeatured();
    this.scheduleDealEnd(showId, itemId, endsAt);
    return started;
  }

  /** At the deal's end (and at the end of its stream-delay grace) every screen hears the new price. */
  private scheduleDealEnd(showId: number, itemId: number, endsAt: number): void {
    for (const t of this.dealTimers.get(itemId) ?? []) clearTimeout(t);
    const grace = getShow(this.db, showId)?.streamDelaySeconds ?? 0;
    const moments = [endsAt, ...(grace > 0 ? [endsAt + grace * 1000] : [])];
    const timers = moments.map((at) => {
      const timer = setTimeout(
        () => {
          try {
            this.changed(showId);
            this.deps.shows.refreshFeatured();
          } catch {
            // The show or item went away meanwhile: nothing left to tell.
          }
        },
        Math.max(0, at - this.deps.clock()) + 5,
      );
      timer.unref?.();
      return timer;
    });
    this.dealTimers.set(itemId, timers);
  }

  /** Ends a running deal now, and on the overlay. */
  endDeal(itemId: number): LineupItem {
    const now = this.deps.clock();
    const { showId, item } = this.lineupItem(itemId);
    if (item.dealStartedAt === null || (item.dealEndsAt !== null && item.dealEndsAt <= now))
      throw StudioError.of('conflict', 'thatDealIsNotRunning');
    writeTx(this.db, () => {
      endDeal(this.db, itemId, now);
      endDealPrice(this.db, item.productId, item.dealStartedAt!, now);
    });
    const ended = this.itemChanged(showId, itemId);
    this.deps.overlay.endDeal();
    this.deps.shows.refreshFeatured();
    this.scheduleDealEnd(showId, itemId, now);
    return ended;
  }

  /** An item of any show's lineup (a deal may be run on a show that is not the current one). */
  private lineupItem(itemId: number): { showId: number; item: LineupItem } {
    const showId = lineupItemShow(this.db, itemId);
    const item = showId === null ? undefined : listLineup(this.db, showId).find((i) => i.id === itemId);
    if (showId === null || !item) throw StudioError.of('not_found', 'noLineupItemWithId', { itemId });
    return { showId, item };
  }

  private itemChanged(showId: number, itemId: number): LineupItem {
    return this.changed(showId).items.find((i) => i.id === itemId) as LineupItem;
  }
}

function dealOf(input: LineupDealPatch): LineupDealPatch {
  const out: LineupDealPatch = {};
  if (input.sceneName !== undefined) out.sceneName = input.sceneName;
  if (input.dealPriceMinor !== undefined) out.dealPriceMinor = input.dealPriceMinor;
  if (input.dealQuota !== undefined) out.dealQuota = input.dealQuota;
  if (input.dealSeconds !== undefined) out.dealSeconds = input.dealSeconds;
  if (input.perBuyerLimit !== undefined) out.perBuyerLimit = input.perBuyerLimit;
  return out;
}
