import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShowReportSchema } from '../../../shared/contract';
import { runStudioCli } from '../../support/cli';
import { seedReportFixture, T0, type ReportFixture } from '../../support/report-fixture';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

function pdftotext(file: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext failed (install poppler-utils: bash scripts/install.sh): ${String(error)}`);
  }
}

// `studio report` as a user runs it, on a database file with the report fixture (tests/support/report-fixture.ts).
describe('studio report', () => {
  let temp: TempDatabase;
  let fixture: ReportFixture;
  beforeAll(() => {
    temp = tempDatabase();
    fixture = seedReportFixture(temp.db);
    temp.db.close();
  });
  afterAll(() => temp.remove());

  it('--format json (the default) for --show last: the stable interface with the fixture’s figures', async () => {
    const r = await runStudioCli(['report', '--db', temp.file, '--show', 'last']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = ShowReportSchema.parse(JSON.parse(r.stdout));
    expect(report.show.id).toBe(fixture.showId);
    expect(report.show.from).toBe(T0);
    expect(report.revenueMinor).toBe(59_700);
    expect(report.orderLines).toBe(4);
    expect(report.units).toBe(6);
    expect(report.buyers).toBe(2);
    expect(report.carts).toBe(2);
    expect(report.chatters).toBe(4);
    expect(report.questions).toMatchObject({ asked: 6, answered: 3, unanswered: 2, medianResponseMs: 45_000, p90ResponseMs: 150_000 });
    expect(report.perProduct.map((p) => p.code)).toEqual(['R12', 'R7']);
    expect(report.perMinute).toHaveLength(11);
  });

  it('--format html: one page, chat text escaped, in Polish', async () => {
    const out = path.join(temp.dir, 'report.html');
    const r = await runStudioCli([
      'report',
      '--db',
      temp.file,
      '--show',
      String(fixture.showId),
      '--format',
      'html',
      '--lang',
      'pl',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('Raport z transmisji');
    expect(html).toContain('597,00');
    expect(html).not.toMatch(/<script/i);
  });

  it('--format pdf in Kazakh reads back with its figures', async () => {
    const out = path.join(temp.dir, 'report.pdf');
    const r = await runStudioCli(['report', '--db', temp.file, '--format', 'pdf', '--lang', 'kk', '--out', out]);
    expect(r.code).toBe(0);
    const text = pdftotext(out);
    expect(text).toContain('Эфир есебі: Friday linen');
    expect(text).toContain('597,00');
    expect(text).toContain('how much is shipping?');
    expect(text).toContain('Earlier show');
  });

  it('refuses bad flags (exit 2) and an unknown show (exit 1)', async () => {
    expect((await runStudioCli(['report', '--db', temp.file, '--format', 'xml'])).code).toBe(2);
    expect((await runStudioCli(['report', '--db', temp.file, '--format', 'pdf'])).code).toBe(2);
    const missing = await runStudioCli(['report', '--db', temp.file, '--show', '999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No show 999');
  });
});
