import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartDetail, PaymentMethod, PaymentRequest, Role } from '../../../shared/contract';
import { canCarts, CASH_ON_DELIVERY, PAYMENT_METHODS } from '../../../shared/contract/carts-values';
import { canInvoices } from '../../../shared/contract/invoices-values';
import { formatMoney, minorToDecimal, parseMoney } from '../../../shared/domain/money';
import { isRehearsal } from '../../../shared/domain/order-states';
import { formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { downloadPdf } from './download-pdf';
import { useCartMoney } from './use-cart-money';
import './invoices.css';
import { Isolated } from '../../widgets/Isolated';

const LANGUAGES = ['en', 'pl', 'kk'] as const;

/** Today as YYYY-MM-DD on this computer's calendar (the date input's value). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A cart's payment: the payment request to copy to the buyer (never posted in chat) and mark sent
 * (which starts the deadline), the pro-forma, what was paid and what is due or overpaid, recording
 * a payment, and the payments so far.
 */
export function PaymentPanel({
  client,
  role,
  cart,
  onChanged,
}: {
  client: StudioClient;
  role: Role;
  cart: CartDetail;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { busy, error, run, fail } = useCommand();
  const { money, setMoney } = useCartMoney(client, cart, fail);
  const [language, setLanguage] = useState<(typeof LANGUAGES)[number] | null>(null);
  const [request, setRequest] = useState<PaymentRequest | null>(null);
  const [copied, setCopied] = useState(false);
  const [method, setMethod] = useState<PaymentMethod>(cart.paymentMethod ?? 'bank_transfer');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(today);
  const [reference, setReference] = useState('');

  const holding = cart.linesHoldingStock > 0 && cart.combinedInto === null;
  // A draft show's cart: its test orders are discarded when the show goes live, and the core refuses money on them.
  const rehearsal = cart.lines.length > 0 && cart.lines.every(isRehearsal);
  useEffect(() => {
    setCopied(false);
    if (!holding) return setRequest(null);
    client.call('invoices.paymentRequest', { cartId: cart.id, ...(language ? { language } : {}) }).then(setRequest, fail);
  }, [client, cart.id, cart.version, holding, language, fail, money?.paidMinor]);
  useEffect(() => setMethod(cart.paymentMethod ?? 'bank_transfer'), [cart.paymentMethod]);
  useEffect(() => {
    if (money) setAmount(money.dueMinor > 0 ? minorToDecimal(money.dueMinor, money.currency) : '');
  }, [money]);

  const fmt = (minor: number) => formatMoney(minor, cart.currency, i18n.language);
  const ref = { cartId: cart.id, version: cart.version };

  const copy = async () => {
    if (!request) return;
    try {
      await navigator.clipboard.writeText(request.text);
    } catch {
      // No clipboard permission: select the text so Ctrl+C copies it.
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="payment-request-text"]');
      area?.select();
    }
    setCopied(true);
  };

  const record = async (e: React.FormEvent) => {
    e.preventDefault();
    let amountMinor: number;
    try {
      amountMinor = parseMoney(amount, cart.currency);
    } catch {
      return fail(t('invoices.badAmount'));
    }
    const [y, m, d] = date.split('-').map(Number);
    // Noon of the chosen day: the same date on every calendar the studio is used on.
    const paidAt = Date.UTC(y!, m! - 1, d!, 12);
    const next = await run(() => client.call('invoices.recordPayment', { cartId: cart.id, method, amountMinor, paidAt, reference }));
    if (next) {
      setMoney(next);
      setReference('');
      onChanged();
    }
  };

  return (
    <section className="cart-section invoice-panel" aria-labelledby="payment-panel-title" data-testid="payment-panel">
      <h3 id="payment-panel-title" className="section-title">
        {t('invoices.payment.title')}
      </h3>

      {money && (
        <dl className="invoice-money" data-testid="payment-money">
          <dt>{t('invoices.payment.reference')}</dt>
          <dd>
            <code data-testid="payment-reference">{money.reference}</code>
          </dd>
          <dt>{t('invoices.payment.paid')}</dt>
          <dd data-testid="payment-paid">{fmt(money.paidMinor)}</dd>
          <dt>{t('invoices.payment.due')}</dt>
          <dd data-testid="payment-due">
            <b>{fmt(money.dueMinor)}</b>
          </dd>
          {money.overpaidMinor > 0 && (
            <>
              <dt className="bad">{t('invoices.payment.overpaid')}</dt>
              <dd className="bad" data-testid="payment-overpaid">
                {fmt(money.overpaidMinor)}
              </dd>
            </>
          )}
        </dl>
      )}

      {request && money && money.dueMinor > 0 && (
        <div className="payment-request" data-testid="payment-request">
          <div className="payment-request-head">
            <span className="muted">{t('invoices.payment.requestHint')}</span>
            <select
              value={language ?? request.language}
              onChange={(e) => setLanguage(e.target.value as (typeof LANGUAGES)[number])}
              aria-label={t('invoices.payment.language')}
              data-testid="payment-request-language"
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`invoices.language.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <textarea readOnly value={request.text} rows={9} data-testid="payment-request-text" dir="auto" />
          <div className="cart-actions">
            <button type="button" className="small primary" onClick={() => void copy()} data-testid="payment-request-copy">
              {copied ? t('invoices.payment.copied') : t('invoices.payment.copy')}
            </button>
            {canCarts(role, 'carts.requestPayment') && (
              <button
                type="button"
                className="small"
                disabled={busy || !cart.lines.some((l) => l.state === 'claimed' || l.state === 'confirmed')}
                onClick={() => void run(() => client.call('carts.requestPayment', { carts: [ref] })).then((r) => r && onChanged())}
                data-testid="payment-request-sent"
              >
                {cart.paymentRequestedAt === null ? t('invoices.payment.markSent') : t('invoices.payment.markSentAgain')}
              </button>
            )}
            <button
              type="button"
              className="small ghost"
              disabled={busy}
              onClick={() =>
                void run(() => client.call('invoices.document', { kind: 'proforma', cartId: cart.id, language: request.language })).then(
                  (f) => f && downloadPdf(f),
                )
              }
              data-testid="payment-proforma"
            >
              {t('invoices.payment.proforma')}
            </button>
          </div>
          {cart.paymentMethod !== CASH_ON_DELIVERY && cart.paymentRequestedAt === null && (
            <p className="muted small-print">{t('invoices.payment.sentStartsDeadline')}</p>
          )}
        </div>
      )}

      {rehearsal && (
        <p className="muted small-print" data-testid="payment-rehearsal">
          {t('invoices.payment.rehearsal')}
        </p>
      )}
      {canInvoices(role, 'invoices.recordPayment') && cart.combinedInto === null && !rehearsal && (
        <form className="payment-form" onSubmit={(e) => void record(e)} data-testid="payment-form">
          <label>
            <span>{t('invoices.payment.method')}</span>
            <select value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} data-testid="payment-method">
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`review.payment.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('invoices.payment.amount')}</span>
            <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} required data-testid="payment-amount" />
          </label>
          <label>
            <span>{t('invoices.payment.date')}</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required data-testid="payment-date" />
          </label>
          <label>
            <span>{t('invoices.payment.paymentReference')}</span>
            <input value={reference} maxLength={200} onChange={(e) => setReference(e.target.value)} data-testid="payment-ref" />
          </label>
          <button type="submit" className="small primary" disabled={busy} data-testid="payment-record">
            {t('invoices.payment.record')}
          </button>
        </form>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="payment-error">
          {error}
        </div>
      )}

      {money && money.payments.length > 0 && (
        <ol className="payment-history" data-testid="payment-history">
          {money.payments.map((p) => (
            <li key={p.id} data-testid="payment-row">
              <time dateTime={new Date(p.paidAt).toISOString()}>{formatShowTime(p.paidAt, i18n.language, 'UTC', 'date')}</time>
              <span>{t(`review.payment.${p.method}`)}</span>
              <b>{fmt(p.amountMinor)}</b>
              <span className="muted">
                {p.reference && <Isolated>{p.reference}</Isolated>}
                {p.source === 'bank_statement' ? ` · ${t('invoices.payment.fromStatement')}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
