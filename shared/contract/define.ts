import { z } from 'zod';

/** Who a token speaks for. host: everything; moderator: questions, replies, orders, pins; overlay: read-only. */
export const RoleSchema = z.enum(['host', 'moderator', 'overlay']);
export type Role = z.infer<typeof RoleSchema>;

export interface CommandDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Roles allowed to call it. */
  roles: readonly Role[];
  summary: string;
}

export interface EventDef<P extends z.ZodType = z.ZodType> {
  payload: P;
  /** Roles whose sockets receive it. */
  roles: readonly Role[];
  summary: string;
}

export const command = <I extends z.ZodType, O extends z.ZodType>(def: CommandDef<I, O>) => def;
export const event = <P extends z.ZodType>(def: EventDef<P>) => def;

export const ALL_ROLES = ['host', 'moderator', 'overlay'] as const satisfies readonly Role[];
export const STAFF = ['host', 'moderator'] as const satisfies readonly Role[];
export const HOST_ONLY = ['host'] as const satisfies readonly Role[];

/** Shared building blocks. */
export const IdSchema = z.number().int().positive();
export const TimestampSchema = z.number().int().nonnegative().describe('UTC milliseconds');
export const MinorUnitsSchema = z.number().int().describe('integer minor units of the shop currency');
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as PLN');
export const LanguageSchema = z.enum(['en', 'pl', 'kk', 'ru', 'es', 'de']);
export type Language = z.infer<typeof LanguageSchema>;
export const Empty = z.object({}).strict();
