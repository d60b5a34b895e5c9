import type { Db } from './db';
import { prepared } from './sql';

export interface Shop {
  name: string;
  currency: string;
  language: string;
  timeZone: string;
}

export function getShop(db: Db): Shop | null {
  return prepared<Shop>(db, 'SELECT name, currency, language, time_zone AS timeZone FROM shop WHERE id = 1').get() ?? null;
}

export function saveShop(db: Db, shop: Shop, now: number): void {
  prepared(
    db,
    `INSERT INTO shop (id, name, currency, language, time_zone, created_at) VALUES (1, @name, @currency, @language, @timeZone, @now)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, language = excluded.language, time_zone = excluded.time_zone`,
  ).run({ ...shop, now });
}

/** The shop's currency; USD until a shop is set up. */
export function shopCurrency(db: Db): string {
  return getShop(db)?.currency ?? 'USD';
}
