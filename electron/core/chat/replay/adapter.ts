import type { ConnectorDeps } from '../connector';
import type { PlatformAdapter } from '../platform-adapter';
import { ReplayConnector, type ReplayOptions } from './replay-connector';

/** A recorded chat played back (`studio listen --replay`, tests): read-only, never a Settings source. */
export const replayAdapter = {
  platform: 'replay',
  connector: (options: ReplayOptions, deps: ConnectorDeps) => new ReplayConnector(options, deps),
  source: null,
  replies: null,
} satisfies PlatformAdapter<'replay', ReplayOptions>;
