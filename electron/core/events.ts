import { EventEmitter } from 'node:events';
import type { EventName, EventPayload } from '../../shared/contract';

/**
 * The core's typed event bus: services publish contract events here after
 * their data is committed; the server forwards each to the roles the contract names.
 */
export class StudioEvents {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(100);
  }
  publish<K extends EventName>(name: K, payload: EventPayload<K>): void {
    this.emitter.emit('event', name, payload);
  }
  subscribe(listener: <K extends EventName>(name: K, payload: EventPayload<K>) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
