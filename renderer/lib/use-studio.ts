import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { CommandName, CommandOutput, EventName, EventPayload } from '../../shared/contract';
import type { ConnectionPhase, StudioClient } from './studio-client';

export function useConnectionPhase(client: StudioClient): ConnectionPhase {
  const [phase, setPhase] = useState(client.connectionPhase);
  useEffect(() => client.onPhase(setPhase), [client]);
  return phase;
}

export function useEvent<K extends EventName>(client: StudioClient, name: K, listener: (payload: EventPayload<K>) => void): void {
  useEffect(() => client.on(name, listener), [client, name, listener]);
}

/**
 * Loads a no-input query on every (re)connect, so a window that lost the core
 * shows current data again without a reload.
 */
export function useQuery<K extends CommandName>(
  client: StudioClient,
  name: K,
): [CommandOutput<K> | undefined, Dispatch<SetStateAction<CommandOutput<K> | undefined>>, () => void] {
  const [value, setValue] = useState<CommandOutput<K>>();
  const phase = useConnectionPhase(client);
  const reload = useCallback(() => {
    client.call(name, {} as never).then(setValue, () => undefined);
  }, [client, name]);
  useEffect(() => {
    if (phase === 'connected') reload();
  }, [phase, reload]);
  return [value, setValue, reload];
}
