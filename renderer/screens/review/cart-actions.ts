import type { Cart } from '../../../shared/contract';
import { CASH_ON_DELIVERY } from '../../../shared/contract/carts-values';

/** Which of a cart's actions make sense now, from its lines' states (the core refuses the rest anyway; this keeps the page honest). */
export function cartActions(cart: Pick<Cart, 'state' | 'lineCounts' | 'paymentMethod' | 'paymentRequestedAt'>) {
  const n = (state: keyof Cart['lineCounts']) => cart.lineCounts[state] ?? 0;
  const unpaid = n('claimed') + n('confirmed') > 0;
  const combined = cart.state === 'combined';
  const cod = cart.paymentMethod === CASH_ON_DELIVERY;
  return {
    // A line released after the payment request comes back when paid late (if its stock is free).
    markPaid: !combined && (unpaid || (n('released') > 0 && cart.paymentRequestedAt !== null)),
    markPacked: !combined && (n('paid') > 0 || (cod && unpaid)),
    requestPayment: !combined && unpaid && !cod,
    release: !combined && unpaid && !cod,
  };
}
