import type { Order } from '../../../shared/contract';
import type { CatalogView } from './catalog-view';
import { classify, type OptionValues } from './intent';

/**
 * The options a buyer named in a claim that still needs details, read again
 * from the claim's message (the engine is deterministic): the moderator's
 * one-click completion starts from them. Orders without a message give none.
 */
export function requestedOptions(order: Order, catalog: CatalogView): OptionValues {
  if (order.variantId !== null || !order.messageText) return {};
  const result = classify(order.messageText, catalog.get().index, { featuredCode: order.productCode });
  if (result.intent !== 'order') return {};
  const items = result.items ?? [{ code: result.code, options: result.options, quantity: result.quantity ?? 1 }];
  const mine = items.find((i) => i.code?.toLocaleLowerCase('und') === order.productCode.toLocaleLowerCase('und'));
  return mine?.options ?? {};
}
