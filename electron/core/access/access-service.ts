import { StudioError, type Role } from '../../../shared/contract';
import type { Db } from '../store/db';
import { createToken, listTokens, revokeToken, type AccessToken } from '../store/tokens';

/**
 * Invites and revocations. A token's value leaves the core once, inside the
 * invite URL; the database keeps only its hash.
 */
export class AccessService {
  constructor(
    private readonly db: Db,
    private readonly urls: { base: () => string },
    private readonly disconnectToken: (tokenId: number) => void,
    private readonly clock: () => number = Date.now,
  ) {}

  list(): AccessToken[] {
    return listTokens(this.db);
  }

  invite(role: Extract<Role, 'moderator' | 'overlay'>, actor: string, label: string): { id: number; url: string } {
    const { id, token } = createToken(this.db, role, actor, label, this.clock());
    const page = role === 'moderator' ? '/console/' : '/overlay/';
    return { id, url: `${this.urls.base()}${page}#token=${token}` };
  }

  revoke(id: number, callerTokenId: number): { revoked: boolean } {
    if (id === callerTokenId) throw new StudioError('conflict', 'You cannot revoke the token you are using.');
    const revoked = revokeToken(this.db, id, this.clock());
    if (!revoked && !listTokens(this.db).some((t) => t.id === id)) throw new StudioError('not_found', `No access token ${id}.`);
    this.disconnectToken(id);
    return { revoked };
  }
}
