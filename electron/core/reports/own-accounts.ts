import type { Settings } from '../../../shared/contract';

/**
 * The shop's own chat logins from its chat sources: a Twitch channel is the shop's own account
 * (its messages also carry the owner badge) and so is the account the studio posts from. Lower
 * case, as isChatter (shared/domain/chatters.ts) compares them.
 */
export function ownChatAccounts(settings: Pick<Settings, 'chat'>): ReadonlySet<string> {
  const own = new Set<string>();
  for (const source of settings.chat.sources) {
    if (source.platform !== 'twitch') continue;
    own.add(source.channel.toLowerCase());
    if (source.username) own.add(source.username.toLowerCase());
  }
  return own;
}
