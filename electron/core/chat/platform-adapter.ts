import type { Platform } from '../../../shared/contract/chat';
import type { ChatSourceConfig, SourcePlatformDef } from '../../../shared/contract/sources';
import type { ChatConnector, ConnectorDeps } from './connector';
import type { RateLimit } from './outbound';

/**
 * Everything the chat side knows about one platform, exported from the
 * platform's own folder; `platforms.ts` is the table of them (the model:
 * Streamlabs Desktop's app/services/platforms/).
 */
export interface PlatformAdapter<P extends Platform = Platform, Options = never, C extends ChatConnector = ChatConnector> {
  readonly platform: P;
  /** Makes the platform's connector; null where the studio has none (its messages come only from replays). */
  readonly connector: ((options: Options, deps: ConnectorDeps) => C) | null;
  /** How the host adds it in Settings; null when it is not a source the host configures. */
  readonly source: SourceAdapter<Options> | null;
  /** Posting replies; null where the studio never posts. */
  readonly replies: ReplyAdapter | null;
}

export interface SourceAdapter<Options> {
  /** The contract's schemas and form for the platform (config in settings, secret in the secret store). */
  readonly contract: SourcePlatformDef;
  /** The connector options for a saved source and its secret; throws when they cannot make a connector. */
  options(config: ChatSourceConfig, secret: string | undefined): Options;
}

export interface ReplyAdapter {
  /** Limits of the platform's outbound queue; `isModerator`: the posting account moderates the channel. */
  rateLimit(isModerator: boolean): RateLimit;
}
