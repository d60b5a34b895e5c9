import type { CommandParsedInput, Settings } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { StudioEvents } from '../events';
import type { Db } from '../store/db';
import { readSettings, writeSettings } from '../store/settings';

export interface SettingsServiceDeps {
  db: Db;
  events: StudioEvents;
  clock: Clock;
}

/**
 * The host's settings: settings.update writes the sections it names, then
 * publishes the core's settings.changed, which the services that follow a
 * section (overlay, OBS, commerce) subscribe to.
 */
export class SettingsService {
  constructor(private readonly deps: SettingsServiceDeps) {}

  get(): Settings {
    return readSettings(this.deps.db);
  }

  update(patch: CommandParsedInput<'settings.update'>): Settings {
    const settings = writeSettings(this.deps.db, patch, this.deps.clock());
    const sections = (Object.keys(patch) as (keyof typeof patch)[]).filter((key) => patch[key] !== undefined);
    this.deps.events.internal.publish('settings.changed', { settings, sections });
    if (sections.includes('alerts')) this.deps.events.publish('settings.alerts', settings.alerts);
    return settings;
  }

  /**
   * Writes sections a service keeps for itself (OBS's address on connect, the chat sources)
   * without settings.changed: that service has already acted on them.
   */
  store(patch: Partial<Settings>): Settings {
    return writeSettings(this.deps.db, patch, this.deps.clock());
  }
}
