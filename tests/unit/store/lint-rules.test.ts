// The store's lint rules (eslint.config.js) say what they claim: SQL only under electron/core/store/,
// and a stock UPDATE only in store/stock.ts. Run on snippets placed at the paths they guard.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });
async function restricted(code: string, filePath: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  // The lines with a finding (a call with SQL in it is found twice: the call and the text).
  return [...new Set(result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line))];
}

const outside = `import type { Db } from '../store/db';
import { prepared } from '../store/sql';
export function f(db: Db, otherDb: Db) {
  db.prepare('SELECT 1');
  otherDb.exec('BEGIN');
  db.transaction(() => 1);
  const sql = \`
    UPDATE shows SET title = ? WHERE id = ?\`;
  return [sql, 'DELETE FROM orders', /a(b)/.exec('ab'), 'Select a product', prepared];
}
`;

describe('store lint rules', () => {
  it('refuse SQL, statements, transactions and prepared() outside the store, and not RegExp#exec or prose', async () => {
    expect(await restricted(outside, 'electron/core/commerce/example.ts')).toEqual([2, 4, 5, 6, 7, 9]);
    expect(await restricted(outside, 'electron/cli/example.ts')).toEqual([2, 4, 5, 6, 7, 9]);
  }, 30_000);

  it('allow SQL inside the store and in tests', async () => {
    expect(await restricted(outside, 'electron/core/store/example.ts')).toEqual([]);
    expect(await restricted(outside, 'tests/unit/example.test.ts')).toEqual([]);
  }, 30_000);

  it('refuse a stock UPDATE in a store module other than stock.ts', async () => {
    const code = "export const take = 'UPDATE variants SET stock = stock - ? WHERE id = ?';\n";
    expect(await restricted(code, 'electron/core/store/example.ts')).toEqual([1]);
    expect(await restricted(code, 'electron/core/store/stock.ts')).toEqual([]);
  }, 30_000);
});
