import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { PackingSlip } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { slipQrText } from '../../../shared/domain/shipping';
import { Isolated } from '../../widgets/Isolated';

/**
 * The packing slip in the window: the same fields in the same order as the PDF
 * (electron/core/documents/packing-slip.ts) — shop, title, reference with its QR code, the
 * delivery, method/size/weight, the COD amount, the items with a box each, the note. Printed
 * alone (print.css hides the rest of the window). Everything is text, never HTML.
 */
export function SlipView({
  slip,
  checked,
  onCheck,
}: {
  slip: PackingSlip;
  /** Items ticked while packing (by order id); null: the slip is only shown. */
  checked: ReadonlySet<number> | null;
  onCheck?: (orderId: number, on: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(slipQrText(slip.cartId), { margin: 1, scale: 4 }).then(
      (url) => live && setQr(url),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [slip.cartId]);
  const c = slip.customer;
  const a = c.address;
  const delivery: string[] = [slip.buyerName];
  if (slip.kind === 'locker') delivery.push(t('shipping.slip.locker', { id: c.lockerId ?? '—' }));
  else if (slip.kind === 'courier' && a) delivery.push(a.line1, a.line2, `${a.postalCode} ${a.city}`.trim(), a.country);
  else if (slip.kind === 'pickup') delivery.push(t('shipping.slip.pickup'));
  if (c.phone) delivery.push(c.phone);
  if (c.email) delivery.push(c.email);
  return (
    <article className="slip" data-testid="slip" aria-label={`${t('shipping.slip.title')} ${slip.reference}`}>
      <header className="slip-head">
        <div>
          <div className="slip-shop">{slip.shopName}</div>
          <h2 className="slip-title">{t('shipping.slip.title')}</h2>
          <div className="slip-ref" data-testid="slip-reference">
            {slip.reference}
          </div>
          {slip.showTitle && <div className="muted small">{slip.showTitle}</div>}
        </div>
        {qr && <img className="slip-qr" src={qr} alt={slip.reference} width={96} height={96} />}
      </header>
      <div className="slip-delivery">
        <div>
          <h3>{t('shipping.slip.deliverTo')}</h3>
          {delivery
            .filter((l) => l.trim())
            .map((line, i) => (
              <div key={i}>{line}</div>
            ))}
        </div>
        <div>
          <div>
            {t('shipping.slip.method')}: {slip.methodName ?? '—'}
          </div>
          <div>
            {t('shipping.slip.parcel')}: {slip.parcelSize ?? '—'}
          </div>
          {slip.weightGrams !== null && (
            <div>
              {t('shipping.slip.weight')}:{' '}
              {(slip.weightGrams / 1000).toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kg
            </div>
          )}
          {slip.codAmountMinor !== null && (
            <div className="slip-cod" data-testid="slip-cod">
              {t('shipping.slip.cod')}: {formatMoney(slip.codAmountMinor, slip.currency, i18n.language)}
            </div>
          )}
        </div>
      </div>
      <h3>{t('shipping.slip.items', { units: slip.units })}</h3>
      <table className="slip-items">
        <thead>
          <tr>
            <th />
            <th>{t('shipping.slip.qty')}</th>
            <th>{t('shipping.slip.item')}</th>
            <th>SKU</th>
            <th>{t('shipping.slip.location')}</th>
          </tr>
        </thead>
        <tbody>
          {slip.items.map((item) => {
            const on = item.packed || (checked?.has(item.orderId) ?? false);
            const label = `${item.code} ${item.title}${item.options.length ? ` — ${item.options.join(' / ')}` : ''}`;
            return (
              <tr key={item.orderId} className={on ? 'on' : ''}>
                <td>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={checked === null || item.packed}
                    onChange={(e) => onCheck?.(item.orderId, e.target.checked)}
                    aria-label={label}
                    data-testid={`slip-item-${item.orderId}`}
                  />
                </td>
                <td className="slip-qty">{item.quantity}×</td>
                <td>
                  <Isolated>{label}</Isolated>
                </td>
                <td>{item.sku ?? ''}</td>
                <td>{item.location ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {slip.note && (
        <>
          <h3>{t('shipping.slip.note')}</h3>
          <p className="slip-note">
            <Isolated>{slip.note}</Isolated>
          </p>
        </>
      )}
    </article>
  );
}
