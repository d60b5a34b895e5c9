import type { ClaimAnnouncement, Deal, Featured, OverlaySettings, Pinned } from '../../shared/contract';
import type { ConnectionPhase, StudioClient } from '../lib/studio-client';
import { productWithStock } from '../lib/use-catalog';

/** Everything the overlay renders, in one immutable snapshot (for useSyncExternalStore). */
export interface OverlaySnapshot {
  phase: ConnectionPhase;
  /** False until the first state arrived: the page shows nothing rather than defaults that then jump. */
  ready: boolean;
  featured: Featured | null;
  pinned: Pinned | null;
  settings: OverlaySettings;
  deal: Deal | null;
  /** Core clock minus page clock, so countdowns follow the core even on another machine. */
  clockOffsetMs: number;
  /** Claims confirmed since the page connected (or very recently before), newest last. */
  claims: ReceivedClaim[];
}

/** A claim and when this page got it (page clock): the ticker shows each for a few seconds from then. */
export interface ReceivedClaim {
  claim: ClaimAnnouncement;
  receivedAt: number;
}

const claimKey = (c: ClaimAnnouncement) => `${c.id}@${c.at}`;

export const DEFAULT_SETTINGS: OverlaySettings = {
  theme: 'midnight',
  position: 'lower-third',
  brandColor: '#ff4f8b',
  font: 'Inter, system-ui, sans-serif',
};

/** A claim older than this when the page (re)connects is history, not news: it is not replayed. */
const CLAIM_REPLAY_MS = 10_000;
const MAX_CLAIMS = 20;

/**
 * Holds the overlay's state and keeps it current over the socket: loads
 * everything on each (re)connect, then follows the events. While the core is
 * away it keeps the last good state, so the stream never shows a broken page.
 */
export class OverlayStore {
  private snapshot: OverlaySnapshot;
  private readonly listeners = new Set<() => void>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly client: StudioClient) {
    this.snapshot = {
      phase: client.connectionPhase,
      ready: false,
      featured: null,
      pinned: null,
      settings: DEFAULT_SETTINGS,
      deal: null,
      clockOffsetMs: 0,
      claims: [],
    };
    client.onPhase((phase) => {
      this.set({ phase });
      if (phase === 'connected') this.load();
      // A refused token is final for the windows; the overlay in OBS has nobody to
      // click reload, so it asks again now and then (the host may restore the token).
      if (phase === 'refused') this.retryLater(15_000);
    });
    // A server-side disconnect (the core shutting down) is not retried by socket.io itself.
    client.socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') this.retryLater(500);
    });
    client.on('show.featured', (featured) => this.acceptFeatured(featured));
    client.on('overlay.pinned', ({ pinned }) => this.set({ pinned }));
    client.on('overlay.settings', (settings) => this.set({ settings }));
    client.on('overlay.deal', ({ deal }) => this.set({ deal, ...(deal ? { clockOffsetMs: deal.now - Date.now() } : {}) }));
    client.on('overlay.claim', (claim) => {
      this.set({ claims: [...this.snapshot.claims, { claim, receivedAt: Date.now() }].slice(-MAX_CLAIMS) });
    });
    // Stock of the featured product from the one event every window follows (a claim, a cancel, a
    // waitlist promotion, a stock edit): the card, the host's and the console's show the same count.
    client.on('stock.changed', ({ changes }) => {
      const featured = this.snapshot.featured;
      if (!featured?.product) return;
      const product = productWithStock(featured.product, changes);
      if (product !== featured.product) this.set({ featured: { ...featured, product } });
    });
    if (client.connectionPhase === 'connected') this.load();
  }

  get = (): OverlaySnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<OverlaySnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  private retryLater(ms: number) {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.client.socket.connected) this.client.socket.connect();
    }, ms);
  }

  /** Later beats earlier; a different show always wins (the host switched shows). */
  private acceptFeatured(featured: Featured | null) {
    const current = this.snapshot.featured;
    if (featured && current && featured.showId === current.showId && featured.seq < current.seq) return;
    this.set({ featured });
  }

  private load() {
    const sentAt = Date.now();
    Promise.all([this.client.call('overlay.state', {}), this.client.call('show.featured', {})]).then(
      ([state, featured]) => {
        // Half the round trip is the best guess of when the core read its clock.
        const offset = state.now - (sentAt + Date.now()) / 2;
        // Ids restart with the core: a claim is known by id and time together.
        const known = new Set(this.snapshot.claims.map((c) => claimKey(c.claim)));
        const receivedAt = Date.now();
        const fresh = state.claims
          .filter((c) => !known.has(claimKey(c)) && state.now - c.at < CLAIM_REPLAY_MS)
          .map((claim) => ({ claim, receivedAt }));
        const current = this.snapshot.featured;
        // After a core restart seq numbering continues from the database; a reply is authoritative.
        const keepCurrent = featured && current && featured.showId === current.showId && featured.seq < current.seq;
        this.set({
          ready: true,
          pinned: state.pinned,
          settings: state.settings,
          deal: state.deal,
          clockOffsetMs: offset,
          claims: [...this.snapshot.claims, ...fresh].slice(-MAX_CLAIMS),
          featured: keepCurrent ? current : featured,
        });
      },
      // The core went away mid-load: the next connect loads again; nothing to show meanwhile.
      () => undefined,
    );
  }
}
