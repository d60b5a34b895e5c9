const CR = 0x0d;
const LF = 0x0a;

/**
 * Splits an IRC byte stream into lines. Works on bytes, not strings, so a
 * multi-byte UTF-8 character cut by a TCP chunk is decoded whole, and treats
 * CR, LF and CRLF alike as terminators (empty lines are skipped): a chunk that
 * ends between `\r` and `\n` can neither glue two lines together nor lose one
 * (the defect recorded in @twurple's splitter).
 */
export class IrcLineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly onLine: (line: string) => void,
    /** Longer lines are dropped and reported, so a peer that never sends a newline cannot exhaust memory. */
    private readonly maxLineBytes = 64 * 1024,
    private readonly onOverflow: (bytes: number) => void = () => {},
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b !== LF && b !== CR) continue;
      this.emit(chunk, start, i);
      start = i + 1;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  /** Bytes held for a line that has not ended yet. */
  get buffered(): number {
    return this.pendingBytes;
  }

  reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }

  private emit(chunk: Buffer, start: number, end: number): void {
    if (this.pendingBytes === 0) {
      if (end > start) this.onLine(chunk.toString('utf8', start, end));
      return;
    }
    const overflowed = this.pendingBytes < 0;
    const parts = end > start ? [...this.pending, chunk.subarray(start, end)] : this.pending;
    const total = this.pendingBytes + (end - start);
    this.reset();
    if (overflowed) return;
    if (total > this.maxLineBytes) {
      this.onOverflow(total);
      return;
    }
    this.onLine(Buffer.concat(parts, total).toString('utf8'));
  }

  private keep(part: Buffer): void {
    if (this.pendingBytes < 0) return; // discarding the rest of an overlong line
    // Copy: the socket may reuse the chunk's memory.
    this.pending.push(Buffer.from(part));
    this.pendingBytes += part.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.onOverflow(this.pendingBytes);
      this.pending = [];
      this.pendingBytes = -1;
    }
  }
}
