import type { IntentRuleSet } from './rule-set';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import kk from './kk.json';
import pl from './pl.json';
import ru from './ru.json';

/** The rule sets the studio ships with, one data file per language. */
export const BUILT_IN_RULES: readonly IntentRuleSet[] = [en, pl, ru, kk, es, de] as IntentRuleSet[];

export { mergeRules, emptyRuleSet } from './rule-set';
export type { IntentRuleSet, IntentRuleExtension } from './rule-set';
