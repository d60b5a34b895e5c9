/** `studio import` and `studio export` as a user runs them: real processes, a real database file. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/db';
import { tempDir } from '../../support/temp-db';

const studioBin = path.resolve('bin/studio.mjs');
const fixture = (name: string) => path.resolve('tests/fixtures/shopify', name);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const studio = (...args: string[]) => spawnSync(process.execPath, [studioBin, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('studio import / export', () => {
  it('imports, refuses a bad file with its row errors (exit 1, nothing written), exports both formats', () => {
    const dir = tempDir('lss-cli-catalog-');
    dirs.push(dir);
    const db = path.join(dir, 'studio.db');

    const good = studio('import', '--db', db, '--no-images', fixture('boutique.csv'));
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('Imported boutique.csv (Shopify CSV): 4 added, 0 updated, 0 unchanged.');
    expect(good.stdout).toContain('added    A12    sukienka-w-kwiaty  "Sukienka w kwiaty, lniana"  4 variant(s), 10 in stock');
    // The local picture next to the CSV was copied into the data folder.
    expect(fs.readdirSync(path.join(dir, 'images')).filter((f) => f.endsWith('.png'))).toHaveLength(1);

    const bad = studio('import', '--db', db, fixture('bad-rows.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n').slice(0, 3)).toEqual([
      'studio import: refused bad-rows.csv: 6 problem(s); nothing was imported.',
      '  row 3 (Variant Inventory Qty): must not be negative (-2)',
      '  row 4 (Variant Price): must not be negative (-5.00)',
    ]);
    const notCsv = studio('import', '--db', db, fixture('not-a-csv.csv'));
    expect(notCsv.status).toBe(1);
    expect(notCsv.stderr).toMatch(/it is a ZIP archive or an Excel \.xlsx workbook/);
    const check = openDatabase({ file: db });
    expect((check.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n).toBe(4);
    check.close();

    const dry = studio('import', '--db', db, '--dry-run', '--no-images', fixture('reimport.csv'));
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Would import reimport\.csv \(Shopify CSV\): 1 added, 1 updated, 1 unchanged\./);
    expect(dry.stdout).toContain('stock M / Czerwony: 5 -> 8');

    const csv = studio('export', '--db', db, '--what', 'catalog', '--format', 'shopify-csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^Handle,Title,Body \(HTML\),Vendor,/);
    const out = path.join(dir, 'backup.json');
    const json = studio('export', '--db', db, '--what', 'catalog', '--format', 'json', '--out', out);
    expect(json.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).products).toHaveLength(4);

    expect(studio('export', '--db', db, '--what', 'nonsense').status).toBe(2);
    expect(studio('export', '--db', db, '--what', 'catalog', '--format', 'xlsx').stderr).toMatch(
      /--what catalog takes --format shopify-csv or json/,
    );
    expect(studio('import', '--db', db).status).toBe(2);
  });
});
