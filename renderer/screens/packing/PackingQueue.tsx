import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cart } from '../../../shared/contract';
import { cartReference, packingQueue } from '../../../shared/domain/shipping';
import type { StudioClient } from '../../lib/studio-client';
import { useEvent } from '../../lib/use-studio';
import { Isolated } from '../../widgets/Isolated';

/**
 * The parcels waiting: the show's paid and cash-on-delivery carts (to pack) and packed ones (to ship), so the seller can
 * open the next slip with a click when there is no scanner at hand. Follows carts.changed.
 */
export function PackingQueue({
  client,
  showId,
  onOpen,
}: {
  client: StudioClient;
  showId: number | undefined;
  onOpen: (cartId: number) => void;
}) {
  const { t } = useTranslation();
  const [carts, setCarts] = useState<Cart[] | null>(null);
  // Carts of the show still waiting for payment: an empty queue then says why, not that every paid cart shipped.
  const [unpaid, setUnpaid] = useState(0);
  const reload = useCallback(() => {
    const show = showId === undefined ? {} : { showId };
    // Cash-on-delivery carts are packed unpaid (paid at the door): they wait beside the paid ones.
    Promise.all([
      client.call('carts.list', { ...show, states: ['paid', 'packed'], limit: 500 }),
      client.call('carts.list', { ...show, states: ['open'], paymentMethod: 'cash_on_delivery', limit: 500 }),
    ]).then(
      ([ready, cod]) => {
        setCarts([...cod.carts, ...ready.carts]);
        setUnpaid(ready.counts.open + ready.counts.awaiting_payment);
      },
      () => undefined,
    );
  }, [client, showId]);
  useEffect(reload, [reload]);
  useEvent(client, 'carts.changed', reload);
  if (carts === null) return null;
  const { toPack, toShip } = packingQueue(carts);
  const group = (title: string, list: Cart[], testId: string) => (
    <div className="packing-queue-group" data-testid={testId}>
      <h3>
        {title} <span className="muted">{list.length}</span>
      </h3>
      <ul>
        {list.map((c) => (
          <li key={c.id}>
            <button type="button" className="btn small ghost" onClick={() => onOpen(c.id)} data-testid="packing-queue-cart">
              <b>{cartReference(c.id)}</b> <Isolated>{c.buyer.name}</Isolated>{' '}
              <span className="muted">{t('shipping.queue.units', { count: c.units })}</span>
              {c.paymentMethod === 'cash_on_delivery' && <span className="muted"> · {t('shipping.slip.cod')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <div className="packing-queue" data-testid="packing-queue">
      {toPack.length === 0 && toShip.length === 0 ? (
        <p className="muted" data-testid="packing-queue-empty">
          {unpaid > 0 ? t('shipping.queue.unpaid', { count: unpaid }) : t('shipping.queue.empty')}
        </p>
      ) : (
        <>
          {toPack.length > 0 && group(t('shipping.queue.toPack'), toPack, 'packing-queue-pack')}
          {toShip.length > 0 && group(t('shipping.queue.toShip'), toShip, 'packing-queue-ship')}
        </>
      )}
    </div>
  );
}
