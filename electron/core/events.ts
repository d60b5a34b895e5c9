import { EventEmitter } from 'node:events';
import type { EventName, EventPayload, Order, Settings } from '../../shared/contract';
import type { Effects } from './commerce/effects';

/**
 * What happens inside the core that no client hears as such: services react to
 * one another through these without holding each other (the server forwards
 * only the contract's events).
 */
export interface CoreEventPayloads {
  /** settings.update wrote these sections (the overlay and OBS follow their own). */
  'settings.changed': { settings: Settings; sections: readonly (keyof Settings)[] };
  /** A commerce transaction committed and its contract events went out: chat replies follow. */
  'commerce.committed': { effects: Effects; orders: ReadonlyMap<number, Order> };
  /** A token was revoked: its sockets must go. */
  'access.revoked': { tokenId: number };
}
export type CoreEventName = keyof CoreEventPayloads;

class CoreEvents {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(100);
  }
  publish<K extends CoreEventName>(name: K, payload: CoreEventPayloads[K]): void {
    this.emitter.emit(name, payload);
  }
  subscribe<K extends CoreEventName>(name: K, listener: (payload: CoreEventPayloads[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}

/**
 * The core's typed event bus: services publish contract events here after
 * their data is committed; the server forwards each to the roles the contract names.
 * `internal` carries the core's own events, which never leave it.
 */
export class StudioEvents {
  private readonly emitter = new EventEmitter();
  readonly internal = new CoreEvents();
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
