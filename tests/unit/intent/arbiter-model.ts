// Issue 17 experiment: a small sparse text model (softmax logistic regression) used as an arbiter
// where the rule engine is unsure. No npm package fits (see README dependency notes): `natural`
// pulls database drivers, wink's classifier an English language model, ml-naivebayes dense matrices.
import type { CatalogProductLike, ClassifyResult, Intent, Topic } from '../../../electron/core/commerce/intent';

/** Placeholders: a catalog code, a catalog option value, a number. Single characters so char n-grams span them. */
const CODE = '\u27e8C\u27e9';
const VALUE = '\u27e8V\u27e9';
const NUM = '\u27e8N\u27e9';

export interface Vocabulary {
  codes: Set<string>;
  values: Set<string>;
}

export function vocabularyOf(products: readonly CatalogProductLike[]): Vocabulary {
  const codes = new Set<string>();
  const values = new Set<string>();
  for (const p of products) {
    codes.add(p.code.toLowerCase());
    for (const v of p.variants) for (const o of v.options) for (const w of o.toLowerCase().split(/\s+/)) values.add(w);
  }
  return { codes, values };
}

/** Lower-cased words with codes, option values and numbers replaced by placeholders. */
export function placeholderWords(text: string, vocab: Vocabulary): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}?!]+/u)
    .filter((w) => w !== '')
    .map((w) => {
      const bare = w.replace(/[?!]+$/u, '');
      const mark = w.slice(bare.length) ? ' ?' : '';
      if (vocab.codes.has(bare)) return CODE + mark;
      if (vocab.values.has(bare)) return VALUE + mark;
      if (/^\p{N}+$/u.test(bare)) return NUM + mark;
      return w;
    });
}

/** Sparse binary features: char 2–5-grams, word unigrams and bigrams, and the rules' own signals. */
export function features(text: string, vocab: Vocabulary, rules: ClassifyResult | null): string[] {
  const words = placeholderWords(text, vocab);
  const out = new Set<string>();
  const joined = ` ${words.join(' ')} `;
  const chars = [...joined];
  for (let n = 2; n <= 5; n++) for (let i = 0; i + n <= chars.length; i++) out.add(`c:${chars.slice(i, i + n).join('')}`);
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    if (i + 1 < words.length) out.add(`b:${words[i]} ${words[i + 1]}`);
  }
  if (/\?/.test(text)) out.add('qmark');
  if (rules) {
    out.add(`r:${rules.intent}`);
    out.add(`r:${rules.intent}:conf${Math.round(rules.confidence * 5)}`);
    if (rules.topic) out.add(`r:topic:${rules.topic}`);
    for (const g of rules.reasons?.grounds ?? []) out.add(`r:g:${g.code}`);
    for (const d of rules.reasons?.doubts ?? []) out.add(`r:d:${d.code}`);
  }
  out.add('bias');
  return [...out];
}

/** Softmax logistic regression on sparse binary features, trained by AdaGrad with L2. */
export class SparseLogReg<L extends string> {
  readonly weights = new Map<string, Float64Array>();
  constructor(readonly labels: readonly L[]) {}

