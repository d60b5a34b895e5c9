/**
 * The studio's commerce engine without the studio, as `studio listen` runs it (and the benchmarks
 * measure it): chat ingest's hook takes orders and questions, and no client, overlay or chat reply
 * hears about what it did.
 */
import { CatalogView, ChatCommerce, CommercePublisher } from '.';
import type { CatalogViewDeps } from './catalog-view';
import type { CommerceLog } from './log';
import { StudioEvents } from '../events';
import type { Db } from '../store/db';

export interface HeadlessCommerceDeps {
  db: Db;
  /** The show every message belongs to. */
  showId: number;
  extraIntentRules: CatalogViewDeps['extraIntentRules'];
  log: CommerceLog;
}

export interface HeadlessCommerce {
  /** Chat ingest's hook. */
  engine: ChatCommerce;
  /** Stops the catalog view listening for catalog changes. */
  close(): void;
}

export function headlessCommerce({ db, showId, extraIntentRules, log }: HeadlessCommerceDeps): HeadlessCommerce {
  const events = new StudioEvents();
  const catalog = new CatalogView({ db, events, extraIntentRules, log });
  const publisher = new CommercePublisher({
    db,
    clock: Date.now,
    events,
    catalog,
    currentShowId: () => showId,
    overlay: { announceClaim: () => {}, announceDeal: () => {} },
    shows: { featured: () => null, refreshFeatured: () => undefined },
    log,
  });
  return { engine: new ChatCommerce({ db, clock: Date.now, catalog, publisher, log }), close: () => catalog.close() };
}
