// The classify CLI as a user runs it: `node bin/studio.mjs classify --catalog …` as a child process, JSONL in and out.
import { describe, expect, it } from 'vitest';
import { runStudioCli } from '../../support/cli';

describe('studio classify', () => {
  it('reads JSONL messages and writes one JSONL result per message, a line’s featured overriding the flag', async () => {
    const input = [
      { id: 'a', text: 'biorę M biała', author: 'anna', platform: 'twitch' },
      { id: 'b', text: 'SOLD', featured: 'B3' },
      { id: 'c', text: 'A12 L blue and B7 x2' },
      { id: 'd', text: 'сколько стоит доставка?' },
      { id: 'e', text: 'sold my soul to this show lol' },
      { id: 'f', text: 'sold A21 M' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout, stderr } = await runStudioCli(
      ['classify', '--catalog', 'tests/fixtures/intent-corpus/catalog.json', '--featured', 'A12'],
      input,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // Every line carries the parse's confidence (0..1) and its reason; an unknown code makes a claim doubtful.
    for (const line of out) {
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
      expect(typeof line.reason).toBe('string');
    }
    expect(out[0]?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(out[5]).toMatchObject({ id: 'f', intent: 'order', code: 'A12', options: { Size: 'M' } });
    expect(out[5]?.confidence).toBeLessThan(0.6);
    expect(out[5]?.reason).toContain('unknown code a21');
    expect(out.slice(0, 5).map(({ confidence: _c, reason: _r, ...rest }) => rest)).toEqual([
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
    expect((await runStudioCli(['classify'], '')).code).toBe(2);
    const bad = await runStudioCli(
      ['classify', '--catalog', 'tests/fixtures/intent-corpus/catalog.json'],
      'not json\n{"id":1,"text":"A12 M"}\n',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 1');
    expect(JSON.parse(bad.stdout.trim())).toMatchObject({ id: 1, intent: 'order', code: 'A12', options: { Size: 'M' } });
  });
});
