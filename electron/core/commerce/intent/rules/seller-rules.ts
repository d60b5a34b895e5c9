import { LanguageSchema } from '../../../../../shared/contract/define';
import { IntentRuleExtensionSchema } from '../../../../../shared/contract/settings';
import { compileRules } from '../compile-rules';
import type { IntentRuleExtension } from './rule-set';
import { emptyRuleSet, mergeRules } from './rule-set';

/** A seller rule the engine left out, and why. */
export interface RejectedRule {
  language: string;
  reason: string;
}

/**
 * The seller's extra intent words (`{ pl: { claim: [...] } }`) as rule extensions, each language
 * checked on its own: the schema first, then a trial compile. settings.update refuses a bad one,
 * but the stored value may come from anywhere (a hand-edited file, an older build), and one bad
 * language must never stop claims from becoming orders: it is left out and reported.
 */
export function sellerRules(raw: unknown): { rules: IntentRuleExtension[]; rejected: RejectedRule[] } {
  const rules: IntentRuleExtension[] = [];
  const rejected: RejectedRule[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) rejected.push({ language: '*', reason: 'not an object of languages' });
    return { rules, rejected };
  }
  for (const [language, value] of Object.entries(raw)) {
    if (!LanguageSchema.safeParse(language).success) {
      rejected.push({ language, reason: 'unknown language' });
      continue;
    }
    const parsed = IntentRuleExtensionSchema.safeParse(value);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      rejected.push({ language, reason: `${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}` });
      continue;
    }
    const rule: IntentRuleExtension = { ...parsed.data, language };
    try {
      compileRules(mergeRules([emptyRuleSet(language)], [rule]));
    } catch (error) {
      rejected.push({ language, reason: `does not compile: ${(error as Error).message}` });
      continue;
    }
    rules.push(rule);
  }
  return { rules, rejected };
}
