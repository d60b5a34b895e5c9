import type { Cart, CartCustomer, CartLine, InvoiceLine, InvoiceParty, InvoiceSettings, InvoiceTotals } from '../../../shared/contract';
import { StudioError } from '../../../shared/contract';
import { cartReference, lineTax, sumTaxes } from '../../../shared/domain/invoices';
import { holdsStock } from '../../../shared/domain/order-states';
import { buildCarts, buildLines } from '../carts/views';
import { listCartHeaders } from '../store/carts';
import { getCustomer } from '../store/customers';
import type { Db } from '../store/db';
import { listCartLines } from '../store/orders';
import { getShop } from '../store/shop';

/**
 * What a cart bills, read from the store with the carts' own views (one definition of lines,
 * shipping and totals): the invoice lines with their tax, the buyer as an invoice names them, and
 * the shop's zone and language. Used by the service, the PDFs and the CLI exports alike. Reads only.
 */
export interface CartBill {
  cart: Cart;
  lines: CartLine[];
  customer: CartCustomer;
  timeZone: string;
  shopLanguage: string;
  shopName: string;
}

export function readCartBill(db: Db, cartId: number, now: number): CartBill {
  const bill = readCartBills(db, [cartId], now)[0];
  if (!bill) throw StudioError.of('not_found', 'noCartWithId', { cartId });
  return bill;
}

/** Several carts' bills with one read of each kind (a show's pro-formas, issuing in bulk); unknown ids are left out. */
export function readCartBills(db: Db, cartIds: readonly number[], now: number): CartBill[] {
  const carts = buildCarts(db, listCartHeaders(db, { ids: cartIds }), now);
  const lines = new Map<number, CartLine[]>();
  for (const line of buildLines(
    db,
    listCartLines(
      db,
      carts.map((c) => c.id),
    ),
  )) {
    const list = lines.get(line.cartId);
    if (list) list.push(line);
    else lines.set(line.cartId, [line]);
  }
  const shop = getShop(db);
  return carts.map((cart) => {
    const customer = getCustomer(db, cart.customerId);
    if (!customer) throw StudioError.of('not_found', 'cartHasNoCustomer', { cartId: cart.id });
    return {
      cart,
      lines: lines.get(cart.id) ?? [],
      customer,
      timeZone: shop?.timeZone || 'UTC',
      shopLanguage: shop?.language ?? 'en',
      shopName: shop?.name ?? '',
    };
  });
}

/** The rate of a product: its own (by code), else the shop's default; null for a VAT-exempt seller. */
export function rateFor(settings: InvoiceSettings, productCode: string | null): number | null {
  if (settings.vatExempt) return null;
  const own =
    productCode === null ? undefined : settings.productTaxRates.find((r) => r.productCode.toUpperCase() === productCode.toUpperCase());
  return own?.ratePercent ?? settings.taxRatePercent;
}

/**
 * The lines an invoice of the cart bills now: every line that holds stock, or came back (its
 * units kept by the buyer and the money not refunded), less refunds; and the shipping fee.
 */
export function billLines(bill: CartBill, settings: InvoiceSettings): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  for (const line of bill.lines) {
    if (!holdsStock(line.state) && line.state !== 'returned') continue;
    const quantity = line.quantity - line.returnedQuantity;
    const grossMinor = line.lineTotalMinor - line.refundMinor;
    if (quantity === 0 && grossMinor === 0) continue;
    const ratePercent = rateFor(settings, line.productCode);
    const tax = lineTax({ grossMinor, ratePercent });
    lines.push({
      orderId: line.id,
      kind: 'goods',
      code: line.productCode,
      title: line.productTitle,
      options: line.variantOptions,
      quantity,
      unitPriceMinor: line.unitPriceMinor ?? 0,
      grossMinor,
      ratePercent,
      taxMinor: tax.taxMinor,
      netMinor: tax.netMinor,
    });
  }
  const fee = bill.cart.shippingFeeMinor;
  if (fee > 0) {
    const ratePercent = rateFor(settings, null);
    const tax = lineTax({ grossMinor: fee, ratePercent });
    lines.push({
      orderId: null,
      kind: 'shipping',
      code: '',
      title: bill.cart.shipping?.name ?? '',
      options: [],
      quantity: 1,
      unitPriceMinor: fee,
      grossMinor: fee,
      ratePercent,
      taxMinor: tax.taxMinor,
      netMinor: tax.netMinor,
    });
  }
  return lines;
}

export function totalsOf(lines: readonly InvoiceLine[]): InvoiceTotals {
  return sumTaxes(lines);
}

/** Two bills say the same (a correction has nothing to correct). */
export function sameLines(a: readonly InvoiceLine[], b: readonly InvoiceLine[]): boolean {
  const key = (l: InvoiceLine) => `${l.kind}|${l.orderId}|${l.quantity}|${l.grossMinor}|${l.ratePercent}`;
  return a.length === b.length && a.map(key).sort().join('\n') === b.map(key).sort().join('\n');
}

/** What every document of a cart says the same way (invoice, correction, pro-forma): who, which cart, which note. */
export function billHeader(bill: CartBill, settings: InvoiceSettings) {
  return {
    timeZone: bill.timeZone,
    currency: bill.cart.currency,
    seller: sellerParty(settings, bill.shopName),
    buyer: buyerParty(bill.customer, bill.cart),
    cartId: bill.cart.id,
    cartReference: cartReference(bill.cart.id),
    showTitle: bill.cart.showTitle,
    exemptionNote: settings.vatExempt ? settings.exemptionNote || null : null,
    paymentMethod: bill.cart.paymentMethod,
  };
}

export function sellerParty(settings: InvoiceSettings, shopName: string): InvoiceParty {
  const s = settings.seller;
  return { name: s.name || shopName, address: s.address, taxId: s.taxId, email: s.email, phone: s.phone };
}

export function buyerParty(customer: CartCustomer, cart: Cart): InvoiceParty {
  const a = customer.address;
  const address = a ? [a.line1, a.line2, `${a.postalCode} ${a.city}`.trim(), a.country].filter(Boolean).join('\n') : '';
  return {
    name: a?.name || customer.name || cart.buyer.name,
    address,
    taxId: '',
    email: customer.email ?? '',
    phone: customer.phone ?? '',
  };
}
