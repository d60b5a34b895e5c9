import { parse } from 'csv-parse/sync';
import { CustomerShippingInputSchema, StudioError } from '../../../shared/contract';
import { parseCartReference } from '../../../shared/domain/shipping';
import type { Db } from '../store/db';
import { customerShippingOfCarts, saveCustomerShipping } from '../store/shipping';
import { readTx, writeTx } from '../store/sql';

/**
 * Shipping details from a CSV (`studio import --what shipping-details`): the generic sheet's
 * columns (reference, name, address_line1, address_line2, postal_code, city, country, phone,
 * email, locker_id), one row per cart reference; the details go to the cart's customer, so they
 * are remembered for later shows. A blank cell keeps what is stored. All or nothing: a file with
 * a bad row (unknown reference, an e-mail that is not one …) is refused with every bad row.
 */

type Field = 'name' | 'address_line1' | 'address_line2' | 'postal_code' | 'city' | 'country' | 'phone' | 'email' | 'locker_id';

export interface DetailsImport {
  /** Customers whose details were (or would be) saved. */
  customers: number;
  rows: number;
  errors: { line: number; message: string }[];
  applied: boolean;
}

export function importShippingDetails(db: Db, csv: string, apply: boolean): DetailsImport {
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw StudioError.of('invalid_input', 'theFileIsNotAReadable', { error: (error as Error).message });
  }
  if (records.length === 0 || !('reference' in records[0]!)) throw StudioError.of('invalid_input', 'theFileNeedsAReferenceColumn');
  const work = () => {
    const errors: DetailsImport['errors'] = [];
    const saves = new Map<number, Parameters<typeof saveCustomerShipping>[2]>();
    records.forEach((r, i) => {
      const line = i + 2;
      const cartId = parseCartReference(r.reference ?? '');
      const stored = cartId === null ? undefined : customerShippingOfCarts(db, [cartId]).get(cartId);
      if (!stored) return errors.push({ line, message: `no cart "${r.reference ?? ''}"` });
      const cell = (k: Field) => (r[k] ?? '').trim();
      const pick = (k: Field, now: string | null | undefined) => cell(k) || now || '';
      const a = stored.address;
      const parsed = CustomerShippingInputSchema.safeParse({
        name: pick('name', a?.name || stored.name),
        email: pick('email', stored.email),
        phone: pick('phone', stored.phone),
        address: {
          line1: pick('address_line1', a?.line1),
          line2: pick('address_line2', a?.line2),
          postalCode: pick('postal_code', a?.postalCode),
          city: pick('city', a?.city),
          country: pick('country', a?.country),
        },
        preferredMethodId: stored.preferredMethodId,
        lockerId: pick('locker_id', stored.lockerId),
      });
      if (!parsed.success)
        return errors.push({ line, message: parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ') });
      const d = parsed.data;
      const hasAddress = [d.address.line1, d.address.line2, d.address.postalCode, d.address.city].some(Boolean) || d.address.country !== '';
      saves.set(stored.customerId, {
        name: d.name,
        email: d.email,
        phone: d.phone,
        address: hasAddress ? { name: d.name, ...d.address } : null,
        preferredMethodId: d.preferredMethodId,
        lockerId: d.lockerId,
      });
    });
    if (apply && errors.length === 0) for (const [customerId, fields] of saves) saveCustomerShipping(db, customerId, fields);
    return { customers: saves.size, rows: records.length, errors, applied: apply && errors.length === 0 };
  };
  return apply ? writeTx(db, work) : readTx(db, work);
}
