import type { ConnectionState, StudioStatus } from '../../../shared/contract';
import type { StudioEvents } from '../events';

type ObsStatus = StudioStatus['obs'];
type ChatSourceStatus = StudioStatus['chat'][number];

export interface StatusServiceDeps {
  events: StudioEvents;
  core: { version: string; startedAt: number; schemaVersion: number };
  clock: () => number;
}

/** Holds the studio status (core, OBS, chat sources) and publishes each change. */
export class StatusService {
  private status: StudioStatus;
  private readonly events: StudioEvents;
  private readonly clock: () => number;

  constructor({ events, core, clock }: StatusServiceDeps) {
    this.events = events;
    this.clock = clock;
    this.status = {
      core: { ...core, clients: 0 },
      obs: { state: 'disabled', since: core.startedAt, detail: null, programScene: null },
      chat: [],
    };
  }

  get(): StudioStatus {
    return this.status;
  }

  setClients(clients: number): void {
    this.update({ ...this.status, core: { ...this.status.core, clients } });
  }

  setObs(patch: Partial<ObsStatus> & { state?: ConnectionState }): void {
    const since = patch.state && patch.state !== this.status.obs.state ? this.clock() : this.status.obs.since;
    this.update({ ...this.status, obs: { ...this.status.obs, ...patch, since } });
  }

  setChatSource(source: ChatSourceStatus): void {
    const others = this.status.chat.filter((s) => s.id !== source.id);
    this.update({ ...this.status, chat: [...others, source].sort((a, b) => a.id.localeCompare(b.id)) });
  }

  removeChatSource(id: string): void {
    this.update({ ...this.status, chat: this.status.chat.filter((s) => s.id !== id) });
  }

  private update(next: StudioStatus): void {
    this.status = next;
    this.events.publish('status.changed', next);
  }
}
