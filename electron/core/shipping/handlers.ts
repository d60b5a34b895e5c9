import type { shippingCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { ShippingService } from './shipping-service';

/** The contract's shipping domain (roles are the contract's: staff read, the host changes). */
export function shippingHandlers(shipping: ShippingService): HandlersOf<typeof shippingCommands> {
  return {
    'shipping.cart': ({ cartId }) => shipping.cart(cartId),
    'shipping.saveCustomer': (input, ctx) => shipping.saveCustomer(input, ctx),
    'shipping.setParcel': (input, ctx) => shipping.setParcel(input, ctx),
    'shipping.setProduct': (input) => shipping.setProduct(input),
    'shipping.slip': (input) => shipping.slip(input),
    'shipping.slipPdf': (input) => shipping.slipPdf(input),
    'shipping.pack': (input, ctx) => shipping.pack(input, ctx),
    'shipping.ship': (input, ctx) => shipping.ship(input, ctx),
    'shipping.pickList': (input) => shipping.pickList(input),
    'shipping.pickListFile': (input) => shipping.pickListFile(input),
    'shipping.export': (input) => shipping.export(input),
    'shipping.importTracking': (input, ctx) => shipping.importTracking(input, ctx),
  };
}
