import { z } from 'zod';

/**
 * The columns of the carriers' shipping sheets (issue 13): the presets and the fields a column can
 * hold. Apart from shipping.ts so the settings (settings.shippingExport, the seller's mapping) and
 * the shipping contract share them without importing each other.
 */

export const ShippingPresetSchema = z.enum(['generic', 'inpost', 'kazpost']);
export type ShippingPreset = z.infer<typeof ShippingPresetSchema>;

/** What a column of a shipping sheet holds (the seller maps headers to these). */
export const ShippingFieldSchema = z.enum([
  'reference',
  'name',
  'address_line1',
  'address_line2',
  'address',
  'postal_code',
  'city',
  'country',
  'phone',
  'email',
  'locker_id',
  'method',
  'parcel_size',
  'parcel_template',
  'weight_kg',
  'weight_g',
  'cod_amount',
  'insurance_amount',
  'currency',
  'units',
  'contents',
  'note',
  'blank',
]);
export type ShippingField = z.infer<typeof ShippingFieldSchema>;
export const ShippingColumnSchema = z.object({ header: z.string().trim().min(1).max(60), field: ShippingFieldSchema }).strict();
export type ShippingColumn = z.infer<typeof ShippingColumnSchema>;
/** A preset's columns as the seller edited them (settings.shippingExport.columns). */
export const ShippingColumnsSchema = z
  .array(ShippingColumnSchema)
  .min(1)
  .max(40)
  .refine((cols) => new Set(cols.map((c) => c.header)).size === cols.length, 'column headers must be unique');

/** Each preset's built-in columns (the seller's mapping in settings.shippingExport.columns replaces them). */
export const PRESET_COLUMNS: Record<ShippingPreset, readonly ShippingColumn[]> = {
  generic: [
    { header: 'reference', field: 'reference' },
    { header: 'name', field: 'name' },
    { header: 'address_line1', field: 'address_line1' },
    { header: 'address_line2', field: 'address_line2' },
    { header: 'postal_code', field: 'postal_code' },
    { header: 'city', field: 'city' },
    { header: 'country', field: 'country' },
    { header: 'phone', field: 'phone' },
    { header: 'email', field: 'email' },
    { header: 'method', field: 'method' },
    { header: 'locker_id', field: 'locker_id' },
    { header: 'parcel_size', field: 'parcel_size' },
    { header: 'weight_kg', field: 'weight_kg' },
    { header: 'cod_amount', field: 'cod_amount' },
    { header: 'currency', field: 'currency' },
    { header: 'contents', field: 'contents' },
    { header: 'note', field: 'note' },
  ],
  inpost: [
    { header: 'receiver_name', field: 'name' },
    { header: 'receiver_phone', field: 'phone' },
    { header: 'receiver_email', field: 'email' },
    { header: 'target_point', field: 'locker_id' },
    { header: 'parcel_size', field: 'parcel_size' },
    { header: 'cod_amount', field: 'cod_amount' },
    { header: 'insurance_amount', field: 'insurance_amount' },
    { header: 'reference', field: 'reference' },
  ],
  kazpost: [
    { header: 'reference', field: 'reference' },
    { header: 'recipient', field: 'name' },
    { header: 'address', field: 'address' },
    { header: 'postcode', field: 'postal_code' },
    { header: 'city', field: 'city' },
    { header: 'phone', field: 'phone' },
    { header: 'weight_kg', field: 'weight_kg' },
    { header: 'cod_amount', field: 'cod_amount' },
  ],
};
