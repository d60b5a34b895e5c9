import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderState, Product, Role } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { isPastCancelling, isRehearsal, lineTotalMinor } from '../../../shared/domain/order-states';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { BuyerBadges } from '../../widgets/BuyerBadges';
import { HeldDecision } from '../customers/HeldDecision';
import { formatShowTime } from '../../lib/show-time';
import { useShowZone } from '../../lib/show-zone';
import { CompleteDetails } from './CompleteDetails';
import { OrderHistory } from './OrderHistory';
import { Isolated } from '../../widgets/Isolated';

type StaffState = 'confirmed' | 'paid' | 'packed' | 'shipped';

/** The next step forward for an order, and who may take it (a moderator confirms; the rest is the host's). */
function nextStep(state: OrderState, role: Role): StaffState | null {
  const next: Partial<Record<OrderState, StaffState>> = { claimed: 'confirmed', confirmed: 'paid', paid: 'packed', packed: 'shipped' };
  const step = next[state] ?? null;
  if (step === null) return null;
  return role === 'host' || step === 'confirmed' ? step : null;
}

const cancellable = (state: OrderState) => state !== 'cancelled' && !isPastCancelling(state);

/** What the buyer asked for: the variant's options, or (needing details) what they named and a "?" for the rest. */
function variantText(order: Order): string {
  if (order.variantOptions.length) return order.variantOptions.join(' / ');
  if (order.optionNames.length === 0) return '';
  return order.optionNames.map((n) => order.requestedOptions[n] ?? '?').join(' / ');
}

export const OrderRow = memo(function OrderRow({
  order,
  product,
  role,
  client,
  selected = false,
}: {
  order: Order;
  product: Product | undefined;
  role: Role;
  client: StudioClient;
  /** The keyboard's selected row (C accepts it). */
  selected?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const timeZone = useShowZone();
  const [expanded, setExpanded] = useState(false);
  const { busy, error, run } = useCommand();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);

  // The second click to cancel expires: a stray click minutes later must not cancel a sale.
  useEffect(() => {
    if (!confirmCancel) return;
    const timer = setTimeout(() => setConfirmCancel(false), 4000);
    return () => clearTimeout(timer);
  }, [confirmCancel]);

  const act = (action: () => Promise<unknown>, done?: string) => {
    setNotice(null);
    return run(async () => {
      await action();
      if (done) setNotice(done);
    });
  };
  const step = nextStep(order.state, role);
  const price = order.unitPriceMinor;
  const variant = variantText(order);

  return (
    <div
      className={`order-row state-${order.state}${selected ? ' selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-testid="order-row"
      data-order-id={order.id}
      data-state={order.state}
      data-code={order.productCode}
      data-buyer={order.buyer.name}
    >
      <div className="order-line">
        <span className={`state-chip state-${order.state}`} data-testid="order-state">
          {t(`orders.state.${order.state}`)}
        </span>
        {isRehearsal(order) && (
          <span className="test-marker" data-testid="order-test" title={t('liveTruth.testOrderHint')}>
            {t('liveTruth.testOrder')}
          </span>
        )}
        <span className="order-code">{order.productCode}</span>
        <span className="order-variant" title={order.productTitle}>
          {variant || <Isolated>{order.productTitle}</Isolated>}
        </span>
        <span className="order-qty">×{order.quantity}</span>
        {order.isDeal && (
          <span className="deal-marker" title={t('orders.dealTitle')}>
            {t('orders.deal')}
          </span>
        )}
        <span
          className="order-price"
          data-testid="order-price"
          data-line-total={price !== null ? lineTotalMinor(order) : ''}
          title={
            price !== null && order.quantity > 1 ? `${order.quantity} × ${formatMoney(price, order.currency, i18n.language)}` : undefined
          }
        >
          {/* The line total (quantity × unit price), as the orders header and the show's revenue count it. */}
          {price !== null ? formatMoney(lineTotalMinor(order), order.currency, i18n.language) : '—'}
        </span>
      </div>
      <div className="order-sub">
        <Isolated className="order-buyer" data-testid="order-buyer">
          {order.buyer.name}
        </Isolated>
        <BuyerBadges badges={order.buyer.badges} />
        <HeldDecision order={order} client={client} />
        <span className="muted nowrap">{t(`orders.source.${order.buyer.platform}`, { defaultValue: order.buyer.platform })}</span>
        <time className="muted nowrap" dateTime={new Date(order.createdAt).toISOString()}>
          {formatShowTime(order.createdAt, i18n.language, timeZone, 'clock')}
        </time>
        {order.state === 'waitlisted' && order.waitlistPosition !== null && (
          <span className="waitlist-pos" data-testid="waitlist-position">
            {t('orders.waitlistPosition', { position: order.waitlistPosition })}
          </span>
        )}
        <span className="order-actions">
          {step && (
            <button
              type="button"
              className="small primary"
              disabled={busy}
              onClick={() => act(() => client.call('orders.setState', { orderId: order.id, state: step }))}
              data-testid={`order-${step}`}
            >
              {t(`orders.action.${step}`)}
            </button>
          )}
          {cancellable(order.state) &&
            (confirmCancel ? (
              <button
                type="button"
                className="small danger"
                disabled={busy}
                onClick={() => {
                  setConfirmCancel(false);
                  void act(() => client.call('orders.setState', { orderId: order.id, state: 'cancelled' }));
                }}
                data-testid="order-cancel-confirm"
              >
                {t('orders.action.cancelConfirm')}
              </button>
            ) : (
              <button
                type="button"
                className="small ghost"
                disabled={busy}
                onClick={() => setConfirmCancel(true)}
                data-testid="order-cancel"
              >
                {t('orders.action.cancel')}
              </button>
            ))}
          <button
            type="button"
            className="small ghost expand"
            aria-expanded={expanded}
            onClick={() => setExpanded((x) => !x)}
            data-testid="order-expand"
            title={t('orders.history.title')}
          >
            {expanded ? '▴' : '▾'}
          </button>
        </span>
      </div>
      {order.state === 'needs_details' && (
        <CompleteDetails
          order={order}
          product={product}
          busy={busy}
          onPick={(variantId) => act(() => client.call('orders.completeDetails', { orderId: order.id, variantId }))}
          onAsk={() => act(() => client.call('orders.askDetails', { orderId: order.id }), t('orders.asked'))}
        />
      )}
      {order.messageText && expanded && (
        <div className="order-message muted">
          “<Isolated>{order.messageText}</Isolated>”
        </div>
      )}
      {expanded && <OrderHistory client={client} orderId={order.id} updatedAt={order.updatedAt} />}
      {notice && (
        <div className="order-notice" role="status">
          {notice}
        </div>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
});
