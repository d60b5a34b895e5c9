import { useCallback, useEffect, useState } from 'react';
import type { CartDetail, CartMoney } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useEvent } from '../../lib/use-studio';

/** A cart's money (invoices.forCart), read again when the cart changes or its payments or invoices do. */
export function useCartMoney(client: StudioClient, cart: CartDetail, fail: (e: unknown) => void) {
  const [money, setMoney] = useState<CartMoney | null>(null);
  const load = useCallback(() => {
    client.call('invoices.forCart', { cartId: cart.id }).then(setMoney, fail);
  }, [client, cart.id, fail]);
  // The cart's version grows with every change of its lines, shipping or payment state.
  useEffect(load, [load, cart.version]);
  useEvent(
    client,
    'invoices.changed',
    useCallback(({ cartIds }: { cartIds: number[] }) => cartIds.includes(cart.id) && load(), [cart.id, load]),
  );
  return { money, setMoney, reload: load };
}
