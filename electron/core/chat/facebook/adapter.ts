import { FacebookSource, type ChatSourceConfig } from '../../../../shared/contract/sources';
import type { ConnectorDeps } from '../connector';
import { STANDARD_RATE_LIMIT } from '../outbound';
import type { PlatformAdapter } from '../platform-adapter';
import { FacebookConnector, type FacebookConnectorOptions } from './facebook-connector';

export const facebookAdapter = {
  platform: 'facebook',
  connector: (options: FacebookConnectorOptions, deps: ConnectorDeps) => new FacebookConnector(options, deps),
  source: {
    contract: FacebookSource,
    options: (config: Extract<ChatSourceConfig, { platform: 'facebook' }>, accessToken: string | undefined): FacebookConnectorOptions => {
      if (!accessToken) throw new Error('Facebook: the page access token is missing from the secret store');
      return { liveVideoId: config.liveVideoId, accessToken };
    },
  },
  replies: { rateLimit: () => STANDARD_RATE_LIMIT },
} satisfies PlatformAdapter<'facebook', FacebookConnectorOptions>;
