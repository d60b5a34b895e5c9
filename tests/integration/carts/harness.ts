// A carts service on a real SQLite file, with the commerce pieces it publishes through and a
// clock the test moves. Settings are a plain object the test may change.
import { CartsService } from '../../../electron/core/carts';
import { DeadlineSweeper } from '../../../electron/core/carts/deadline-sweeper';
import { placeClaim } from '../../../electron/core/commerce/claims';
import { Effects } from '../../../electron/core/commerce/effects';
import { StudioEvents } from '../../../electron/core/events';
import { writeTx } from '../../../electron/core/store/sql';
import { SettingsSchema, type EventName, type EventPayload, type Settings } from '../../../shared/contract';
import { publisherOn } from '../../support/commerce-publisher';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';
import { seedShop, type Fixture } from '../../unit/commerce/helpers';

export const T0 = 1_700_000_000_000;
export const HOUR = 3_600_000;

export interface Harness extends Fixture {
  temp: TempDatabase;
  carts: CartsService;
  sweeper: DeadlineSweeper;
  events: StudioEvents;
  settings: Settings;
  now: { value: number };
  heard: { name: EventName; payload: unknown }[];
  /** The show claims go to (a test may move it to another show). */
  showId: number;
  /** A chat claim of `variantId` by buyer index `b`, with its chat message (the proof). */
  claim(b: number, variantId: number, quantity?: number, text?: string): number;
  /** Starts the carts service again as a studio started at `now` (a restart). */
  restart(): void;
  /**
   * The studio running until `at`: the clock moves one sweep interval at a time and the sweeper
   * ticks at each (as its timer would); what the ticks did, merged.
   */
  runUntil(at: number): SweepResult;
  cartOf(b: number): number;
  close(): void;
}

export { cartsServiceOn } from '../../support/carts-service';

export const SWEEP_INTERVAL_MS = 60_000;
type SweepResult = { reminders: number[]; released: number[]; waitlistsEnded: number[] };

export const SHIPPING_SETTINGS = {
  shipping: {
    methods: [
      { id: 'locker', name: 'InPost Paczkomat', kind: 'locker' as const, priceMinor: 1299, freeOverMinor: 30000 },
      { id: 'courier', name: 'DPD', kind: 'courier' as const, priceMinor: 1899 },
    ],
  },
};

export function cartsHarness(options: Parameters<typeof seedShop>[1] = {}): Harness {
  const temp = tempDatabase('lss-carts-');
  const fixture = seedShop(temp.db, options);
  const { db } = temp;
  const now = { value: T0 };
  const clock = () => now.value;
  const events = new StudioEvents(true);
  const heard: Harness['heard'] = [];
  events.subscribe((name, payload) => heard.push({ name, payload }));
  const settings = SettingsSchema.parse(SHIPPING_SETTINGS);
  const { catalog, publisher } = publisherOn(db, clock, () => fixture.showId, events);
  const build = () => {
    const carts = new CartsService({ db, clock, events, catalog, publisher, settings: () => settings, startedAt: now.value });
    const sweeper = new DeadlineSweeper({ carts, clock, intervalMs: SWEEP_INTERVAL_MS, log: () => undefined });
    return { carts, sweeper };
  };
  let parts = build();
  let seq = 0;
  const harness: Harness = {
    ...fixture,
    temp,
    events,
    settings,
    now,
    heard,
    get carts() {
      return parts.carts;
    },
    get sweeper() {
      return parts.sweeper;
    },
    claim(b, variantId, quantity = 1, text = `SOLD A12 x${quantity}`) {
      seq += 1;
      const messageSeq = Number(
        db
          .prepare(
            `INSERT INTO chat_messages (show_id, platform, platform_message_id, channel, buyer_id, text, received_at, sent_at)
             VALUES (?, 'twitch', ?, 'shop', ?, ?, ?, ?)`,
          )
          .run(harness.showId, `m${seq}`, fixture.buyers[b], text, now.value, now.value - 100).lastInsertRowid,
      );
      const effects = new Effects();
      const placed = writeTx(db, () =>
        placeClaim(
          db,
          {
            showId: harness.showId,
            buyerId: fixture.buyers[b]!,
            product: fixture.product,
            options: {},
            variantId,
            quantity,
            at: now.value,
            actor: `chat:twitch:u${b}`,
            source: 'chat',
            messageSeq,
          },
          effects,
        ),
      );
      publisher.publish(effects);
      if (placed.kind === 'duplicate' || placed.kind === 'over_limit') throw new Error(`claim refused: ${placed.kind}`);
      return placed.orderId;
    },
    runUntil(at) {
      const merged: SweepResult = { reminders: [], released: [], waitlistsEnded: [] };
      while (now.value < at) {
        now.value = Math.min(now.value + SWEEP_INTERVAL_MS, at);
        const result = parts.sweeper.tick();
        if (!result) throw new Error(`the sweep failed at ${now.value}`);
        for (const key of ['reminders', 'released', 'waitlistsEnded'] as const) merged[key].push(...result[key]);
      }
      return merged;
    },
    restart() {
      parts.carts.close();
      parts = build();
    },
    cartOf(b) {
      return (
        db.prepare('SELECT id FROM carts WHERE show_id = ? AND buyer_id = ?').get(harness.showId, fixture.buyers[b]) as { id: number }
      ).id;
    },
    close() {
      parts.carts.close();
      catalog.close();
      temp.remove();
    },
  };
  return harness;
}

export function eventsNamed<K extends EventName>(h: Harness, name: K): EventPayload<K>[] {
  return h.heard.filter((e) => e.name === name).map((e) => e.payload as EventPayload<K>);
}
