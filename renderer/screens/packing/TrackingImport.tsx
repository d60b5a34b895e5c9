import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingPreview } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { FileDrop } from '../../widgets/FileDrop';

/** Tracking numbers from a carrier's CSV: a preview of every row's match first, then one click ships the matched carts. */
export function TrackingImport({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<TrackingPreview | null>(null);

  const read = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    setPreview((await run(() => client.call('shipping.importTracking', { csv: text, apply: false }))) ?? null);
  };
  const apply = async () => {
    if (csv === null) return;
    setPreview((await run(() => client.call('shipping.importTracking', { csv, apply: true }))) ?? preview);
  };
  return (
    <div className="packing-tool" data-testid="tracking-import">
      <h3 className="section-title">{t('shipping.tracking.title')}</h3>
      <FileDrop
        hint={t('shipping.tracking.drop')}
        choose={t('shipping.tracking.choose')}
        onDropFiles={read}
        input={{ accept: '.csv,text/csv', onChange: (e) => read(e.target.files), 'data-testid': 'tracking-file' }}
      />
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {preview && (
        <>
          <p className="muted">
            {t('shipping.tracking.columns', { reference: preview.referenceColumn, tracking: preview.trackingColumn })}
          </p>
          <table className="pick-table" data-testid="tracking-preview">
            <thead>
              <tr>
                <th>{t('shipping.tracking.line')}</th>
                <th>{t('shipping.tracking.reference')}</th>
                <th>{t('shipping.tracking.number')}</th>
                <th>{t('shipping.tracking.cart')}</th>
                <th>{t('shipping.tracking.status')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.line} className={`tracking-${r.status}`}>
                  <td>{r.line}</td>
                  <td>{r.reference}</td>
                  <td>{r.trackingNumber}</td>
                  <td>{r.buyerName ?? ''}</td>
                  <td>{t(`shipping.tracking.status_${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.applied ? (
            <p role="status" data-testid="tracking-applied">
              {t('shipping.tracking.applied', { count: preview.shipped.length })}
            </p>
          ) : preview.shipped.length > 0 ? (
            <button type="button" className="btn primary" disabled={busy} onClick={apply} data-testid="tracking-apply">
              {t('shipping.tracking.apply', { count: preview.shipped.length })}
            </button>
          ) : (
            <p className="muted">{t('shipping.tracking.nothing')}</p>
          )}
        </>
      )}
    </div>
  );
}
