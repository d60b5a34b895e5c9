import { StudioError, type Featured, type Language, type Show, type ShowSummary, type TimelineEvent } from '../../../shared/contract';
import { priceTagOf } from '../commerce/pricing';
import { storeEndedShowChatTally } from '../store/chat-tally';
import { getProduct, findProductIdByCode } from '../store/catalog';
import type { Db } from '../store/db';
import type { StudioEvents } from '../events';
import { getShop, shopCurrency } from '../store/shop';
import { writeTx } from '../store/sql';
import {
  appendTimeline,
  createShow,
  currentShowId,
  discardRehearsalOrders,
  getShow,
  lastFeatureSeq,
  listShows,
  listTimeline,
  liveShowId,
  setFeatured,
  setShowState,
  updateShowDetails,
} from '../store/shows';

export type FeatureRequest = { productId: number | null } | { code: string } | { step: 'next' | 'previous' } | { position: number };

export interface ShowServiceDeps {
  db: Db;
  events: StudioEvents;
  clock: () => number;
  /** The stream overlay: a show that ends or a new one takes the last show's pin and deal off it. */
  overlay: { unpin(): unknown; clearDeal(): void };
}

/** The show lifecycle and what is on stream now. */
export class ShowService {
  private readonly db: Db;
  private readonly events: StudioEvents;
  private readonly clock: () => number;
  private readonly overlay: ShowServiceDeps['overlay'];
  private readonly unsubscribe: () => void;

  constructor({ db, events, clock, overlay }: ShowServiceDeps) {
    this.db = db;
    this.events = events;
    this.clock = clock;
    this.overlay = overlay;
    // A price edit or an import changes what the featured card says.
    this.unsubscribe = events.subscribe((name) => {
      if (name === 'catalog.changed') this.refreshFeatured();
    });
  }

  close(): void {
    this.unsubscribe();
  }

  /**
   * Tells every window and the overlay what is featured again (its price tag moved: a deal
   * started or ended, its quota was used, a price was edited). Nothing when nothing is featured.
   */
  refreshFeatured(): void {
    const featured = this.featured();
    if (featured?.product) this.events.publish('show.featured', featured);
  }

  current(): Show | null {
    const id = currentShowId(this.db);
    return id === null ? null : getShow(this.db, id);
  }

  private requireCurrent(): Show {
    const show = this.current();
    if (!show) throw StudioError.of('not_found', 'thereIsNoCurrentShowCreate');
    return show;
  }

  featured(): Featured | null {
    const show = this.current();
    return show ? this.featuredOf(show, lastFeatureSeq(this.db, show.id)) : null;
  }

  private featuredOf(show: Show, seq: number): Featured {
    const product = show.featuredProductId === null ? null : getProduct(this.db, show.featuredProductId);
    return {
      showId: show.id,
      showLanguage: show.language,
      currency: shopCurrency(this.db),
      product,
      lineupItem: show.lineup.find((i) => i.productId === show.featuredProductId) ?? null,
      price: product && priceTagOf(this.db, show.id, product, this.clock()),
      at: show.featuredAt ?? show.createdAt,
      seq,
    };
  }

  /** Resolves the request against the current show and its lineup, stores it, then tells every client. */
  feature(request: FeatureRequest, actor: string): Featured {
    const show = this.requireCurrent();
    const productId = this.resolveFeature(show, request);
    const event = setFeatured(this.db, show.id, productId, actor, this.clock());
    const featured = this.featuredOf(this.requireCurrent(), event.seq);
    this.events.publish('show.timeline', event);
    this.events.publish('show.featured', featured);
    return featured;
  }

  private resolveFeature(show: Show, request: FeatureRequest): number | null {
    if ('productId' in request) {
      if (request.productId !== null && !getProduct(this.db, request.productId)) {
        throw StudioError.of('not_found', 'noProductWithId', { productId: request.productId });
      }
      return request.productId;
    }
    if ('code' in request) {
      const id = findProductIdByCode(this.db, request.code);
      if (id === null) throw StudioError.of('not_found', 'noProductWithClaimCode', { code: request.code });
      return id;
    }
    if (show.lineup.length === 0) throw StudioError.of('conflict', 'theShowHasNoLineupTo');
    if ('position' in request) {
      const item = show.lineup[request.position];
      if (!item)
        throw StudioError.of('not_found', 'theLineupHasItemSThere', { length: show.lineup.length, position: request.position + 1 });
      return item.productId;
    }
    const at = show.lineup.findIndex((i) => i.productId === show.featuredProductId);
    const next = request.step === 'next' ? (at < 0 ? 0 : at + 1) : at < 0 ? show.lineup.length - 1 : at - 1;
    const item = show.lineup[next];
    if (!item) throw StudioError.of('conflict', request.step === 'next' ? 'lineupAtEnd' : 'lineupAtStart');
    return item.productId;
  }

