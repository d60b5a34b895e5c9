import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESET_COLUMNS, ShippingFieldSchema, type ShippingColumn, type ShippingPreset } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useQuery } from '../../lib/use-studio';

/**
 * The seller's column mapping of a carrier's sheet (settings.shippingExport.columns): each
 * column's header and the field it holds. Saved through settings.update, where the schema checks it
 * (a header at most once, at least one column); "Built-in columns" removes the preset's mapping.
 */
export function ColumnEditor({ client, preset }: { client: StudioClient; preset: ShippingPreset }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useQuery(client, 'settings.get');
  const { busy, error, run } = useCommand();
  const [open, setOpen] = useState(false);
  const [columns, setColumns] = useState<ShippingColumn[]>([]);
  const [saved, setSaved] = useState(false);
  const stored = settings?.shippingExport.columns[preset];
  useEffect(() => {
    setColumns([...(stored ?? PRESET_COLUMNS[preset])]);
    setSaved(false);
  }, [stored, preset]);

  const save = async (next: ShippingColumn[] | null) => {
    if (!settings) return;
    const mapping = { ...settings.shippingExport.columns };
    if (next) mapping[preset] = next;
    else delete mapping[preset];
    const updated = await run(() => client.call('settings.update', { shippingExport: { columns: mapping } }));
    if (updated) {
      setSettings(updated);
      setSaved(true);
    }
  };
  if (!open)
    return (
      <button type="button" className="btn small ghost" onClick={() => setOpen(true)} data-testid="columns-edit">
        {t('shipping.packing.editColumns')}
      </button>
    );
  return (
    <div className="column-editor" data-testid="column-editor">
      <table>
        <thead>
          <tr>
            <th>{t('shipping.packing.header')}</th>
            <th>{t('shipping.packing.field')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {columns.map((c, i) => (
            <tr key={i}>
              <td>
                <input
                  value={c.header}
                  aria-label={t('shipping.packing.header')}
                  onChange={(e) => setColumns(columns.map((x, j) => (j === i ? { ...x, header: e.target.value } : x)))}
                />
              </td>
              <td>
                <select
                  value={c.field}
                  aria-label={t('shipping.packing.field')}
                  onChange={(e) =>
                    setColumns(columns.map((x, j) => (j === i ? { ...x, field: e.target.value as ShippingColumn['field'] } : x)))
                  }
                >
                  {ShippingFieldSchema.options.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="btn small ghost" onClick={() => setColumns(columns.filter((_, j) => j !== i))}>
                  {t('shipping.packing.removeColumn')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button
          type="button"
          className="btn small"
          onClick={() => setColumns([...columns, { header: `column_${columns.length + 1}`, field: 'blank' }])}
        >
          {t('shipping.packing.addColumn')}
        </button>
        <button type="button" className="btn small primary" disabled={busy} onClick={() => save(columns)}>
          {t('shipping.packing.saveColumns')}
        </button>
        <button type="button" className="btn small ghost" disabled={busy} onClick={() => save(null)}>
          {t('shipping.packing.resetColumns')}
        </button>
      </div>
      {saved && <p className="muted">{t('shipping.packing.columnsSaved')}</p>}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
