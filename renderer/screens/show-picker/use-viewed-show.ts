import { useCallback, useEffect, useRef, useState } from 'react';
import type { Show, ShowSummary } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useEvent, useQuery } from '../../lib/use-studio';

export interface ViewedShow {
  /** The live show, else the newest draft (what goes on stream); null when there is none. */
  current: Show | null;
  /** The show the window looks at: the picked one, else the current one, else the newest that ever ran. */
  viewed: ShowSummary | null;
  /** Its id, known before the lists load when the address names it (screens start loading at once); undefined until known. */
  viewedId: number | null | undefined;
  /** Every show, newest first (undefined until loaded). */
  shows: ShowSummary[] | undefined;
  /** Look at a show; null goes back to following the current one. */
  pick: (showId: number | null) => void;
  reload: () => void;
}

/**
 * Which show a window looks at. Ending a show used to leave the window on
 * "No show yet"; now it stays on the ended show (its orders and carts are the
 * seller's work after the show), and any past show can be picked. A new
 * current show (created, gone live) takes the window back to following it.
 */
export function useViewedShow(client: StudioClient, initialPick: number | null = null): ViewedShow {
  const [current, , reloadCurrent] = useQuery(client, 'show.current');
  const [shows, , reloadShows] = useQuery(client, 'show.list');
  const [pickedId, setPickedId] = useState<number | null>(initialPick);
  const reload = useCallback(() => {
    reloadCurrent();
    reloadShows();
  }, [reloadCurrent, reloadShows]);
  useEvent(client, 'show.changed', reload);

  // Follow a new current show; the first load is not a change (it must not drop a pick from the address).
  const seenCurrent = useRef<number | null | undefined>(undefined);
  const currentId = current === undefined ? undefined : (current?.id ?? null);
  useEffect(() => {
    if (currentId === undefined) return;
    if (seenCurrent.current !== undefined && seenCurrent.current !== currentId) setPickedId(null);
    seenCurrent.current = currentId;
  }, [currentId]);

  const viewedId = pickedId ?? followedId(current, shows);
  const viewed = (viewedId === current?.id ? current : shows?.find((s) => s.id === viewedId)) ?? null;
  return { current: current ?? null, viewed, viewedId, shows, pick: setPickedId, reload };
}

/** The show followed without a pick: the current one, else the newest; undefined while what decides it loads. */
function followedId(current: Show | null | undefined, shows: ShowSummary[] | undefined): number | null | undefined {
  if (current === undefined) return undefined;
  if (current !== null) return current.id;
  return shows === undefined ? undefined : (shows[0]?.id ?? null);
}
