import type { IntentRuleSet } from './rule-set';
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

/** The rule sets the studio ships with, one data file per language. */
export const BUILT_IN_RULES: readonly IntentRuleSet[] = [en, pl, ru, kk, es, de] as IntentRuleSet[];

export { mergeRules, emptyRuleSet } from './rule-set';
export { sellerRules, type RejectedRule } from './seller-rules';
export type { IntentRuleSet, IntentRuleExtension } from './rule-set';

import productNouns from './product-nouns.json' with { type: 'json' };

/** Product nouns by an English concept, in every language ("mug": kubek, кружка, taza, Tasse…): a catalog title naming the concept makes them name that product. */
export const PRODUCT_NOUNS: Readonly<Record<string, readonly string[]>> = productNouns;