  list(): ShowSummary[] {
    return listShows(this.db);
  }

  private requireShow(showId: number): Show {
    const show = getShow(this.db, showId);
    if (!show) throw StudioError.of('not_found', 'noShow', { showId });
    return show;
  }

  /** A new draft, in the shop's language and time zone unless given. */
  create(details: { title: string; timeZone?: string; language?: Language }, actor: string): Show {
    const shop = getShop(this.db);
    const id = writeTx(this.db, () => {
      const showId = createShow(
        this.db,
        {
          title: details.title,
          timeZone: details.timeZone ?? shop?.timeZone ?? 'UTC',
          language: details.language ?? (shop?.language as Language | undefined) ?? 'en',
        },
        this.clock(),
      );
      appendTimeline(this.db, showId, 'show.created', actor, {}, this.clock());
      return showId;
    });
    // A new show starts clean: no pin or deal of the last one stays on stream.
    if (liveShowId(this.db) === null) this.cleanOverlay();
    return this.changed(id, true);
  }

  private cleanOverlay(): void {
    this.overlay.unpin();
    this.overlay.clearDeal();
  }

  update(showId: number, patch: { title?: string; timeZone?: string; language?: Language; streamDelaySeconds?: number }): Show {
    this.requireShow(showId);
    updateShowDetails(this.db, showId, patch);
    return this.changed(showId);
  }

  goLive(showId: number, actor: string): Show {
    const show = this.requireShow(showId);
    if (show.state !== 'draft') throw StudioError.of('conflict', 'isOnlyADraftShowCan', { title: show.title, state: show.state });
    const live = liveShowId(this.db);
    if (live !== null) throw StudioError.of('conflict', 'showIsLiveEndItBefore', { live });
    const { event } = writeTx(this.db, () => {
      // The rehearsal is over: its test orders go, in the same commit as going live.
      const discarded = discardRehearsalOrders(this.db, showId);
      setShowState(this.db, showId, 'live', this.clock());
      return {
        event: appendTimeline(this.db, showId, 'show.live', actor, { rehearsalOrdersDiscarded: discarded }, this.clock()),
        discarded,
      };
    });
    this.events.publish('show.timeline', event); // after the commit, like every event
    // Windows drop the rehearsal's test orders when they hear the show went live (use-live-commerce).
    this.cleanOverlay();
    return this.changed(showId, true);
  }

  end(showId: number, actor: string): Show {
    const show = this.requireShow(showId);
    if (show.state !== 'live') throw StudioError.of('conflict', 'isNotLive', { title: show.title });
    const events = writeTx(this.db, () => {
      // The stream stops selling: the card and its claim hint come off the overlay with the show.
      const cleared = show.featuredProductId === null ? null : setFeatured(this.db, showId, null, actor, this.clock());
      setShowState(this.db, showId, 'ended', this.clock());
      return [cleared, appendTimeline(this.db, showId, 'show.ended', actor, {}, this.clock())];
    });
    for (const event of events) if (event) this.events.publish('show.timeline', event);
    this.cleanOverlay();
    // Its chat counted once, now, for every later report of it (store/chat-tally.ts); after the end's commit, in a write of its own.
    storeEndedShowChatTally(this.db, showId);
    const ended = this.requireShow(showId);
    // The ended show's empty card, so the overlay takes the product off even when no show follows.
    this.events.publish('show.featured', this.featuredOf(ended, lastFeatureSeq(this.db, showId)));
    return this.changed(showId, true);
  }

  /** Publishes the show, and what is featured when the current show may have changed. */
  private changed(showId: number, currentMayChange = false): Show {
    const show = this.requireShow(showId);
    this.events.publish('show.changed', show);
    if (currentMayChange) {
      const featured = this.featured();
      if (featured) this.events.publish('show.featured', featured);
    }
    return show;
  }

  timeline(afterSeq: number, limit: number): TimelineEvent[] {
    const show = this.current();
    return show ? listTimeline(this.db, show.id, afterSeq, limit) : [];
  }

  /** Adds to the current show's timeline (OBS, chat gaps …); a no-op when there is no show. */
  record(type: string, actor: string, data: Record<string, unknown>): TimelineEvent | null {
    const id = currentShowId(this.db);
    if (id === null) return null;
    const event = appendTimeline(this.db, id, type, actor, data, this.clock());
    this.events.publish('show.timeline', event);
    return event;
  }
}
