// Loads the labelled intent corpus and scores the engine on it (shared by the corpus test and the benchmarks).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildCatalogIndex,
  classify,
  type CatalogIndex,
  type CatalogProductLike,
  type ClassifyResult,
  type Intent,
  LOW_CONFIDENCE,
} from '../../../electron/core/commerce/intent';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/intent-corpus');

export interface CorpusLine {
  id: string;
  lang: string;
  featured: string | null;
  text: string;
  expect: Omit<ClassifyResult, 'language'>;
}

export function loadCorpus(
  part:
    | 'heldout'
    | 'tuning'
    | 'heldout-2/heldout'
    | 'heldout-3/heldout'
    | 'heldout-4/heldout'
    | 'heldout-5/heldout'
    | 'heldout-6/heldout'
    | 'heldout-7/heldout'
    | 'heldout-8/heldout'
    | 'heldout-9/heldout'
    | 'heldout-10/heldout'
    | 'heldout-11/heldout'
    | 'heldout-12/heldout'
    | 'heldout-13/heldout'
    | 'heldout-14/heldout'
    | 'heldout-15/heldout'
    | 'heldout-16/heldout'
    | 'heldout-17/heldout'
    | 'heldout-18/heldout'
    | 'heldout-19/heldout'
    | 'heldout-20/heldout'
    | 'heldout-21/heldout'
    | 'heldout-22/heldout'
    | 'heldout-23/heldout'
    | 'heldout-24/heldout'
    | 'heldout-25/heldout'
    | 'heldout-26/heldout'
    | 'heldout-27/heldout'
    | 'heldout-28/heldout'
    | 'heldout-29/heldout'
    | 'heldout-16kk/heldout',
): CorpusLine[] {
  return readFileSync(path.join(CORPUS_DIR, `${part}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusLine);
}

export function loadCatalogIndex(file = 'catalog.json'): CatalogIndex {
  const catalog = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as { products: CatalogProductLike[] };
  return buildCatalogIndex(catalog.products);
}

export const INTENTS: readonly Intent[] = ['order', 'cancel', 'question', 'other'];

export interface Scored {
  line: CorpusLine;
  got: ClassifyResult;
  /** For gold orders: product + options + quantity (+ items, correction) all exact. */
  orderExact: boolean | null;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  return v;
}

export function orderExact(expect: CorpusLine['expect'], got: ClassifyResult): boolean {
  if (got.intent !== 'order') return false;
  const items = (r: Pick<ClassifyResult, 'code' | 'options' | 'quantity' | 'items'>) =>
    r.items ?? [{ code: r.code, options: r.options, quantity: r.quantity }];
  return sameJson(items(expect), items(got)) && sameJson(expect.correction ?? null, got.correction ?? null);
}

export function scoreCorpus(lines: readonly CorpusLine[], index: CatalogIndex): Scored[] {
  return lines.map((line) => {
    const got = classify(line.text, index, { featuredCode: line.featured });
    return { line, got, orderExact: line.expect.intent === 'order' ? orderExact(line.expect, got) : null };
  });
}

export interface PrF1 {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function intentMetrics(scored: readonly Scored[]): Record<Intent, PrF1> {
  const out = {} as Record<Intent, PrF1>;
  for (const intent of INTENTS) {
    const tp = scored.filter((s) => s.line.expect.intent === intent && s.got.intent === intent).length;
    const predicted = scored.filter((s) => s.got.intent === intent).length;
    const support = scored.filter((s) => s.line.expect.intent === intent).length;
    const precision = predicted ? tp / predicted : support ? 0 : 1;
    const recall = support ? tp / support : 1;
    out[intent] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  return out;
}

export function macroF1(scored: readonly Scored[]): number {
  const metrics = intentMetrics(scored);
  const present = INTENTS.filter((i) => metrics[i].support > 0);
  return present.reduce((sum, i) => sum + metrics[i].f1, 0) / present.length;
}

export function orderExactness(scored: readonly Scored[]): number {
  const orders = scored.filter((s) => s.orderExact !== null);
  return orders.filter((s) => s.orderExact).length / orders.length;
}

/** Share of gold questions whose topic the engine got right. */
export function topicAccuracy(scored: readonly Scored[]): number {
  const questions = scored.filter((s) => s.line.expect.intent === 'question');
  return questions.filter((s) => s.got.topic === s.line.expect.topic).length / questions.length;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

/** One row per language and intent: precision and recall in percent. */
export function perLanguageTable(scored: readonly Scored[]): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const lang of languagesOf(scored)) {
    const metrics = intentMetrics(scored.filter((s) => s.line.lang === lang));
    for (const intent of INTENTS) {
      rows.push({
        lang,
        intent,
        precision: pct(metrics[intent].precision),
        recall: pct(metrics[intent].recall),
        support: metrics[intent].support,
      });
    }
  }
  return rows;
}

/** Share of messages whose intent the engine got right. */
export function intentAccuracy(scored: readonly Scored[]): number {
  return scored.filter((s) => s.got.intent === s.line.expect.intent).length / scored.length;
}

/**
 * Order precision as the issue counts it: messages that are not claims (gold intent other than
 * order) read as an order, per 1,000 such messages. `held` counts only those the studio would
 * hold for a moderator (confidence below LOW_CONFIDENCE) instead of taking stock.
 */
export function falseOrders(scored: readonly Scored[]): { per1000: number; count: number; held: number; nonClaims: number } {
  const nonClaims = scored.filter((s) => s.line.expect.intent !== 'order');
  const wrong = nonClaims.filter((s) => s.got.intent === 'order');
  const held = wrong.filter((s) => s.got.confidence < LOW_CONFIDENCE).length;
  return {
    per1000: nonClaims.length ? (wrong.length / nonClaims.length) * 1000 : 0,
    count: wrong.length,
    held,
    nonClaims: nonClaims.length,
  };
}

/** One row per language: intent macro-F1, intent accuracy, order exactness, topic accuracy (percent) and false orders per 1,000 non-claims. */
export function perLanguageSummary(scored: readonly Scored[]): Record<string, string | number>[] {
  return languagesOf(scored).map((lang) => {
    const part = scored.filter((s) => s.line.lang === lang);
    const orders = part.filter((s) => s.orderExact !== null).length;
    const questions = part.filter((s) => s.line.expect.intent === 'question').length;
    const wrong = falseOrders(part);
    return {
      lang,
      messages: part.length,
      macroF1: pct(macroF1(part)),
      intentAcc: pct(intentAccuracy(part)),
      orderExact: pct(orderExactness(part)),
      orders,
      topicAcc: questions ? pct(topicAccuracy(part)) : '-',
      questions,
      falseOrdersPer1000: Math.round(wrong.per1000 * 10) / 10,
      falseOrdersHeld: `${wrong.held}/${wrong.count}`,
    };
  });
}

export const languagesOf = (scored: readonly Scored[]) => [...new Set(scored.map((s) => s.line.lang))];
