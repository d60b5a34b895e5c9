import type { demoCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { DemoService } from './demo-service';

export function demoHandlers(demo: DemoService): HandlersOf<typeof demoCommands> {
  return {
    'demo.status': () => demo.status(),
    'demo.start': () => demo.start(),
  };
}