  scores(feats: readonly string[]): number[] {
    const z = this.labels.map(() => 0);
    for (const f of feats) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + (w[k] ?? 0);
    }
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  }

  predict(feats: readonly string[]): { label: L; p: number; probs: Record<L, number> } {
    const s = this.scores(feats);
    let best = 0;
    for (let k = 1; k < s.length; k++) if ((s[k] ?? 0) > (s[best] ?? 0)) best = k;
    return {
      label: this.labels[best] as L,
      p: s[best] ?? 0,
      probs: Object.fromEntries(this.labels.map((l, k) => [l, s[k] ?? 0])) as Record<L, number>,
    };
  }

  train(samples: readonly { feats: string[]; label: L }[], { epochs = 15, rate = 0.5, l2 = 1e-4, seed = 1 } = {}): this {
    const K = this.labels.length;
    const g2 = new Map<string, Float64Array>();
    const order = samples.map((_, i) => i);
    let state = seed;
    const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        const swap = order[i] ?? i;
        order[i] = order[j] ?? j;
        order[j] = swap;
      }
      for (const i of order) {
        const sample = samples[i];
        if (!sample) continue;
        const { feats, label } = sample;
        const p = this.scores(feats);
        const y = this.labels.indexOf(label);
        for (const f of feats) {
          let w = this.weights.get(f);
          let g = g2.get(f);
          if (!w || !g) {
            w = new Float64Array(K);
            g = new Float64Array(K);
            this.weights.set(f, w);
            g2.set(f, g);
          }
          for (let k = 0; k < K; k++) {
            const wk = w[k] ?? 0;
            const grad = (p[k] ?? 0) - (k === y ? 1 : 0) + l2 * wk;
            const gk = (g[k] ?? 0) + grad * grad;
            g[k] = gk;
            w[k] = wk - (rate * grad) / Math.sqrt(gk + 1e-8);
          }
        }
      }
    }
    return this;
  }
}

export const MODEL_INTENTS: readonly Intent[] = ['order', 'cancel', 'question', 'other'];
export const MODEL_TOPICS: readonly Exclude<Topic, null>[] = ['price', 'size', 'stock', 'shipping', 'material', 'payment', 'other'];

export interface ArbiterPolicy {
  /** rules `other`, model question at least this sure → question. */
  promoteQuestion: number;
  /** rules `question`, model other at least this sure → other. */
  demoteQuestion: number;
  /** rules' low-confidence order, model question at least this sure → question. */
  orderToQuestion: number;
  /** rules' low-confidence order, model other at least this sure → held (confidence below LOW_CONFIDENCE). */
  holdOrder: number;
  /** rules `other`, model cancel at least this sure → cancel (no code unless the rules found one). Infinity: off. */
  promoteCancel: number;
}

export const DEFAULT_POLICY: ArbiterPolicy = {
  promoteQuestion: 0.8,
  demoteQuestion: 0.9,
  orderToQuestion: 0.9,
  holdOrder: 0.8,
  promoteCancel: Infinity,
};

/** The arbiter: the rules' reading, changed only where they are unsure and the model is sure. Never creates an order. */
export function arbitrate(
  rules: ClassifyResult,
  model: { label: Intent; p: number; probs: Record<Intent, number> },
  topic: () => Exclude<Topic, null>,
  policy: ArbiterPolicy,
  lowConfidence: number,
): ClassifyResult {
  if (rules.reasons?.grounds.some((g) => g.code === 'learned')) return rules;
  const pq = model.probs.question;
  const po = model.probs.other;
  const asQuestion = (): ClassifyResult => ({
    ...rules,
    intent: 'question',
    options: {},
    quantity: null,
    items: undefined,
    correction: undefined,
    topic: rules.topic ?? topic(),
    confidence: pq,
    reason: `${rules.reason}; model: question ${pq.toFixed(2)}`,
  });
  if (rules.intent === 'other' && pq >= policy.promoteQuestion) return asQuestion();
  if (rules.intent === 'other' && model.probs.cancel >= policy.promoteCancel)
    return {
      ...rules,
      intent: 'cancel',
      confidence: model.probs.cancel,
      reason: `${rules.reason}; model: cancel ${model.probs.cancel.toFixed(2)}`,
    };
  if (rules.intent === 'question' && po >= policy.demoteQuestion)
    return { ...rules, intent: 'other', topic: null, confidence: po, reason: `${rules.reason}; model: other ${po.toFixed(2)}` };
  if (rules.intent === 'order' && rules.confidence < lowConfidence + 0.15) {
    if (pq >= policy.orderToQuestion) return asQuestion();
    if (po >= policy.holdOrder)
      return {
        ...rules,
        confidence: Math.min(rules.confidence, lowConfidence - 0.01),
        reason: `${rules.reason}; model: other ${po.toFixed(2)}`,
      };
  }
  return rules;
}
