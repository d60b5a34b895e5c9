import type { ClassifyResult } from '../../../electron/core/commerce/intent';

/** What an order test compares of a parse: its intent, code, options and quantity (not confidence or reasons). */
export const pick = (r: ClassifyResult) => ({ intent: r.intent, code: r.code, options: r.options, quantity: r.quantity });

/** The parse an order test expects, in `pick`'s shape. */
export const order = (code: string | null, options: Record<string, string> = {}, quantity = 1) => ({
  intent: 'order',
  code,
  options,
  quantity,
});
