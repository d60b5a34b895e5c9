import { formatErrorMessage, type ErrorKey, type ErrorParams } from './error-messages';
import type { ErrorCode, StudioErrorShape } from './errors';

// keyedError without zod (as carts-values.ts): the renderer's client (renderer/lib/studio-client.ts)
// and message-size.ts make keyed errors, and importing errors.ts would load zod and build its schemas
// in the first script every window runs. errors.ts re-exports it; the types above are erased.

/** A keyed error's shape for the wire: its English message filled in, its key and values beside it. */
export function keyedError(code: ErrorCode, key: ErrorKey, params?: ErrorParams, issues?: StudioErrorShape['issues']): StudioErrorShape {
  return {
    code,
    message: formatErrorMessage(key, params),
    key,
    ...(params && Object.keys(params).length ? { params } : {}),
    ...(issues ? { issues } : {}),
  };
}
