// The one pricing function (electron/core/commerce/pricing.ts) with an injected clock: the price
// tag every screen shows, the Omnibus "was" price from the price history, planned and running deals,
// the stream-delay grace, and deal prices that would not make the product cheaper.
import { afterEach, describe, expect, it } from 'vitest';
import { OMNIBUS_WINDOW_MS, omnibusWas, priceOfMoment, priceTagOf } from '../../../electron/core/commerce/pricing';
import { StudioEvents } from '../../../electron/core/events';
import { LineupService } from '../../../electron/core/shows/lineup-service';
import { ShowService } from '../../../electron/core/shows/show-service';
import { getProduct, insertProduct, updateVariantRow } from '../../../electron/core/store/catalog';
import { createShow, updateShowDetails } from '../../../electron/core/store/shows';
import type { Featured, Product } from '../../../shared/contract';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

const DAY = 86_400_000;
const T0 = 1_780_000_000_000;
let now = T0;
const open: TempDatabase[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.remove();
});

function setup() {
  now = T0;
  const t = tempDatabase('lss-pricing-');
  open.push(t);
  const { db } = t;
  db.prepare("INSERT INTO shop (id, name, currency, language, created_at) VALUES (1, 'Shop', 'PLN', 'pl', ?)").run(T0);
  const productId = insertProduct(
    db,
    {
      handle: 'dress',
      code: 'A12',
      title: 'Dress',
      optionNames: ['Size'],
      variants: [
        { options: ['S'], priceMinor: 14900, compareAtMinor: 29900, stock: 5 },
        { options: ['M'], priceMinor: 14900, compareAtMinor: 29900, stock: 5 },
      ],
    },
    'test',
    T0,
  );
  const showId = createShow(db, { title: 'Friday' }, T0);
  const events = new StudioEvents();
  const overlay = { unpinned: 0, cleared: 0, unpin: () => overlay.unpinned++, clearDeal: () => void overlay.cleared++ };
  const clock = () => now;
  const shows = new ShowService({ db, events, clock, overlay });
  const refreshed: Featured[] = [];
  events.subscribe((name, payload) => {
    if (name === 'show.featured') refreshed.push(payload as Featured);
  });
  const lineup = new LineupService({ db, events, clock, overlay: { announceDeal: () => {}, endDeal: () => {} }, shows });
  const product = () => getProduct(db, productId) as Product;
  /** Sets a variant's regular price at the current clock (as the catalog editor and imports do). */
  const setPrice = (index: number, priceMinor: number) => {
    const v = product().variants[index]!;
    updateVariantRow(db, v.id, index, { sku: v.sku, options: v.options, priceMinor, compareAtMinor: v.compareAtMinor }, now);
  };
  const tag = () => priceTagOf(db, showId, product(), now)!;
  return { db, productId, showId, shows, lineup, overlay, product, setPrice, tag, refreshed };
}

describe('the Omnibus "was" price', () => {
  it('strikes only the lowest price of the 30 days before the reduction, never the catalog’s compare-at price', () => {
    const { setPrice, tag } = setup();
    // Never reduced: nothing struck, although the catalog says "compare at 299".
    expect(tag()).toMatchObject({ nowMinor: 14900, wasMinor: null, regularMinor: 14900, deal: null });
    now = T0 + 10 * DAY;
    setPrice(0, 12900);
    setPrice(1, 12900);
    now = T0 + 20 * DAY;
    setPrice(0, 9900);
    setPrice(1, 9900);
    // The lowest of the 30 days before today's reduction is 129, not 149.
    expect(tag()).toMatchObject({ nowMinor: 9900, wasMinor: 12900 });
  });

  it('prices older than 30 days before the reduction do not count; a cut back to a price seen in the window strikes nothing', () => {
    const { setPrice, tag } = setup();
    now = T0 + 40 * DAY;
    setPrice(0, 19900);
    setPrice(1, 19900);
    now = T0 + 80 * DAY; // 40 days at 199: the 149 of day 0 is out of the window
    setPrice(0, 15900);
    setPrice(1, 15900);
    expect(tag()).toMatchObject({ nowMinor: 15900, wasMinor: 19900 });
    // Up for a week, then back down: the lowest of the previous 30 days is 159 itself, so no strike.
    now = T0 + 81 * DAY;
    setPrice(0, 25900);
    setPrice(1, 25900);
    now = T0 + 88 * DAY;
    setPrice(0, 15900);
    setPrice(1, 15900);
    expect(tag()).toMatchObject({ nowMinor: 15900, wasMinor: null });
  });

  it('the boundary: a price that ended exactly 30 days before the reduction is outside the window', () => {
    const { setPrice, tag, product, db } = setup();
    now = T0 + 5 * DAY;
    setPrice(0, 19900);
    setPrice(1, 19900);
    now = T0 + 5 * DAY + OMNIBUS_WINDOW_MS; // the 149 ended exactly 30 days ago
    setPrice(0, 17900);
    setPrice(1, 17900);
    expect(tag()).toMatchObject({ nowMinor: 17900, wasMinor: 19900 });
    // Had the reduction come one millisecond earlier, the 149 would still be in the window: nothing struck.
    const variantId = product().variants[0]!.id;
    expect(omnibusWas(db, variantId, 17900, now)).toBe(19900);
    expect(omnibusWas(db, variantId, 17900, now - 1)).toBeNull();
  });

  it('a flash deal strikes the lowest price of the 30 days before it started, and an earlier deal in the window counts', () => {
    const { lineup, productId, tag, showId } = setup();
    const item = lineup.add({ productId, dealPriceMinor: 9900, dealSeconds: 60, showId }).items[0]!;
    now = T0 + DAY;
    lineup.startDeal(item.id);
    expect(tag()).toMatchObject({ nowMinor: 9900, wasMinor: 14900, deal: { phase: 'running', priceMinor: 9900 } });
    now += 60_000;
    expect(tag()).toMatchObject({ nowMinor: 14900, wasMinor: null, deal: { phase: 'ended' } });
    // A week later a deal at 119: the 99 of last week is the lowest of the window, so 119 may strike nothing.
    lineup.update({ itemId: item.id, dealPriceMinor: 11900 });
    now = T0 + 8 * DAY;
    lineup.startDeal(item.id);
    expect(tag()).toMatchObject({ nowMinor: 11900, wasMinor: null, deal: { phase: 'running' } });
    // A deal stopped by hand ends its span then: 45 days later it is out of the window again.
    now += 10_000;
    lineup.endDeal(item.id);
    now = T0 + 60 * DAY;
    lineup.update({ itemId: item.id, dealPriceMinor: 12900 });
    lineup.startDeal(item.id);
    expect(tag()).toMatchObject({ nowMinor: 12900, wasMinor: 14900 });
  });
});

