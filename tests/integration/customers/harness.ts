// The customers service on the carts harness's real SQLite file: the same catalog, publisher and
// clock, so claims, carts and customers are one studio's.
import { CustomersService } from '../../../electron/core/customers';
import { CatalogView } from '../../../electron/core/commerce/catalog-view';
import { CommercePublisher } from '../../../electron/core/commerce/publisher';
import { cartsHarness, type Harness } from '../carts/harness';

export interface CustomersHarness extends Harness {
  customers: CustomersService;
  /** The customer of buyer index b now. */
  customerOf(b: number): number;
  /** A chat line (no claim) by buyer index b in the harness's show. */
  say(b: number, text: string, platform?: string): number;
}

export function customersHarness(options: Parameters<typeof cartsHarness>[0] = {}): CustomersHarness {
  const h = cartsHarness(options);
  const { db } = h.temp;
  const clock = () => h.now.value;
  const catalog = new CatalogView({ db, events: h.events, extraIntentRules: () => ({}), log: () => {} });
  const publisher = new CommercePublisher({
    db,
    clock,
    events: h.events,
    catalog,
    currentShowId: () => h.showId,
    overlay: { announceClaim: () => undefined, announceDeal: () => undefined },
    shows: { featured: () => null, refreshFeatured: () => undefined },
    log: () => undefined,
  });
  const customers = new CustomersService({ db, clock, events: h.events, catalog, publisher });
  // Every buyer has its customer from the start (the carts issue's one customer per buyer).
  for (const buyerId of h.buyers)
    if ((db.prepare('SELECT customer_id AS c FROM buyers WHERE id = ?').get(buyerId) as { c: number | null }).c === null) {
      const id = db
        .prepare('INSERT INTO customers (name, created_at) VALUES ((SELECT display_name FROM buyers WHERE id = ?), ?)')
        .run(buyerId, clock()).lastInsertRowid;
      db.prepare('UPDATE buyers SET customer_id = ? WHERE id = ?').run(id, buyerId);
    }
  let said = 0;
  const close = h.close;
  return Object.assign(h, {
    customers,
    customerOf: (b: number) => (db.prepare('SELECT customer_id AS c FROM buyers WHERE id = ?').get(h.buyers[b]) as { c: number }).c,
    say: (b: number, text: string, platform = 'twitch') => {
      said += 1;
      return Number(
        db
          .prepare(
            `INSERT INTO chat_messages (show_id, platform, platform_message_id, channel, buyer_id, text, received_at, sent_at)
             VALUES (?, ?, ?, 'shop', ?, ?, ?, ?)`,
          )
          .run(h.showId, platform, `say${said}`, h.buyers[b], text, h.now.value, h.now.value).lastInsertRowid,
      );
    },
    close: () => {
      catalog.close();
      close();
    },
  });
}
