// `studio export --what proforma|invoices --format pdf --out DIR` and `--what payments --format csv`
// in their own process on a real database file: one pro-forma per cart holding stock, the issued
// invoices as they were issued, the payments with the documented columns.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { PAYMENT_COLUMNS } from '../../../electron/core/invoices/export-files';
import { writeSettings } from '../../../electron/core/store/settings';
import { runStudioCli } from '../../support/cli';
import { INVOICE_SETTINGS, invoicesHarness, type InvoicesHarness } from '../invoices/harness';

let h: InvoicesHarness;
afterEach(() => h?.close());
const host = { actor: 'host' };
const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('studio export --what proforma|invoices|payments', () => {
  it('writes one PDF per cart or invoice into the folder and the payments as CSV', async () => {
    h = invoicesHarness({ stock: 5 });
    writeSettings(h.db, { invoices: INVOICE_SETTINGS }, h.now.value);
    h.db.prepare('UPDATE buyers SET display_name = ? WHERE id = ?').run('Әсем Қуанышқызы', h.buyers[0]);
    h.db.prepare("UPDATE buyers SET display_name = ?, language = 'pl' WHERE id = ?").run('Zażółć Gęślą', h.buyers[1]);
    h.db.prepare('UPDATE customers SET name = (SELECT display_name FROM buyers WHERE customer_id = customers.id)').run();
    h.claim(0, h.variantIds[0]!, 2);
    h.claim(1, h.variantIds[1]!, 1);
    h.claim(2, h.variantIds[1]!, 1);
    const [a, b, c] = [h.cartOf(0), h.cartOf(1), h.cartOf(2)];
    h.carts.release({ carts: [{ cartId: c, version: h.carts.get(c).version }], nonPayment: true }, host);
    h.invoices.recordPayment({ cartId: b, method: 'blik', amountMinor: 14900, paidAt: h.now.value, reference: '=cmd|calc' }, host);
    h.invoices.issue(b, host);
    h.temp.db.close();

    const out = path.join(h.temp.dir, 'docs');
    const proforma = await runStudioCli(['export', '--db', h.temp.file, '--what', 'proforma', '--format', 'pdf', '--out', out]);
    expect(proforma.stderr).toBe(`wrote 2 file(s) to ${out}\n`);
    expect(proforma.code).toBe(0);
    // The released cart holds nothing: no pro-forma for it.
    expect(fs.readdirSync(out).sort()).toEqual([`proforma-LS-${a}.pdf`, `proforma-LS-${b}.pdf`]);
    const first = pdftotext(path.join(out, `proforma-LS-${a}.pdf`));
    expect(first).toContain('Faktura pro forma');
    expect(first).toContain('Әсем Қуанышқызы');
    expect(first).toContain(`Zamówienie LS-${a}`);
    expect(pdftotext(path.join(out, `proforma-LS-${b}.pdf`))).toMatch(/Do zapłaty: 0,00/);

    const invoices = path.join(h.temp.dir, 'invoices');
    const issued = await runStudioCli(['export', '--db', h.temp.file, '--what', 'invoices', '--out', invoices]);
    expect(issued.code).toBe(0);
    expect(fs.readdirSync(invoices)).toEqual(['FV-2023-11-1.pdf']);
    const invoice = pdftotext(path.join(invoices, 'FV-2023-11-1.pdf'));
    expect(invoice).toContain('Faktura FV/2023/11/1');
    expect(invoice).toContain('Zażółć Gęślą');

    const payments = await runStudioCli(['export', '--db', h.temp.file, '--what', 'payments', '--format', 'csv']);
    expect(payments.code).toBe(0);
    expect(payments.stdout.split('\n')[0]).toBe(PAYMENT_COLUMNS.join(','));
    const rows = parse(payments.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        cart_id: String(b),
        reference: `LS-${b}`,
        buyer: 'Zażółć Gęślą',
        method: 'blik',
        amount: '149.00',
        currency: 'PLN',
        payment_reference: "'=cmd|calc",
        source: 'manual',
      }),
    ]);

    const usage = await runStudioCli(['export', '--db', h.temp.file, '--what', 'invoices']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--out FOLDER/);
  });
});
