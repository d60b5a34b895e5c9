import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';

/** An order held because its customer is do-not-sell: the host or a moderator accepts (it takes stock) or refuses it. */
export function HeldDecision({ order, client }: { order: Order; client: StudioClient }) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  if (order.state !== 'held' || order.holdReason !== 'do_not_sell') return null;
  const decide = (accept: boolean) => run(() => client.call('customers.decideHeld', { orderId: order.id, accept }));
  return (
    <span className="held-decision" data-testid="held-decision">
      <span className="bb bb-dns">{t('customers.held.reason')}</span>
      <button type="button" className="small" disabled={busy} onClick={() => decide(true)} data-testid="held-accept">
        {t('customers.held.accept')}
      </button>
      <button type="button" className="small danger" disabled={busy} onClick={() => decide(false)} data-testid="held-refuse">
        {t('customers.held.refuse')}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
