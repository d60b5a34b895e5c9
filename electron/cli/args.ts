import { dataPaths, defaultDataDir } from '../core/paths';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

/** node's own parseArgs, with its errors turned into usage errors (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function parsePort(value: string | undefined, flag = '--port'): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`${flag} must be a port number (0-65535), got ${JSON.stringify(value)}`);
  return n;
}

/** `--db FILE`, or the studio's database in the user's data folder (the rule for every command). */
export function databaseFile(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? dataPaths(defaultDataDir(env)).db;
}
