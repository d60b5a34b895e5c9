import type { statusCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { StatusService } from './status-service';

export function statusHandlers(status: StatusService): HandlersOf<typeof statusCommands> {
  return {
    'status.get': () => status.get(),
  };
}
