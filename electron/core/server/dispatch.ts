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

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
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
  log?: Log,
): Promise<CommandReply<unknown>> {
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
  try {
    const handler = handlers[key] as Handler<typeof key>;
    const result = await handler(parsed.data as never, ctx);
    return { ok: true, result };
  } catch (error) {
    if (error instanceof StudioError) return { ok: false, error: error.toJSON() };
    log?.error({ err: error, command: key }, 'command failed');
    return { ok: false, error: { code: 'internal', message: `${key} failed: ${(error as Error).message}` } };
  }
}
