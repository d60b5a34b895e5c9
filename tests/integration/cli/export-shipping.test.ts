// `studio export --what picklist|packing|shipping` and `studio import --what tracking` in their own
// processes on a real database file (the shipping harness's four carts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { PICK_LIST_COLUMNS } from '../../../electron/core/shipping';
import { openDatabase } from '../../../electron/core/store/db';
import { runStudioCli } from '../../support/cli';
import { shippingHarness, type ShippingHarness } from '../shipping/harness';

let h: ShippingHarness;
let out: string;
afterEach(() => {
  h?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/shipping', name), 'utf8');

describe('studio export --what picklist|packing|shipping, import --what tracking', () => {
  it('writes the pick list, the carriers’ sheets with what is missing on stderr, and one slip PDF per cart', async () => {
    h = shippingHarness();
    h.temp.db.close();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lss-ship-cli-'));
    const db = ['--db', h.temp.file];

    const pick = await runStudioCli(['export', ...db, '--what', 'picklist', '--format', 'csv']);
    expect(pick.code).toBe(0);
    const rows = parse(pick.stdout, { columns: true }) as Record<string, string>[];
    expect(pick.stdout.split('\n')[0]).toBe(PICK_LIST_COLUMNS.join(','));
    expect(rows.map((r) => [r.location, r.sku, r.options, r.quantity, r.carts])).toEqual([
      ['R2-S3', 'A12-M', 'M', '2', 'C000001, C000004'],
      ['R2-S3', 'A12-S', 'S', '3', 'C000002 x2, C000003'],
    ]);

    const inpost = await runStudioCli(['export', ...db, '--what', 'shipping', '--format', 'csv', '--preset', 'inpost']);
    expect(inpost.code).toBe(0);
    expect(inpost.stdout).toBe(fixture('inpost.csv'));
    expect(inpost.stderr).toContain('not in the sheet: C000004 (buyer3): missing locker, phone, email');
    const bad = await runStudioCli(['export', ...db, '--what', 'shipping', '--preset', 'dhl']);
    expect(bad.code).toBe(2);

    const slips = await runStudioCli(['export', ...db, '--what', 'packing', '--format', 'pdf', '--size', '100x150', '--out', out]);
    expect(slips.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['C000001', 'C000002', 'C000003', 'C000004'].map((r) => `packing-slip-${r}-100x150.pdf`));
    const text = execFileSync('pdftotext', [path.join(out, 'packing-slip-C000002-100x150.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('C000002');
    expect(text).toContain('Jan Nowak');
    expect(text).toContain('ul. Długa 5/3');

    const pickPdf = await runStudioCli(['export', ...db, '--what', 'picklist', '--format', 'pdf', '--out', out]);
    expect(pickPdf.code).toBe(0);
    expect(fs.existsSync(path.join(out, `pick-list-show-${h.showId}.pdf`))).toBe(true);
  });

  it('imports tracking numbers: a dry run writes nothing, the import ships the matched carts', async () => {
    h = shippingHarness();
    h.temp.db.close();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lss-ship-cli-'));
    const csv = path.join(out, 'tracking.csv');
    fs.writeFileSync(csv, fixture('tracking-inpost.csv'));
    const dry = await runStudioCli(['import', '--db', h.temp.file, '--what', 'tracking', '--dry-run', csv]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Would ship 2 cart(s).');
    const run = await runStudioCli(['import', '--db', h.temp.file, '--what', 'tracking', csv]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('row 4  C999999  620000000000000000000003  unknown');
    expect(run.stdout).toContain('Shipped 2 cart(s).');
    const check = openDatabase({ file: h.temp.file });
    try {
      expect(check.prepare('SELECT id, tracking_number AS t FROM carts WHERE tracking_number IS NOT NULL ORDER BY id').all()).toEqual([
        { id: h.anna, t: '620000000000000000000001' },
        { id: h.jan, t: '620000000000000000000002' },
      ]);
    } finally {
      check.close();
    }
    const wrong = await runStudioCli(['import', '--db', h.temp.file, '--what', 'tracking', path.join(out, 'missing.csv')]);
    expect(wrong.code).toBe(1);
  });
});
