import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runStudioCli } from '../../support/cli';
import { tempDir } from '../../support/temp-db';

const dataDir = tempDir('lss-default-db-');
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('--db defaults to the user data folder', () => {
  it('imports into and exports from <data>/studio.db when --db is not given', async () => {
    const env = { LSS_DATA_DIR: dataDir };
    const csv = path.resolve('tests/fixtures/shopify/boutique.csv');
    const imported = await runStudioCli(['import', '--no-images', csv], undefined, env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'studio.db'))).toBe(true);
    const exported = await runStudioCli(['export', '--what', 'catalog', '--format', 'shopify-csv'], undefined, env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('code:A12');
  });
});
