import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankRow, Role } from '../../../shared/contract';
import { canInvoices as can, RECORDED_BANK_STATUSES } from '../../../shared/contract/invoices-values';
import { formatMoney } from '../../../shared/domain/money';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { Dialog } from '../../widgets/Dialog';
import { FileDrop } from '../../widgets/FileDrop';
import './invoices.css';
import { Isolated } from '../../widgets/Isolated';

/**
 * Bulk "mark paid" from a bank statement: the seller drops the bank's CSV, sees what each transfer
 * matches (a cart's reference in its title) and what does not, then records the matches as payments
 * in one go. Carts paid in full become paid.
 */
export function BankImport({ client, role, currency }: { client: StudioClient; role: Role; currency: string }) {
  const { t, i18n } = useTranslation();
  const { busy, error, run, fail } = useCommand();
  const [open, setOpen] = useState(false);
  const [csv, setCsv] = useState<string | null>(null);
  const [rows, setRows] = useState<BankRow[] | null>(null);
  const [done, setDone] = useState<number | null>(null);
  if (!can(role, 'invoices.bankApply')) return null;

  const read = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setDone(null);
    const text = await file.text().catch((e: unknown) => fail(e));
    if (typeof text !== 'string') return;
    setCsv(text);
    const preview = await run(() => client.call('invoices.bankPreview', { csv: text }));
    setRows(preview?.rows ?? null);
  };
  const recordable = rows?.filter((r) => RECORDED_BANK_STATUSES.includes(r.status)).length ?? 0;
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor, currency, i18n.language));

  return (
    <>
      <button type="button" className="small ghost bank-import-open" onClick={() => setOpen(true)} data-testid="bank-import-open">
        {t('invoices.bank.title')}
      </button>
      {open && (
        <Dialog titleId="bank-import-title" title={t('invoices.bank.title')} onClose={() => setOpen(false)} testId="bank-import">
          <p className="muted">{t('invoices.bank.hint')}</p>
          <FileDrop
            hint={t('invoices.bank.file')}
            choose={t('invoices.bank.file')}
            onDropFiles={(files) => void read(files)}
            input={{ accept: '.csv,text/csv', onChange: (e) => void read(e.target.files), 'data-testid': 'bank-import-file' }}
          />
          {rows && (
            <table className="bank-rows" data-testid="bank-rows">
              <caption>{t('invoices.bank.preview')}</caption>
              <thead>
                <tr>
                  {(['line', 'date', 'amount', 'title', 'cart', 'due', 'status'] as const).map((c) => (
                    <th key={c}>{t(`invoices.bank.col.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.line} data-status={r.status} data-testid="bank-row">
                    <td>{r.line}</td>
                    <td>{r.date === null ? '—' : new Date(r.date).toISOString().slice(0, 10)}</td>
                    <td className="num">{money(r.amountMinor)}</td>
                    <td>
                      <Isolated>{r.title}</Isolated>
                    </td>
                    <td>{r.cartId === null ? '—' : <Isolated>{`LS-${r.cartId} ${r.buyer ?? ''}`}</Isolated>}</td>
                    <td className="num">{money(r.dueMinor)}</td>
                    <td className={`bank-status bank-status-${r.status}`}>{t(`invoices.bank.status.${r.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {error && (
            <div className="form-error" role="alert" data-testid="bank-import-error">
              {error}
            </div>
          )}
          {done !== null && (
            <p role="status" data-testid="bank-import-done">
              {t('invoices.bank.applied', { count: done })}
            </p>
          )}
          {csv && rows && recordable > 0 && done === null && (
            <div className="cart-actions">
              <button
                type="button"
                className="primary small"
                disabled={busy}
                onClick={() =>
                  void run(() => client.call('invoices.bankApply', { csv })).then((r) => {
                    if (!r) return;
                    setRows(r.rows);
                    setDone(r.recorded);
                  })
                }
                data-testid="bank-import-apply"
              >
                {t('invoices.bank.apply', { count: recordable })}
              </button>
            </div>
          )}
        </Dialog>
      )}
    </>
  );
}
