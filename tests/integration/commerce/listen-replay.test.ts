// Recovery from a recorded chat with the real CLI as a child process: `studio listen --db F --replay
// CHAT.jsonl --speed max` takes the recording's orders exactly as live (feature events resolve
// "this one"), and running it a second time changes nothing.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/core/demo/seed';
import { openDatabase } from '../../../electron/core/store/db';
import { setShowState } from '../../../electron/core/store/shows';
import { recordedFeature, recordedMessage } from '../../support/chat-recording';
import { tempDir } from '../../support/temp-db';
import { ROOT, runStudioCli } from '../../support/cli';

const dir = tempDir('lss-listen-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('studio listen --replay', () => {
  it('takes the orders of a recording into a show, and a second run changes nothing', async () => {
    const dbFile = path.join(dir, 'studio.db');
    const db = openDatabase({ file: dbFile });
    seedDemo(db, { resourcesDir: path.join(ROOT, 'resources'), imagesDir: path.join(dir, 'images') }, Date.now());
    const showId = (db.prepare('SELECT id FROM shows').get() as { id: number }).id;
    // The recording is of a live show: a draft's claims would be a rehearsal's test orders.
    setShowState(db, showId, 'live', Date.now());
    db.close();

    const t0 = Date.now() - 3_600_000;
    const msg = (id: string, user: string, text: string, at: number) => recordedMessage('youtube', id, user, text, at);
    const recording = path.join(dir, 'chat.jsonl');
    fs.writeFileSync(
      recording,
      [
        recordedFeature('B3', t0),
        msg('y1', 'ola', 'biorę XL', t0 + 1_000),
        msg('y2', 'ivan', 'беру L', t0 + 2_000),
        msg('y3', 'anna', 'L please', t0 + 3_000), // B3 L had 1: waitlisted
        recordedFeature('C1', t0 + 4_000),
        msg('y4', 'aigerim', 'осы аламын', t0 + 5_000),
        msg('y5', 'pedro', '¿cuánto cuesta el envío?', t0 + 6_000),
        msg('y6', 'ivan', 'отмена B3', t0 + 7_000), // ivan cancels: anna is promoted
      ].join('\n') + '\n',
    );

    const first = await runStudioCli(['listen', '--db', dbFile, '--show', String(showId), '--replay', recording, '--speed', 'max']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('messages: 6 received, 6 stored, 0 already stored');
    expect(first.stdout).toContain('orders: 4 new');
    const snapshot = () => {
      const check = new Database(dbFile, { readonly: true });
      try {
        return {
          orders: check
            .prepare(
              `SELECT p.code, v.option1, b.display_name AS buyer, o.state, o.unit_price_minor AS price
               FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id JOIN buyers b ON b.id = o.buyer_id ORDER BY o.id`,
            )
            .all(),
          stock: check.prepare('SELECT id, stock FROM variants ORDER BY id').all(),
          events: check.prepare('SELECT count(*) AS n FROM order_events').get(),
          questions: check.prepare('SELECT topic, language FROM questions').all(),
          features: check.prepare(`SELECT count(*) AS n FROM show_events WHERE type = 'feature'`).get(),
        };
      } finally {
        check.close();
      }
    };
    const after = snapshot();
    expect(after.orders).toEqual([
      { code: 'B3', option1: 'XL', buyer: 'ola', state: 'claimed', price: 17900 },
      { code: 'B3', option1: 'L', buyer: 'ivan', state: 'cancelled', price: 17900 },
      { code: 'B3', option1: 'L', buyer: 'anna', state: 'claimed', price: 17900 },
      { code: 'C1', option1: null, buyer: 'aigerim', state: 'claimed', price: 32900 },
    ]);
    expect(after.questions).toEqual([{ topic: 'shipping', language: 'es' }]);

    const second = await runStudioCli(['listen', '--db', dbFile, '--show', String(showId), '--replay', recording, '--speed', 'max']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('messages: 6 received, 0 stored, 6 already stored');
    expect(second.stdout).toContain('orders: 0 new');
    expect(snapshot()).toEqual(after);
  });
});
