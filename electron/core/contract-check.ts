import type { z } from 'zod';

/** Whether outputs are checked by default: the test runners set LSS_CHECK_OUTPUTS=1; the shipped studio never does. */
export const outputsCheckedByEnv = (): boolean => process.env.LSS_CHECK_OUTPUTS === '1';

/** One way a value differs from its contract schema. */
export interface ContractIssue {
  path: string;
  message: string;
}

/**
 * Checks a value the core is about to send against its contract schema: what the schema
 * refuses, and keys it does not know (zod strips those silently, so a client typed from the
 * contract would never see them: a drift too). Used only when outputs are checked (tests).
 */
export function contractIssues(schema: z.ZodType, value: unknown, root: string): ContractIssue[] {
  const checked = schema.safeParse(value);
  if (!checked.success) {
    return checked.error.issues.map((i) => ({ path: i.path.map(String).join('.') || root, message: i.message }));
  }
  return unknownKeys(value, checked.data, []).map((path) => ({
    path: path.join('.') || root,
    message: 'not in the contract (zod would strip it)',
  }));
}

function unknownKeys(sent: unknown, parsed: unknown, at: string[]): string[][] {
  if (Array.isArray(sent) && Array.isArray(parsed)) return sent.flatMap((item, i) => unknownKeys(item, parsed[i], [...at, String(i)]));
  if (!isPlainObject(sent) || !isPlainObject(parsed)) return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    if (value === undefined) return []; // never reaches a client
    if (!Object.hasOwn(parsed, key)) return [[...at, key]];
    return unknownKeys(value, parsed[key], [...at, key]);
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
