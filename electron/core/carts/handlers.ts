import type { cartsCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { CartsService } from './carts-service';

/** The contract's carts domain (roles are the contract's: a moderator may view, mark paid and confirm due releases). */
export function cartsHandlers(carts: CartsService): HandlersOf<typeof cartsCommands> {
  return {
    'carts.list': (input) => carts.list(input),
    'carts.get': ({ cartId }) => carts.get(cartId),
    'carts.editLine': (input, ctx) => carts.editLine(input, ctx),
    'carts.addLine': (input, ctx) => carts.addLine(input, ctx),
    'carts.removeLine': (input, ctx) => carts.removeLine(input, ctx),
    'carts.release': (input, ctx) => carts.release(input, ctx),
    'carts.markPaid': (input, ctx) => carts.markPaid(input, ctx),
    'carts.markPacked': (input, ctx) => carts.markPacked(input, ctx),
    'carts.combine': (input, ctx) => carts.combine(input, ctx),
    'carts.setShipping': (input, ctx) => carts.setShipping(input, ctx),
    'carts.setPaymentMethod': (input, ctx) => carts.setPaymentMethod(input, ctx),
    'carts.requestPayment': (input, ctx) => carts.requestPayment(input, ctx),
    'carts.returnLine': (input, ctx) => carts.returnLine(input, ctx),
    'carts.releasesDue': () => carts.releasesDue(),
    'carts.confirmReleases': (input, ctx) => carts.confirmReleases(input, ctx),
  };
}
