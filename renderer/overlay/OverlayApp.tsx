import { useEffect, useSyncExternalStore } from 'react';
import type { Language } from '../../shared/contract';
import { dealFor } from '../../shared/overlay/format';
import { stringsFor } from '../../shared/overlay/i18n';
import type { OverlayStore } from './overlay-store';
import { ClaimsTicker } from './parts/ClaimsTicker';
import { PinnedMessage } from './parts/PinnedMessage';
import { Presence } from './parts/Presence';
import { ProductCard, type CardProps } from './parts/ProductCard';
import { useWakeAt } from './use-wake';

/** How long "Deal ended" stays on the card after the countdown reaches zero. */
const ENDED_SHOWN_MS = 3_000;

/** Black or white text, whichever reads better on the brand colour. */
function contrastOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? '#111111' : '#ffffff';
}

export function OverlayApp({ store, preview }: { store: OverlayStore; preview: boolean }) {
  const snap = useSyncExternalStore(store.subscribe, store.get);
  const { settings, featured } = snap;
  const language: Language = featured?.showLanguage ?? 'en';
  const strings = stringsFor(language);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dataset.theme = settings.theme;
    root.dataset.position = settings.position;
    root.style.setProperty('--brand', settings.brandColor);
    root.style.setProperty('--on-brand', contrastOn(settings.brandColor));
    root.style.setProperty('--font', settings.font);
  }, [language, settings]);

  // The countdown: the only timer while a deal runs, one wake per second; none otherwise.
  const coreNow = Date.now() + snap.clockOffsetMs;
  const deal = dealFor(featured, snap.deal, coreNow);
  const endedAt = deal ? (deal.state === 'ended' ? Math.min(deal.endsAt, deal.now) : deal.endsAt) : null;
  const remainingMs = deal && endedAt !== null ? Math.max(0, endedAt - coreNow) : 0;
  const running = deal !== null && remainingMs > 0;
  const showEnded = deal !== null && !running && endedAt !== null && coreNow - endedAt < ENDED_SHOWN_MS;
  const nextChange =
    deal && endedAt !== null
      ? running
        ? Date.now() + (remainingMs % 1000 || 1000)
        : showEnded
          ? endedAt + ENDED_SHOWN_MS - snap.clockOffsetMs
          : null
      : null;
  useWakeAt(nextChange);

  const product = featured?.product ?? null;
  const card: CardProps | null =
    snap.ready && product && featured
      ? {
          product,
          price: featured.price,
          coreNow,
          currency: featured.currency,
          language,
          strings,
          deal: deal ? { deal, running, remainingMs, showEnded } : null,
        }
      : null;

  const cardRegion = (
    <Presence item={card} itemKey={(c) => `${featured?.showId}:${c.product.id}`} className="card-slot">
      {(c) => <ProductCard {...c} />}
    </Presence>
  );
  const ticker = <ClaimsTicker claims={snap.claims} strings={strings} language={language} />;
  const pinned = (
    <Presence item={snap.ready ? snap.pinned : null} itemKey={(p) => String(p.id)} className="pinned-slot">
      {(p) => <PinnedMessage pinned={p} strings={strings} />}
    </Presence>
  );

  return (
    <main className="stage" data-ready={snap.ready || undefined}>
      {settings.position === 'side-card' ? (
        <>
          <section className="dock dock-side">{cardRegion}</section>
          <section className="dock dock-left">
            {ticker}
            {pinned}
          </section>
        </>
      ) : (
        <>
          <section className="dock dock-left">
            {ticker}
            {cardRegion}
          </section>
          <section className="dock dock-right">{pinned}</section>
        </>
      )}
      {preview && <span className={`status-dot ${snap.phase}`} data-testid="status-dot" title={snap.phase} />}
    </main>
  );
}
