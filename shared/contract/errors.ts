import { z } from 'zod';

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

export const ErrorIssueSchema = z.object({ path: z.string(), message: z.string() });

export const StudioErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  issues: z.array(ErrorIssueSchema).optional(),
});
export type StudioErrorShape = z.infer<typeof StudioErrorSchema>;

/** Thrown by core services; the server turns it into a StudioErrorShape for the client. */
export class StudioError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'StudioError';
  }
  toJSON(): StudioErrorShape {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** What every command's acknowledgement carries. */
export type CommandReply<T> = { ok: true; result: T } | { ok: false; error: StudioErrorShape };
