// intent.*: the intent engine's accuracy on the labelled corpus (tests/fixtures/intent-corpus), with
// the full report on stderr: precision and recall per language and intent, per-language macro-F1
// and order exactness, and every miss. tests/unit/intent/corpus.test.ts asserts the thresholds.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  CORPUS_DIR,
  falseOrders,
  intentAccuracy,
  languagesOf,
  loadCatalogIndex,
  loadCorpus,
  macroF1,
  orderExactness,
  perLanguageSummary,
  perLanguageTable,
  scoreCorpus,
  topicAccuracy,
  type Scored,
} from '../unit/intent/corpus';
import type { BenchResult } from './types';

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The report goes to stderr: the bench runner keeps stdout for its results line. */
function report(title: string, scored: readonly Scored[], showMisses: boolean): void {
  const out = new console.Console(process.stderr);
  out.log(
    `\n${title}: ${scored.length} messages, intent macro-F1 ${macroF1(scored).toFixed(3)}, order exact ${orderExactness(scored).toFixed(3)}, question topics ${topicAccuracy(scored).toFixed(3)}`,
  );
  out.table(perLanguageTable(scored));
  out.table(perLanguageSummary(scored));
  const misses = scored.filter((s) => s.got.intent !== s.line.expect.intent || s.orderExact === false);
  // A set nobody who tunes the rules may read yet: its figures only, never its lines.
  if (!showMisses) {
    out.log(`  ${misses.length} misses (lines not shown: this set is still unread)`);
    return;
  }
  for (const miss of misses)
    out.log(`  miss ${miss.line.id} ${JSON.stringify(miss.line.text)}: want ${miss.line.expect.intent}, got ${JSON.stringify(miss.got)}`);
}

