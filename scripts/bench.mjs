// `npm run bench`: runs every tests/bench/*.bench.ts, one file at a time in its own process,
// and prints a table; `npm run bench -- --json` prints one JSON object per line instead.
// `npm run bench -- ingest` runs only the files whose name contains "ingest".
// A full run (no filter) also writes BENCHMARKS.md: every figure with its floor, ratio and target,
// whether it met the target, the machine and the date (`--report` writes it after a filtered run too).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));
const writeReport = filters.length === 0 || args.includes('--report');
const failedFiles = [];
const dir = path.join(root, 'tests', 'bench');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const MARK = 'BENCH_RESULTS ';
const results = [];
let failures = 0;
for (const file of files) {
  const code = `const m = await import(${JSON.stringify(path.join(dir, file))}); const r = await m.default(); console.log(${JSON.stringify(MARK)} + JSON.stringify(r)); process.exit(0);`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (run.status !== 0 || !line) {
    failures++;
    failedFiles.push(file);
    process.stderr.write(`bench: ${file} failed (exit ${run.status})\n${run.stdout.slice(-2000)}\n`);
    continue;
  }
  for (const r of JSON.parse(line.slice(MARK.length))) {
    results.push({ file, ...r });
    if (json) {
      const { name, value, unit, floor, ratio } = r;
      console.log(
        JSON.stringify({ name, value, unit, ...(floor !== undefined ? { floor } : {}), ...(ratio !== undefined ? { ratio } : {}) }),
      );
    }
  }
}

if (!json) {
  const fmt = (n) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));
  const rows = results.map((r) => [
    r.name,
    fmt(r.value),
    r.unit,
    fmt(r.floor),
    fmt(r.ratio),
    r.target ?? '',
    `${r.start} → ${r.end} (${r.clock})`,
  ]);
  const head = ['name', 'value', 'unit', 'floor', 'ratio', 'target', 'measured from → to (clock)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
/** "< 300", "<= 1", ">= 0.20", "> 5": whether value meets it; null when there is no target or it cannot be read. */
function meets(value, target) {
  const m = /^\s*(<=|>=|<|>)\s*([\d.]+)/.exec(target ?? '');
  if (!m) return null;
  const t = Number(m[2]);
  return { '<': value < t, '<=': value <= t, '>': value > t, '>=': value >= t }[m[1]];
}

if (writeReport) {
  const cpus = os.cpus();
  const cell = (v) => String(v ?? '').replaceAll('|', '\\|');
  const num = (n) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 3 : 1));
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\`${filters.length ? ` (files matching ${filters.join(', ')})` : ''} on ${new Date().toISOString()}.`,
    '',
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.versions.node}.`,
    '',
    'Each figure names what it times (`from → to`) and the clock; `floor` is the same work done by the raw tool in the same run, `ratio` as the bench file defines it.',
    '',
    '| file | figure | value | unit | floor | ratio | target | met | measured from → to (clock) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) => {
      const ok = meets(r.value, r.target);
      return `| ${cell(r.file)} | ${cell(r.name)} | ${num(r.value)} | ${cell(r.unit)} | ${num(r.floor)} | ${num(r.ratio)} | ${cell(r.target)} | ${ok === null ? '' : ok ? 'yes' : '**no**'} | ${cell(`${r.start} → ${r.end} (${r.clock})`)} |`;
    }),
    '',
    failedFiles.length ? `Bench files that failed to run: ${failedFiles.join(', ')}.` : 'Every bench file ran.',
    '',
  ];
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
  if (!json) console.log(`\nwrote BENCHMARKS.md (${results.length} figures)`);
}
process.exit(failures > 0 ? 1 : 0);
