import { z } from 'zod';
import { command, event, ALL_ROLES, TimestampSchema } from './define';

export const ConnectionStateSchema = z.enum([
  'disabled', // not configured
  'disconnected',
  'ended', // finished by itself, nothing to fix: a replay at its end, a broadcast that went offline
  'connecting',
  'connected',
  'reconnecting',
  'failed', // will not retry by itself (e.g. wrong password): detail says why
]);
export type ConnectionState = z.infer<typeof ConnectionStateSchema>;

export const ChatSourceStatusSchema = z.object({
  id: z.string(),
  platform: z.string(),
  channel: z.string(),
  state: ConnectionStateSchema,
  since: TimestampSchema,
  detail: z.string().nullable(),
});

export const StudioStatusSchema = z.object({
  core: z.object({
    version: z.string(),
    startedAt: TimestampSchema,
    schemaVersion: z.number().int(),
    clients: z.number().int().nonnegative(),
  }),
  obs: z.object({
    state: ConnectionStateSchema,
    since: TimestampSchema,
    detail: z.string().nullable(),
    programScene: z.string().nullable(),
  }),
  chat: z.array(ChatSourceStatusSchema),
});
export type StudioStatus = z.infer<typeof StudioStatusSchema>;

export const statusCommands = {
  'status.get': command({
    summary: 'Core, OBS and chat sources, now.',
    input: z.object({}).strict(),
    output: StudioStatusSchema,
    roles: ALL_ROLES,
  }),
} as const;

export const statusEvents = {
  'status.changed': event({
    summary: 'Any part of the studio status changed.',
    payload: StudioStatusSchema,
    roles: ALL_ROLES,
  }),
} as const;
