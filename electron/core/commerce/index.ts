/**
 * Orders and questions from chat (issue 7). The composition root builds it
 * with createCommerce() and hands `engine` to the chat service as its ingest
 * hook; `service` answers the orders/questions commands of the contract.
 */
import type { Settings } from '../../../shared/contract';
import type { StudioEvents } from '../events';
import type { Db } from '../store/db';
import { CatalogView, extraRulesOf } from './catalog-view';
import { ChatCommerce } from './engine';
import { OrdersService } from './orders-service';
import { CommercePublisher, type CommerceDeps } from './publisher';

export { ChatCommerce } from './engine';
export { OrdersService } from './orders-service';
export { CatalogView } from './catalog-view';
export type { CommerceDeps } from './publisher';

export interface Commerce {
  catalog: CatalogView;
  engine: ChatCommerce;
  service: OrdersService;
  /** Stops listening to the studio's events. */
  close(): void;
}

export interface CommerceOptions extends Omit<CommerceDeps, 'catalog'> {
  db: Db;
  settings: () => Settings['commerce'];
  events?: StudioEvents | null;
}

export function createCommerce(options: CommerceOptions): Commerce {
  const catalog = new CatalogView(options.db, () => extraRulesOf(options.settings().extraIntentRules));
  const deps: CommerceDeps = { ...options, catalog };
  const publisher = new CommercePublisher(deps);
  const engine = new ChatCommerce(deps, publisher);
  const service = new OrdersService(deps, publisher);
  // The catalog changed (edit, import): rebuild the intent index. Stock came back: move the waitlists.
  const unsubscribe =
    options.events?.subscribe((name, payload) => {
      if (name === 'catalog.changed') catalog.invalidate();
      else if (name === 'stock.changed') {
        const changes = (payload as { changes: { variantId: number; stock: number }[] }).changes.filter((c) => c.stock > 0);
        if (changes.length) service.promoteWaitlists(changes.map((c) => c.variantId));
      }
    }) ?? (() => {});
  return { catalog, engine, service, close: unsubscribe };
}
