import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartDetail, Role } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { canInvoices as can } from '../../../shared/contract/invoices-values';
import { formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { downloadPdf } from './download-pdf';
import { useCartMoney } from './use-cart-money';

/**
 * A cart's invoices: issue the invoice (the next number of the series; the snapshot never
 * changes), each invoice and correction as a PDF, and a correction invoice when the cart changed
 * after it was issued (edits, returns, refunds).
 */
export function InvoicePanel({
  client,
  role,
  cart,
  timeZone,
}: {
  client: StudioClient;
  role: Role;
  cart: CartDetail;
  timeZone: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { busy, error, run, fail } = useCommand();
  const { money, reload } = useCartMoney(client, cart, fail);
  const [reason, setReason] = useState('');
  if (!money) return null;
  const fmt = (minor: number) => formatMoney(minor, money.currency, i18n.language);
  const base = money.invoices.find((i) => i.kind === 'invoice');

  return (
    <section className="cart-section invoice-panel" aria-labelledby="invoice-panel-title" data-testid="invoice-panel">
      <h3 id="invoice-panel-title" className="section-title">
        {t('invoices.invoice.title')}
      </h3>
      {money.invoices.length === 0 && <p className="muted">{t('invoices.invoice.none')}</p>}
      {money.invoices.length > 0 && (
        <ol className="invoice-list" data-testid="invoice-list">
          {money.invoices.map((inv) => (
            <li key={inv.id} data-testid="invoice-row" data-kind={inv.kind}>
              <b data-testid="invoice-number">{inv.number}</b>
              <span className="muted">{t(`invoices.invoice.kind.${inv.kind}`)}</span>
              <time dateTime={new Date(inv.issuedAt).toISOString()}>{formatShowTime(inv.issuedAt, i18n.language, timeZone, 'date')}</time>
              <span>{fmt(inv.grossMinor)}</span>
              <button
                type="button"
                className="small ghost"
                disabled={busy}
                onClick={() =>
                  void run(() => client.call('invoices.document', { kind: 'invoice', invoiceId: inv.id })).then((f) => f && downloadPdf(f))
                }
                data-testid="invoice-pdf"
              >
                PDF
              </button>
            </li>
          ))}
        </ol>
      )}
      {can(role, 'invoices.issue') && money.canIssue && (
        <button
          type="button"
          className="small primary"
          disabled={busy}
          onClick={() => void run(() => client.call('invoices.issue', { cartId: cart.id })).then((r) => r && reload())}
          data-testid="invoice-issue"
        >
          {t('invoices.invoice.issue')}
        </button>
      )}
      {can(role, 'invoices.correct') && money.needsCorrection && base && (
        <form
          className="invoice-correct"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => client.call('invoices.correct', { invoiceId: base.id, reason })).then((r) => {
              if (r) {
                setReason('');
                reload();
              }
            });
          }}
        >
          <p className="muted">{t('invoices.invoice.changed')}</p>
          <input
            value={reason}
            required
            maxLength={300}
            placeholder={t('invoices.invoice.reason')}
            aria-label={t('invoices.invoice.reason')}
            onChange={(e) => setReason(e.target.value)}
            data-testid="invoice-correct-reason"
          />
          <button type="submit" className="small" disabled={busy} data-testid="invoice-correct">
            {t('invoices.invoice.correct')}
          </button>
        </form>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="invoice-error">
          {error}
        </div>
      )}
    </section>
  );
}
