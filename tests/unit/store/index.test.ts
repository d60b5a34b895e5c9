// store/index.ts is the one place a reader sees every database function: it must stay complete.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as store from '../../../electron/core/store';

const storeDir = path.resolve(__dirname, '../../../electron/core/store');
// The statement cache and its raw reads are the modules' own tools: SQL text stays inside them.
const internal = new Set(['prepared', 'allRows']);

describe('store/index.ts', () => {
  const modules = fs.readdirSync(storeDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it.each(modules)('lists every function %s exports', async (file) => {
    const mod = (await import(path.join(storeDir, file))) as Record<string, unknown>;
    const functions = Object.keys(mod).filter((name) => typeof mod[name] === 'function' && !internal.has(name));
    expect(functions.filter((name) => !(name in store))).toEqual([]);
  });
});
