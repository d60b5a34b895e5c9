import type { Migration } from './types';

/**
 * Pick, pack and ship (issue 13):
 *
 * - customers: the shipping details the studio remembers for the next show — the preferred
 *   delivery method (a settings.shipping.methods id, kept as text: a method removed later is
 *   shown as unknown, not lost) and the parcel-locker id (InPost Paczkomat …). The postal address
 *   stays the JSON of `address`; a locker id written inside it by an older studio is moved here.
 * - products: a bin/location on the shelves (the pick list walks by it), a default parcel size
 *   (A/B/C, InPost's gabaryt; the largest item of a cart wins) and a weight in grams (the Kazpost
 *   sheet needs one).
 * - carts: the parcel size and weight the seller chose (NULL: derived from the items), a note for
 *   the packing slip, the tracking number and when the parcel was shipped.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'shipping',
  up(db) {
    db.exec(`
      ALTER TABLE customers ADD COLUMN preferred_method_id TEXT CHECK (preferred_method_id IS NULL OR length(preferred_method_id) BETWEEN 1 AND 60);
      ALTER TABLE customers ADD COLUMN locker_id TEXT CHECK (locker_id IS NULL OR length(locker_id) BETWEEN 1 AND 40);

      ALTER TABLE products ADD COLUMN location TEXT CHECK (location IS NULL OR length(location) BETWEEN 1 AND 40);
      ALTER TABLE products ADD COLUMN parcel_size TEXT CHECK (parcel_size IS NULL OR parcel_size IN ('A', 'B', 'C'));
      ALTER TABLE products ADD COLUMN weight_grams INTEGER CHECK (weight_grams IS NULL OR weight_grams BETWEEN 1 AND 100000);

      ALTER TABLE carts ADD COLUMN parcel_size TEXT CHECK (parcel_size IS NULL OR parcel_size IN ('A', 'B', 'C'));
      ALTER TABLE carts ADD COLUMN weight_grams INTEGER CHECK (weight_grams IS NULL OR weight_grams BETWEEN 1 AND 100000);
      ALTER TABLE carts ADD COLUMN packing_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE carts ADD COLUMN tracking_number TEXT CHECK (tracking_number IS NULL OR length(tracking_number) BETWEEN 1 AND 80);
      ALTER TABLE carts ADD COLUMN shipped_at INTEGER;
      CREATE UNIQUE INDEX carts_tracking ON carts (tracking_number) WHERE tracking_number IS NOT NULL;
      CREATE INDEX products_location ON products (location) WHERE location IS NOT NULL;
    `);
    // A locker id kept inside the address JSON moves to its own column.
    db.exec(`
      UPDATE customers SET locker_id = substr(trim(json_extract(address, '$.lockerId')), 1, 40)
        WHERE address IS NOT NULL AND json_valid(address) AND length(trim(ifnull(json_extract(address, '$.lockerId'), ''))) > 0;
    `);
  },
};
