import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, NOW, tableNames } from './helpers';

describe('migration 0004 settings-tokens', () => {
  it('adds settings and access tokens on top of version 3', () => {
    const db = dbAt(3);
    migrate(db, undefined, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['settings', 'access_tokens']));
  });

  it('accepts only the three roles and a named actor', () => {
    const db = dbAt(4);
    const insert = db.prepare('INSERT INTO access_tokens (token_hash, role, actor, created_at) VALUES (?, ?, ?, ?)');
    insert.run('h1', 'moderator', 'Ola', NOW);
    expect(() => insert.run('h2', 'admin', 'Ola', NOW)).toThrow(/CHECK/);
    expect(() => insert.run('h3', 'host', '  ', NOW)).toThrow(/CHECK/);
    expect(() => insert.run('h1', 'host', 'Dup', NOW)).toThrow(/UNIQUE/);
  });
});
