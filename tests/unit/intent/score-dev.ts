// Scratch: score the development sets: tuning, heldout, heldout-2, heldout-3 (since round 5 of issue 17) heldout-4 (since round 6), heldout-5 (since round 7), heldout-6 (since round 8), heldout-7 (since round 9), heldout-8 (since round 10), heldout-9 (since round 11), heldout-10 (since round 12), heldout-11 (since round 13), heldout-12 (since round 14), heldout-13 (since round 15), heldout-14 (since round 16), heldout-15 (since round 17), heldout-16 (since round 18), heldout-17 (since round 19), heldout-18 (since round 20), heldout-19 (since round 21), heldout-20 (since round 22), heldout-21 (since round 23), heldout-22 (since round 24), heldout-23 (since round 25), heldout-24 (since round 26), heldout-25 (since round 27) heldout-26 (since round 28), heldout-27 (since round 29) and heldout-28 (since round 30).
// `-v` prints every miss, `--table` the per-language summary, `--id=PREFIX` only those lines, `--part=NAME` only that part,
// `--dump=FILE` writes each line's id and whether it reads right (intent, exactness, topic) as JSON, to compare before/after.
import { writeFileSync } from 'node:fs';
import {
  loadCatalogIndex,
  loadCorpus,
  macroF1,
  orderExactness,
  topicAccuracy,
  falseOrders,
  intentAccuracy,
  scoreCorpus,
  languagesOf,
  perLanguageSummary,
} from './corpus';
const verbose = process.argv.includes('-v');
const table = process.argv.includes('--table');
const onlyPart = process.argv.find((a) => a.startsWith('--part='))?.slice(7);
const only = process.argv.find((a) => a.startsWith('--id='))?.slice(5);
const dump = process.argv.find((a) => a.startsWith('--dump='))?.slice(7);
const right: Record<string, boolean> = {};
for (const [part, file, catalog] of [
  ['tuning', 'tuning', 'catalog.json'],
  ['heldout', 'heldout', 'catalog.json'],
  ['heldout2', 'heldout-2/heldout', 'heldout-2/catalog.json'],
  ['heldout3', 'heldout-3/heldout', 'heldout-3/catalog.json'],
  ['heldout4', 'heldout-4/heldout', 'heldout-4/catalog.json'],
  ['heldout5', 'heldout-5/heldout', 'heldout-5/catalog.json'],
  ['heldout6', 'heldout-6/heldout', 'heldout-6/catalog.json'],
  ['heldout7', 'heldout-7/heldout', 'heldout-7/catalog.json'],
  ['heldout8', 'heldout-8/heldout', 'heldout-8/catalog.json'],
  ['heldout9', 'heldout-9/heldout', 'heldout-9/catalog.json'],
  ['heldout10', 'heldout-10/heldout', 'heldout-10/catalog.json'],
  ['heldout11', 'heldout-11/heldout', 'heldout-11/catalog.json'],
  ['heldout12', 'heldout-12/heldout', 'heldout-12/catalog.json'],
  ['heldout13', 'heldout-13/heldout', 'heldout-13/catalog.json'],
  ['heldout14', 'heldout-14/heldout', 'heldout-14/catalog.json'],
  ['heldout15', 'heldout-15/heldout', 'heldout-15/catalog.json'],
  ['heldout16', 'heldout-16/heldout', 'heldout-16/catalog.json'],
  ['heldout17', 'heldout-17/heldout', 'heldout-17/catalog.json'],
  ['heldout18', 'heldout-18/heldout', 'heldout-18/catalog.json'],
  ['heldout19', 'heldout-19/heldout', 'heldout-19/catalog.json'],
  ['heldout20', 'heldout-20/heldout', 'heldout-20/catalog.json'],
  ['heldout21', 'heldout-21/heldout', 'heldout-21/catalog.json'],
  ['heldout22', 'heldout-22/heldout', 'heldout-22/catalog.json'],
  ['heldout23', 'heldout-23/heldout', 'heldout-23/catalog.json'],
  ['heldout24', 'heldout-24/heldout', 'heldout-24/catalog.json'],
  ['heldout25', 'heldout-25/heldout', 'heldout-25/catalog.json'],
  ['heldout26', 'heldout-26/heldout', 'heldout-26/catalog.json'],
  ['heldout27', 'heldout-27/heldout', 'heldout-27/catalog.json'],
  ['heldout28', 'heldout-28/heldout', 'heldout-28/catalog.json'],
] as const) {
  if (onlyPart && onlyPart !== part) continue;
  const scored = scoreCorpus(loadCorpus(file as never), loadCatalogIndex(catalog));
  const f = falseOrders(scored);
  for (const s of scored) {
    const topicMiss = s.line.expect.intent === 'question' && s.got.intent === 'question' && s.got.topic !== s.line.expect.topic;
    right[`${part}:${s.line.id}`] = s.got.intent === s.line.expect.intent && s.orderExact !== false && !topicMiss;
  }
  const langs = languagesOf(scored)
    .map((l) => {
      const p = scored.filter((s) => s.line.lang === l);
      return `${l}:${intentAccuracy(p).toFixed(3)}`;
    })
    .join(' ');
  console.log(
    `${part}: n=${scored.length} F1 ${macroF1(scored).toFixed(3)} exact ${orderExactness(scored).toFixed(3)} topics ${topicAccuracy(scored).toFixed(3)} false/1000 ${f.per1000.toFixed(1)} acc ${langs}`,
  );
  if (table) console.table(perLanguageSummary(scored));
  if (verbose)
    for (const s of scored) {
      if (only && !s.line.id.startsWith(only)) continue;
      const topicMiss = s.line.expect.intent === 'question' && s.got.intent === 'question' && s.got.topic !== s.line.expect.topic;
      if (s.got.intent !== s.line.expect.intent || s.orderExact === false || topicMiss)
        console.log(
          `  ${s.line.id} ${JSON.stringify(s.line.text)} want ${s.line.expect.intent}/${JSON.stringify(s.line.expect.options)}/${s.line.expect.topic} got ${s.got.intent} ${s.got.code} ${JSON.stringify(s.got.options)} q${s.got.quantity} ${s.got.topic} ${s.got.items ? JSON.stringify(s.got.items) : ''}`,
        );
    }
}
if (dump) writeFileSync(dump, JSON.stringify(right, null, 0));
