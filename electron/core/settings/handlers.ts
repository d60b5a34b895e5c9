import type { settingsCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { SettingsService } from './settings-service';

export function settingsHandlers(settings: SettingsService): HandlersOf<typeof settingsCommands> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
