// orders.list reads its page a part at a time (LIST_PART rows per turn of the event loop): the same orders, in the same
// order, as one read — and other work runs between the parts.
import { afterEach, describe, expect, it } from 'vitest';
import { ChatReplies } from '../../../electron/core/commerce/chat-replies';
import { LIST_PART, OrdersService } from '../../../electron/core/commerce/orders-service';
import { upsertBuyer } from '../../../electron/core/store/buyers';
import { listOrders } from '../../../electron/core/store/orders';
import { writeTx } from '../../../electron/core/store/sql';
import { SettingsSchema } from '../../../shared/contract';
import { seedLine } from '../../bench/seed-line';
import { publisherOn } from '../../support/commerce-publisher';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';
import { seedShop } from './helpers';

let env: TempDatabase;
afterEach(() => env?.remove());

function service(lines: number) {
  env = tempDatabase('lss-orders-list-');
  const { db } = env;
  const f = seedShop(db, { stock: lines });
  const now = 1_700_000_000_000;
  writeTx(db, () => {
    for (let i = 0; i < lines; i++) {
      const buyerId = upsertBuyer(db, { platform: 'twitch', platformUserId: `u${i % 40}`, displayName: `buyer ${i % 40}` }, now);
      const variantId = f.variantIds[i % 2]!;
      seedLine(db, { showId: f.showId, buyerId, productId: f.product.id, variantId, unitPriceMinor: 14900, actor: 'test' }, now + i);
    }
  });
  const clock = () => now;
  const currentShowId = () => f.showId;
  const settings = SettingsSchema.parse({});
  const { events, catalog, publisher } = publisherOn(db, clock, currentShowId);
  const replies = new ChatReplies({ db, events, catalog, settings: () => settings.commerce, send: () => null as never, log: () => {} });
  return { db, showId: f.showId, orders: new OrdersService({ db, clock, events, catalog, currentShowId, publisher, replies }) };
}

describe('orders.list in parts', () => {
  it('returns what one read returns, newest first, across part boundaries, with beforeId and a limit between parts', async () => {
    const { db, showId, orders } = service(3 * LIST_PART + 17);
    for (const input of [{ limit: 2000 }, { limit: 2 * LIST_PART + 3 }, { limit: LIST_PART }, { limit: 600, beforeId: 500 }]) {
      const parts = await orders.list({ showId, ...input });
      const once = listOrders(db, { showId, limit: input.limit, beforeId: input.beforeId });
      expect(parts.map((o) => o.id)).toEqual(once.map((o) => o.id));
      expect(parts).toEqual(once);
    }
  });

  it('lets other work run between its parts', async () => {
    const { showId, orders } = service(3 * LIST_PART);
    const between: number[] = [];
    let done = false;
    const listed = orders.list({ showId, limit: 2000 }).then((rows) => {
      done = true;
      return rows;
    });
    // Work queued meanwhile (the host's command) runs before the list has finished.
    for (let turn = 0; turn < 3; turn++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      between.push(done ? 1 : 0);
    }
    expect(between[0]).toBe(0);
    expect((await listed).length).toBe(3 * LIST_PART);
  });
});
