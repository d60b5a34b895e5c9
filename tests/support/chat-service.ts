import { ChatService, type ChatServiceDeps } from '../../electron/core/chat/service';
import { silentLog } from '../../electron/core/chat/events';

/** A chat service for tests: the database and the show, plus whichever listeners the test watches; the rest are no-ops. */
export function chatServiceForTest(deps: Pick<ChatServiceDeps, 'db' | 'showId'> & Partial<ChatServiceDeps>): ChatService {
  return new ChatService({
    clock: Date.now,
    log: silentLog,
    onMessages: () => {},
    onDeleted: () => {},
    onStatus: () => {},
    onTimeline: () => {},
    onFeature: () => {},
    onOutbox: () => {},
    ingestHook: null,
    ...deps,
  });
}