export default async function bench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  // heldout29 (six authors, written during round 29, scored once after round 30) and heldout16kk (two spare Kazakh parts
  // written for heldout-16, joined in round 19): their lines and misses are not read by whoever tunes the rules, so only
  // their figures are printed (skipped while absent). heldout28 … heldout2: earlier
  // independent sets, each since read for its kinds of failure
  // (development sets now: heldout-2 in round 3, heldout-3 in round 5, heldout-4 in round 6, heldout-5 in round 7,
  // heldout-6 in round 8, heldout-7 in round 9, heldout-8 in round 10, heldout-9 in round 11, heldout-10 in round 12,
  // heldout-11 in round 13, heldout-12 in round 14, heldout-13 in round 15, heldout-14 in round 16, heldout-15 in round 17,
  // heldout-16 in round 18, heldout-17 in round 19, heldout-18 in round 20,
  // heldout-19 in round 21, heldout-20 in round 22, heldout-21 in round 23, heldout-22 in round 24, heldout-23 in round 25,
  // heldout-24 in round 26, heldout-25 in round 27, heldout-26 in round 28, heldout-27 in round 29,
  // heldout-28 in round 30).
  // Every run is logged in each set's SCORING.md. A spare set written while one waits to be scored is added here only
  // after the lead's first run of it: no figure of it is seen while rules are tuned.
  const parts = [
    { part: 'heldout29', file: 'heldout-29/heldout', catalog: 'heldout-29/catalog.json', unread: true },
    { part: 'heldout16kk', file: 'heldout-16kk/heldout', catalog: 'heldout-16kk/catalog.json', unread: true },
    { part: 'heldout28', file: 'heldout-28/heldout', catalog: 'heldout-28/catalog.json' },
    { part: 'heldout27', file: 'heldout-27/heldout', catalog: 'heldout-27/catalog.json' },
    { part: 'heldout26', file: 'heldout-26/heldout', catalog: 'heldout-26/catalog.json' },
    { part: 'heldout25', file: 'heldout-25/heldout', catalog: 'heldout-25/catalog.json' },
    { part: 'heldout24', file: 'heldout-24/heldout', catalog: 'heldout-24/catalog.json' },
    { part: 'heldout23', file: 'heldout-23/heldout', catalog: 'heldout-23/catalog.json' },
    { part: 'heldout22', file: 'heldout-22/heldout', catalog: 'heldout-22/catalog.json' },
    { part: 'heldout21', file: 'heldout-21/heldout', catalog: 'heldout-21/catalog.json' },
    { part: 'heldout20', file: 'heldout-20/heldout', catalog: 'heldout-20/catalog.json' },
    { part: 'heldout19', file: 'heldout-19/heldout', catalog: 'heldout-19/catalog.json' },
    { part: 'heldout18', file: 'heldout-18/heldout', catalog: 'heldout-18/catalog.json' },
    { part: 'heldout17', file: 'heldout-17/heldout', catalog: 'heldout-17/catalog.json' },
    { part: 'heldout16', file: 'heldout-16/heldout', catalog: 'heldout-16/catalog.json' },
    { part: 'heldout15', file: 'heldout-15/heldout', catalog: 'heldout-15/catalog.json' },
    { part: 'heldout14', file: 'heldout-14/heldout', catalog: 'heldout-14/catalog.json' },
    { part: 'heldout13', file: 'heldout-13/heldout', catalog: 'heldout-13/catalog.json' },
    { part: 'heldout12', file: 'heldout-12/heldout', catalog: 'heldout-12/catalog.json' },
    { part: 'heldout11', file: 'heldout-11/heldout', catalog: 'heldout-11/catalog.json' },
    { part: 'heldout10', file: 'heldout-10/heldout', catalog: 'heldout-10/catalog.json' },
    { part: 'heldout9', file: 'heldout-9/heldout', catalog: 'heldout-9/catalog.json' },
    { part: 'heldout8', file: 'heldout-8/heldout', catalog: 'heldout-8/catalog.json' },
    { part: 'heldout7', file: 'heldout-7/heldout', catalog: 'heldout-7/catalog.json' },
    { part: 'heldout6', file: 'heldout-6/heldout', catalog: 'heldout-6/catalog.json' },
    { part: 'heldout5', file: 'heldout-5/heldout', catalog: 'heldout-5/catalog.json' },
    { part: 'heldout4', file: 'heldout-4/heldout', catalog: 'heldout-4/catalog.json' },
    { part: 'heldout3', file: 'heldout-3/heldout', catalog: 'heldout-3/catalog.json' },
    { part: 'heldout2', file: 'heldout-2/heldout', catalog: 'heldout-2/catalog.json' },
    { part: 'heldout', file: 'heldout', catalog: 'catalog.json' },
    { part: 'tuning', file: 'tuning', catalog: 'catalog.json' },
  ] as const;
  for (const { part, file, catalog, ...rest } of parts) {
    if (!existsSync(path.join(CORPUS_DIR, `${file}.jsonl`))) continue; // a held-out part is written and frozen by an independent author
    const scored = scoreCorpus(loadCorpus(file), loadCatalogIndex(catalog));
    report(part, scored, !('unread' in rest));
    const measured = {
      clock: 'none: an accuracy figure, not a time',
      start: `first message of ${file}.jsonl classified`,
      end: `last of its ${scored.length} messages classified`,
    };
    // The targets issue 17 sets for an independent set, the same as per language below (they read 0.95 / 0.9 here once).
    results.push(
      { name: `intent.${part}.macro_f1`, value: round(macroF1(scored)), unit: 'F1', target: '>= 0.97', ...measured },
      { name: `intent.${part}.order_exact`, value: round(orderExactness(scored)), unit: 'share', target: '>= 0.95', ...measured },
      { name: `intent.${part}.topic_accuracy`, value: round(topicAccuracy(scored)), unit: 'share', target: '>= 0.85', ...measured },
      {
        name: `intent.${part}.false_orders_per_1000`,
        value: round(falseOrders(scored).per1000),
        unit: 'per 1,000 non-claims',
        target: '<= 5',
        ...measured,
      },
    );
    // Per language, as the issue asks: intent macro-F1, intent accuracy, orders exact, topic accuracy, false orders per 1,000 non-claims.
    for (const lang of languagesOf(scored)) {
      const part_ = scored.filter((s) => s.line.lang === lang);
      const hasQuestions = part_.some((s) => s.line.expect.intent === 'question');
      results.push(
        { name: `intent.${part}.${lang}.macro_f1`, value: round(macroF1(part_)), unit: 'F1', target: '>= 0.97', ...measured },
        {
          name: `intent.${part}.${lang}.intent_accuracy`,
          value: round(intentAccuracy(part_)),
          unit: 'share',
          target: '>= 0.95',
          ...measured,
        },
        { name: `intent.${part}.${lang}.order_exact`, value: round(orderExactness(part_)), unit: 'share', target: '>= 0.95', ...measured },
        ...(hasQuestions
          ? [
              {
                name: `intent.${part}.${lang}.topic_accuracy`,
                value: round(topicAccuracy(part_)),
                unit: 'share',
                target: '>= 0.85',
                ...measured,
              },
            ]
          : []),
        {
          name: `intent.${part}.${lang}.false_orders_per_1000`,
          value: round(falseOrders(part_).per1000),
          unit: 'per 1,000 non-claims',
          target: '<= 5',
          ...measured,
        },
      );
    }
  }
  return results;
}
