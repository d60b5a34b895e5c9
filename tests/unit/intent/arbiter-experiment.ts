// Issue 17 experiment: leave-one-author-set-out evaluation of a learned arbiter beside the rules.
// Train the model on three development sets, score the fourth: rules alone vs rules + arbiter.
//   npx tsx tests/unit/intent/arbiter-experiment.ts [--sweep]
// Never reads heldout-4 (the lead scores it once).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  classify,
  LOW_CONFIDENCE,
  type CatalogProductLike,
  type ClassifyResult,
  type Intent,
  type Topic,
} from '../../../electron/core/commerce/intent';
import {
  CORPUS_DIR,
  falseOrders,
  intentAccuracy,
  loadCatalogIndex,
  loadCorpus,
  macroF1,
  orderExact,
  orderExactness,
  topicAccuracy,
  type CorpusLine,
  type Scored,
} from './corpus';
import {
  arbitrate,
  DEFAULT_POLICY,
  features,
  MODEL_INTENTS,
  MODEL_TOPICS,
  SparseLogReg,
  vocabularyOf,
  type ArbiterPolicy,
} from './arbiter-model';

const SETS = [
  ['tuning', 'tuning', 'catalog.json'],
  ['heldout', 'heldout', 'catalog.json'],
  ['heldout2', 'heldout-2/heldout', 'heldout-2/catalog.json'],
  ['heldout3', 'heldout-3/heldout', 'heldout-3/catalog.json'],
] as const;

interface Row {
  set: string;
  line: CorpusLine;
  rules: ClassifyResult;
  feats: string[];
}

const rows: Row[] = [];
for (const [set, file, catalog] of SETS) {
  const index = loadCatalogIndex(catalog);
  const products = (JSON.parse(readFileSync(path.join(CORPUS_DIR, catalog), 'utf8')) as { products: CatalogProductLike[] }).products;
  const vocab = vocabularyOf(products);
  for (const line of loadCorpus(file)) {
    const rules = classify(line.text, index, { featuredCode: line.featured });
    rows.push({ set, line, rules, feats: features(line.text, vocab, rules) });
  }
}

const score = (part: readonly Row[], got: (r: Row) => ClassifyResult): Scored[] =>
  part.map((r) => {
    const g = got(r);
    return { line: r.line, got: g, orderExact: r.line.expect.intent === 'order' ? orderExact(r.line.expect, g) : null };
  });

const summary = (s: Scored[]) => {
  const f = falseOrders(s);
  const langs = [...new Set(s.map((x) => x.line.lang))]
    .map((l) => `${l} ${intentAccuracy(s.filter((x) => x.line.lang === l)).toFixed(3)}`)
    .join(', ');
  return {
    f1: macroF1(s),
    text: `F1 ${macroF1(s).toFixed(3)} | exact ${orderExactness(s).toFixed(3)} | topics ${topicAccuracy(s).toFixed(3)} | false/1000 ${f.per1000.toFixed(1)} (${f.count}, held ${f.held}) | acc ${langs}`,
    falseOrders: f.count,
    held: f.held,
  };
};

function fold(test: string, policy: ArbiterPolicy) {
  const train = rows.filter((r) => r.set !== test);
  const intentModel = new SparseLogReg<Intent>(MODEL_INTENTS).train(train.map((r) => ({ feats: r.feats, label: r.line.expect.intent })));
  const topicModel = new SparseLogReg<Exclude<Topic, null>>(MODEL_TOPICS).train(
    train
      .filter((r) => r.line.expect.intent === 'question' && r.line.expect.topic)
      .map((r) => ({ feats: r.feats, label: r.line.expect.topic as Exclude<Topic, null> })),
  );
  const part = rows.filter((r) => r.set === test);
  const rules = summary(score(part, (r) => r.rules));
  const changes: string[] = [];
  const arbiterScored = score(part, (r) => {
    const got = arbitrate(r.rules, intentModel.predict(r.feats), () => topicModel.predict(r.feats).label, policy, LOW_CONFIDENCE);
    const gold = r.line.expect.intent;
    if (got.intent !== r.rules.intent)
      changes.push(`${got.intent === gold ? '+' : r.rules.intent === gold ? '-' : '~'} ${r.rules.intent}->${got.intent} (gold ${gold})`);
    else if (got.confidence !== r.rules.confidence)
      changes.push(`${gold === 'order' ? '-' : '+'} order held for a moderator (gold ${gold})`);
    return got;
  });
  const model = summary(
    score(part, (r) => {
      const p = intentModel.predict(r.feats);
      return { ...r.rules, intent: p.label };
    }),
  );
  return { rules, arbiter: summary(arbiterScored), modelAlone: model.f1, changes };
}

const sweep = process.argv.includes('--sweep');
const policies: [string, ArbiterPolicy][] = sweep
  ? [
      ['default', DEFAULT_POLICY],
      ['stricter (0.9/0.95)', { ...DEFAULT_POLICY, promoteQuestion: 0.9, demoteQuestion: 0.95, orderToQuestion: 0.95, holdOrder: 0.9 }],
      ['looser (0.7/0.8)', { ...DEFAULT_POLICY, promoteQuestion: 0.7, demoteQuestion: 0.8, orderToQuestion: 0.8, holdOrder: 0.7 }],
      ['default + cancel 0.9', { ...DEFAULT_POLICY, promoteCancel: 0.9 }],
    ]
  : [['default', DEFAULT_POLICY]];

for (const [name, policy] of policies) {
  console.log(`\n## policy ${name}: ${JSON.stringify(policy)}`);
  let wins = 0;
  let moreFalse = 0;
  for (const [test] of SETS) {
    const r = fold(test, policy);
    if (r.arbiter.f1 > r.rules.f1) wins++;
    if (r.arbiter.falseOrders > r.rules.falseOrders) moreFalse++;
    const tally = (c: string) => r.changes.filter((x) => x.startsWith(c)).length;
    console.log(`### left out: ${test} (n=${rows.filter((x) => x.set === test).length}; model alone F1 ${r.modelAlone.toFixed(3)})`);
    console.log(`  rules          ${r.rules.text}`);
    console.log(`  rules+arbiter  ${r.arbiter.text}`);
    console.log(`  arbiter changed ${r.changes.length}: ${tally('+')} fixed, ${tally('-')} broke, ${tally('~')} wrong either way`);
    const kinds = new Map<string, number>();
    for (const c of r.changes) kinds.set(c, (kinds.get(c) ?? 0) + 1);
    for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`    ${n} × ${k}`);
  }
  console.log(`GO/NO-GO: arbiter improves macro-F1 in ${wins}/${SETS.length} folds; raises false orders in ${moreFalse} folds`);
}
