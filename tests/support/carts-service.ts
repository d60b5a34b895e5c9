import { CartsService } from '../../electron/core/carts';
import { StudioEvents } from '../../electron/core/events';
import type { Db } from '../../electron/core/store/db';
import type { Settings } from '../../shared/contract';
import { publisherOn } from './commerce-publisher';

/** The carts service and what it publishes through, on an open database (also what the child process builds); the benchmark turns the payload check off. */
export function cartsServiceOn(db: Db, clock: () => number, settings: Settings, showId: () => number | null, checkPayloads = true) {
  const { events, catalog, publisher } = publisherOn(db, clock, showId, new StudioEvents(checkPayloads));
  const carts = new CartsService({ db, clock, events, catalog, publisher, settings: () => settings, startedAt: clock() });
  return { events, catalog, publisher, carts };
}
