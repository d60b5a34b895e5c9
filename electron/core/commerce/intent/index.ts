/**
 * Intent engine: chat message -> order / cancel / question / other, with product, options,
 * quantity and topic. Pure TypeScript, no I/O; the rules are data in `rules/<lang>.json`.
 *
 *   const index = buildCatalogIndex(products, { extraRules });   // once per catalog / settings change
 *   classify('biorę A12 M czerwona', index, { featuredCode: 'A12' });
 */
export { classify, namedInMessage } from './classify';
export { LOW_CONFIDENCE, REASON_TEXT, reasonText } from './confidence';
export { exampleKey, exampleText, type LearnedExample } from './learning';
export { unreadWords } from './learn';
export { addressesBuyer, isHesitation, looksLikeConfirmation } from './confirm';
export { buildCatalogIndex } from './catalog-index';
export type { CatalogIndex, CatalogIndexOptions } from './catalog-index';
export { BUILT_IN_RULES, mergeRules, sellerRules } from './rules';
export type { IntentRuleSet, IntentRuleExtension, RejectedRule } from './rules';
export type * from './types';
