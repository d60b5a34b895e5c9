import type { Language } from '../../../shared/contract';

/**
 * Everything the studio says in chat, per language, as templates: `{name}`,
 * `{code}`, `{variant}` … are filled by shared/i18n/fill.ts. Kept as data so a language is
 * a new block here, not new code.
 */
export interface ChatTemplates {
  /** A claim that holds its stock. */
  thankYou: string;
  /** A claim that joined the waitlist. */
  waitlisted: string;
  /** A claim that needs an option (no size for a sized product). */
  askDetails: string;
  price: string;
  dealPrice: string;
  sizes: string;
  colors: string;
  stock: string;
  soldOut: string;
  /** Joins a product's facts onto an answer. */
  fact: string;
}

export const TEMPLATES: Record<Language, ChatTemplates> = {
  en: {
    thankYou: '@{name} {item} is yours! 🎉',
    waitlisted: '@{name} {item} is sold out: you are #{position} on the waitlist.',
    askDetails: '@{name} which {options} for {code} {title}? ({choices})',
    price: '@{name} {code} {title}: {price}',
    dealPrice: '@{name} {code} {title}: {price} now (deal, normally {regular})',
    sizes: '@{name} {code} sizes in stock: {values}',
    colors: '@{name} {code} colours in stock: {values}',
    stock: '@{name} {code} left: {values}',
    soldOut: '@{name} {code} is sold out, sorry! Claim it to join the waitlist.',
    fact: '@{name} {code}: {text}',
  },
  pl: {
    thankYou: '@{name} {item} jest Twoje! 🎉',
    waitlisted: '@{name} {item} wyprzedane: jesteś #{position} na liście oczekujących.',
    askDetails: '@{name} jaki {options} dla {code} {title}? ({choices})',
    price: '@{name} {code} {title}: {price}',
    dealPrice: '@{name} {code} {title}: teraz {price} (promocja, normalnie {regular})',
    sizes: '@{name} {code} dostępne rozmiary: {values}',
    colors: '@{name} {code} dostępne kolory: {values}',
    stock: '@{name} {code} zostało: {values}',
    soldOut: '@{name} {code} wyprzedane, przepraszamy! Zaklep, aby dołączyć do listy oczekujących.',
    fact: '@{name} {code}: {text}',
  },
  kk: {
    thankYou: '@{name} {item} сіздікі! 🎉',
    waitlisted: '@{name} {item} таусылды: сіз күту тізімінде #{position} орындасыз.',
    askDetails: '@{name} {code} {title} үшін қай {options}? ({choices})',
    price: '@{name} {code} {title}: {price}',
    dealPrice: '@{name} {code} {title}: қазір {price} (акция, әдетте {regular})',
    sizes: '@{name} {code} бар өлшемдер: {values}',
    colors: '@{name} {code} бар түстер: {values}',
    stock: '@{name} {code} қалды: {values}',
    soldOut: '@{name} {code} таусылды, кешіріңіз! Күту тізіміне жазылу үшін алыңыз.',
    fact: '@{name} {code}: {text}',
  },
  ru: {
    thankYou: '@{name} {item} ваш! 🎉',
    waitlisted: '@{name} {item} закончился: вы #{position} в листе ожидания.',
    askDetails: '@{name} какой {options} для {code} {title}? ({choices})',
    price: '@{name} {code} {title}: {price}',
    dealPrice: '@{name} {code} {title}: сейчас {price} (акция, обычно {regular})',
    sizes: '@{name} {code} размеры в наличии: {values}',
    colors: '@{name} {code} цвета в наличии: {values}',
    stock: '@{name} {code} осталось: {values}',
    soldOut: '@{name} {code} закончился, извините! Напишите «беру», чтобы встать в лист ожидания.',
    fact: '@{name} {code}: {text}',
  },
  es: {
    thankYou: '@{name} ¡{item} es tuyo! 🎉',
    waitlisted: '@{name} {item} está agotado: eres el #{position} en la lista de espera.',
    askDetails: '@{name} ¿qué {options} para {code} {title}? ({choices})',
    price: '@{name} {code} {title}: {price}',
    dealPrice: '@{name} {code} {title}: ahora {price} (oferta, normalmente {regular})',
    sizes: '@{name} {code} tallas disponibles: {values}',
    colors: '@{name} {code} colores disponibles: {values}',
    stock: '@{name} {code} quedan: {values}',
    soldOut: '@{name} {code} está agotado, ¡lo siento! Pídelo para entrar en la lista de espera.',
    fact: '@{name} {code}: {text}',
  },
  de: {
    thankYou: '@{name} {item} gehört dir! 🎉',
    waitlisted: '@{name} {item} ist ausverkauft: du bist #{position} auf der Warteliste.',
    askDetails: '@{name} welche {options} für {code} {title}? ({choices})',
    price: '@{name} {code} {title}: {price}',
    dealPrice: '@{name} {code} {title}: jetzt {price} (Angebot, sonst {regular})',
    sizes: '@{name} {code} Größen auf Lager: {values}',
    colors: '@{name} {code} Farben auf Lager: {values}',
    stock: '@{name} {code} noch da: {values}',
    soldOut: '@{name} {code} ist ausverkauft, sorry! Bestell trotzdem, dann kommst du auf die Warteliste.',
    fact: '@{name} {code}: {text}',
  },
};

/** Locale for money formatting per chat language. */
export const LOCALES: Record<Language, string> = { en: 'en', pl: 'pl-PL', kk: 'kk-KZ', ru: 'ru-RU', es: 'es-ES', de: 'de-DE' };

const SUPPORTED = new Set<string>(Object.keys(TEMPLATES));

export function isLanguage(value: string | null | undefined): value is Language {
  return typeof value === 'string' && SUPPORTED.has(value);
}

/** The first of the candidates the studio can speak; English as the last resort. */
export function chatLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const c of candidates) if (isLanguage(c)) return c;
  return 'en';
}

/** "A12 M/White", or "B7" for a product without options. */
export function itemLabel(code: string, options: readonly string[]): string {
  const shown = options.filter((o) => o !== '');
  return shown.length ? `${code} ${shown.join('/')}` : code;
}
