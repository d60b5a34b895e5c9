import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IrcLineSplitter } from '../../../electron/core/chat/twitch/line-splitter';
import { fixtureLines } from './fixtures';

function collect(chunks: Buffer[]): string[] {
  const lines: string[] = [];
  const splitter = new IrcLineSplitter((l) => lines.push(l));
  for (const c of chunks) splitter.push(c);
  return lines;
}

// Real lines (tags, emoji, ACTION's \x01) plus multi-byte text so a cut can land inside a UTF-8 character.
const burstLines = [
  ...fixtureLines('tmijs-event-lines.irc'),
  ...fixtureLines('project-clearmsg.irc'),
  '@id=m1;user-id=1 :a!a@a PRIVMSG #demoshop :Zamawiam A12 rozmiar Ł 👌 — дякую',
  '@id=m2;user-id=2 :b!b@b PRIVMSG #demoshop :Қазақша тапсырыс 🧥🧥',
];
const burst = Buffer.from(burstLines.map((l) => `${l}\r\n`).join(''), 'utf8');

describe('IrcLineSplitter', () => {
  it('a burst split in two at every byte boundary, incl. between \\r and \\n, loses and merges nothing', () => {
    let crlfCuts = 0;
    for (let k = 1; k < burst.length; k++) {
      if (burst[k - 1] === 0x0d && burst[k] === 0x0a) crlfCuts++;
      const lines = collect([burst.subarray(0, k), burst.subarray(k)]);
      if (lines.length !== burstLines.length || lines.some((l, i) => l !== burstLines[i])) {
        expect.fail(`split at byte ${k} of ${burst.length} gave ${lines.length} lines, expected ${burstLines.length}`);
      }
    }
    expect(crlfCuts).toBe(burstLines.length);
  });

  it('one byte per chunk (every boundary at once) gives the same lines', () => {
    const chunks = Array.from({ length: burst.length }, (_, i) => burst.subarray(i, i + 1));
    expect(collect(chunks)).toEqual(burstLines);
  });

  it('the 300-line channel capture cut between every \\r and \\n arrives whole', () => {
    const lines = fixtureLines('channel-sample-300.irc');
    const bytes = Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8');
    const chunks: Buffer[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0d) {
        chunks.push(bytes.subarray(start, i + 1));
        start = i + 1;
      }
    }
    chunks.push(bytes.subarray(start));
    expect(collect(chunks)).toEqual(lines);
  });

  it('any random chunking gives the same lines (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: burst.length - 1 }), { maxLength: 40 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let prev = 0;
        for (const p of points) {
          chunks.push(burst.subarray(prev, p));
          prev = p;
        }
        chunks.push(burst.subarray(prev));
        expect(collect(chunks)).toEqual(burstLines);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts LF-only and CR-only terminators and skips empty lines', () => {
    expect(collect([Buffer.from('a\nb\rc\r\n\r\nd\n')])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops and reports a line longer than the limit, then carries on', () => {
    const lines: string[] = [];
    const overflows: number[] = [];
    const s = new IrcLineSplitter(
      (l) => lines.push(l),
      10,
      (n) => overflows.push(n),
    );
    s.push(Buffer.from('ok\r\n0123456789'));
    s.push(Buffer.from('abcdef'));
    s.push(Buffer.from('xyz\r\nnext\r\n'));
    expect(lines).toEqual(['ok', 'next']);
    expect(overflows.length).toBe(1);
  });
});
