import { CartsService } from '../../electron/core/carts';
import { CatalogView } from '../../electron/core/commerce/catalog-view';
import { CommercePublisher } from '../../electron/core/commerce/publisher';
import { StudioEvents } from '../../electron/core/events';
import type { Db } from '../../electron/core/store/db';
import type { Settings } from '../../shared/contract';

/** The carts service and what it publishes through, on an open database (also what the child process builds); the benchmark turns the payload check off. */
export function cartsServiceOn(db: Db, clock: () => number, settings: Settings, showId: () => number | null, checkPayloads = true) {
  const events = new StudioEvents(checkPayloads);
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
  const carts = new CartsService({ db, clock, events, catalog, publisher, settings: () => settings, startedAt: clock() });
  return { events, catalog, publisher, carts };
}
