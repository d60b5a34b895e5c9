/**
 * The table Platform -> adapter: every platform of the contract's enum, each
 * adapter from its own folder. A platform missing here is a compile error.
 */
import type { Platform } from '../../../shared/contract/chat';
import type { SourcePlatform } from '../../../shared/contract/sources';
import { facebookAdapter } from './facebook/adapter';
import { manualAdapter } from './manual/adapter';
import type { RateLimit } from './outbound';
import type { SourceAdapter } from './platform-adapter';
import { replayAdapter } from './replay/adapter';
import { tiktokAdapter } from './tiktok/adapter';
import { twitchAdapter } from './twitch/adapter';
import { youtubeAdapter } from './youtube/adapter';

export const platforms = {
  twitch: twitchAdapter,
  youtube: youtubeAdapter,
  facebook: facebookAdapter,
  tiktok: tiktokAdapter,
  manual: manualAdapter,
  replay: replayAdapter,
} as const satisfies { readonly [P in Platform]: { readonly platform: P } };

type Platforms = typeof platforms;

/** Platforms with a connector the chat service can start. */
export type ConnectablePlatform = { [P in Platform]: Platforms[P]['connector'] extends null ? never : P }[Platform];
export type ConnectorOptions<P extends ConnectablePlatform> = Parameters<NonNullable<Platforms[P]['connector']>>[0];
export type ConnectorOf<P extends ConnectablePlatform> = ReturnType<NonNullable<Platforms[P]['connector']>>;

/** The adapter side of a Settings source: the contract's definition and the connector options it makes. */
export function sourceAdapter(platform: SourcePlatform): SourceAdapter<unknown> {
  return platforms[platform].source;
}

/** Whether the studio posts replies on a platform at all (a stored buyer's platform is any string). */
export function canReply(platform: string): boolean {
  return Object.hasOwn(platforms, platform) && platforms[platform as Platform].replies !== null;
}

/** The posting limits of a platform's reply queue. */
export function defaultRateLimit(platform: Platform, isModerator = false): RateLimit {
  const replies = platforms[platform].replies;
  if (!replies) throw new Error(`the studio does not post to ${platform}`);
  return replies.rateLimit(isModerator);
}
