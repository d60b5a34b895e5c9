// A draft show is a rehearsal: its claims are test orders (held, reason `rehearsal`) that take no
// stock, even when completed with a variant, and going live discards them in the same commit.
import { afterEach, describe, expect, it } from 'vitest';
import { placeClaim } from '../../../electron/core/commerce/claims';
import { Effects } from '../../../electron/core/commerce/effects';
import { StudioEvents } from '../../../electron/core/events';
import { ShowService } from '../../../electron/core/shows/show-service';
import { insertPayment } from '../../../electron/core/store/invoices';
import { assertStockInvariant } from '../../../electron/core/store/stock';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';
import { seedShop } from './helpers';

const open: TempDatabase[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.remove();
});

describe('a draft show is a rehearsal', () => {
  it('claims are test orders that take no stock; going live discards them and their carts; claims after that are real', () => {
    const t = tempDatabase('lss-rehearsal-');
    open.push(t);
    const { db } = t;
    const f = seedShop(db, { stock: 2 });
    // The fixture's show is live: make it a draft, the state a rehearsal happens in.
    db.prepare("UPDATE shows SET state = 'draft', started_at = NULL WHERE id = ?").run(f.showId);
    const stock = () => db.prepare('SELECT stock FROM variants WHERE id = ?').pluck().get(f.variantIds[0]);
    const claim = (buyer: number, quantity = 1) =>
      placeClaim(
        db,
        {
          showId: f.showId,
          buyerId: f.buyers[buyer]!,
          product: f.product,
          options: { size: 'S' },
          quantity,
          at: 1_000 + buyer,
          actor: 'test',
          source: 'chat',
          messageSeq: null,
          variantId: f.variantIds[0],
        },
        new Effects(),
      );
    claim(0);
    claim(1, 2);
    claim(2); // more than the stock: a rehearsal never waitlists either
    expect(stock()).toBe(2);
    expect(db.prepare('SELECT state, hold_reason AS reason FROM orders ORDER BY id').all()).toEqual([
      { state: 'held', reason: 'rehearsal' },
      { state: 'held', reason: 'rehearsal' },
      { state: 'held', reason: 'rehearsal' },
    ]);
    assertStockInvariant(db);

    const shows = new ShowService({
      db,
      events: new StudioEvents(),
      clock: () => 5_000,
      overlay: { unpin: () => undefined, clearDeal: () => undefined },
    });
    const live = shows.goLive(f.showId, 'host');
    expect(live.state).toBe('live');
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM carts WHERE show_id = ?').pluck().get(f.showId)).toBe(0);
    expect(db.prepare("SELECT data FROM show_events WHERE type = 'show.live'").pluck().get()).toBe('{"rehearsalOrdersDiscarded":3}');

    claim(0);
    expect(db.prepare('SELECT state FROM orders').all()).toEqual([{ state: 'claimed' }]);
    expect(stock()).toBe(1);
    assertStockInvariant(db);
  });
  it('a rehearsal cart that money was recorded on (a database from before that was refused) stays, empty, and the show still goes live', () => {
    const t = tempDatabase('lss-rehearsal-paid-');
    open.push(t);
    const { db } = t;
    const f = seedShop(db, { stock: 2 });
    db.prepare("UPDATE shows SET state = 'draft', started_at = NULL WHERE id = ?").run(f.showId);
    const claimOf = (buyer: number) =>
      placeClaim(
        db,
        {
          showId: f.showId,
          buyerId: f.buyers[buyer]!,
          product: f.product,
          options: { size: 'S' },
          quantity: 1,
          at: 1_000 + buyer,
          actor: 'test',
          source: 'chat',
          messageSeq: null,
          variantId: f.variantIds[0],
        },
        new Effects(),
      );
    claimOf(0);
    claimOf(1);
    const [paidCart, plainCart] = db.prepare('SELECT cart_id FROM orders ORDER BY id').pluck().all() as number[];
    insertPayment(db, {
      cartId: paidCart!,
      method: 'blik',
      amountMinor: 100,
      currency: 'PLN',
      paidAt: 2_000,
      reference: '',
      source: 'manual',
      actor: 'test',
      createdAt: 2_000,
    });
    const shows = new ShowService({
      db,
      events: new StudioEvents(),
      clock: () => 5_000,
      overlay: { unpin: () => undefined, clearDeal: () => undefined },
    });
    // Before the fix this threw SQLite's FOREIGN KEY constraint failed: the show could never go live.
    expect(shows.goLive(f.showId, 'host').state).toBe('live');
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(0);
    expect(db.prepare('SELECT id FROM carts WHERE show_id = ? ORDER BY id').pluck().all(f.showId)).toEqual([paidCart]);
    expect(db.prepare('SELECT cart_id FROM payments').pluck().all()).toEqual([paidCart]);
    expect(plainCart).not.toBe(paidCart);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    assertStockInvariant(db);
  });
});
