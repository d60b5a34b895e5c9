import { StudioError, type cartsCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';

const notYet = (): never => {
  throw new StudioError('unavailable', 'Carts are being built (issue 11).');
};

/** The contract's carts domain. Stubs until the carts service lands. */
export function cartsHandlers(): HandlersOf<typeof cartsCommands> {
  return {
    'carts.list': notYet,
    'carts.get': notYet,
    'carts.editLine': notYet,
    'carts.addLine': notYet,
    'carts.removeLine': notYet,
    'carts.release': notYet,
    'carts.markPaid': notYet,
    'carts.markPacked': notYet,
    'carts.combine': notYet,
    'carts.setShipping': notYet,
    'carts.setPaymentMethod': notYet,
    'carts.requestPayment': notYet,
    'carts.returnLine': notYet,
    'carts.releasesDue': notYet,
    'carts.confirmReleases': notYet,
  };
}
