import { stringify } from 'csv-stringify/sync';
import type {
  CartShippingInfo,
  Settings,
  ShippingColumn,
  ShippingExport,
  ShippingField,
  ShippingLeftOut,
  ShippingMissing,
  ShippingPreset,
} from '../../../shared/contract';
import { PRESET_COLUMNS } from '../../../shared/contract/shipping-columns';
import { minorToDecimal } from '../../../shared/domain/money';
import { neutralise } from '../carts/csv';
import type { Db } from '../store/db';
import { cartsToShip } from '../store/shipping';
import { readTx } from '../store/sql';
import { shippingViews, type ShippingView } from './views';

/**
 * The carriers' sheets: one CSV row per parcel in a preset's columns, which the seller may remap
 * (settings.shippingExport.columns: header -> field). A generic courier sheet, an InPost parcel
 * sheet (lockers: locker id, phone, e-mail, size, the COD amount only for cash-on-delivery carts,
 * the reference) and a Kazpost sheet (address, postcode, phone, weight, reference).
 *
 * Which carts: the show's carts to ship (paid or packed lines, or cash on delivery) that are not
 * shipped, whose delivery the carrier serves (InPost: lockers; Kazpost: couriers; generic: both).
 * A cart without a method is listed for every sheet. A cart that lacks a detail the sheet needs
 * is left out of the rows and listed with what it lacks.
 */

/** The delivery kinds a preset's carrier serves. */
const SERVES: Record<ShippingPreset, readonly string[]> = {
  generic: ['locker', 'courier'],
  inpost: ['locker'],
  kazpost: ['courier'],
};

/** Details a sheet needs beyond what shipping at all needs. */
function sheetMissing(preset: ShippingPreset, info: CartShippingInfo): ShippingMissing[] {
  const extra: ShippingMissing[] = [];
  if (preset === 'kazpost' && info.weightGrams === null) extra.push('weight');
  return extra;
}

export { PRESET_COLUMNS };

export function presetColumns(preset: ShippingPreset, settings: Pick<Settings, 'shippingExport'>): readonly ShippingColumn[] {
  return settings.shippingExport.columns[preset] ?? PRESET_COLUMNS[preset];
}

const PHONE = /^\+?[0-9 ()-]+$/;

/** "Anna Maria Kowalska" -> Anna Maria / Kowalska (a carrier's first and last name fields); one word is a first name. */
function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { first: words[0] ?? '', last: '' };
  return { first: words.slice(0, -1).join(' '), last: words[words.length - 1]! };
}

function cell(field: ShippingField, { info, items, cart }: ShippingView): string {
  const a = info.customer.address;
  const money = (minor: number | null) => (minor === null ? '' : minorToDecimal(minor, info.currency));
  switch (field) {
    case 'reference':
      return info.reference;
    case 'name':
      return a?.name || info.customer.name;
    case 'first_name':
      return splitName(a?.name || info.customer.name).first;
    case 'last_name':
      return splitName(a?.name || info.customer.name).last;
    case 'address_line1':
      return a?.line1 ?? '';
    case 'address_line2':
      return a?.line2 ?? '';
    case 'address':
      return [a?.line1, a?.line2].filter(Boolean).join(', ');
    case 'postal_code':
      return a?.postalCode ?? '';
    case 'city':
      return a?.city ?? '';
    case 'country':
      return a?.country ?? '';
    case 'phone':
      return info.customer.phone ?? '';
    case 'email':
      return info.customer.email ?? '';
    case 'locker_id':
      return info.kind === 'locker' ? (info.customer.lockerId ?? '') : '';
    case 'method':
      return info.methodName ?? '';
    case 'inpost_service':
      // ShipX service names: a locker shipment, or InPost's courier to an address.
      return info.kind === 'locker' ? 'inpost_locker_standard' : info.kind === 'courier' ? 'inpost_courier_standard' : '';
    case 'parcel_size':
      return info.parcelSize ?? '';
    case 'parcel_template':
      return info.parcelSize === null ? '' : { A: 'small', B: 'medium', C: 'large' }[info.parcelSize];
    case 'weight_kg':
      return info.weightGrams === null ? '' : (info.weightGrams / 1000).toFixed(3);
    case 'weight_g':
      return info.weightGrams === null ? '' : String(info.weightGrams);
    case 'cod_amount':
      return money(info.codAmountMinor);
    case 'cod_currency':
      return info.codAmountMinor === null ? '' : info.currency;
    case 'insurance_amount':
      return money(cart.goodsMinor);
    case 'currency':
      return info.currency;
    case 'units':
      return String(cart.units);
    case 'contents':
      return items.map((i) => `${i.quantity}x ${i.code}${i.options.length ? ` ${i.options.join('/')}` : ''}`).join(', ');
    case 'note':
      return info.note;
    case 'blank':
      return '';
  }
}

/** The sheet for a show (null: every show) in the preset's columns (as mapped in settings). */
export function shippingExport(
  db: Db,
  showId: number | null,
  preset: ShippingPreset,
  settings: Pick<Settings, 'shippingExport'>,
  now: number,
): ShippingExport {
  const views = readTx(db, () => shippingViews(db, cartsToShip(db, showId), now));
  const columns = presetColumns(preset, settings);
  const rows: string[][] = [];
  const leftOut: ShippingLeftOut[] = [];
  for (const view of views) {
    const { info } = view;
    if (info.state === 'shipped' || info.trackingNumber !== null) continue;
    if (info.kind !== null && !SERVES[preset].includes(info.kind)) continue;
    const missing = [...info.missing, ...sheetMissing(preset, info)];
    if (missing.length) {
      leftOut.push({ cartId: info.cartId, reference: info.reference, buyerName: view.cart.buyer.name, missing });
      continue;
    }
    rows.push(
      columns.map((c) => {
        const text = cell(c.field, view);
        // A phone number (+48 …) is digits only: kept as it is for the carrier's import.
        return c.field === 'phone' && PHONE.test(text) ? text : neutralise(text);
      }),
    );
  }
  const csv = stringify([columns.map((c) => c.header), ...rows], { record_delimiter: '\n' });
  const fileName = `shipping-${preset}${showId === null ? '' : `-show-${showId}`}.csv`;
  return { preset, fileName, csv, rows: rows.length, leftOut };
}
