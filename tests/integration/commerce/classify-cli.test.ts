// The classify CLI as a user runs it: `node bin/studio.mjs classify --catalog …` as a child process, JSONL in and out.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function run(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/studio.mjs'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('studio classify', () => {
  it('reads JSONL messages and writes one JSONL result per message, a line’s featured overriding the flag', async () => {
    const input = [
      { id: 'a', text: 'biorę M biała', author: 'anna', platform: 'twitch' },
      { id: 'b', text: 'SOLD', featured: 'B3' },
      { id: 'c', text: 'A12 L blue and B7 x2' },
      { id: 'd', text: 'сколько стоит доставка?' },
      { id: 'e', text: 'sold my soul to this show lol' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout, stderr } = await run(['classify', '--catalog', 'tests/fixtures/intent-corpus/catalog.json', '--featured', 'A12'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toEqual([
      { id: 'a', intent: 'order', code: 'A12', options: { Size: 'M', Color: 'White' }, quantity: 1, topic: null },
      { id: 'b', intent: 'order', code: 'B3', options: {}, quantity: 1, topic: null },
      {
        id: 'c',
        intent: 'order',
        code: 'A12',
        options: { Size: 'L', Color: 'Blue' },
        quantity: 1,
        topic: null,
        items: [
          { code: 'A12', options: { Size: 'L', Color: 'Blue' }, quantity: 1 },
          { code: 'B7', options: {}, quantity: 2 },
        ],
      },
      { id: 'd', intent: 'question', code: 'A12', options: {}, quantity: null, topic: 'shipping' },
      { id: 'e', intent: 'other', code: null, options: {}, quantity: null, topic: null },
    ]);
  });

  it('refuses to run without a catalog (usage, exit 2) and reports unreadable lines (exit 1)', async () => {
    expect((await run(['classify'], '')).code).toBe(2);
    const bad = await run(['classify', '--catalog', 'tests/fixtures/intent-corpus/catalog.json'], 'not json\n{"id":1,"text":"A12 M"}\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 1');
    expect(JSON.parse(bad.stdout.trim())).toMatchObject({ id: 1, intent: 'order', code: 'A12', options: { Size: 'M' } });
  });
});
