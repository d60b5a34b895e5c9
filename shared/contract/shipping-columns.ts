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
  'first_name',
  'last_name',
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
  'inpost_service',
  'parcel_size',
  'parcel_template',
  'weight_kg',
  'weight_g',
  'cod_amount',
  'cod_currency',
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
  // InPost's parcel-locker shipment in the field names of its ShipX API, the shipment object that
  // InPost's tools (Manager Paczek, the ShipX integrations) create a shipment from:
  // docs.inpost24.com/display/PL/[1.9.0]+Creating+a+shipment+in+the+simplified+mode (receiver.phone
  // and receiver.email for a locker shipment, custom_attributes.target_point = the locker, cod and
  // insurance amounts, reference) and dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/18153507
  // "Shipment sizes and services" (service inpost_locker_standard; parcel templates small, medium,
  // large = gabaryt A, B, C). The CSV template that Manager Paczek's own file import offers is not in
  // any source the project could read; a seller whose template names the columns otherwise renames
  // them in the column editor (settings.shippingExport).
  inpost: [
    { header: 'reference', field: 'reference' },
    { header: 'service', field: 'inpost_service' },
    { header: 'receiver.first_name', field: 'first_name' },
    { header: 'receiver.last_name', field: 'last_name' },
    { header: 'receiver.phone', field: 'phone' },
    { header: 'receiver.email', field: 'email' },
    { header: 'custom_attributes.target_point', field: 'locker_id' },
    { header: 'parcels.template', field: 'parcel_template' },
    { header: 'cod.amount', field: 'cod_amount' },
    { header: 'cod.currency', field: 'cod_currency' },
    { header: 'insurance.amount', field: 'insurance_amount' },
    { header: 'insurance.currency', field: 'currency' },
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
