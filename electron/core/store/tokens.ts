import crypto from 'node:crypto';
import type { Role } from '../../../shared/contract';
import type { Db } from './db';
import { prepared } from './sql';
import { countAsBookkeeping } from './writes-seen';

export interface AccessToken {
  id: number;
  role: Role;
  actor: string;
  label: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes, URL-safe: goes into overlay URLs saved in OBS. */
function newTokenValue(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function createToken(db: Db, role: Role, actor: string, label: string, now: number): { id: number; token: string } {
  const token = newTokenValue();
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO access_tokens (token_hash, role, actor, label, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(hashToken(token), role, actor, label, now);
  return { id: Number(lastInsertRowid), token };
}

interface TokenRow {
  id: number;
  role: Role;
  actor: string;
  label: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

const toToken = (r: TokenRow): AccessToken => ({
  id: r.id,
  role: r.role,
  actor: r.actor,
  label: r.label,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** The token's identity if it exists and is not revoked. Constant-time by construction: lookup is by hash. */
export function verifyToken(db: Db, token: string): AccessToken | null {
  if (!token) return null;
  const row = prepared<TokenRow>(db, 'SELECT * FROM access_tokens WHERE token_hash = ? AND revoked_at IS NULL').get(hashToken(token));
  return row ? toToken(row) : null;
}

/** A token's last use: bookkeeping no cached read depends on (writes-seen.ts), written at every socket connect. */
export function touchToken(db: Db, id: number, now: number): void {
  countAsBookkeeping(db, prepared(db, 'UPDATE access_tokens SET last_used_at = ? WHERE id = ?').run(now, id).changes);
}

export function revokeToken(db: Db, id: number, now: number): boolean {
  return prepared(db, 'UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id).changes === 1;
}

export function listTokens(db: Db): AccessToken[] {
  return prepared<TokenRow>(db, 'SELECT * FROM access_tokens ORDER BY id').all().map(toToken);
}
