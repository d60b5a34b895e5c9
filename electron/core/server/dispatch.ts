import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  commands,
  keyedError,
  StudioError,
  type CommandName,
  type CommandOutput,
  type CommandParsedInput,
  type CommandReply,
  type Role,
} from '../../../shared/contract';
import { contractIssues } from '../contract-check';
import type { Log } from '../log';

/** Who is calling: taken from the access token on connect, never from the client's input. */
export interface CallContext {
  role: Role;
  actor: string;
  tokenId: number;
}

export type Handler<K extends CommandName> = (
  input: CommandParsedInput<K>,
  ctx: CallContext,
) => CommandOutput<K> | Promise<CommandOutput<K>>;

/** One handler per contract command: the type checker refuses a missing one. */
export type Handlers = { [K in CommandName]: Handler<K> };

/** The handlers of one contract domain (a file of shared/contract/), e.g. `HandlersOf<typeof catalogCommands>`. */
export type HandlersOf<Commands> = { [K in keyof Commands & CommandName]: Handler<K> };

export interface DispatchOptions {
  log?: Log;
  /**
   * Parse every result with the command's `output` schema before it leaves the core, so a drift
   * between core and contract fails a test (the test runners turn it on; it costs a parse per reply).
   */
  checkOutputs?: boolean;
}

/** The values a window needs to word a zod issue itself: its bounds, the expected type, the allowed options. */
function issueParams(i: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const raw = i as unknown as Record<string, unknown>;
  for (const name of ['origin', 'expected', 'minimum', 'maximum', 'format', 'divisor']) {
    const v = raw[name];
    if (typeof v === 'string' || typeof v === 'number') params[name] = v;
    else if (typeof v === 'bigint') params[name] = Number(v);
  }
  if (Array.isArray(raw.values)) params.values = raw.values.map(String).join(', ');
  if (Array.isArray(raw.keys)) params.keys = raw.keys.map(String).join(', ');
  if (raw.inclusive === false) params.exclusive = 1;
  return params;
}

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message, code: i.code, params: issueParams(i) }));
}

/**
 * An unexpected exception: the whole error (a raw SQLite message, a stack) goes to the log only,
 * under a fresh reference; the client gets that reference and nothing about how the core is built.
 */
export function internalError(error: unknown, command: string, log: Log | undefined): { code: 'internal'; message: string } {
  const ref = randomBytes(6).toString('hex');
  log?.error({ err: error, command, ref }, 'command failed');
  return keyedError('internal', 'internalRef', { ref }) as { code: 'internal'; message: string };
}

/**
 * Runs one command for one caller: the name must exist, the role must be
 * allowed, the input must parse. Every failure becomes a typed error.
 */
export async function dispatchCommand(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  ctx: CallContext,
  options: DispatchOptions = {},
): Promise<CommandReply<unknown>> {
  const { log, checkOutputs = false } = options;
  if (typeof name !== 'string' || !Object.hasOwn(commands, name)) {
    return { ok: false, error: keyedError('unknown_command', 'unknownCommand', { name: JSON.stringify(name) ?? 'undefined' }) };
  }
  const key = name as CommandName;
  const def = commands[key];
  if (!(def.roles as readonly Role[]).includes(ctx.role)) {
    return { ok: false, error: keyedError('forbidden', 'roleMayNotUse', { role: ctx.role, command: key }) };
  }
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: keyedError('invalid_input', 'invalidFor', { command: key }, issuesOf(parsed.error)),
    };
  }
  let result: unknown;
  try {
    const handler = handlers[key] as Handler<typeof key>;
    result = await handler(parsed.data as never, ctx);
  } catch (error) {
    if (error instanceof StudioError) return { ok: false, error: error.toJSON() };
    return { ok: false, error: internalError(error, key, log) };
  }
  if (checkOutputs) {
    // The result itself is sent, not the parsed copy: checking must not change what clients get.
    const issues = contractIssues(def.output, result, '(result)');
    if (issues.length > 0) {
      log?.error({ command: key, issues }, 'command result does not match its contract output');
      const first = issues[0];
      return {
        ok: false,
        error: keyedError(
          'internal',
          'repliedOutsideContract',
          { command: key, detail: first ? `${first.path}: ${first.message}` : 'invalid result' },
          issues,
        ),
      };
    }
  }
  return { ok: true, result };
}
