export interface BenchResult {
  /** Dotted name from the issue, e.g. `catalog.import_10k_variants`. */
  name: string;
  value: number;
  unit: string;
  /** The same work done by the raw tool (a bare better-sqlite3 insert, a bare socket.io emit) in the same run. */
  floor?: number;
  /** value / floor (or floor / value for rates), as the file explains. */
  ratio?: number;
  /** The target, e.g. "< 2000" or ">= 50000". */
  target?: string;
  /** Which clock timed it, e.g. "performance.now() in the benchmark process". */
  clock: string;
  /** The event the measurement starts at and the one it ends at. */
  start: string;
  end: string;
}

export type Bench = () => Promise<BenchResult[]>;
