import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cart, CartDetail, Catalog, PaymentMethod, Role } from '../../../shared/contract';
import { canCarts as can, PAYMENT_METHODS } from '../../../shared/contract/carts-values';
import { formatMoney, parseMoney } from '../../../shared/domain/money';
import { actorLabel } from '../../lib/actor-label';
import { formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useSecondClick } from '../../lib/use-second-click';
import { useEvent, useQuery } from '../../lib/use-studio';
import { cartActions } from './cart-actions';
import { CartLines, type LineActions } from './CartLines';
import { ShippingPanel } from './ShippingPanel';
import { InvoicePanel } from './InvoicePanel';
import { PaymentPanel } from './PaymentPanel';
import { translateCoreText } from '../../lib/core-text';
import { Isolated } from '../../widgets/Isolated';

/**
 * One cart's page, beside the table: the buyer and their contact, every line
 * with its proof, what the cart costs, its actions and its history. Every
 * edit names the version it was made against; a stale one (someone else
 * changed the cart) shows the conflict and the cart is read again.
 */
export function CartPage({
  client,
  role,
  cartId,
  catalog,
  timeZone,
  onClose,
  onBuyerCarts,
}: {
  client: StudioClient;
  role: Role;
  cartId: number;
  catalog: Catalog | undefined;
  timeZone: string | undefined;
  onClose: () => void;
  /** Shows this buyer's carts of every show (to combine them). */
  onBuyerCarts: (cart: Cart) => void;
}) {
  const { t, i18n } = useTranslation();
  const [cart, setCart] = useState<CartDetail | null>(null);
  const { busy, error, run, fail } = useCommand();
  /** A translation key: the notice follows the language if the seller switches it. */
  const [notice, setNotice] = useState<string | null>(null);
  const releaseClick = useSecondClick();
  const disarmRelease = releaseClick.disarm;
  const [settings] = useQuery(client, 'settings.get');
  const panel = useRef<HTMLElement>(null);

  const load = useCallback(() => {
    client.call('carts.get', { cartId }).then(setCart, fail);
  }, [client, cartId, fail]);
  useEffect(() => {
    setCart(null);
    setNotice(null);
    disarmRelease();
    load();
  }, [load, disarmRelease]);

  // Someone else changed it (another window, the deadline, a chat claim): read it again.
  const version = cart?.version ?? 0;
  useEvent(
    client,
    'carts.changed',
    useCallback(
      ({ carts }: { carts: Cart[] }) => {
        if (carts.some((c) => c.id === cartId && c.version > version)) load();
      },
      [cartId, version, load],
    ),
  );

  /** Runs an edit; a refused one (a conflict above all) re-reads the cart, so what is shown is what is stored. */
  const edit = useCallback(
    async (action: () => Promise<CartDetail | { carts: Cart[] } | unknown>, done?: string) => {
      setNotice(null);
      const result = await run(action);
      if (result === undefined) load();
      else if (result && typeof result === 'object' && 'lines' in result) setCart(result as CartDetail);
      else load();
      if (result !== undefined && done) setNotice(done);
    },
    [run, load],
  );

  if (!cart)
    return (
      <aside className="cart-page" data-testid="cart-page" aria-busy="true">
        {error ? <div className="form-error">{error}</div> : <p className="muted">…</p>}
      </aside>
    );

  const ref = { cartId: cart.id, version: cart.version };
  const money = (minor: number) => formatMoney(minor, cart.currency, i18n.language);
  const when = (at: number) => formatShowTime(at, i18n.language, timeZone);
  const host = can(role, 'carts.editLine');
  const lineActions: LineActions = {
    edit: (line, change) => void edit(() => client.call('carts.editLine', { ...ref, orderId: line.id, ...change })),
    remove: (line) => void edit(() => client.call('carts.removeLine', { ...ref, orderId: line.id })),
    returnLine: (line, r) =>
      void edit(() =>
        client.call('carts.returnLine', {
          ...ref,
          orderId: line.id,
          quantity: r.quantity,
          refundMinor: r.refund.trim() ? parseMoney(r.refund, cart.currency) : 0,
          stock: r.stock,
          late: r.late,
        }),
      ),
    add: (line) => void edit(() => client.call('carts.addLine', { ...ref, ...line })),
  };
  const methods = settings?.shipping.methods ?? [];
  const offer = cartActions(cart);
  const c = cart.customer;

  return (
    <aside
      className="cart-page"
      ref={panel}
      aria-labelledby="cart-page-title"
      data-testid="cart-page"
      data-cart-id={cart.id}
      data-version={cart.version}
      data-state={cart.state}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="cart-page-head">
        <h2 id="cart-page-title" data-testid="cart-page-buyer">
          <Isolated>{cart.buyer.name}</Isolated>
        </h2>
        <span className={`state-chip cart-state-${cart.state}`} data-testid="cart-page-state">
          {t(`review.state.${cart.state}`)}
        </span>
        <button type="button" className="ghost small" onClick={onClose} aria-label={t('review.close')} data-testid="cart-close">
          ✕
        </button>
      </header>

      <section className="cart-section cart-customer" data-testid="cart-customer">
        <span>{t(`orders.source.${cart.buyer.platform}`, { defaultValue: cart.buyer.platform })}</span>
        <span className="muted">{cart.buyer.platformUserId}</span>
        {c.email && <span>{c.email}</span>}
        {c.phone && <span>{c.phone}</span>}
        {c.address && (
          <span className="muted">
            {[c.address.lockerId, c.address.line1, c.address.line2, `${c.address.postalCode} ${c.address.city}`, c.address.country]
              .filter(Boolean)
              .join(', ')}
          </span>
        )}
        {c.nonPayments > 0 && (
          <span className="cart-flag bad" data-testid="cart-non-payments">
            {t('review.nonPayments', { count: c.nonPayments })}
          </span>
        )}
        {cart.showIds.length > 1 && <span className="cart-flag">{t('review.combinedShows', { count: cart.showIds.length })}</span>}
        <button type="button" className="small ghost" onClick={() => onBuyerCarts(cart)} data-testid="cart-buyer-carts">
          {t('review.buyerCarts')}
        </button>
      </section>

      <section className="cart-section cart-money">
        <dl>
          <dt>{t('review.goods')}</dt>
          <dd>{money(cart.goodsMinor)}</dd>
          <dt>{t('review.shippingFee')}</dt>
          <dd>{money(cart.shippingFeeMinor)}</dd>
          <dt>{t('review.col.total')}</dt>
          <dd data-testid="cart-page-total">
            <b>{money(cart.totalMinor)}</b>
          </dd>
          {cart.refundMinor > 0 && (
            <>
              <dt>{t('review.refunded')}</dt>
              <dd>{money(cart.refundMinor)}</dd>
            </>
          )}
        </dl>
        <div className="cart-fields">
          <label>
            <span>{t('review.col.shipping')}</span>
            <select
              value={cart.shipping?.methodId ?? ''}
              disabled={!can(role, 'carts.setShipping') || busy}
              onChange={(e) => void edit(() => client.call('carts.setShipping', { ...ref, methodId: e.target.value || null }))}
              data-testid="cart-shipping"
            >
              <option value="">—</option>
              {cart.shipping && !methods.some((m) => m.id === cart.shipping!.methodId) && (
                <option value={cart.shipping.methodId}>{cart.shipping.name}</option>
              )}
              {methods.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} · {money(m.priceMinor)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('review.col.payment')}</span>
            <select
              value={cart.paymentMethod ?? ''}
              disabled={!can(role, 'carts.setPaymentMethod') || busy}
              onChange={(e) =>
                void edit(() => client.call('carts.setPaymentMethod', { ...ref, method: (e.target.value || null) as PaymentMethod | null }))
              }
              data-testid="cart-payment"
            >
              <option value="">—</option>
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`review.payment.${m}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted cart-deadline" data-testid="cart-deadline">
          {cart.paidAt !== null
            ? t('review.paidAt', { at: when(cart.paidAt) })
            : cart.paymentRequestedAt !== null
              ? t('review.requestedAt', { at: when(cart.paymentRequestedAt) }) +
                (cart.deadlineAt !== null ? ` · ${t('review.deadlineAt', { at: when(cart.deadlineAt) })}` : '')
              : t('review.notRequested')}
        </p>
        {cart.reminderText && (
          <div className="cart-reminder" data-testid="cart-reminder">
            <span className="muted">{t('review.reminderReady')}</span>
            <Isolated>{cart.reminderText}</Isolated>
          </div>
        )}
      </section>

      <div className="cart-actions">
        {can(role, 'carts.markPaid') && offer.markPaid && (
          <button
            type="button"
            className="small primary"
            disabled={busy}
            onClick={() => void edit(() => client.call('carts.markPaid', { carts: [ref] }), 'review.done.paid')}
            data-testid="cart-mark-paid"
          >
            {t('review.markPaid')}
          </button>
        )}
        {can(role, 'carts.markPacked') && offer.markPacked && (
          <button
            type="button"
            className="small"
            disabled={busy}
            onClick={() => void edit(() => client.call('carts.markPacked', { carts: [ref] }))}
            data-testid="cart-mark-packed"
          >
            {t('review.markPacked')}
          </button>
        )}
        {can(role, 'carts.requestPayment') && offer.requestPayment && (
          <button
            type="button"
            className="small"
            disabled={busy}
            onClick={() => void edit(() => client.call('carts.requestPayment', { carts: [ref] }))}
            data-testid="cart-request-payment"
          >
            {t('review.requestPayment')}
          </button>
        )}
        {can(role, 'carts.release') &&
          offer.release &&
          (releaseClick.armed ? (
            <button
              type="button"
              className="small danger"
              disabled={busy}
              onClick={() => {
                releaseClick.disarm();
                void edit(() => client.call('carts.release', { carts: [ref] }));
              }}
              data-testid="cart-release-confirm"
            >
              {t('review.releaseConfirm')}
            </button>
          ) : (
            <button type="button" className="small ghost" disabled={busy} onClick={() => releaseClick.arm()} data-testid="cart-release">
              {t('review.release')}
            </button>
          ))}
      </div>
      {notice && (
        <div className="order-notice" role="status">
          {t(notice, { count: 1 })}
        </div>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="cart-error">
          {error}
        </div>
      )}

      {cart.unrestored.length > 0 && (
        <section className="cart-section cart-unrestored" role="alert" data-testid="cart-unrestored">
          <b>{t('review.unrestoredTitle', { count: cart.unrestored.length })}</b>
          <ul>
            {cart.unrestored.map((l) => (
              <li key={l.orderId} data-testid="cart-unrestored-line" data-order-id={l.orderId}>
                <span className="order-code">{l.productCode}</span>
                {l.variantOptions.length > 0 && <Isolated> {l.variantOptions.join(' / ')}</Isolated>} × {l.quantity}
                <span className="muted"> · {t('review.freeNow', { count: l.freeStock })}</span>
              </li>
            ))}
          </ul>
          <p className="muted">{t('review.unrestoredHint')}</p>
        </section>
      )}

      <CartLines cart={cart} catalog={catalog} timeZone={timeZone} editable={host} busy={busy} actions={lineActions} />
      <ShippingPanel client={client} cart={cart} host={host} />
      <PaymentPanel client={client} role={role} cart={cart} onChanged={load} />
      <InvoicePanel client={client} role={role} cart={cart} timeZone={timeZone} />

      <section className="cart-section" aria-labelledby="cart-history-title">
        <h3 id="cart-history-title" className="section-title">
          {t('orders.history.title')}
        </h3>
        <ol className="cart-history" data-testid="cart-history">
          {cart.history.map((e) => {
            const line = e.orderId === null ? undefined : cart.lines.find((l) => l.id === e.orderId);
            return (
              <li key={e.id} data-testid="cart-event" data-kind={e.kind}>
                <time dateTime={new Date(e.at).toISOString()}>{when(e.at)}</time>
                <span>
                  {line && <span className="order-code">{line.productCode} </span>}
                  {e.toState ? (
                    <>
                      {e.fromState ? `${t(`orders.state.${e.fromState}`)} → ` : ''}
                      <b>{t(`orders.state.${e.toState}`)}</b>
                    </>
                  ) : (
                    <b>{t(`review.event.${e.kind}`)}</b>
                  )}
                </span>
                <span className="muted">
                  <Isolated data-testid="cart-event-actor">{actorLabel(t, e.actor)}</Isolated>
                  {e.reason ? ` · ${translateCoreText(t, e.reason)}` : ''}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </aside>
  );
}
