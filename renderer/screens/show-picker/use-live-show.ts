import { useCallback } from 'react';
import type { Featured } from '../../../shared/contract';
import { writeRoute } from '../../lib/route';
import type { StudioClient } from '../../lib/studio-client';
import { useEvent, useQuery } from '../../lib/use-studio';
import { useViewedShow } from './use-viewed-show';

/**
 * What the host window and the console both follow: the current and the viewed show (picking one
 * keeps it in the address), the featured product and the studio's status, kept current by events.
 */
export function useLiveShow(client: StudioClient, initialShowId: number | null | undefined) {
  const { current, viewed, viewedId, shows, pick, reload } = useViewedShow(client, initialShowId);
  const [featured, setFeatured] = useQuery(client, 'show.featured');
  const [status, setStatus] = useQuery(client, 'status.get');
  const pickShow = useCallback(
    (showId: number | null) => {
      pick(showId);
      writeRoute({ show: showId, cart: null });
    },
    [pick],
  );
  useEvent(
    client,
    'show.featured',
    useCallback(
      (f: Featured) => {
        setFeatured(f);
        reload();
      },
      [setFeatured, reload],
    ),
  );
  useEvent(client, 'status.changed', setStatus);
  return { show: current, viewed, viewedId, shows, pickShow, reloadShow: reload, featured, status };
}
