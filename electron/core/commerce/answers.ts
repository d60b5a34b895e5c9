import type { Language, Question, QuestionTopic } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { fill } from '../../../shared/i18n/fill';
import { priceRange } from '../store/catalog';
import type { Db } from '../store/db';
import { lineupTerms } from '../store/deals';
import { factsOn } from '../store/questions';
import { shopCurrency } from '../store/shop';
import { productStock } from '../store/stock';
import type { CatalogView, ProductView } from './catalog-view';
import { dealRunning } from './pricing';
import { LOCALES, TEMPLATES } from './templates';

/** Option names that hold sizes / colours, in the six languages. */
const SIZE_OPTION = /size|rozmiar|размер|өлшем|talla|größe|grosse/i;
const COLOR_OPTION = /colou?r|kolor|цвет|түс|farbe/i;
/** Words that make a question about colours (the intent engine has no colour topic: it reads as 'other' or 'stock'). */
const COLOR_QUESTION = /colou?rs?|kolor|цвет|түс|colou?r|farben?|colores?/i;

export interface AnswerRequest {
  product: ProductView | null;
  topic: QuestionTopic;
  language: Language;
  buyerName: string;
  showId: number | null;
  text: string;
  at: number;
}

/**
 * An answer from what the studio knows, in the buyer's language: prices (the
 * deal price while it runs), sizes, colours and stock from the catalog;
 * shipping, payment, material and the rest from the facts (the product's, then
 * the shop-wide ones). Null when the facts say nothing in that language: then a
 * person answers.
 */
export function suggestAnswer(db: Db, request: AnswerRequest): string | null {
  const t = TEMPLATES[request.language];
  const { product } = request;
  const base = { name: request.buyerName, code: product?.code ?? '', title: product?.title ?? '' };
  const fact = (topic: string) => factsOn(db, product?.id ?? null, topic).find((f) => f.language === request.language)?.text ?? null;
  const withFact = (answer: string, topic: string) => {
    const extra = product
      ? factsOn(db, product.id, topic).find((f) => f.productId === product.id && f.language === request.language)?.text
      : undefined;
    return extra ? `${answer}. ${extra}` : answer;
  };

  if (product && (request.topic === 'other' || request.topic === 'stock') && COLOR_QUESTION.test(request.text)) {
    const values = valuesInStock(db, product, COLOR_OPTION);
    if (values) return values.length ? fill(t.colors, { ...base, values: values.join(', ') }) : fill(t.soldOut, base);
  }
  switch (request.topic) {
    case 'price': {
      if (!product) return null;
      const currency = shopCurrency(db);
      const money = (minor: number) => formatMoney(minor, currency, LOCALES[request.language]);
      const prices = priceRange(db, product.id);
      const terms = lineupTerms(db, request.showId, product.id);
      const regular = prices.min === prices.max ? money(prices.min) : `${money(prices.min)}–${money(prices.max)}`;
      if (dealRunning(terms, request.at))
        return withFact(fill(t.dealPrice, { ...base, price: money(terms.dealPriceMinor), regular }), 'price');
      return withFact(fill(t.price, { ...base, price: regular }), 'price');
    }
    case 'size': {
      if (!product) return null;
      const values = valuesInStock(db, product, SIZE_OPTION);
      if (!values) {
        const text = fact('size');
        return text ? fill(t.fact, { ...base, text }) : null;
      }
      return withFact(values.length ? fill(t.sizes, { ...base, values: values.join(', ') }) : fill(t.soldOut, base), 'size');
    }
    case 'stock': {
      if (!product) return null;
      const rows = stockOf(db, product).filter((r) => r.stock > 0);
      if (rows.length === 0) return fill(t.soldOut, base);
      const values = rows.map((r) => (r.label ? `${r.label} ×${r.stock}` : `×${r.stock}`)).join(', ');
      return fill(t.stock, { ...base, values });
    }
    default: {
      const found = factsOn(db, product?.id ?? null, request.topic).find((f) => f.language === request.language);
      if (!found) return null;
      // A shop-wide fact (shipping, payment) is not about the product on screen: no code in front of it.
      return found.productId !== null ? fill(t.fact, { ...base, text: found.text }) : `@${request.buyerName} ${found.text}`;
    }
  }
}

function stockOf(db: Db, product: ProductView): { label: string; stock: number; options: readonly string[] }[] {
  const stock = productStock(db, product.id);
  return product.variants.map((v) => ({ label: v.options.filter(Boolean).join('/'), stock: stock.get(v.id) ?? 0, options: v.options }));
}

/** The values of the option whose name matches, that some in-stock variant has, in catalog order; null when the product has no such option. */
function valuesInStock(db: Db, product: ProductView, name: RegExp): string[] | null {
  const at = product.optionNames.findIndex((n) => name.test(n));
  if (at < 0) return null;
  const values: string[] = [];
  for (const row of stockOf(db, product)) {
    const value = row.options[at];
    if (row.stock > 0 && value && !values.includes(value)) values.push(value);
  }
  return values;
}

/**
 * The answer to suggest for a question now: made again from the stock, prices and facts of this
 * moment (a question's stored suggestion is what was true when it arrived). Every screen that
 * shows an open question, every answer sent without text and every automatic answer use this.
 */
export function currentSuggestion(db: Db, catalog: CatalogView, question: Question, at: number): string | null {
  const product = question.productId === null ? null : (catalog.get().byId.get(question.productId) ?? null);
  return suggestAnswer(db, {
    product,
    topic: question.topic,
    language: question.language,
    buyerName: question.buyer.name,
    showId: question.showId,
    text: question.text,
    at,
  });
}

/** Questions as clients see them: an open one carries the answer suggested now; a settled one is left as it was. */
export function withCurrentSuggestions(db: Db, catalog: CatalogView, questions: Question[], at: number): Question[] {
  return questions.map((q) => (q.state === 'open' ? { ...q, suggestedAnswer: currentSuggestion(db, catalog, q, at) } : q));
}
