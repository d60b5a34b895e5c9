import type { ClaimAnnouncement, Deal, OverlaySettings, OverlayState, Pinned } from '../../../shared/contract/overlay';
import { dealQuotaTaken } from '../../../shared/domain/deals';
import type { Clock } from '../clock';
import type { StudioEvents } from '../events';

/** How many confirmed claims the overlay gets on (re)connect for its ticker. */
export const RECENT_CLAIMS = 20;

export interface PinRequest {
  kind: Pinned['kind'];
  author: string;
  text: string;
  answer: string | null;
}

export interface ClaimRequest {
  buyer: string;
  code: string;
  variant: string | null;
  /** Units the claim took; 1 when left out. */
  quantity?: number;
  at?: number;
}

/** A deal as the orders side knows it; the service adds the clock and the running/ended state. */
export type DealRequest = Omit<Deal, 'state' | 'now'>;

export interface OverlayServiceDeps {
  events: StudioEvents;
  /** settings.overlay: the looks, read for each client that (re)connects. */
  settings: () => OverlaySettings;
  clock: Clock;
}

/**
 * What the stream overlay shows besides the featured product: the pinned
 * message, the recent claims, the flash deal. Kept in memory on purpose: after
 * a restart the stream starts clean rather than showing a stale pin or deal.
 * The looks are settings: read when asked, and published again whenever
 * settings.update changes them (the core's settings.changed).
 */
export class OverlayService {
  private pinned: Pinned | null = null;
  private readonly claims: ClaimAnnouncement[] = [];
  private deal: Deal | null = null;
  private dealTimer: NodeJS.Timeout | null = null;
  private nextPinId = 1;
  private nextClaimId = 1;
  private readonly events: StudioEvents;
  private readonly settings: () => OverlaySettings;
  private readonly clock: Clock;
  private readonly unsubscribe: () => void;

  constructor(deps: OverlayServiceDeps) {
    this.events = deps.events;
    this.settings = deps.settings;
    this.clock = deps.clock;
    this.unsubscribe = deps.events.internal.subscribe('settings.changed', ({ settings, sections }) => {
      if (sections.includes('overlay')) this.events.publish('overlay.settings', settings.overlay);
    });
  }

  state(): OverlayState {
    return {
      pinned: this.pinned,
      settings: this.settings(),
      claims: [...this.claims],
      deal: this.deal && { ...this.deal, now: this.clock() },
      now: this.clock(),
    };
  }

  pin(request: PinRequest, actor: string): Pinned {
    this.pinned = { id: this.nextPinId++, ...request, pinnedAt: this.clock(), pinnedBy: actor };
    this.events.publish('overlay.pinned', { pinned: this.pinned });
    return this.pinned;
  }

  unpin(): { unpinned: boolean } {
    const had = this.pinned !== null;
    this.pinned = null;
    if (had) this.events.publish('overlay.pinned', { pinned: null });
    return { unpinned: had };
  }

  /**
   * Thanks a buyer in the ticker. The orders side calls this once a claim is
   * confirmed (never for a claim that may still be refused).
   */
  announceClaim(request: ClaimRequest): ClaimAnnouncement {
    const claim: ClaimAnnouncement = {
      id: this.nextClaimId++,
      buyer: request.buyer,
      code: request.code,
      variant: request.variant,
      quantity: request.quantity ?? 1,
      at: request.at ?? this.clock(),
    };
    this.claims.push(claim);
    if (this.claims.length > RECENT_CLAIMS) this.claims.splice(0, this.claims.length - RECENT_CLAIMS);
    this.events.publish('overlay.claim', claim);
    return claim;
  }

  /**
   * Shows a flash deal, or updates it (the orders side calls this again with a
   * new `left` after each claim at the deal price). It ends by itself at endsAt.
   */
  announceDeal(request: DealRequest): Deal {
    const now = this.clock();
    const ended = request.endsAt <= now || dealQuotaTaken(request.left);
    this.deal = { ...request, state: ended ? 'ended' : 'running', now };
    this.events.publish('overlay.deal', { deal: this.deal });
    this.scheduleDealEnd();
    return this.deal;
  }

  /** Ends the deal now (sold through, or stopped by the host). */
  endDeal(): void {
    if (!this.deal || this.deal.state === 'ended') return;
    this.deal = { ...this.deal, state: 'ended', now: this.clock() };
    this.scheduleDealEnd();
    this.events.publish('overlay.deal', { deal: this.deal });
  }

  /** Takes the deal off the overlay entirely (e.g. another product is featured). */
  clearDeal(): void {
    if (!this.deal) return;
    this.deal = null;
    this.scheduleDealEnd();
    this.events.publish('overlay.deal', { deal: null });
  }

  close(): void {
    this.unsubscribe();
    if (this.dealTimer) clearTimeout(this.dealTimer);
    this.dealTimer = null;
  }

  private scheduleDealEnd(): void {
    if (this.dealTimer) clearTimeout(this.dealTimer);
    this.dealTimer = null;
    if (!this.deal || this.deal.state !== 'running') return;
    // The pages count down by themselves; this timer makes the ended state authoritative for late joiners.
    const timer = setTimeout(() => this.endDeal(), Math.max(0, this.deal.endsAt - this.clock()));
    timer.unref?.();
    this.dealTimer = timer;
  }
}
