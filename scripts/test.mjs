// `npm test`: builds, then runs every runner — types + lint + format, vitest unit, vitest integration
// (real SQLite files, OBS, IRC server; one file at a time), Playwright e2e in Debian's Chromium —
// and ends with one line `N passed, N failed` summing them all. Exits non-zero on any failure.
//   npm test                 everything
//   npm test -- unit e2e     only the named runners (check, unit, integration, e2e)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const wanted = process.argv.slice(2);
const runs = (name) => wanted.length === 0 || wanted.includes(name);
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });

const totals = [];
function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return result.status ?? 1;
}

function vitestCounts(file) {
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0),
  };
}

function playwrightCounts(file) {
  if (!fs.existsSync(file)) return null;
  const { stats, errors = [] } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length, skipped: stats.skipped };
}

function record(name, status, counts) {
  // A runner that crashed before writing its report counts as one failure, never as zero tests.
  const c = counts ?? { passed: 0, failed: 1 };
  if (status !== 0 && c.failed === 0) c.failed = 1;
  totals.push({ name, ...c });
}

const build = run('build', process.execPath, [path.join(root, 'scripts/build.mjs')]);
if (build !== 0) record('build', build, null);

if (runs('check')) {
  const tsc = run('types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  record('types', tsc, tsc === 0 ? { passed: 1, failed: 0 } : null);
  const lint = run('lint', bin('eslint'), ['.']);
  record('lint', lint, lint === 0 ? { passed: 1, failed: 0 } : null);
  const format = run('format', bin('prettier'), ['--check', '.']);
  record('format', format, format === 0 ? { passed: 1, failed: 0 } : null);
  const audit = run('audit', process.execPath, [path.join(root, 'scripts/shell-audit.mjs')]);
  record('audit', audit, audit === 0 ? { passed: 1, failed: 0 } : null);
}

for (const project of ['unit', 'integration']) {
  if (!runs(project)) continue;
  const report = path.join(root, 'test-results', `${project}.json`);
  fs.rmSync(report, { force: true });
  const status = run(project, bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  record(project, status, vitestCounts(report));
}

if (runs('e2e')) {
  const report = path.join(root, 'test-results', 'e2e.json');
  fs.rmSync(report, { force: true });
  const status = run('e2e', bin('playwright'), ['test']);
  record('e2e', status, playwrightCounts(report));
}

console.log('\n=== summary');
for (const t of totals)
  console.log(`${t.name.padEnd(12)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`);
const passed = totals.reduce((n, t) => n + t.passed, 0);
const failed = totals.reduce((n, t) => n + t.failed, 0);
const skipped = totals.reduce((n, t) => n + (t.skipped ?? 0), 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
