import type { Cart } from '../../../shared/contract';
import { fill } from '../../../shared/i18n/fill';
import { formatMoney, formatMoneyPlain } from '../../../shared/domain/money';

/** The payment reminder, per buyer language (others get English); {total} and {deadline} are the buyer's to read. */
const REMINDER: Record<string, { locale: string; text: string }> = {
  en: {
    locale: 'en',
    text: 'Hi {name}! A reminder: your order ({total}) waits for payment until {deadline}. After that it goes to the next person waiting.',
  },
  pl: {
    locale: 'pl',
    text: 'Cześć {name}! Przypominamy: Twoje zamówienie ({total}) czeka na płatność do {deadline}. Potem przejdzie do następnej osoby w kolejce.',
  },
  kk: {
    locale: 'kk',
    text: 'Сәлем, {name}! Еске саламыз: тапсырысыңыз ({total}) {deadline} дейін төлемді күтеді. Одан кейін ол кезектегі келесі адамға өтеді.',
  },
  ru: {
    locale: 'ru',
    text: 'Здравствуйте, {name}! Напоминаем: ваш заказ ({total}) ждёт оплаты до {deadline}. После этого он перейдёт следующему в очереди.',
  },
};

/** The reminder text for a cart whose reminder is due, in the buyer's language and the show's time zone. */
export function reminderText(cart: Cart, timeZone: string): string {
  const template = REMINDER[cart.buyer.language ?? 'en'] ?? REMINDER.en!;
  let total: string;
  try {
    total = formatMoney(cart.totalMinor, cart.currency, template.locale);
  } catch {
    total = formatMoneyPlain(cart.totalMinor, cart.currency);
  }
  const deadline =
    cart.deadlineAt === null
      ? ''
      : new Intl.DateTimeFormat(template.locale, { dateStyle: 'short', timeStyle: 'short', timeZone: safeZone(timeZone) }).format(
          cart.deadlineAt,
        );
  return fill(template.text, { name: cart.buyer.name, total, deadline });
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
