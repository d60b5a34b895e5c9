// `npm run bench`: runs every tests/bench/*.bench.ts, one file at a time in its own process,
// and prints a table; `npm run bench -- --json` prints one JSON object per line instead.
// `npm run bench -- ingest` runs only the files whose name contains "ingest".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));
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
process.exit(failures > 0 ? 1 : 0);
