import type { ConnectorDeps } from '../connector';
import type { PlatformAdapter } from '../platform-adapter';
import { ManualConnector } from './manual-connector';

/** Messages typed in by the host or a moderator: always on (the chat service starts it), nobody to reply to. */
export const manualAdapter = {
  platform: 'manual',
  connector: (_options: Record<string, never>, deps: ConnectorDeps) => new ManualConnector(deps),
  source: null,
  replies: null,
} satisfies PlatformAdapter<'manual', Record<string, never>>;
