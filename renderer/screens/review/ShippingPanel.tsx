import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartDetail, CartShippingInfo, ParcelSize } from '../../../shared/contract';
import { parsePastedDetails } from '../../../shared/domain/shipping';
import { formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useQuery } from '../../lib/use-studio';
import { base64Bytes, downloadFile } from '../packing/download';
import './shipping-panel.css';

interface Form {
  name: string;
  email: string;
  phone: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
  preferredMethodId: string;
  lockerId: string;
}

const formOf = (info: CartShippingInfo): Form => ({
  name: info.customer.address?.name || info.customer.name,
  email: info.customer.email ?? '',
  phone: info.customer.phone ?? '',
  line1: info.customer.address?.line1 ?? '',
  line2: info.customer.address?.line2 ?? '',
  postalCode: info.customer.address?.postalCode ?? '',
  city: info.customer.address?.city ?? '',
  country: info.customer.address?.country ?? '',
  preferredMethodId: info.customer.preferredMethodId ?? '',
  lockerId: info.customer.lockerId ?? '',
});

/**
 * The cart's shipping (issue 13), on its page: what is missing before it can ship, the
 * customer's delivery details (remembered for the next show; pasted from a DM and checked before
 * saving), the parcel size (the largest item's unless the seller picks one), weight and the note
 * for the slip, the packing slip as PDF, and the tracking number once shipped.
 */
