import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/twitch');

/** Lines of a fixture file, without terminators, empty lines dropped. */
export function fixtureLines(name: string): string[] {
  return fs
    .readFileSync(path.join(FIXTURES, name), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
}
