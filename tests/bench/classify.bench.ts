// classify.throughput: messages per second through the intent engine on one core (this process's
// main thread), over the labelled corpus (held-out + tuning parts) repeated. The catalog index is
// built before timing starts, as the studio builds it once per catalog.
import { performance } from 'node:perf_hooks';
import { classify } from '../../electron/core/commerce/intent';
import { loadCatalogIndex, loadCorpus } from '../unit/intent/corpus';
import type { BenchResult } from './types';

const ROUNDS = 200;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export default async function bench(): Promise<BenchResult[]> {
  const index = loadCatalogIndex();
  const lines = [...loadCorpus('heldout'), ...loadCorpus('tuning')];
  const texts = lines.map((l) => l.text);
  const contexts = lines.map((l) => ({ featuredCode: l.featured }));

  // Warm up so the JIT has compiled the hot paths before the clock starts.
  for (let r = 0; r < 20; r++) for (let i = 0; i < texts.length; i++) classify(texts[i] as string, index, contexts[i]);

  // Five timed runs, the median reported: the machine's two cores are shared with other work.
  let sink = 0;
  const runsMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < texts.length; i++) sink += classify(texts[i] as string, index, contexts[i]).intent.length;
    }
    runsMs.push(performance.now() - start);
  }
  const ms = median(runsMs);
  const messages = ROUNDS * texts.length;

  // Floor: the least any text classifier does with a message — lowercase it and split it into words.
  const floorRunsMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let r = 0; r < ROUNDS; r++) for (const text of texts) sink += text.toLowerCase().split(/\s+/).length;
    floorRunsMs.push(performance.now() - start);
  }
  const floorMs = median(floorRunsMs);
  if (sink < 0) console.log(sink); // keeps the loops from being optimised away

  const value = Math.round(messages / (ms / 1000));
  const floor = Math.round(messages / (floorMs / 1000));
  return [
    {
      name: 'classify.throughput',
      value,
      unit: 'msg/s',
      floor,
      ratio: Math.round((floor / value) * 10) / 10,
      // Issue 17: at least 20,000 msg/s on one core, room for a heavier engine (the 50,000 of the first engine's issue
      // was set before the parser had to generalise; live chat needs far less).
      target: '>= 20000',
      clock: 'performance.now() in the benchmark process, one thread',
      start: `first classify() call of a run of ${messages} (${texts.length} corpus messages x ${ROUNDS}; median of ${RUNS} runs), index built and warmed up`,
      end: 'last classify() call of that run returned',
    },
  ];
}
