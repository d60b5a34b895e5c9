import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/contract';
import { StudioEvents } from '../../../electron/core/events';
import { LineupService } from '../../../electron/core/shows/lineup-service';
import { ShowService } from '../../../electron/core/shows/show-service';
import { findProductIdByCode } from '../../../electron/core/store/catalog';
import { createShow } from '../../../electron/core/store/shows';
import { importFile } from './helpers';
import { tempDatabase } from '../../support/temp-db';

const open: { remove(): void }[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.remove();
});

function setup() {
  const t = tempDatabase('lss-catalog-');
  open.push(t);
  importFile(t.db, 'boutique.csv');
  const events = new StudioEvents();
  const seen: EventName[] = [];
  events.subscribe((name) => seen.push(name));
  const showId = createShow(t.db, { title: 'Piątek' }, 1);
  const code = (c: string) => findProductIdByCode(t.db, c)!;
  return {
    ...t,
    showId,
    lineup: new LineupService({
      db: t.db,
      events,
      clock: () => 5,
      overlay: { announceDeal: () => {}, endDeal: () => {} },
      shows: { refreshFeatured: () => undefined },
    }),
    shows: new ShowService({ db: t.db, events, clock: () => 5, overlay: { unpin: () => undefined, clearDeal: () => undefined } }),
    seen,
    code,
  };
}

describe('lineup (run of show)', () => {
  it('adds, moves (keyboard and drag), reorders, edits deal fields and removes; positions stay 0..n-1', () => {
    const { lineup, code, seen } = setup();
    lineup.add({ productId: code('A12') });
    lineup.add({ productId: code('Ш-1'), sceneName: 'Close-up', dealPriceMinor: 3_999_000, dealQuota: 5, perBuyerLimit: 1 });
    let l = lineup.add({ productId: code('1'), position: 0 });
    const order = () => l.items.map((i) => [i.position, i.productId]);
    expect(order()).toEqual([
      [0, code('1')],
      [1, code('A12')],
      [2, code('Ш-1')],
    ]);
    expect(l.items[2]).toMatchObject({ sceneName: 'Close-up', dealPriceMinor: 3_999_000, dealQuota: 5, perBuyerLimit: 1 });
    expect(() => lineup.add({ productId: code('A12') })).toThrow(/already in the lineup \(position 2\)/);
    // Alt+ArrowDown on the first item: move it one down.
    l = lineup.move(l.items[0]!.id, 1);
    expect(order()).toEqual([
      [0, code('A12')],
      [1, code('1')],
      [2, code('Ш-1')],
    ]);
    // A drag drops the last item first; past the end clamps.
    l = lineup.move(l.items[2]!.id, 0);
    l = lineup.move(l.items[0]!.id, 99);
    expect(l.items.map((i) => i.productId)).toEqual([code('A12'), code('1'), code('Ш-1')]);
    const ids = l.items.map((i) => i.id);
    l = lineup.reorder({ itemIds: [ids[2]!, ids[0]!, ids[1]!] });
    expect(l.items.map((i) => i.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(() => lineup.reorder({ itemIds: [ids[0]!, ids[1]!] })).toThrow(/every item of the lineup exactly once; missing/);
    l = lineup.update({ itemId: ids[0]!, dealPriceMinor: 9900, sceneName: null, dealSeconds: 120 });
    expect(l.items.find((i) => i.id === ids[0])).toMatchObject({
      dealPriceMinor: 9900,
      sceneName: null,
      dealSeconds: 120,
      perBuyerLimit: null,
    });
    l = lineup.update({ itemId: ids[2]!, dealQuota: null });
    expect(l.items.find((i) => i.id === ids[2])!.dealQuota).toBeNull();
    l = lineup.remove(ids[2]!);
    expect(l.items.map((i) => i.position)).toEqual([0, 1]);
    expect(() => lineup.remove(ids[2]!)).toThrow(/No lineup item/);
    expect(seen.filter((n) => n === 'lineup.changed')).toHaveLength(10);
  });

  it('featuring follows the lineup: next, previous and jump to a position', () => {
    const { lineup, shows, code } = setup();
    for (const c of ['A12', 'Ш-1', '1']) lineup.add({ productId: code(c) });
    expect(shows.feature({ step: 'next' }, 'host').product!.code).toBe('A12');
    expect(shows.feature({ step: 'next' }, 'host').product!.code).toBe('Ш-1');
    expect(shows.feature({ position: 2 }, 'host').product!.code).toBe('1');
    expect(shows.feature({ step: 'previous' }, 'host').product!.code).toBe('Ш-1');
    expect(() => shows.feature({ position: 3 }, 'host')).toThrow(/The lineup has 3 item\(s\); there is no position 4/);
    // Reordering moves what "next" means.
    const l = lineup.get();
    lineup.move(l.items[0]!.id, 2); // [Ш-1, 1, A12], Ш-1 featured
    expect(shows.feature({ step: 'next' }, 'host').product!.code).toBe('1');
  });

  it('refuses an ended show and a missing product', () => {
    const { db, lineup, showId } = setup();
    expect(() => lineup.add({ productId: 9999 })).toThrow(/No product with id 9999/);
    db.prepare("UPDATE shows SET state = 'ended' WHERE id = ?").run(showId);
    expect(() => lineup.get(showId)).toThrow(/has ended/);
    expect(() => lineup.get()).toThrow(/no current show/);
  });
});
