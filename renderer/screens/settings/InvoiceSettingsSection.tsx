import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceSettings } from '../../../shared/contract';
import { formatNumber } from '../../../shared/domain/invoices';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useQuery } from '../../lib/use-studio';
import './invoice-settings.css';

const LANGUAGES = ['en', 'pl', 'kk'] as const;

/** "A12 = 8" lines <-> product rates. */
function ratesText(rates: InvoiceSettings['productTaxRates']): string {
  return rates.map((r) => `${r.productCode} = ${r.ratePercent}`).join('\n');
}
function parseRates(text: string): InvoiceSettings['productTaxRates'] | string {
  const rates = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\S+)\s*[=:]\s*(\d+(?:[.,]\d{1,2})?)\s*%?$/.exec(line);
    if (!m) return line;
    rates.push({ productCode: m[1]!, ratePercent: Number(m[2]!.replace(',', '.')) });
  }
  return rates;
}

/**
 * The shop's invoice settings: the seller's details, numbering, tax, the VAT-exemption note, how
 * buyers pay (what payment requests and pro-formas print) and the request texts per language.
 * Saved as one section (settings.update { invoices }), with the core's checks (a pattern that would
 * repeat numbers is refused with the reason).
 */
export function InvoiceSettingsSection({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useQuery(client, 'settings.get');
  const { busy, error, run, fail } = useCommand();
  const [draft, setDraft] = useState<InvoiceSettings | null>(null);
  const [rates, setRates] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings) {
      setDraft(settings.invoices);
      setRates(ratesText(settings.invoices.productTaxRates));
    }
  }, [settings]);
  if (!draft) return null;

  const set = (patch: Partial<InvoiceSettings>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const seller = (patch: Partial<InvoiceSettings['seller']>) => set({ seller: { ...draft.seller, ...patch } });
  const pay = (patch: Partial<InvoiceSettings['payment']>) => set({ payment: { ...draft.payment, ...patch } });
  const text = (label: string, value: string, onChange: (v: string) => void, testId: string, max = 200) => (
    <label>
      <span>{label}</span>
      <input className="ws" value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </label>
  );
  let example = '';
  try {
    example = formatNumber(draft.numberPattern, 1, Date.now(), 'UTC');
  } catch {
    example = '';
  }

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const productTaxRates = parseRates(rates);
    if (typeof productTaxRates === 'string') return fail(t('invoices.settings.badRate', { line: productTaxRates }));
    const stored = await run(() => client.call('settings.update', { invoices: { ...draft, productTaxRates } }));
    if (stored) {
      setSettings(stored);
      setSaved(true);
    }
  };

  return (
    <section
      className="ws-panel settings-section invoice-settings"
      aria-labelledby="settings-invoices-title"
      data-testid="settings-invoices"
    >
      <h2 id="settings-invoices-title" className="section-title">
        {t('invoices.settings.title')}
      </h2>
      <form onSubmit={(e) => void save(e)}>
        <h3 className="settings-subtitle">{t('invoices.settings.seller')}</h3>
        <div className="settings-grid">
          {text(t('invoices.settings.sellerName'), draft.seller.name, (name) => seller({ name }), 'invoice-seller-name')}
          {text(t('invoices.settings.taxId'), draft.seller.taxId, (taxId) => seller({ taxId }), 'invoice-seller-tax-id', 40)}
          {text(t('invoices.settings.email'), draft.seller.email, (email) => seller({ email }), 'invoice-seller-email')}
          {text(t('invoices.settings.phone'), draft.seller.phone, (phone) => seller({ phone }), 'invoice-seller-phone', 40)}
          <label className="settings-wide">
            <span>{t('invoices.settings.address')}</span>
            <textarea
              className="ws"
              rows={3}
              value={draft.seller.address}
              maxLength={500}
              onChange={(e) => seller({ address: e.target.value })}
              data-testid="invoice-seller-address"
            />
          </label>
        </div>

        <h3 className="settings-subtitle">{t('invoices.settings.numbering')}</h3>
        <div className="settings-grid">
          {text(t('invoices.settings.pattern'), draft.numberPattern, (numberPattern) => set({ numberPattern }), 'invoice-pattern', 60)}
          {text(
            t('invoices.settings.correctionPattern'),
            draft.correctionPattern,
            (correctionPattern) => set({ correctionPattern }),
            'invoice-correction-pattern',
            60,
          )}
          <label>
            <span>{t('invoices.settings.series')}</span>
            <select
              className="ws"
              value={draft.series}
              onChange={(e) => set({ series: e.target.value as InvoiceSettings['series'] })}
              data-testid="invoice-series"
            >
              <option value="monthly">{t('invoices.settings.monthly')}</option>
              <option value="yearly">{t('invoices.settings.yearly')}</option>
            </select>
          </label>
          <p className="settings-hint">
            {t('invoices.settings.patternHint')} {example && <code data-testid="invoice-pattern-example">{example}</code>}
          </p>
        </div>

        <h3 className="settings-subtitle">{t('invoices.settings.tax')}</h3>
        <div className="settings-grid">
          <label>
            <span>{t('invoices.settings.rate')}</span>
            <input
              className="ws"
              type="number"
              min={0}
              max={100}
              step={0.01}
              value={draft.taxRatePercent}
              disabled={draft.vatExempt}
              onChange={(e) => set({ taxRatePercent: Number(e.target.value) })}
              data-testid="invoice-rate"
            />
          </label>
          <label>
            <span>{t('invoices.settings.productRates')}</span>
            <textarea
              className="ws"
              rows={2}
              value={rates}
              placeholder="A12 = 8"
              disabled={draft.vatExempt}
              onChange={(e) => {
                setSaved(false);
                setRates(e.target.value);
              }}
              data-testid="invoice-product-rates"
            />
          </label>
          <label className="settings-toggle settings-wide">
            <input
              type="checkbox"
              checked={draft.vatExempt}
              onChange={(e) => set({ vatExempt: e.target.checked })}
              data-testid="invoice-exempt"
            />
            <span>{t('invoices.settings.exempt')}</span>
          </label>
          {draft.vatExempt &&
            text(
              t('invoices.settings.exemptionNote'),
              draft.exemptionNote,
              (exemptionNote) => set({ exemptionNote }),
              'invoice-exemption-note',
              300,
            )}
          <label className="settings-toggle settings-wide">
            <input
              type="checkbox"
              checked={draft.issueOnPayment}
              onChange={(e) => set({ issueOnPayment: e.target.checked })}
              data-testid="invoice-issue-on-payment"
            />
            <span>{t('invoices.settings.issueOnPayment')}</span>
          </label>
        </div>

        <h3 className="settings-subtitle">{t('invoices.settings.payment')}</h3>
        <div className="settings-grid">
          {text(
            t('invoices.settings.bankAccount'),
            draft.payment.bankAccount,
            (bankAccount) => pay({ bankAccount }),
            'invoice-bank-account',
            60,
          )}
          {text(t('invoices.settings.bankName'), draft.payment.bankName, (bankName) => pay({ bankName }), 'invoice-bank-name', 100)}
          {text(
            t('invoices.settings.transferTitle'),
            draft.payment.transferTitle,
            (transferTitle) => pay({ transferTitle }),
            'invoice-transfer-title',
            140,
          )}
          {text(t('invoices.settings.blikPhone'), draft.payment.blikPhone, (blikPhone) => pay({ blikPhone }), 'invoice-blik', 30)}
          {text(t('invoices.settings.kaspiPhone'), draft.payment.kaspiPhone, (kaspiPhone) => pay({ kaspiPhone }), 'invoice-kaspi', 30)}
          {text(t('invoices.settings.paymentLink'), draft.payment.paymentLink, (paymentLink) => pay({ paymentLink }), 'invoice-link', 300)}
          <p className="settings-hint settings-wide">{t('invoices.settings.paymentHint')}</p>
        </div>

        <h3 className="settings-subtitle">{t('invoices.settings.templates')}</h3>
        <p className="settings-hint">{t('invoices.settings.templatesHint')}</p>
        <div className="settings-grid">
          {LANGUAGES.map((l) => (
            <label key={l} className="settings-wide">
              <span>{t(`invoices.language.${l}`)}</span>
              <textarea
                className="ws"
                rows={2}
                maxLength={2000}
                value={draft.requestTemplates[l] ?? ''}
                onChange={(e) => set({ requestTemplates: { ...draft.requestTemplates, [l]: e.target.value } })}
                data-testid={`invoice-template-${l}`}
              />
            </label>
          ))}
        </div>
        <div className="cart-actions">
          <button type="submit" className="primary small" disabled={busy} data-testid="invoice-settings-save">
            {t('invoices.settings.save')}
          </button>
          {saved && (
            <span className="muted" role="status" data-testid="invoice-settings-saved">
              {t('invoices.settings.saved')}
            </span>
          )}
        </div>
        {error && (
          <p className="settings-error" role="alert" data-testid="invoice-settings-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
