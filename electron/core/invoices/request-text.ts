import type { InvoiceSettings, PaymentMethod } from '../../../shared/contract';
import { fill } from '../../../shared/i18n/fill';
import { formatMoney, formatMoneyPlain, minorToDecimal } from '../../../shared/domain/money';
import { cartReference } from '../../../shared/domain/invoices';
import type { CartBill } from './cart-bill';

export type RequestLanguage = 'en' | 'pl' | 'kk';

/**
 * The payment request a moderator copies to a buyer (never posted in public chat), one template
 * per language. A seller's own template (settings.invoices.requestTemplates) takes the same
 * placeholders: {name} {shop} {lines} {shipping} {total} {due} {ref} {instructions}.
 */
const WORDS: Record<
  RequestLanguage,
  {
    template: string;
    locale: string;
    freeShipping: string;
    bank: string;
    blik: string;
    kaspi: string;
    link: string;
    paid: string;
  }
> = {
  en: {
    locale: 'en',
    template:
      'Hi {name}! Thank you for shopping with {shop}. Your order {ref}:\n{lines}\nShipping: {shipping}\nTotal: {total}\n\nHow to pay {due}:\n{instructions}',
    freeShipping: 'free',
    bank: 'Bank transfer to {account}{bank}, title: {title}',
    blik: 'BLIK to phone number {phone}, title: {ref}',
    kaspi: 'Kaspi: transfer to {phone} (or ask us for a Kaspi invoice), comment: {ref}',
    link: 'Pay online: {url}',
    paid: 'already paid: {paid}',
  },
  pl: {
    locale: 'pl',
    template:
      'Cześć {name}! Dziękujemy za zakupy w {shop}. Twoje zamówienie {ref}:\n{lines}\nWysyłka: {shipping}\nRazem: {total}\n\nJak zapłacić {due}:\n{instructions}',
    freeShipping: 'gratis',
    bank: 'Przelew na konto {account}{bank}, tytuł: {title}',
    blik: 'BLIK na numer telefonu {phone}, tytuł: {ref}',
    kaspi: 'Kaspi: przelew na numer {phone}, komentarz: {ref}',
    link: 'Zapłać online: {url}',
    paid: 'już zapłacono: {paid}',
  },
  kk: {
    locale: 'kk',
    template:
      'Сәлем, {name}! {shop} дүкенінен сатып алғаныңызға рахмет. Сіздің тапсырысыңыз {ref}:\n{lines}\nЖеткізу: {shipping}\nБарлығы: {total}\n\n{due} қалай төлеуге болады:\n{instructions}',
    freeShipping: 'тегін',
    bank: 'Банк аударымы: {account}{bank}, төлем мақсаты: {title}',
    blik: 'BLIK: {phone} нөміріне, төлем мақсаты: {ref}',
    kaspi: 'Kaspi: {phone} нөміріне аударым (немесе бізден Kaspi шотын сұраңыз), түсініктеме: {ref}',
    link: 'Онлайн төлеу: {url}',
    paid: 'төленді: {paid}',
  },
};

/** The buyer's language when the studio has a template for it, else the shop's, else English. */
export function requestLanguage(buyerLanguage: string | null, shopLanguage: string): RequestLanguage {
  for (const l of [buyerLanguage, shopLanguage]) if (l === 'en' || l === 'pl' || l === 'kk') return l;
  return 'en';
}

function money(minor: number, currency: string, locale: string): string {
  try {
    return formatMoney(minor, currency, locale);
  } catch {
    return formatMoneyPlain(minor, currency);
  }
}

/** How to pay, one line per method the seller set up: only the cart's method when it has one set up. */
export function paymentInstructions(
  settings: InvoiceSettings,
  language: RequestLanguage,
  p: { cartId: number; dueMinor: number; currency: string; method: PaymentMethod | null },
): string[] {
  const w = WORDS[language];
  const ref = cartReference(p.cartId);
  const pay = settings.payment;
  let amount: string;
  try {
    amount = minorToDecimal(p.dueMinor, p.currency);
  } catch {
    amount = (p.dueMinor / 100).toFixed(2);
  }
  const all: [PaymentMethod, string][] = [];
  if (pay.bankAccount)
    all.push([
      'bank_transfer',
      fill(w.bank, { account: pay.bankAccount, bank: pay.bankName ? ` (${pay.bankName})` : '', title: fill(pay.transferTitle, { ref }) }),
    ]);
  if (pay.blikPhone) all.push(['blik', fill(w.blik, { phone: pay.blikPhone, ref })]);
  if (pay.kaspiPhone) all.push(['kaspi', fill(w.kaspi, { phone: pay.kaspiPhone, ref })]);
  if (pay.paymentLink) all.push(['payment_link', fill(w.link, { url: fill(pay.paymentLink, { amount, ref: encodeURIComponent(ref) }) })]);
  const mine = p.method === null ? [] : all.filter(([m]) => m === p.method || (p.method === 'paypal' && m === 'payment_link'));
  return (mine.length ? mine : all).map(([, text]) => text);
}

export function paymentRequestText(bill: CartBill, settings: InvoiceSettings, language: RequestLanguage, paidMinor: number): string {
  const w = WORDS[language];
  const { cart } = bill;
  const m = (minor: number) => money(minor, cart.currency, w.locale);
  const lines = bill.lines
    .filter((l) => l.holdsStock)
    .map((l) => {
      const what = [l.productCode, l.productTitle, l.variantOptions.join(' / ')].filter(Boolean).join(' ');
      const units = l.quantity - l.returnedQuantity;
      return `• ${what} × ${units} = ${m(l.lineTotalMinor)}`;
    })
    .join('\n');
  const dueMinor = Math.max(0, cart.totalMinor - paidMinor);
  const instructions = paymentInstructions(settings, language, {
    cartId: cart.id,
    dueMinor,
    currency: cart.currency,
    method: cart.paymentMethod,
  });
  const template = settings.requestTemplates[language]?.trim() || w.template;
  return fill(template, {
    name: cart.buyer.name,
    shop: settings.seller.name || bill.shopName,
    ref: cartReference(cart.id),
    lines,
    shipping: cart.shipping === null ? '—' : cart.shippingFeeMinor === 0 ? w.freeShipping : m(cart.shippingFeeMinor),
    total: m(cart.totalMinor),
    due: paidMinor > 0 ? `${m(dueMinor)} (${fill(w.paid, { paid: m(paidMinor) })})` : m(dueMinor),
    instructions: instructions.map((i) => `– ${i}`).join('\n'),
  });
}
