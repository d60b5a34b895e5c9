import { parse } from 'csv-parse/sync';
import { StudioError } from '../../../shared/contract';
import { parseCartReference } from '../../../shared/domain/shipping';

/**
 * Reading a carrier's CSV of tracking numbers (reference -> tracking number). Carriers name the
 * columns their own way and in their own language: the first column whose header names a
 * reference (reference, ref, numer referencyjny, …) and the first that names a tracking or
 * shipment number (tracking, numer przesyłki, трек-номер, …). Commas, semicolons or tabs; a BOM
 * is dropped.
 */

const REFERENCE_HEADERS = [
  'reference',
  'ref',
  'reference number',
  'customer reference',
  'order reference',
  'cart',
  'cart reference',
  'numer referencyjny',
  'referencja',
  'nr referencyjny',
  'sygnatura',
  'анықтама',
  'сілтеме',
  'референс',
  'номер заказа',
  'тапсырыс',
];
const TRACKING_HEADERS = [
  'tracking',
  'tracking number',
  'tracking no',
  'tracking id',
  'shipment number',
  'parcel number',
  'waybill',
  'awb',
  'numer przesyłki',
  'numer przesylki',
  'numer nadania',
  'numer śledzenia',
  'nr przesyłki',
  'tracking_number',
  'трек номер',
  'трек-номер',
  'трек',
  'штрихкод',
  'шпи',
];

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[_.:#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function findColumn(headers: string[], names: string[]): number {
  const normal = headers.map(norm);
  const exact = normal.findIndex((h) => names.includes(h));
  if (exact >= 0) return exact;
  return normal.findIndex((h) => names.some((n) => n.length > 3 && h.includes(n)));
}

export interface TrackingFileRow {
  line: number;
  reference: string;
  trackingNumber: string;
  cartId: number | null;
}

export interface TrackingFile {
  referenceColumn: string;
  trackingColumn: string;
  rows: TrackingFileRow[];
}

export function readTrackingCsv(text: string): TrackingFile {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw StudioError.of('invalid_input', 'theTrackingFileIsNotA', { error: (error as Error).message });
  }
  const headers = records[0];
  if (!headers) throw StudioError.of('invalid_input', 'theTrackingFileIsEmpty');
  const ref = findColumn(headers, REFERENCE_HEADERS);
  const tracking = findColumn(headers, TRACKING_HEADERS);
  if (ref < 0 || tracking < 0 || ref === tracking)
    throw StudioError.of('invalid_input', 'theTrackingFileNeedsAReference', { headers: headers.join(', ') }, [
      {
        path: 'csv',
        message:
          ref < 0 ? 'no reference column (reference, ref, numer referencyjny …)' : 'no tracking column (tracking, numer przesyłki …)',
      },
    ]);
  return {
    referenceColumn: headers[ref]!,
    trackingColumn: headers[tracking]!,
    rows: records.slice(1).map((r, i) => {
      const reference = (r[ref] ?? '').trim();
      return {
        line: i + 2,
        reference,
        trackingNumber: (r[tracking] ?? '').trim().replace(/\s+/g, ''),
        cartId: reference ? parseCartReference(reference) : null,
      };
    }),
  };
}
