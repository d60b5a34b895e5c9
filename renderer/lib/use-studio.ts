import { useCallback, useEffect, useState, useSyncExternalStore, type Dispatch, type SetStateAction } from 'react';
import type { CommandName, CommandOutput, EventName, EventPayload } from '../../shared/contract';
import type { ConnectionPhase, StudioClient } from './studio-client';

/**
 * The client's connection phase, kept current. An external store read (not state copied at the first
 * render): the socket connects while the page boots (host/main.tsx), so a change can land between a
 * screen's first render and its effects, and a copy would miss it and stay 'connecting' for good.
 */
export function useConnectionPhase(client: StudioClient): ConnectionPhase {
  const subscribe = useCallback(
    (changed: () => void) => {
      const stop = client.onPhase(changed);
      return () => void stop();
    },
    [client],
  );
  return useSyncExternalStore(subscribe, () => client.connectionPhase);
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
