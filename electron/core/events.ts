import { EventEmitter } from 'node:events';
import { events as eventDefs, type EventName, type EventPayload, type Order, type Settings } from '../../shared/contract';
import type { Effects } from './commerce/effects';
import { contractIssues, outputsCheckedByEnv } from './contract-check';

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
  /**
   * @param checkPayloads parse every payload with its contract schema and throw on a mismatch, so a
   *   drift between core and contract fails a test; the test runners turn it on with LSS_CHECK_OUTPUTS=1.
   */
  constructor(private readonly checkPayloads = outputsCheckedByEnv()) {
    this.emitter.setMaxListeners(100);
  }
  publish<K extends EventName>(name: K, payload: EventPayload<K>): void {
    if (this.checkPayloads) checkPayload(name, payload);
    this.emitter.emit('event', name, payload);
  }
  subscribe(listener: <K extends EventName>(name: K, payload: EventPayload<K>) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}

function checkPayload(name: EventName, payload: unknown): void {
  const issues = contractIssues(eventDefs[name].payload, payload, '(payload)');
  if (issues.length === 0) return;
  throw new Error(`event ${name} published outside its contract: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
}
