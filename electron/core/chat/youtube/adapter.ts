import { YouTubeSource, type ChatSourceConfig } from '../../../../shared/contract/sources';
import type { ConnectorDeps } from '../connector';
import type { PlatformAdapter } from '../platform-adapter';
import { YouTubeConnector, type YouTubeConnectorOptions } from './youtube-connector';

export const youtubeAdapter = {
  platform: 'youtube',
  connector: (options: YouTubeConnectorOptions, deps: ConnectorDeps) => new YouTubeConnector(options, deps),
  source: {
    contract: YouTubeSource,
    options: (config: Extract<ChatSourceConfig, { platform: 'youtube' }>, apiKey: string | undefined): YouTubeConnectorOptions => ({
      liveChatId: config.liveChatId,
      apiKey,
      rootUrl: config.rootUrl,
    }),
  },
  // Each liveChatMessages.insert costs ~50 quota units: keep replies sparse.
  replies: { rateLimit: () => ({ limit: 10, windowMs: 60_000 }) },
} satisfies PlatformAdapter<'youtube', YouTubeConnectorOptions>;
