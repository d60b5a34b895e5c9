import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, ImportPreview } from '../../../shared/contract';
import { formatNumber } from '../../../shared/domain/locale';
import { translateCoreText } from '../../lib/core-text';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { FileDrop } from '../../widgets/FileDrop';
import { Isolated } from '../../widgets/Isolated';

const MAX_BYTES = 20 * 1024 * 1024;
const INLINE_CHARS = 900_000;
const PART_CHARS = 512 * 1024;

type Source = { fileName: string; text: string } | null;

/** Import a Shopify CSV or studio JSON: pick a file, see exactly what will change, then apply. Also the exports. */
export function ImportScreen({ client }: { client: StudioClient }) {
  const { t, i18n } = useTranslation();
  const [source, setSource] = useState<Source>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportPreview | null>(null);
  const { busy, error, run, fail, clear } = useCommand();

  /** Small files go inline; larger ones in parts (the socket takes at most 1 MB a message). */
  const sourceInput = async (s: NonNullable<Source>) => {
    if (s.text.length <= INLINE_CHARS) return { fileName: s.fileName, text: s.text };
    const uploadId = `up-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    for (let part = 0, at = 0; at < s.text.length; part++, at += PART_CHARS) {
      await client.call('catalog.import.upload', { uploadId, part, text: s.text.slice(at, at + PART_CHARS) });
    }
    return { fileName: s.fileName, uploadId };
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    setResult(null);
    clear();
    if (file.size > MAX_BYTES)
      return fail(
        t('import.tooLarge', { name: file.name, size: formatNumber(file.size / 1024 / 1024, i18n.language, { maximumFractionDigits: 1 }) }),
      );
    await run(async () => {
      const s = { fileName: file.name, text: await file.text() };
      setSource(s);
      setPreview(await client.call('catalog.import.preview', await sourceInput(s), 60_000));
    });
  };

  const apply = async () => {
    if (!source) return;
    await run(async () => {
      const r = await client.call('catalog.import.apply', await sourceInput(source), 60_000);
      if (r.ok) {
        setResult(r);
        setPreview(null);
        setSource(null);
      } else setPreview(r);
    });
  };

  const download = (format: 'shopify-csv' | 'json') =>
    run(async () => {
      const file = await client.call('catalog.export', { format }, 60_000);
      const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });

  return (
    <div className="ws-grid" style={{ gridTemplateColumns: '1fr', alignContent: 'start' }} data-testid="import-screen">
      <section className="ws-panel" aria-labelledby="import-title">
        <h2 id="import-title" className="section-title">
          {t('import.title')}
        </h2>
        <p className="muted">{t('import.hint')}</p>
        <FileDrop
          hint={t('import.drop')}
          choose={t('import.choose')}
          onDropFiles={(files) => void pick(files[0])}
          input={{
            accept: '.csv,.json,text/csv,application/json',
            onChange: (e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            },
            'data-testid': 'import-file',
          }}
        />
        {busy && (
          <p className="muted" role="status">
            {t('import.working')}
          </p>
        )}
        {error && (
          <div className="notice bad" role="alert">
            {error}
          </div>
        )}
        {result && (
          <div className="notice ok" role="status" data-testid="import-done">
            {t('import.done', { added: result.added.length, updated: result.updated.length, unchanged: result.unchanged })}
          </div>
        )}
        {result && result.warnings.length > 0 && <Issues title={t('import.warnings')} issues={result.warnings} kind="warn" />}
        {preview && source && (
          <PreviewView
            preview={preview}
            fileName={source.fileName}
            busy={busy}
            onApply={apply}
            onCancel={() => {
              setPreview(null);
              setSource(null);
            }}
          />
        )}
      </section>
      <section className="ws-panel" aria-labelledby="export-title">
        <h2 id="export-title" className="section-title">
          {t('import.exportTitle')}
        </h2>
        <div className="actions">
          <button type="button" className="btn" onClick={() => download('shopify-csv')}>
            {t('import.exportCsv')}
          </button>
          <button type="button" className="btn" onClick={() => download('json')}>
            {t('import.exportJson')}
          </button>
        </div>
      </section>
    </div>
  );
}

function Issues({ title, issues, kind }: { title: string; issues: ImportIssue[]; kind: 'bad' | 'warn' }) {
  const { t } = useTranslation();
  return (
    <div className="preview-section">
      <h3>
        {title} ({issues.length})
      </h3>
      <table className={`ws-table`} data-testid={kind === 'bad' ? 'import-errors' : 'import-warnings'}>
        <thead>
          <tr>
            <th>{t('import.row')}</th>
            <th>{t('import.column')}</th>
            <th>{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, 500).map((i, n) => (
            <tr key={n} className={kind === 'bad' ? '' : 'clamped'}>
              <td>{i.row ?? '—'}</td>
              <td>{i.column ?? ''}</td>
              <td>
                <Isolated>{translateCoreText(t, i.message)}</Isolated>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PreviewView({
  preview,
  fileName,
  busy,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  fileName: string;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="import-preview">
      <h3 style={{ marginTop: 16 }}>
        <Isolated>{fileName}</Isolated> — {preview.format === 'json' ? 'studio JSON' : 'Shopify CSV'},{' '}
        {t('import.counts', { products: preview.products, variants: preview.variants })}
      </h3>
      {!preview.ok && (
        <div className="notice bad" role="alert">
          {t('import.refused', { count: preview.errors.length })}
        </div>
      )}
      {preview.ok && (
        <div className="notice ok">
          {t('import.summary', { added: preview.added.length, updated: preview.updated.length, unchanged: preview.unchanged })}
        </div>
      )}
      {preview.live && <div className="notice warn">{t('import.live')}</div>}
      {preview.errors.length > 0 && <Issues title={t('import.errors')} issues={preview.errors} kind="bad" />}
      {preview.warnings.length > 0 && <Issues title={t('import.warnings')} issues={preview.warnings} kind="warn" />}
      {preview.ok && preview.added.length > 0 && (
        <div className="preview-section">
          <h3>
            {t('import.added')} ({preview.added.length})
          </h3>
          <table className="ws-table">
            <thead>
              <tr>
                <th>{t('editor.code')}</th>
                <th>{t('editor.productTitle')}</th>
                <th>{t('editor.variants')}</th>
                <th>{t('editor.stock')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.added.slice(0, 300).map((a) => (
                <tr key={a.handle}>
                  <td className="ws-code">{a.code}</td>
                  <td>
                    <Isolated>{a.title}</Isolated>
                  </td>
                  <td>{a.variants}</td>
                  <td>{a.stock}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.added.length > 300 && <p className="muted">{t('import.more', { count: preview.added.length - 300 })}</p>}
        </div>
      )}
      {preview.ok && preview.updated.length > 0 && (
        <div className="preview-section">
          <h3>
            {t('import.updated')} ({preview.updated.length})
          </h3>
          <ul className="lineup-list">
            {preview.updated.slice(0, 300).map((u) => (
              <li key={u.handle}>
                <span className="ws-code">{u.code}</span> <Isolated>{u.title}</Isolated>
                <ul className="changes">
                  {u.fields.length > 0 && <li>{t('import.fields', { fields: u.fields.join(', ') })}</li>}
                  {u.variantsAdded > 0 && <li>{t('import.variantsAdded', { count: u.variantsAdded })}</li>}
                  {u.variantsRemoved > 0 && <li>{t('import.variantsRemoved', { count: u.variantsRemoved })}</li>}
                  {u.variantsChanged > 0 && <li>{t('import.variantsChanged', { count: u.variantsChanged })}</li>}
                  {u.stock.map((s) => (
                    <li key={s.variant} className={s.claimed > 0 ? 'clamped' : ''}>
                      {t('import.stockChange', { variant: s.variant, from: s.from, to: s.to })}
                      {s.claimed > 0 && ` ${t('import.stockClaimed', { requested: s.requested, claimed: s.claimed })}`}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="btn primary"
          disabled={!preview.ok || busy || (preview.added.length === 0 && preview.updated.length === 0)}
          onClick={onApply}
          data-testid="import-apply"
        >
          {t('import.apply')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
