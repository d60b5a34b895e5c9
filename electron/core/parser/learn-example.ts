import type { CatalogView, ProductView } from '../commerce/catalog-view';
import { optionsOf } from '../commerce/catalog-view';
import { classify, exampleText, unreadWords } from '../commerce/intent';
import type { Db } from '../store/db';
import { upsertIntentExample } from '../store/intent-examples';
import { getOrders, type OrderRow } from '../store/orders';

/**
 * Keeps a moderator's decision on a chat claim as a labelled example for this shop (issue 17): the
 * message, the product on screen when the message names none, and what it was (the variant and
 * quantity it was settled on, or "not an order"). Runs inside the caller's transaction; false when
 * the order has no chat message to learn from. `onlyUnread`: learn only from a message with words the
 * engine could not read (details a moderator completes for "sold" are that buyer's, not a reading of
 * "sold" for everyone after).
 */
export function learnFromDecision(
  db: Db,
  catalog: CatalogView,
  before: OrderRow,
  after: OrderRow,
  product: ProductView,
  actor: string,
  now: number,
  options: { onlyUnread?: boolean } = {},
): boolean {
  if (before.sourceMessageSeq === null) return false;
  const view = getOrders(db, [before.id])[0];
  const text = view?.messageText;
  if (!text) return false;
  if (options.onlyUnread && unreadWords(text, catalog.get().index).length === 0) return false;
  const normText = exampleText(text);
  if (!normText) return false;
  // A message that names its product means the same whatever is on screen; one that does not meant the product it was taken for.
  const written = classify(text, catalog.get().index, { featuredCode: null }).code;
  const featuredCode = written === null ? product.code : null;
  const variant = product.variants.find((v) => v.id === after.variantId);
  const isOrder = after.state !== 'cancelled';
  upsertIntentExample(db, {
    normText,
    featuredCode,
    text,
    intent: isOrder ? 'order' : 'other',
    code: isOrder ? product.code : null,
    options: isOrder && variant ? optionsOf(product, variant.options) : {},
    quantity: isOrder ? after.quantity : null,
    topic: null,
    language: view?.buyer.language ?? null,
    orderId: before.id,
    createdBy: actor,
    createdAt: now,
  });
  return true;
}
