import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderEvent } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { actorLabel } from '../../lib/actor-label';
import { translateCoreText } from '../../lib/core-text';
import { formatShowTime } from '../../lib/show-time';
import { useShowZone } from '../../lib/show-zone';
import { Isolated } from '../../widgets/Isolated';

/** An order's history (orders.events), read when opened and again whenever the order changes. */
export function OrderHistory({ client, orderId, updatedAt }: { client: StudioClient; orderId: number; updatedAt: number }) {
  const { t, i18n } = useTranslation();
  const timeZone = useShowZone();
  const [events, setEvents] = useState<OrderEvent[] | null>(null);
  const { error, fail } = useCommand();
  useEffect(() => {
    let stale = false;
    client.call('orders.events', { orderId }).then(
      (e) => {
        if (!stale) setEvents(e);
      },
      (e) => {
        if (!stale) fail(e);
      },
    );
    return () => {
      stale = true;
    };
  }, [client, orderId, updatedAt, fail]);
  if (error) return <div className="form-error">{error}</div>;
  if (!events) return <div className="order-history muted">…</div>;
  return (
    <ol className="order-history" data-testid="order-history">
      {events.map((e) => (
        <li key={e.id}>
          <time>{formatShowTime(e.at, i18n.language, timeZone, 'time')}</time>
          <span>
            {e.fromState ? `${t(`orders.state.${e.fromState}`)} → ` : ''}
            <b>{t(`orders.state.${e.toState}`)}</b>
          </span>
          <span className="muted">
            <Isolated>{actorLabel(t, e.actor)}</Isolated>
            {e.reason ? ` · ${translateCoreText(t, e.reason)}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
