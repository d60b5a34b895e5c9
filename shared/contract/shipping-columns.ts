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
