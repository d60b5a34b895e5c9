import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  commands,
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

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
}

/**
 * An unexpected exception: the whole error (a raw SQLite message, a stack) goes to the log only,
 * under a fresh reference; the client gets that reference and nothing about how the core is built.
 */
export function internalError(error: unknown, command: string, log: Log | undefined): { code: 'internal'; message: string } {
  const ref = randomBytes(6).toString('hex');
  log?.error({ err: error, command, ref }, 'command failed');
  return { code: 'internal', message: `Internal error (ref ${ref})` };
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
    return { ok: false, error: { code: 'unknown_command', message: `No command named ${JSON.stringify(name)}.` } };
  }
  const key = name as CommandName;
  const def = commands[key];
  if (!(def.roles as readonly Role[]).includes(ctx.role)) {
    return { ok: false, error: { code: 'forbidden', message: `The ${ctx.role} role may not use ${key}.` } };
  }
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Invalid input for ${key}.`, issues: issuesOf(parsed.error) },
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
        error: {
          code: 'internal',
          message: `${key} replied outside its contract: ${first ? `${first.path}: ${first.message}` : 'invalid result'}`,
          issues,
        },
      };
    }
  }
  return { ok: true, result };
}
