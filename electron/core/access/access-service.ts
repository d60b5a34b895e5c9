import { StudioError, type Role } from '../../../shared/contract';
import type { StudioEvents } from '../events';
import type { Db } from '../store/db';
import { createToken, listTokens, revokeToken, type AccessToken } from '../store/tokens';

export interface AccessServiceDeps {
  db: Db;
  events: StudioEvents;
  clock: () => number;
  /** Where invitees open the studio: the LAN address when the studio listens on it. */
  inviteBase: string;
  /** SHA-256 of the certificate invitees see over https (LAN access), shown with the invite; null on loopback. */
  fingerprint: string | null;
}

/**
 * Invites and revocations. A token's value leaves the core once, inside the
 * invite URL; the database keeps only its hash.
 */
export class AccessService {
  private readonly db: Db;
  private readonly clock: () => number;

  constructor(private readonly deps: AccessServiceDeps) {
    this.db = deps.db;
    this.clock = deps.clock;
  }

  list(): AccessToken[] {
    return listTokens(this.db);
  }

  invite(
    role: Extract<Role, 'moderator' | 'overlay'>,
    actor: string,
    label: string,
  ): { id: number; url: string; fingerprint: string | null } {
    const { id, token } = createToken(this.db, role, actor, label, this.clock());
    const page = role === 'moderator' ? '/console/' : '/overlay/';
    return { id, url: `${this.deps.inviteBase}${page}#token=${token}`, fingerprint: this.deps.fingerprint };
  }

  revoke(id: number, callerTokenId: number): { revoked: boolean } {
    if (id === callerTokenId) throw StudioError.of('conflict', 'youCannotRevokeTheTokenYou');
    const revoked = revokeToken(this.db, id, this.clock());
    if (!revoked && !listTokens(this.db).some((t) => t.id === id)) throw StudioError.of('not_found', 'noAccessToken', { id });
    // The server drops the token's sockets at once.
    this.deps.events.internal.publish('access.revoked', { tokenId: id });
    return { revoked };
  }
}
