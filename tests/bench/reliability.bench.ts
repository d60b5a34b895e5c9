/**
 * The reliability suite's long run (issue 18): the same files `npm test` runs short
 * (tests/integration/reliability/), with many more kills and fuzz runs. Each figure is the number
 * of failed tests of one file at its long setting (target 0), and says how long it ran.
 * LSS_RELIABILITY_SCALE multiplies the runs (default 1: 10 serving kills, 6 replay kills,
 * 300 fuzz runs per command and role, 200 garbage batches per connector).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from './types';

const SCALE = Number(process.env.LSS_RELIABILITY_SCALE ?? 1);
const scaled = (n: number) => Math.max(1, Math.round(n * SCALE));
const RUNS: { file: string; env: Record<string, string>; what: string }[] = [
  {
    file: 'kill-serving.test.ts',
    env: { LSS_KILL_ROUNDS: String(scaled(10)) },
    what: `${scaled(10)} SIGKILLs of a serving studio under 4 writing clients`,
  },
  { file: 'kill-replay.test.ts', env: { LSS_KILL_ROUNDS: String(scaled(6)) }, what: `${scaled(6)} SIGKILLs of a 6,000-line replay` },
  { file: 'contract-fuzz.test.ts', env: { LSS_FUZZ_RUNS: String(scaled(300)) }, what: `${scaled(300)} fuzzed calls per command and role` },
  { file: 'connector-fuzz.test.ts', env: { LSS_FUZZ_RUNS: String(scaled(200)) }, what: `${scaled(200)} garbage batches per connector` },
];

export default async function bench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const run of RUNS) {
    const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lss-reliability-')), 'report.json');
    const t0 = performance.now();
    spawnSync(
      process.execPath,
      [
        path.resolve('node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'integration',
        '--no-file-parallelism',
        `tests/integration/reliability/${run.file}`,
        '--reporter=json',
        `--outputFile=${report}`,
        '--testTimeout=1800000',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...run.env, LSS_FUZZ_SEED: String(Date.now() % 2 ** 31) } },
    );
    const seconds = Math.round((performance.now() - t0) / 1000);
    const parsed = fs.existsSync(report)
      ? (JSON.parse(fs.readFileSync(report, 'utf8')) as { numFailedTests: number; numPassedTests: number })
      : null;
    results.push({
      name: `reliability.${run.file.replace('.test.ts', '')}.failed`,
      value: parsed ? parsed.numFailedTests : 1,
      unit: 'failed tests',
      target: '< 1',
      clock: 'wall clock of the vitest run',
      start: `${run.what} (tests/integration/reliability/${run.file})`,
      end: `the run's end after ${seconds} s: ${parsed ? `${parsed.numPassedTests} passed` : 'no report (the run crashed)'}`,
    });
  }
  return results;
}
