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

/** An order test's reading of a parse in one line: "Q61 Blue M ×2" (options in their names' order), else its intent. */
export function orderLine(r: ClassifyResult): string {
  if (r.intent !== 'order') return r.intent;
  const options = Object.keys(r.options)
    .sort()
    .map((k) => r.options[k]);
  return [r.code, ...options, `×${r.quantity}`].join(' ');
}