export function ShippingPanel({ client, cart, host }: { client: StudioClient; cart: CartDetail; host: boolean }) {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<CartShippingInfo | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [parcel, setParcel] = useState<{ size: ParcelSize | ''; weight: string; note: string }>({ size: '', weight: '', note: '' });
  const [paste, setPaste] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run, fail } = useCommand();
  const [settings] = useQuery(client, 'settings.get');

  // The cart is read again after every change (its version moves); a parcel choice the seller is still
  // making is kept unless the stored parcel itself changed (another screen, or this one's save).
  const shownParcel = useRef<string | null>(null);
  const show = useCallback((next: CartShippingInfo) => {
    setInfo(next);
    setForm(formOf(next));
    const stored = { size: next.parcelSizeChosen ?? '', weight: next.weightGramsChosen?.toString() ?? '', note: next.note } as const;
    const key = JSON.stringify(stored);
    if (shownParcel.current !== key) setParcel(stored);
    shownParcel.current = key;
  }, []);
  useEffect(() => {
    client.call('shipping.cart', { cartId: cart.id }).then(show, fail);
  }, [client, cart.id, cart.version, show, fail]);

  if (!info || !form) return null;
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const next = await run(() =>
      client.call('shipping.saveCustomer', {
        cartId: cart.id,
        version: info.version,
        details: {
          name: form.name,
          email: form.email,
          phone: form.phone,
          address: { line1: form.line1, line2: form.line2, postalCode: form.postalCode, city: form.city, country: form.country },
          preferredMethodId: form.preferredMethodId || null,
          lockerId: form.lockerId,
        },
      }),
    );
    if (next) {
      show(next);
      setNotice('shipping.panel.saved');
    }
  };
  const saveParcel = async () => {
    const weight = parcel.weight.trim() === '' ? null : Number(parcel.weight);
    const next = await run(() =>
      client.call('shipping.setParcel', {
        cartId: cart.id,
        version: info.version,
        parcelSize: parcel.size || null,
        weightGrams: weight,
        note: parcel.note,
      }),
    );
    if (next) show(next);
  };
  const fillIn = () => {
    const found = parsePastedDetails(paste);
    if (Object.keys(found).length === 0) {
      setNotice('shipping.panel.pasteNothing');
      return;
    }
    setNotice(null);
    setForm({ ...form, ...Object.fromEntries(Object.entries(found).filter(([, v]) => v)) });
    setPaste('');
  };
  const pdf = async (size: 'a4' | '100x150') => {
    const file = await run(() => client.call('shipping.slipPdf', { cartId: cart.id, size }));
    if (file) downloadFile(file.fileName, base64Bytes(file.pdfBase64), 'application/pdf');
  };
  const methods = settings?.shipping.methods ?? [];
  const field = (key: keyof Form, label: string, props: Record<string, unknown> = {}) => (
    <label>
      {t(label)}
      <input value={form[key]} onChange={set(key)} disabled={!host} data-testid={`ship-${key}`} {...props} />
    </label>
  );

  return (
    <section className="cart-section shipping-panel" aria-labelledby="shipping-title" data-testid="shipping-panel">
      <h3 id="shipping-title" className="section-title">
        {t('shipping.panel.title')} · <span className="muted">{info.reference}</span>
      </h3>
      {info.state === 'shipped' ? (
        <p className="cart-flag ok" data-testid="shipping-shipped">
          {t('shipping.panel.shipped', {
            at: info.shippedAt ? formatShowTime(info.shippedAt, i18n.language, undefined) : '',
            tracking: info.trackingNumber ?? '',
          })}
        </p>
      ) : info.missing.length === 0 ? (
        <p className="cart-flag ok" data-testid="shipping-ready">
          {t('shipping.panel.ready')}
        </p>
      ) : (
        <p className="cart-flag bad" data-testid="shipping-missing">
          {t('shipping.panel.missing', { list: info.missing.map((m) => t(`shipping.missing.${m}`)).join(', ') })}
        </p>
      )}
      <form className="shipping-form" onSubmit={save}>
        <div className="cart-fields">
          {field('name', 'shipping.panel.name')}
          {field('phone', 'shipping.panel.phone', { type: 'tel' })}
          {field('email', 'shipping.panel.email', { type: 'email' })}
          <label>
            {t('shipping.panel.preferred')}
            <select value={form.preferredMethodId} onChange={set('preferredMethodId')} disabled={!host} data-testid="ship-preferred">
              <option value="">{t('shipping.panel.noPreferred')}</option>
              {methods.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          {field('lockerId', 'shipping.panel.locker')}
          {field('line1', 'shipping.panel.line1')}
          {field('line2', 'shipping.panel.line2')}
          {field('postalCode', 'shipping.panel.postalCode')}
          {field('city', 'shipping.panel.city')}
          {field('country', 'shipping.panel.country', { maxLength: 2 })}
        </div>
        {host && (
          <div className="shipping-paste">
            <textarea
              value={paste}
              onChange={(e) => setPaste(e.target.value)}
              placeholder={t('shipping.panel.pastePlaceholder')}
              aria-label={t('shipping.panel.paste')}
              rows={2}
              data-testid="ship-paste"
            />
            <button type="button" className="small" onClick={fillIn} disabled={!paste.trim()} data-testid="ship-paste-apply">
              {t('shipping.panel.pasteApply')}
            </button>
            <button type="submit" className="small primary" disabled={busy} data-testid="ship-save">
              {t('shipping.panel.save')}
            </button>
          </div>
        )}
      </form>
      <div className="cart-fields">
        <label>
          {t('shipping.panel.parcelSize')}
          <select
            value={parcel.size}
            onChange={(e) => setParcel({ ...parcel, size: e.target.value as ParcelSize | '' })}
            disabled={!host}
            data-testid="ship-parcel"
          >
            <option value="">
              {info.parcelSizeDerived ? t('shipping.panel.auto', { size: info.parcelSizeDerived }) : t('shipping.panel.autoNone')}
            </option>
            {(['A', 'B', 'C'] as const).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('shipping.panel.weight')}
          <input
            type="number"
            min={1}
            max={100000}
            value={parcel.weight}
            placeholder={info.weightGramsDerived?.toString() ?? ''}
            onChange={(e) => setParcel({ ...parcel, weight: e.target.value })}
            disabled={!host}
          />
        </label>
        <label>
          {t('shipping.panel.note')}
          <input value={parcel.note} maxLength={500} onChange={(e) => setParcel({ ...parcel, note: e.target.value })} disabled={!host} />
        </label>
      </div>
      <div className="cart-actions">
        {host && (
          <button type="button" className="small" disabled={busy} onClick={saveParcel} data-testid="ship-save-parcel">
            {t('shipping.panel.saveParcel')}
          </button>
        )}
        <button type="button" className="small ghost" onClick={() => pdf('a4')} data-testid="ship-slip-a4">
          {t('shipping.panel.slip')} · {t('shipping.slip.pdfA4')}
        </button>
        <button type="button" className="small ghost" onClick={() => pdf('100x150')} data-testid="ship-slip-label">
          {t('shipping.panel.slip')} · {t('shipping.slip.pdfLabel')}
        </button>
      </div>
      {notice && (
        <div className="order-notice" role="status">
          {t(notice)}
        </div>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="shipping-error">
          {error}
        </div>
      )}
    </section>
  );
}
