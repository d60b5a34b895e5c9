// `studio export --what chat --format jsonl`: one ChatMessage per line as the contract defines it,
// and a file that `studio listen --replay` takes back without loss (the round trip of a show's chat).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChatMessageSchema } from '../../../shared/contract';
import { openDatabase } from '../../../electron/core/store/db';
import { tempDir } from '../../support/temp-db';
import { runStudioCli } from '../../support/cli';

const dir = tempDir('lss-export-chat-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('studio export --what chat', () => {
  it('writes one contract ChatMessage per line, which replays into another database unchanged', async () => {
    const at = Date.now() - 60_000;
    const recording = path.join(dir, 'recording.jsonl');
    const lines = [
      {
        platform: 'twitch',
        platformMessageId: 't-1',
        channel: '#demoshop',
        author: { platformUserId: '42', name: 'Anna', badges: ['subscriber'] },
        text: 'SOLD A12 M',
        receivedAt: at,
        sentAt: at,
      },
      {
        platform: 'youtube',
        platformMessageId: 'y-1',
        channel: 'live',
        author: { platformUserId: 'UC1', name: 'Ола', badges: [] },
        text: '<b>маған А12 М керек</b>',
        receivedAt: at + 1,
        sentAt: at + 1,
        paid: { amountMinor: 2000, currency: 'PLN' },
      },
      {
        platform: 'twitch',
        platformMessageId: 't-2',
        channel: '#demoshop',
        author: { platformUserId: '43', name: 'Bartek' },
        text: 'waves',
        isAction: true,
        receivedAt: at + 2,
        sentAt: at + 2,
      },
    ];
    fs.writeFileSync(recording, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const first = path.join(dir, 'first.db');
    const listened = await runStudioCli(['listen', '--db', first, '--replay', recording, '--speed', 'max']);
    expect(listened.stderr).toContain('recording into a new live show');
    expect(listened.code).toBe(0);

    const exported = await runStudioCli(['export', '--db', first, '--what', 'chat', '--format', 'jsonl', '--show', 'last']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const rows = exported.stdout
      .trim()
      .split('\n')
      .map((l) => ChatMessageSchema.parse(JSON.parse(l)));
    expect(rows.map((r) => r.platformMessageId)).toEqual(['t-1', 'y-1', 't-2']);
    expect(rows[1]).toMatchObject({
      text: '<b>маған А12 М керек</b>',
      paid: { amountMinor: 2000, currency: 'PLN' },
      author: { name: 'Ола' },
    });
    expect(rows[2]?.isAction).toBe(true);
    expect(rows[0]?.author.badges).toEqual(['subscriber']);

    // The export is itself a recording: replayed into a new database it gives the same chat.
    const file = path.join(dir, 'export.jsonl');
    fs.writeFileSync(file, exported.stdout);
    const second = path.join(dir, 'second.db');
    expect((await runStudioCli(['listen', '--db', second, '--replay', file, '--speed', 'max'])).code).toBe(0);
    const again = await runStudioCli(['export', '--db', second, '--what', 'chat', '--show', 'last']);
    const strip = (text: string) =>
      text
        .trim()
        .split('\n')
        .map((l) => {
          // seq, ids and the time of reception belong to the database that received it; the message itself must match.
          const { seq: _seq, showId: _show, buyerId: _buyer, receivedAt: _received, ...rest } = JSON.parse(l) as Record<string, unknown>;
          return rest;
        });
    expect(strip(again.stdout)).toEqual(strip(exported.stdout));

    // Usage and refusal: an unknown show, a wrong format.
    expect((await runStudioCli(['export', '--db', first, '--what', 'chat', '--show', '999'])).code).toBe(1);
    expect((await runStudioCli(['export', '--db', first, '--what', 'chat', '--format', 'csv'])).code).toBe(2);
    const db = openDatabase({ file: first });
    expect((db.prepare('SELECT count(*) AS n FROM chat_messages').get() as { n: number }).n).toBe(3);
    db.close();
  });
});
