import type { Db } from '../store/db';
import { insertOrder, recentSameClaim } from '../store/orders';
import { shopCurrency } from '../store/shop';
import { resolveVariant, type ProductView } from './catalog-view';
import { DEDUPE_WINDOW_MS } from './claims';
import type { Effects } from './effects';
import type { ClassifyResult, OptionValues } from './intent';

/**
 * A claim the parser was not sure of (confidence below LOW_CONFIDENCE) never takes stock silently:
 * it becomes a `held` order (hold reason `low_confidence`) with the parse in its note, and waits for a
 * moderator (parser.review: accept, fix, not an order). It takes no stock, but its units are kept
 * for it: later claims of the variant do not take them (store/orders.ts holdStockInTurn), so it
 * keeps its first-come place for the last units.
 */
export interface ReviewHoldRequest {
  showId: number | null;
  buyerId: number;
  product: ProductView;
  options: OptionValues;
  quantity: number;
  at: number;
  actor: string;
  messageSeq: number;
  parse: Pick<ClassifyResult, 'confidence' | 'reason' | 'reasons'>;
}

export function holdForReview(db: Db, request: ReviewHoldRequest, effects: Effects): { kind: 'held' | 'duplicate'; orderId: number } {
  const { product } = request;
  const variantId = resolveVariant(product, request.options)?.id ?? null;
  const same = recentSameClaim(db, request.buyerId, product.id, variantId, request.quantity, request.at - DEDUPE_WINDOW_MS);
  if (same) return { kind: 'duplicate', orderId: same.id };
  const orderId = insertOrder(
    db,
    {
      showId: request.showId,
      buyerId: request.buyerId,
      productId: product.id,
      variantId,
      quantity: request.quantity,
      unitPriceMinor: null,
      currency: shopCurrency(db),
      isDeal: false,
      state: 'held',
      holdReason: 'low_confidence',
      source: 'chat',
      sourceMessageSeq: request.messageSeq,
      note: reviewNote(request.parse),
    },
    request.actor,
    'low confidence: held for a moderator',
    request.at,
  );
  effects.orders.add(orderId);
  return { kind: 'held', orderId };
}

/**
 * The parse as the review shows it: "parse 0.45: claim word, code written; unknown code A21", then on a
 * second line the same reason as codes ("reasons {...}") that the panel shows in the moderator's language.
 */
export const reviewNote = (parse: Pick<ClassifyResult, 'confidence' | 'reason' | 'reasons'>): string =>
  `parse ${parse.confidence.toFixed(2)}: ${parse.reason}` + (parse.reasons ? `\nreasons ${JSON.stringify(parse.reasons)}` : '');
