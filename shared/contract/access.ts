import { z } from 'zod';
import { ALL_ROLES, command, HOST_ONLY, IdSchema, RoleSchema, TimestampSchema } from './define';

export const AccessTokenInfoSchema = z.object({
  id: IdSchema,
  role: RoleSchema,
  actor: z.string(),
  label: z.string(),
  createdAt: TimestampSchema,
  lastUsedAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});

/** Access for co-moderators and overlays: the token value is shown once, in the invite's URL. */
export const accessCommands = {
  'access.whoami': command({
    summary: "The caller's own role and name: a window shows only the controls its token may use.",
    input: z.object({}).strict(),
    output: z.object({ role: RoleSchema, actor: z.string() }),
    roles: ALL_ROLES,
  }),
  'access.list': command({
    summary: 'Every access token (never their values).',
    input: z.object({}).strict(),
    output: z.array(AccessTokenInfoSchema),
    roles: HOST_ONLY,
  }),
  'access.invite': command({
    summary: 'A new co-moderator (or overlay) link; the token is in the URL and is not stored in clear.',
    input: z
      .object({ role: z.enum(['moderator', 'overlay']), actor: z.string().trim().min(1).max(60), label: z.string().max(120).default('') })
      .strict(),
    // fingerprint: SHA-256 of the studio's certificate when the link is https (LAN access), for the invitee to compare.
    output: z.object({ id: IdSchema, url: z.string(), fingerprint: z.string().nullable() }),
    roles: HOST_ONLY,
  }),
  'access.revoke': command({
    summary: 'Revoke a token: its sockets are disconnected at once and it is refused from then on.',
    input: z.object({ id: IdSchema }).strict(),
    output: z.object({ revoked: z.boolean() }),
    roles: HOST_ONLY,
  }),
} as const;
