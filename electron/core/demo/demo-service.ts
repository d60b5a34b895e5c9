import fs from 'node:fs';
import path from 'node:path';
import { StudioError, type DemoStatus } from '../../../shared/contract';

/** What the seller's studio needs of a demo studio it started. */
export interface RunningDemo {
  hostUrl: string;
  overlayUrl: string;
  close(): Promise<void>;
}

export interface DemoServiceDeps {
  /** Set in the demo studio itself: the seller's host window to go back to. Null in the seller's studio. */
  demoOf: { returnUrl: string | null } | null;
  /** The demo's own data folder (database, pictures, logs, secrets): never the seller's. */
  demoDir: string;
  /** Whether any show of the seller's went live (then it is no longer a first run). */
  hasRunAShow: () => boolean;
  /** Starts a studio on `demoDir`, seeded with the demo boutique, its show live and the recorded chat playing. */
  launch: (demoDir: string) => Promise<RunningDemo>;
  log: (level: 'info' | 'warn', message: string, data?: Record<string, unknown>) => void;
}

/**
 * "Start demo show": a second studio beside the seller's, on its own data folder, so the demo's
 * orders, buyers and stock never mix with the seller's shows. Each start begins from a fresh demo
 * database (the previous demo is closed and its folder removed).
 */
export class DemoService {
  private running: RunningDemo | null = null;
  private starting: Promise<{ hostUrl: string }> | null = null;

  constructor(private readonly deps: DemoServiceDeps) {}

  status(): DemoStatus {
    return {
      isDemo: this.deps.demoOf !== null,
      firstRun: this.deps.demoOf === null && !this.deps.hasRunAShow(),
      running: this.running !== null,
      returnUrl: this.deps.demoOf?.returnUrl ?? null,
    };
  }

  /** The running demo's host window (the Electron shell lets its window navigate there and back). */
  hostUrl(): string | null {
    return this.running?.hostUrl ?? null;
  }

  /** The running demo's overlay page. */
  overlayUrl(): string | null {
    return this.running?.overlayUrl ?? null;
  }

  start(): Promise<{ hostUrl: string }> {
    if (this.deps.demoOf) throw StudioError.of('conflict', 'thisIsTheDemoStudioAlready');
    // Two clicks start one demo.
    this.starting ??= this.restart().finally(() => (this.starting = null));
    return this.starting;
  }

  private async restart(): Promise<{ hostUrl: string }> {
    await this.close();
    fs.rmSync(this.deps.demoDir, { recursive: true, force: true });
    try {
      this.running = await this.deps.launch(this.deps.demoDir);
    } catch (error) {
      this.deps.log('warn', `demo: could not start: ${(error as Error).message}`);
      throw StudioError.of('unavailable', 'theDemoShowCouldNotStart', { error: (error as Error).message });
    }
    this.deps.log('info', 'demo show started', { demoDir: this.deps.demoDir });
    return { hostUrl: this.running.hostUrl };
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await running.close();
  }
}

/** The demo's data folder inside the seller's. */
export function demoDirOf(dataDir: string): string {
  return path.join(dataDir, 'demo');
}