describe('deals on the price tag', () => {
  it('a planned deal is shown as planned, never as the price; orders follow the same rule', () => {
    const { lineup, productId, tag, showId, product, db } = setup();
    lineup.add({ productId, dealPriceMinor: 9900, dealSeconds: 60, dealQuota: 3, showId });
    expect(tag()).toMatchObject({
      nowMinor: 14900,
      wasMinor: null,
      deal: { phase: 'planned', priceMinor: 9900, quota: 3, left: 3, startedAt: null },
    });
    const variant = product().variants[0]!;
    expect(priceOfMoment(db, showId, productId, variant.id, 1, now)).toEqual({ unitPriceMinor: 14900, isDeal: false });
  });

  it('a deal price at or above the regular price is refused when set and when started', () => {
    const { lineup, productId, showId, setPrice } = setup();
    expect(() => lineup.add({ productId, dealPriceMinor: 15900, dealSeconds: 60, showId })).toThrow(/not below the regular price/);
    expect(() => lineup.add({ productId, dealPriceMinor: 14900, dealSeconds: 60, showId })).toThrow(/not below the regular price/);
    const item = lineup.add({ productId, dealPriceMinor: 9900, dealSeconds: 60, showId }).items[0]!;
    expect(() => lineup.update({ itemId: item.id, dealPriceMinor: 20000 })).toThrow(/not below the regular price/);
    // The regular price was cut below the planned deal afterwards: starting it is refused, nothing written.
    setPrice(0, 8900);
    expect(() => lineup.startDeal(item.id)).toThrow(/not below the regular price/);
    expect(lineup.get(showId).items[0]).toMatchObject({ dealStartedAt: null, dealEndsAt: null });
  });

  it('the stream delay: claims received within it after the deal ends get the deal price; the tag says grace', () => {
    const { lineup, productId, showId, tag, product, db, refreshed } = setup();
    updateShowDetails(db, showId, { streamDelaySeconds: 8 });
    const item = lineup.add({ productId, dealPriceMinor: 9900, dealSeconds: 30, showId }).items[0]!;
    lineup.startDeal(item.id);
    const v = product().variants[1]!.id;
    expect(refreshed.length).toBe(0); // nothing featured: nothing to tell
    now = T0 + 30_000;
    expect(tag()).toMatchObject({ nowMinor: 9900, deal: { phase: 'grace', endsAt: T0 + 30_000, graceUntil: T0 + 38_000 } });
    expect(priceOfMoment(db, showId, productId, v, 1, T0 + 37_999)).toEqual({ unitPriceMinor: 9900, isDeal: true });
    expect(priceOfMoment(db, showId, productId, v, 1, T0 + 38_000)).toEqual({ unitPriceMinor: 14900, isDeal: false });
    now = T0 + 38_000;
    expect(tag()).toMatchObject({ nowMinor: 14900, deal: { phase: 'ended' } });
  });

  it('the featured card is told again when a deal starts and ends', () => {
    const { lineup, productId, showId, shows, refreshed } = setup();
    const item = lineup.add({ productId, dealPriceMinor: 9900, dealSeconds: 30, showId }).items[0]!;
    shows.feature({ productId }, 'host');
    expect(refreshed.at(-1)?.price).toMatchObject({ nowMinor: 14900, deal: { phase: 'planned' } });
    now += 1_000;
    lineup.startDeal(item.id);
    expect(refreshed.at(-1)?.price).toMatchObject({ nowMinor: 9900, deal: { phase: 'running', endsAt: now + 30_000 } });
    now += 5_000;
    lineup.endDeal(item.id);
    expect(refreshed.at(-1)?.price).toMatchObject({ nowMinor: 14900, deal: { phase: 'ended' } });
    lineup.close();
  });
});

describe('show lifecycle', () => {
  it('ending a show takes the product, the pin and the deal off the overlay; a new show starts clean', () => {
    const { shows, productId, showId, overlay, refreshed } = setup();
    shows.goLive(showId, 'host');
    expect(overlay).toMatchObject({ unpinned: 1, cleared: 1 });
    shows.feature({ productId }, 'host');
    shows.end(showId, 'host');
    expect(overlay).toMatchObject({ unpinned: 2, cleared: 2 });
    expect(refreshed.find((f) => f.showId === showId && f.product === null && f.price === null)).toBeDefined();
    const next = shows.create({ title: 'Saturday' }, 'host');
    expect(next.featuredProductId).toBeNull();
    expect(overlay).toMatchObject({ unpinned: 3, cleared: 3 });
  });
});
