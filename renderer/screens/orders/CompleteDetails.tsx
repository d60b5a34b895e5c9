import { useTranslation } from 'react-i18next';
import type { Order, Product } from '../../../shared/contract';

/** The variants a "needs details" order can become: those agreeing with what the buyer did say, else all of them. */
export function candidateVariants(order: Order, product: Product) {
  const named = Object.entries(order.requestedOptions);
  const matching = product.variants.filter((v) =>
    named.every(([name, value]) => {
      const i = product.optionNames.indexOf(name);
      return i < 0 || v.options[i]?.toLocaleLowerCase() === value.toLocaleLowerCase();
    }),
  );
  return matching.length ? matching : product.variants;
}

/**
 * One click completes the order: each button is a variant with its free stock;
 * a sold-out one still works (the buyer joins its waitlist), so it stays, dimmed.
 */
export function CompleteDetails({
  order,
  product,
  busy,
  onPick,
  onAsk,
}: {
  order: Order;
  product: Product | undefined;
  busy: boolean;
  onPick: (variantId: number) => void;
  onAsk: () => void;
}) {
  const { t } = useTranslation();
  const missing = order.optionNames.filter((n) => !(n in order.requestedOptions));
  return (
    <div className="complete-details" data-testid="complete-details">
      <span className="complete-label">{t('orders.pick', { options: missing.join(', ') || order.optionNames.join(', ') })}</span>
      <div className="variant-picks">
        {product ? (
          candidateVariants(order, product).map((v) => (
            <button
              key={v.id}
              type="button"
              className={`variant-pick${v.stock === 0 ? ' out' : ''}`}
              disabled={busy}
              onClick={() => onPick(v.id)}
              title={v.stock === 0 ? t('orders.pickWaitlist') : t('catalog.stock', { count: v.stock })}
              data-testid="complete-variant"
              data-options={v.options.join('/')}
            >
              <span>{v.options.join(' / ')}</span>
              <small>{v.stock}</small>
            </button>
          ))
        ) : (
          <span className="muted">…</span>
        )}
        {/* A phone or DM buyer has no chat to be asked in. */}
        {order.buyer.platform !== 'manual' && order.buyer.platform !== 'replay' && (
          <button type="button" className="ghost ask-chat" disabled={busy} onClick={onAsk} data-testid="order-ask">
            {t('orders.ask')}
          </button>
        )}
      </div>
    </div>
  );
}
