import { STANDARD_RATE_LIMIT } from '../outbound';
import type { PlatformAdapter } from '../platform-adapter';

/** TikTok messages reach the studio only in replays and imports for now: no connector, not a Settings source. */
export const tiktokAdapter = {
  platform: 'tiktok',
  connector: null,
  source: null,
  replies: { rateLimit: () => STANDARD_RATE_LIMIT },
} satisfies PlatformAdapter<'tiktok'>;
