import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackingSlip, PickList, ShippingExport, ShippingPreset } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { ColumnEditor } from './ColumnEditor';
import { PackingQueue } from './PackingQueue';
import { base64Bytes, downloadFile } from './download';
import { SlipView } from './SlipView';
import { TrackingImport } from './TrackingImport';
import './packing.css';
import { Isolated, BuyerName } from '../../widgets/Isolated';

const PRESETS: ShippingPreset[] = ['generic', 'inpost', 'kazpost'];
const presetKey = (p: ShippingPreset) => `shipping.packing.preset${p[0]!.toUpperCase()}${p.slice(1)}`;

/**
 * Pack and ship (issue 13): scan (or type) a cart reference and its slip opens; tick every item
 * into the parcel and mark it packed; scan or paste the tracking number and mark it shipped; the
 * scan field takes the next parcel. Beside it: the pick list of the show, the carriers' sheets
 * (with the carts left out and what they lack, and the seller's column mapping) and the tracking
 * import from a carrier's CSV.
 */
export function PackingScreen({ client, showId }: { client: StudioClient; showId: number | null | undefined }) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  const [scan, setScan] = useState('');
  const [slip, setSlip] = useState<PackingSlip | null>(null);
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [tracking, setTracking] = useState('');
  const [pick, setPick] = useState<PickList | null>(null);
  const [preset, setPreset] = useState<ShippingPreset>('generic');
  const [sheet, setSheet] = useState<ShippingExport | null>(null);
  const scanInput = useRef<HTMLInputElement>(null);
  const trackingInput = useRef<HTMLInputElement>(null);
  const show = showId ?? undefined;

  const open = async (e: FormEvent) => {
    e.preventDefault();
    if (!scan.trim()) return;
    const found = await run(() => client.call('shipping.slip', { reference: scan.trim() }));
    setSlip(found ?? null);
    setChecked(new Set());
    setTracking('');
    if (found) {
      setScan('');
      if (found.state === 'packed') setTimeout(() => trackingInput.current?.focus(), 0);
    }
  };
  const openCart = async (cartId: number) => {
    const found = await run(() => client.call('shipping.slip', { cartId }));
    if (!found) return;
    setSlip(found);
    setChecked(new Set());
    setTracking('');
    if (found.state === 'packed') setTimeout(() => trackingInput.current?.focus(), 0);
  };
  const next = () => {
    setSlip(null);
    setScan('');
    scanInput.current?.focus();
  };
  const toPack = slip?.items.filter((i) => !i.packed) ?? [];
  const allChecked = toPack.length > 0 && toPack.every((i) => checked.has(i.orderId));
  const canPack =
    slip !== null &&
    (slip.state === 'paid' || (slip.paymentMethod === 'cash_on_delivery' && slip.state !== 'shipped' && slip.state !== 'packed'));

  const pack = async () => {
    if (!slip) return;
    const packed = await run(() => client.call('shipping.pack', { cartId: slip.cartId, version: slip.version }));
    if (packed) {
      setSlip(packed);
      setTimeout(() => trackingInput.current?.focus(), 0);
    }
  };
  const ship = async (e: FormEvent) => {
    e.preventDefault();
    if (!slip || !tracking.trim()) return;
    const shipped = await run(() => client.call('shipping.ship', { cartId: slip.cartId, version: slip.version, trackingNumber: tracking }));
    if (shipped) setSlip(shipped);
  };
  const pdf = async (size: 'a4' | '100x150') => {
    if (!slip) return;
    const file = await run(() => client.call('shipping.slipPdf', { cartId: slip.cartId, size }));
    if (file) downloadFile(file.fileName, base64Bytes(file.pdfBase64), 'application/pdf');
  };
  const loadPick = async () => {
    const list = await run(() => client.call('shipping.pickList', show === undefined ? {} : { showId: show }));
    if (list) setPick(list);
  };
  // The pick list's files come from the core: the CSV is the CLI's (columns documented as stable), the PDF its layout.
  const pickFile = async (format: 'csv' | 'pdf') => {
    const file = await run(() => client.call('shipping.pickListFile', show === undefined ? { format } : { showId: show, format }));
    if (file) downloadFile(file.fileName, base64Bytes(file.base64), file.mimeType);
  };
  const exportSheet = async () => {
    const result = await run(() => client.call('shipping.export', show === undefined ? { preset } : { showId: show, preset }));
    if (result) {
      setSheet(result);
      // A sheet without a parcel is not a file to upload to the carrier: the window says why instead.
      if (result.rows > 0) downloadFile(result.fileName, result.csv, 'text/csv');
    }
  };
  const missingText = (missing: readonly string[]) => missing.map((m) => t(`shipping.missing.${m}`)).join(', ');

  return (
    <div className="packing" data-testid="packing-screen">
      <section className="packing-main">
        <h2 className="section-title">{t('shipping.packing.title')}</h2>
        <form className="packing-scan no-print" onSubmit={open}>
          <label>
            {t('shipping.packing.scan')}
            <input
              ref={scanInput}
              autoFocus
              value={scan}
              onChange={(e) => setScan(e.target.value)}
              placeholder={t('shipping.packing.scanPlaceholder')}
              data-testid="packing-scan"
              autoComplete="off"
            />
          </label>
          <button type="submit" className="btn primary" disabled={busy}>
            {t('shipping.packing.open')}
          </button>
        </form>
        {error && (
          <div className="form-error" role="alert" data-testid="packing-error">
            {error}
          </div>
        )}
        {!slip && <PackingQueue client={client} showId={show} onOpen={(id) => void openCart(id)} />}
        {slip && (
          <>
            <div className="packing-actions no-print">
              {slip.missing.length > 0 && slip.state !== 'shipped' && (
                <p className="cart-flag bad" data-testid="packing-missing">
                  {t('shipping.packing.missingDetails', { list: missingText(slip.missing) })}
                </p>
              )}
              {canPack && <p className="muted">{allChecked ? t('shipping.packing.allChecked') : t('shipping.packing.check')}</p>}
              {canPack && (
                <button type="button" className="btn primary" disabled={busy || !allChecked} onClick={pack} data-testid="packing-pack">
                  {t('shipping.packing.packed')}
                </button>
              )}
              {slip.state === 'packed' && (
                <form onSubmit={ship} className="packing-ship">
                  <span className="state-chip cart-state-packed">{t('shipping.packing.isPacked')}</span>
                  <label>
                    {t('shipping.packing.tracking')}
                    <input
                      ref={trackingInput}
                      value={tracking}
                      onChange={(e) => setTracking(e.target.value)}
                      placeholder={t('shipping.packing.trackingPlaceholder')}
                      data-testid="packing-tracking"
                      autoComplete="off"
                    />
                  </label>
                  <button type="submit" className="btn primary" disabled={busy || tracking.trim().length < 3} data-testid="packing-ship">
                    {t('shipping.packing.ship')}
                  </button>
                </form>
              )}
              {slip.state === 'shipped' && (
                <p className="state-chip cart-state-shipped" data-testid="packing-shipped">
                  {t('shipping.packing.isShipped', { tracking: slip.trackingNumber ?? '' })}
                </p>
              )}
              <span className="packing-docs">
                <button type="button" className="btn" onClick={() => window.print()} data-testid="packing-print">
                  {t('shipping.slip.print')}
                </button>
                <button type="button" className="btn" onClick={() => pdf('a4')} data-testid="packing-pdf-a4">
                  {t('shipping.slip.pdfA4')}
                </button>
                <button type="button" className="btn" onClick={() => pdf('100x150')} data-testid="packing-pdf-label">
                  {t('shipping.slip.pdfLabel')}
                </button>
                <button type="button" className="btn ghost" onClick={next} data-testid="packing-next">
                  {t('shipping.packing.next')}
                </button>
              </span>
            </div>
            <div className="print-area">
              <SlipView
                slip={slip}
                checked={canPack ? checked : null}
                onCheck={(id, on) =>
                  setChecked((prev) => {
                    const copy = new Set(prev);
                    if (on) copy.add(id);
                    else copy.delete(id);
                    return copy;
                  })
                }
              />
            </div>
          </>
        )}
      </section>

      <aside className="packing-tools no-print">
        <h2 className="section-title">{t('shipping.packing.tools')}</h2>
        <div className="packing-tool">
          <button type="button" className="btn" onClick={loadPick} disabled={busy} data-testid="packing-pick">
            {t('shipping.pick.title')}
          </button>
          {pick && (
            <div data-testid="pick-list">
              <p className="muted">
                {pick.rows.length
                  ? t('shipping.pick.summary', { units: pick.units, carts: pick.cartIds.length })
                  : t('shipping.pick.empty')}
              </p>
              {pick.rows.length > 0 && (
                <>
                  <table className="pick-table">
                    <thead>
                      <tr>
                        <th>{t('shipping.slip.location')}</th>
                        <th>SKU</th>
                        <th>{t('shipping.slip.item')}</th>
                        <th>{t('shipping.slip.qty')}</th>
                        <th>{t('shipping.pick.carts')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pick.rows.map((r) => (
                        <tr key={r.variantId}>
                          <td>{r.location ?? '—'}</td>
                          <td>{r.sku ?? ''}</td>
                          <td>
                            {r.code} <Isolated>{r.title}</Isolated> <Isolated>{r.options.join(' / ')}</Isolated>
                          </td>
                          <td className="slip-qty">{r.quantity}</td>
                          <td>{r.carts.map((c) => (c.quantity > 1 ? `${c.reference} ×${c.quantity}` : c.reference)).join(', ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <span className="packing-docs">
                    <button type="button" className="btn small" onClick={() => pickFile('csv')} disabled={busy} data-testid="pick-csv">
                      {t('shipping.pick.csv')}
                    </button>
                    <button type="button" className="btn small" onClick={() => pickFile('pdf')} disabled={busy} data-testid="pick-pdf">
                      {t('shipping.pick.pdf')}
                    </button>
                  </span>
                </>
              )}
            </div>
          )}
        </div>

        <div className="packing-tool">
          <label>
            {t('shipping.packing.preset')}
            <select
              className="ws"
              value={preset}
              onChange={(e) => setPreset(e.target.value as ShippingPreset)}
              data-testid="packing-preset"
            >
              {PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t(presetKey(p))}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" onClick={exportSheet} disabled={busy} data-testid="packing-sheet">
            {t('shipping.packing.downloadSheet')}
          </button>
          {sheet && sheet.preset === preset && (
            <div data-testid="packing-sheet-result">
              <p className="muted" data-testid="packing-sheet-rows">
                {sheet.rows > 0 ? t('shipping.packing.sheetRows', { count: sheet.rows }) : t('shipping.packing.sheetEmpty')}
              </p>
              {sheet.leftOut.length > 0 && (
                <>
                  <p>{t('shipping.packing.leftOut')}</p>
                  <ul className="left-out">
                    {sheet.leftOut.map((l) => (
                      <li key={l.cartId}>
                        <b>{l.reference}</b> <BuyerName name={l.buyerName} />: {missingText(l.missing)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          <ColumnEditor client={client} preset={preset} />
        </div>

        <TrackingImport client={client} />
      </aside>
    </div>
  );
}
