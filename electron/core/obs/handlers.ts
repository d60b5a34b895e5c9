import type { obsCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { ObsService } from './obs-service';

export function obsHandlers(obs: ObsService): HandlersOf<typeof obsCommands> {
  return {
    'obs.status': () => obs.status(),
    'obs.scenes': () => obs.listScenes(),
    'obs.switchScene': ({ sceneName }) => obs.switchScene(sceneName),
    'obs.thumbnail': ({ sceneName, width }) => obs.thumbnail(sceneName, width),
    'obs.installOverlay': ({ scenes }) => obs.installOverlay(scenes),
    'obs.stream': ({ action }) => obs.setStream(action),
    'obs.record': ({ action }) => obs.setRecord(action),
    'obs.connect': (input) => obs.connect(input),
  };
}
