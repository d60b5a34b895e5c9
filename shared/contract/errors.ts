import { z } from 'zod';
import { formatErrorMessage, type ErrorKey, type ErrorParams } from './error-messages';
import { keyedError } from './error-values';

/**
 * Every failure a client can see is one of these codes with a human message;
 * the UI translates the code and may show the message or the field issues.
 */
export const ErrorCodeSchema = z.enum([
  'unauthorized', // no token or a wrong/revoked one
  'forbidden', // the token's role may not do this
  'invalid_input', // failed the command's schema; see issues
  'unknown_command',
  'not_found',
  'conflict', // e.g. duplicate claim code, state does not allow it
  'unavailable', // e.g. OBS not connected
  'rate_limited', // this access sent too much at once; try again shortly
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

const ErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * A field's problem: its path and English message, and for a schema's own checks (zod) the issue's
 * code with its values (too_small with minimum and origin …), so a window words it in its language.
 */
export const ErrorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: ErrorParamsSchema.optional(),
});

export const StudioErrorSchema = z.object({
  code: ErrorCodeSchema,
  /** English, for the log and the CLI. */
  message: z.string(),
  /** The message's key in shared/contract/error-messages.ts (and i18n errors.core.<key>) and its values. */
  key: z.string().optional(),
  params: ErrorParamsSchema.optional(),
  issues: z.array(ErrorIssueSchema).optional(),
});
export type StudioErrorShape = z.infer<typeof StudioErrorSchema>;

export { keyedError };

/**
 * Thrown by core services; the server turns it into a StudioErrorShape for the client. Made with
 * `StudioError.of(code, key, params)`: every message has a key in error-messages.ts (a test walks
 * the core for `new StudioError` and refuses it).
 */
export class StudioError extends Error {
  private constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
    readonly key?: ErrorKey,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'StudioError';
  }
  static of(code: ErrorCode, key: ErrorKey, params?: ErrorParams, issues?: { path: string; message: string }[]): StudioError {
    return new StudioError(code, formatErrorMessage(key, params), issues, key, params);
  }
  toJSON(): StudioErrorShape {
    return keyedError(this.code, this.key!, this.params, this.issues);
  }
}

/** What every command's acknowledgement carries. */
export type CommandReply<T> = { ok: true; result: T } | { ok: false; error: StudioErrorShape };
