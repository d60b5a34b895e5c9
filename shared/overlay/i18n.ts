import type { Language } from '../contract';

/**
 * Overlay strings, in the SHOW's language (viewers read them), not the host's UI
 * language. Templates use {name} placeholders; the components split on them so
 * chat and catalog text is always inserted as a text node, never as markup.
 */
export interface OverlayStrings {
  /** "Comment {command}": {command} is the highlighted "SOLD A12 M". */
  comment: string;
  /** The order word the intent engine understands in this language. */
  keyword: string;
  /** Ticker line: "{buyer} claimed {code}". */
  claimed: string;
  /** Ticker line for a claim of more than one unit, by plural category of {n}: "{buyer} claimed {n} × {code}". */
  claimedMany: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  soldOut: string;
  /** Stock left of one variant: by plural category, with {n}. */
  left: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** Deal quota: "{n} left at {price}". */
  dealLeft: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  fromPrice: string;
  flashDeal: string;
  dealEnded: string;
  /** The "only N left" moment of a deal running out of its quota: by plural category, with {n}. */
  onlyLeft: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  pinned: string;
  question: string;
  scanToShop: string;
}

export const overlayStrings: Record<Language, OverlayStrings> = {
  en: {
    comment: 'Comment {command}',
    keyword: 'SOLD',
    claimed: '{buyer} claimed {code}',
    claimedMany: { other: '{buyer} claimed {n} × {code}' },
    soldOut: 'Sold out',
    left: { other: '{n} left' },
    dealLeft: { other: '{n} left at {price}' },
    fromPrice: 'from {price}',
    flashDeal: 'Flash deal',
    dealEnded: 'Deal ended',
    onlyLeft: { one: 'Only {n} left!', other: 'Only {n} left!' },
    pinned: 'Pinned',
    question: 'Question',
    scanToShop: 'Scan to shop',
  },
  pl: {
    comment: 'Napisz {command}',
    keyword: 'BIORĘ',
    claimed: '{buyer} rezerwuje {code}',
    claimedMany: { other: '{buyer} rezerwuje {n} szt. {code}' },
    soldOut: 'Wyprzedane',
    left: { other: '{n} szt.' },
    dealLeft: { other: '{n} szt. po {price}' },
    fromPrice: 'od {price}',
    flashDeal: 'Okazja',
    dealEnded: 'Okazja zakończona',
    onlyLeft: { one: 'Ostatnia sztuka!', few: 'Tylko {n} sztuki!', many: 'Tylko {n} sztuk!', other: 'Tylko {n} sztuki!' },
    pinned: 'Przypięte',
    question: 'Pytanie',
    scanToShop: 'Zeskanuj i kup',
  },
  kk: {
    comment: 'Жазыңыз: {command}',
    keyword: 'АЛАМЫН',
    claimed: '{buyer} {code} алды',
    claimedMany: { other: '{buyer} {n} дана {code} алды' },
    soldOut: 'Сатылып кетті',
    left: { other: '{n} дана' },
    dealLeft: { other: '{price} бағамен {n} дана' },
    fromPrice: '{price} бастап',
    flashDeal: 'Жедел жеңілдік',
    dealEnded: 'Жеңілдік аяқталды',
    onlyLeft: { one: 'Тек {n} дана қалды!', other: 'Тек {n} дана қалды!' },
    pinned: 'Бекітілген',
    question: 'Сұрақ',
    scanToShop: 'Сканерлеп сатып алыңыз',
  },
  ru: {
    comment: 'Пишите {command}',
    keyword: 'БЕРУ',
    claimed: '{buyer} берёт {code}',
    claimedMany: { other: '{buyer} берёт {n} шт. {code}' },
    soldOut: 'Продано',
    left: { other: '{n} шт.' },
    dealLeft: { other: '{n} шт. по {price}' },
    fromPrice: 'от {price}',
    flashDeal: 'Флеш-скидка',
    dealEnded: 'Скидка закончилась',
    onlyLeft: { one: 'Осталась {n} штука!', few: 'Осталось {n} штуки!', many: 'Осталось {n} штук!', other: 'Осталось {n} штуки!' },
    pinned: 'Закреплено',
    question: 'Вопрос',
    scanToShop: 'Сканируйте и покупайте',
  },
  es: {
    comment: 'Comenta {command}',
    keyword: 'QUIERO',
    claimed: '{buyer} se lleva {code}',
    claimedMany: { other: '{buyer} se lleva {n} × {code}' },
    soldOut: 'Agotado',
    left: { one: 'queda {n}', other: 'quedan {n}' },
    dealLeft: { one: 'queda {n} a {price}', other: 'quedan {n} a {price}' },
    fromPrice: 'desde {price}',
    flashDeal: 'Oferta flash',
    dealEnded: 'Oferta terminada',
    onlyLeft: { one: '¡Solo queda {n}!', other: '¡Solo quedan {n}!' },
    pinned: 'Fijado',
    question: 'Pregunta',
    scanToShop: 'Escanea y compra',
  },
  de: {
    comment: 'Kommentiere {command}',
    keyword: 'NEHME',
    claimed: '{buyer} nimmt {code}',
    claimedMany: { other: '{buyer} nimmt {n} × {code}' },
    soldOut: 'Ausverkauft',
    left: { other: 'noch {n}' },
    dealLeft: { other: 'noch {n} zu {price}' },
    fromPrice: 'ab {price}',
    flashDeal: 'Blitzangebot',
    dealEnded: 'Angebot beendet',
    onlyLeft: { one: 'Nur noch {n}!', other: 'Nur noch {n}!' },
    pinned: 'Angepinnt',
    question: 'Frage',
    scanToShop: 'Scannen & kaufen',
  },
};

export function stringsFor(language: Language | undefined): OverlayStrings {
  return overlayStrings[language ?? 'en'] ?? overlayStrings.en;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form for n in the language (falls back to `other`). */
export function plural(forms: OverlayStrings['left'], n: number, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return forms[rules.select(n)] ?? forms.other;
}

/** A template split into literal text and named slots, for rendering slots as elements. */
export type TemplatePart = { text: string } | { slot: string };

export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ slot: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
