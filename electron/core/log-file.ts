import fs from 'node:fs';

export interface LogRotation {
  /** studio.log rolls over once the next line would take it past this size. */
  maxBytes: number;
  /** Files kept, the current one included: studio.log, studio.log.1 … studio.log.<files-1>; the oldest is dropped. */
  files: number;
}

/** Open log files, written out once more when the process exits (a line logged just before is not lost). */
const open = new Set<RotatingLogFile>();
let exitHook = false;

/**
 * The studio log's destination for pino: lines are gathered and written synchronously once per
 * turn of the event loop (or at 64 KiB), and the file is rotated by size at line boundaries, so
 * a flood of refused connections can fill at most `files × maxBytes`. The file is its owner's
 * only (0600), rotated copies keep that mode.
 */
export class RotatingLogFile {
  private fd: number;
  private size: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private scheduled = false;

  constructor(
    private readonly file: string,
    private readonly rotation: LogRotation,
  ) {
    this.fd = this.openFile();
    this.size = fs.fstatSync(this.fd).size;
    open.add(this);
    if (!exitHook) {
      exitHook = true;
      process.on('exit', () => {
        for (const f of open) f.flushSync();
      });
    }
  }

  write(line: string): boolean {
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= 64 * 1024) this.flushSync();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flushSync()).unref();
    }
    return true;
  }

  /** pino's logger.flush(cb) lands here. */
  flush(callback?: (error?: Error) => void): void {
    try {
      this.flushSync();
      callback?.();
    } catch (error) {
      callback?.(error as Error);
    }
  }

  flushSync(): void {
    this.scheduled = false;
    if (this.pending.length === 0 || this.fd < 0) return;
    const lines = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    let batch = '';
    let batchBytes = 0;
    for (const line of lines) {
      const bytes = Buffer.byteLength(line);
      if (this.size + batchBytes > 0 && this.size + batchBytes + bytes > this.rotation.maxBytes) {
        this.append(batch);
        batch = '';
        batchBytes = 0;
        this.rotate();
      }
      batch += line;
      batchBytes += bytes;
    }
    this.append(batch);
  }

  close(): void {
    this.flushSync();
    open.delete(this);
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }

  private append(text: string): void {
    if (!text) return;
    const buffer = Buffer.from(text);
    let offset = 0;
    while (offset < buffer.length) offset += fs.writeSync(this.fd, buffer, offset);
    this.size += buffer.length;
  }

  private rotate(): void {
    fs.closeSync(this.fd);
    for (let i = this.rotation.files - 1; i >= 1; i--) {
      const from = i === 1 ? this.file : `${this.file}.${i - 1}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${this.file}.${i}`);
    }
    if (this.rotation.files <= 1) fs.rmSync(this.file, { force: true });
    this.fd = this.openFile();
    this.size = 0;
  }

  private openFile(): number {
    const fd = fs.openSync(this.file, 'a', 0o600);
    // A file left by an older studio may be world-readable.
    fs.fchmodSync(fd, 0o600);
    return fd;
  }
}
