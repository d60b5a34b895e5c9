import { CatalogView } from '../../electron/core/commerce/catalog-view';
import { CommercePublisher } from '../../electron/core/commerce/publisher';
import { StudioEvents } from '../../electron/core/events';
import type { Db } from '../../electron/core/store/db';

/**
 * The commerce publisher and the catalog view it reads, on an open database, with no overlay and nothing featured:
 * what a service under test publishes through. The events are the caller's, or new ones (payloads checked unless told).
 */
export function publisherOn(db: Db, clock: () => number, showId: () => number | null, events = new StudioEvents(true)) {
  const catalog = new CatalogView({ db, events, extraIntentRules: () => ({}), log: () => {} });
  const publisher = new CommercePublisher({
    db,
    clock,
    events,
    catalog,
    currentShowId: showId,
    overlay: { announceClaim: () => undefined, announceDeal: () => undefined },
    shows: { featured: () => null, refreshFeatured: () => undefined },
    log: () => undefined,
  });
  return { events, catalog, publisher };
}
