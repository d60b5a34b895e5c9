import { stringify } from 'csv-stringify/sync';
import { minorToDecimal } from '../../../shared/domain/money';
import { listCartHeaders } from '../store/carts';
import type { Db } from '../store/db';
import { listShowLines } from '../store/orders';
import { readTx } from '../store/sql';
import { buildCarts } from './views';

/**
 * `studio export --what orders|carts --format csv`: the column names are a stable interface for
 * sellers' scripts (README "The CLI"); add columns at the end, never rename or reorder. Money is
 * a decimal string in major units (shared/domain/money.ts), times ISO 8601 UTC.
 */
export const ORDER_COLUMNS = [
  'order_id',
  'cart_id',
  'show_id',
  'buyer',
  'platform',
  'platform_user_id',
  'code',
  'sku',
  'title',
  'options',
  'quantity',
  'returned_quantity',
  'unit_price',
  'line_total',
  'refund',
  'currency',
  'state',
  'hold_reason',
  'source',
  'message',
  'created_at',
] as const;

export const CART_COLUMNS = [
  'cart_id',
  'show_id',
  'buyer',
  'platform',
  'platform_user_id',
  'lines',
  'units',
  'goods',
  'shipping_method',
  'shipping',
  'total',
  'refund',
  'currency',
  'state',
  'payment_method',
  'payment_requested_at',
  'deadline_at',
  'paid_at',
  'combined_into',
] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, and the tab and carriage return that
 * can smuggle one in) gets a leading apostrophe: it is shown as text, never evaluated.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const iso = (at: number | null) => (at === null ? '' : new Date(at).toISOString());
const money = (minor: number | null, currency: string) => (minor === null ? '' : minorToDecimal(minor, currency));

function csv(columns: readonly string[], rows: (string | number)[][]): string {
  return stringify([columns as string[], ...rows.map((r) => r.map((c) => neutralise(String(c))))], { record_delimiter: '\n' });
}

/** One row per order line of the show (every line, whatever its state). */
export function ordersCsv(db: Db, showId: number): string {
  const lines = readTx(db, () => listShowLines(db, showId));
  return csv(
    ORDER_COLUMNS,
    lines.map(({ order: o, cartId, returnedQuantity, refundMinor, sku }) => [
      o.id,
      cartId,
      o.showId ?? '',
      o.buyer.name,
      o.buyer.platform,
      o.buyer.platformUserId,
      o.productCode,
      sku ?? '',
      o.productTitle,
      o.variantOptions.join(' / '),
      o.quantity,
      returnedQuantity,
      money(o.unitPriceMinor, o.currency),
      money(o.quantity * (o.unitPriceMinor ?? 0), o.currency),
      money(refundMinor, o.currency),
      o.currency,
      o.state,
      o.holdReason ?? '',
      o.source,
      o.messageText ?? '',
      iso(o.createdAt),
    ]),
  );
}

/** One row per cart of the show; lines, units and total count only lines that hold stock. */
export function cartsCsv(db: Db, showId: number, now: number): string {
  const carts = readTx(db, () => buildCarts(db, listCartHeaders(db, { showId }), now));
  return csv(
    CART_COLUMNS,
    carts.map((c) => [
      c.id,
      c.showId ?? '',
      c.buyer.name,
      c.buyer.platform,
      c.buyer.platformUserId,
      c.linesHoldingStock,
      c.units,
      money(c.goodsMinor, c.currency),
      c.shipping?.name ?? '',
      money(c.shippingFeeMinor, c.currency),
      money(c.totalMinor, c.currency),
      money(c.refundMinor, c.currency),
      c.currency,
      c.state,
      c.paymentMethod ?? '',
      iso(c.paymentRequestedAt),
      iso(c.deadlineAt),
      iso(c.paidAt),
      c.combinedInto ?? '',
    ]),
  );
}
