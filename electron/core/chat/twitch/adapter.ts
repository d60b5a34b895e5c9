import { TwitchSource, type ChatSourceConfig } from '../../../../shared/contract/sources';
import type { ConnectorDeps } from '../connector';
import type { PlatformAdapter } from '../platform-adapter';
import { TwitchConnector, type TwitchConnectorOptions } from './twitch-connector';

export const twitchAdapter = {
  platform: 'twitch',
  connector: (options: TwitchConnectorOptions, deps: ConnectorDeps) => new TwitchConnector(options, deps),
  source: {
    contract: TwitchSource,
    // Without its token the account cannot log in: read anonymously instead.
    options: (config: Extract<ChatSourceConfig, { platform: 'twitch' }>, token: string | undefined): TwitchConnectorOptions => ({
      channel: config.channel,
      server: config.server,
      username: token ? config.username : undefined,
      token,
    }),
  },
  // Twitch allows 20 messages per 30 s, 100 for moderators and the broadcaster.
  replies: { rateLimit: (isModerator: boolean) => ({ limit: isModerator ? 100 : 20, windowMs: 30_000 }) },
} satisfies PlatformAdapter<'twitch', TwitchConnectorOptions>;
