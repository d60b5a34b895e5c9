// SIGKILL during a replay (issue 18's reliability suite): `studio listen --replay` of a long recorded
// chat (claims, waitlists, cancels, questions, feature changes) killed with SIGKILL at a random instant,
// then run again on the same file to the end. The result must be exactly what one uninterrupted run
// gives on a fresh copy: the same messages (none twice), the same orders in the same states at the same
// prices, the same stock, and a whole database.
// LSS_KILL_ROUNDS sets how many times the replay is killed before it is let finish (default 2).
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/core/demo/seed';
import { openDatabase } from '../../../electron/core/store/db';
import { stockInvariantViolations } from '../../../electron/core/store/stock';
import { recordedFeature, recordedMessage } from '../../support/chat-recording';
import { ROOT, runStudioCli, STUDIO_BIN } from '../../support/cli';
import { tempDir } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';

const ROUNDS = Number(process.env.LSS_KILL_ROUNDS ?? 2);
const MESSAGES = 6000;
const dir = tempDir('lss-kill-replay-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CODES = ['A12', 'A14', 'B3', 'B7', 'C1', 'D2', 'E4', 'E9', 'F1'];
const CLAIMS = ['SOLD', 'biorę', 'беру', 'мен аламын', 'mine', 'I’ll take it', 'SOLD {code}', '{code} please'];
const OTHER = ['ile kosztuje wysyłka?', 'what sizes?', 'hello from Almaty', 'piękne!', 'anuluj {code}', 'cancel'];

/** A deterministic recording: features every 200 lines, mostly claims from 1,500 viewers, some questions, chatter and cancels. */
function recording(): string {
  const t0 = Date.now() - 10 * 3_600_000;
  const lines: string[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const at = t0 + i * 250;
    const code = CODES[Math.floor(i / 200) % CODES.length]!;
    if (i % 200 === 0) lines.push(recordedFeature(code, at - 1));
    const pool = i % 5 === 4 ? OTHER : CLAIMS;
    const text = pool[(i * 7) % pool.length]!.replace('{code}', code);
    lines.push(recordedMessage(i % 3 ? 'twitch' : 'youtube', `m${i}`, `viewer${(i * 13) % 1500}`, text, at));
  }
  return `${lines.join('\n')}\n`;
}

function freshDatabase(name: string): { file: string; showId: number } {
  const file = path.join(dir, name);
  const db = openDatabase({ file });
  seedDemo(db, { resourcesDir: path.join(ROOT, 'resources'), imagesDir: path.join(dir, `${name}-images`) }, 1_700_000_000_000);
  const showId = (db.prepare('SELECT id FROM shows').get() as { id: number }).id;
  db.close();
  return { file, showId };
}

function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      messages: db
        .prepare('SELECT platform, platform_message_id AS id, text FROM chat_messages ORDER BY platform, platform_message_id')
        .all(),
      orders: db
        .prepare(
          `SELECT m.platform_message_id AS message, p.code, v.option1, v.option2, o.quantity, o.state, o.unit_price_minor AS price
             FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id
             LEFT JOIN chat_messages m ON m.seq = o.source_message_seq ORDER BY m.platform, m.platform_message_id, o.id`,
        )
        .all(),
      stock: db.prepare('SELECT sku, stock FROM variants ORDER BY id').all(),
      questions: db.prepare('SELECT count(*) AS n FROM questions').get(),
    };
  } finally {
    db.close();
  }
}

describe('a replay killed with SIGKILL and run again', () => {
  it('ends exactly where one uninterrupted run ends', async () => {
    const file = path.join(dir, 'chat.jsonl');
    fs.writeFileSync(file, recording());

    const clean = freshDatabase('clean.db');
    const once = await runStudioCli(['listen', '--db', clean.file, '--show', String(clean.showId), '--replay', file, '--speed', 'max']);
    expect(once.code, once.stderr).toBe(0);

    const killed = freshDatabase('killed.db');
    const args = [STUDIO_BIN, 'listen', '--db', killed.file, '--show', String(killed.showId), '--replay', file, '--speed', 'max'];
    const storedSoFar = () => {
      const db = new Database(killed.file, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM chat_messages').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const partial: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const before = storedSoFar();
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
      // Kill it once it has stored some more lines, at a random instant after that.
      await waitUntil(() => storedSoFar() > before + 50 || child.exitCode !== null, 'the replay to store lines');
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 150)));
      child.kill('SIGKILL');
      await waitUntil(() => child.exitCode !== null || child.signalCode !== null, 'the replay process gone');
      partial.push(storedSoFar());
    }
    // At least one kill landed in the middle of the recording.
    expect(
      partial.some((n) => n > 0 && n < MESSAGES),
      `stored after each kill: ${partial.join(', ')}`,
    ).toBe(true);
    const rest = await runStudioCli(args.slice(1));
    expect(rest.code, rest.stderr).toBe(0);

    const expected = snapshot(clean.file);
    const actual = snapshot(killed.file);
    expect(expected.messages).toHaveLength(MESSAGES);
    expect(actual.messages).toEqual(expected.messages);
    expect(actual.orders.length).toBeGreaterThan(100);
    expect(actual.orders).toEqual(expected.orders);
    expect(actual.stock).toEqual(expected.stock);
    expect(actual.questions).toEqual(expected.questions);
    const db = openDatabase({ file: killed.file });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(stockInvariantViolations(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
