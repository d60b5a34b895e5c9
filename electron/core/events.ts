import { EventEmitter } from 'node:events';
import { events as eventDefs, type EventName, type EventPayload } from '../../shared/contract';
import { contractIssues, outputsCheckedByEnv } from './contract-check';

/**
 * The core's typed event bus: services publish contract events here after
 * their data is committed; the server forwards each to the roles the contract names.
 */
export class StudioEvents {
  private readonly emitter = new EventEmitter();
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
