// An invoices service beside the carts harness's carts service, on the same real SQLite file and clock.
import { InvoicesService } from '../../../electron/core/invoices';
import { SettingsSchema } from '../../../shared/contract';
import { cartsHarness, type Harness } from '../carts/harness';

export const INVOICE_SETTINGS = SettingsSchema.shape.invoices.parse({
  seller: { name: 'Butik Zofia Łódź', address: 'ul. Piotrkowska 1\n90-001 Łódź', taxId: '725-000-00-00' },
  numberPattern: 'FV/{YYYY}/{MM}/{N}',
  series: 'monthly',
  taxRatePercent: 23,
  payment: {
    bankAccount: 'PL61 1090 1014 0000 0712 1981 2874',
    bankName: 'Santander',
    transferTitle: 'Zamówienie {ref}',
    blikPhone: '+48 600 100 200',
    kaspiPhone: '+7 701 000 00 00',
    paymentLink: 'https://paypal.me/butikzofia/{amount}PLN',
  },
});

export interface InvoicesHarness extends Harness {
  invoices: InvoicesService;
}

export function invoicesHarness(options: Parameters<typeof cartsHarness>[0] = {}): InvoicesHarness {
  const h = cartsHarness(options);
  h.settings.invoices = structuredClone(INVOICE_SETTINGS);
  const invoices = new InvoicesService({
    db: h.db,
    clock: () => h.now.value,
    events: h.events,
    carts: { markPaid: (input, caller) => h.carts.markPaid(input, caller) },
    settings: () => h.settings.invoices,
  });
  return Object.assign(h, { invoices });
}
