import type { accessCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { AccessService } from './access-service';

export function accessHandlers(access: AccessService): HandlersOf<typeof accessCommands> {
  return {
    'access.whoami': (_input, ctx) => ({ role: ctx.role, actor: ctx.actor }),
    'access.list': () => access.list(),
    'access.invite': ({ role, actor, label }) => access.invite(role, actor, label),
    'access.revoke': ({ id }, ctx) => access.revoke(id, ctx.tokenId),
  };
}
