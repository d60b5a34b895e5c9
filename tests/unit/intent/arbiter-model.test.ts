// The issue-17 arbiter experiment's model and policy (not adopted: see ARBITER-EXPERIMENT.md).
import { describe, expect, it } from 'vitest';
import type { ClassifyResult, Intent } from '../../../electron/core/commerce/intent';
import { arbitrate, DEFAULT_POLICY, features, placeholderWords, SparseLogReg, vocabularyOf } from './arbiter-model';

const vocab = vocabularyOf([{ code: 'A12', optionNames: ['Size', 'Color'], variants: [{ options: ['M', 'Navy Blue'] }] }]);
const rules = (intent: Intent, confidence = 0.9, extra: Partial<ClassifyResult> = {}): ClassifyResult => ({
  intent,
  code: intent === 'order' ? 'A12' : null,
  options: intent === 'order' ? { Size: 'M' } : {},
  quantity: intent === 'order' ? 1 : null,
  topic: intent === 'question' ? 'price' : null,
  confidence,
  reason: 'rules',
  reasons: { grounds: [], doubts: [] },
  ...extra,
});
const sure = (label: Intent, p = 0.97) => ({
  label,
  p,
  probs: { order: 0, cancel: 0, question: 0, other: 0, [label]: p } as Record<Intent, number>,
});

describe('arbiter experiment', () => {
  it('replaces codes, option values and numbers by placeholders', () => {
    expect(placeholderWords('A12 navy M x2?', vocab)).toEqual(['⟨C⟩', '⟨V⟩', '⟨V⟩', 'x2?']);
    expect(placeholderWords('a12 3', vocab)).toEqual(['⟨C⟩', '⟨N⟩']);
  });

  it('learns a separable toy set', () => {
    const data = [
      ...['how much', 'how much is it', 'what price', 'how much A12'].map((t) => ({ label: 'question' as Intent, t })),
      ...['sold', 'sold A12 M', 'I take it', 'take A12'].map((t) => ({ label: 'order' as Intent, t })),
      ...['hello all', 'nice show', 'hi from Krakow', 'love it'].map((t) => ({ label: 'other' as Intent, t })),
    ];
    const model = new SparseLogReg<Intent>(['order', 'cancel', 'question', 'other']).train(
      data.map((d) => ({ feats: features(d.t, vocab, null), label: d.label })),
      { epochs: 30 },
    );
    expect(model.predict(features('how much is A12', vocab, null)).label).toBe('question');
    expect(model.predict(features('sold M', vocab, null)).label).toBe('order');
    expect(model.predict(features('hello show', vocab, null)).label).toBe('other');
  });

  it('never creates an order the rules did not parse', () => {
    for (const intent of ['other', 'question', 'cancel'] as const)
      expect(arbitrate(rules(intent, 0.3), sure('order', 1), () => 'price', DEFAULT_POLICY, 0.6).intent).toBe(intent);
  });

  it('turns an unsure other into a question and says so; holds a low-confidence order the model reads as chat', () => {
    const q = arbitrate(rules('other', 0.5), sure('question', 0.93), () => 'shipping', DEFAULT_POLICY, 0.6);
    expect(q).toMatchObject({ intent: 'question', topic: 'shipping', quantity: null });
    expect(q.reason).toContain('model: question 0.93');
    const held = arbitrate(rules('order', 0.65), sure('other', 0.9), () => 'price', DEFAULT_POLICY, 0.6);
    expect(held).toMatchObject({ intent: 'order', code: 'A12', options: { Size: 'M' } });
    expect(held.confidence).toBeLessThan(0.6);
    expect(arbitrate(rules('order', 0.95), sure('other', 0.99), () => 'price', DEFAULT_POLICY, 0.6).confidence).toBe(0.95);
  });

  it("leaves the shop's learned examples alone", () => {
    const learned = rules('other', 0.99, { reasons: { grounds: [{ code: 'learned' }], doubts: [] } });
    expect(arbitrate(learned, sure('question', 0.99), () => 'price', DEFAULT_POLICY, 0.6)).toBe(learned);
  });
});
