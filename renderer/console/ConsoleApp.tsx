import { useCallback } from 'react';
import type { Featured } from '../../shared/contract';
import type { StudioClient } from '../lib/studio-client';
import { useCatalog } from '../lib/use-catalog';
import { useEvent, useQuery } from '../lib/use-studio';
import { LiveBoard } from '../screens/live/LiveBoard';
import { OnStream } from '../screens/on-stream/OnStream';
import { ConnectionNotice } from '../screens/status-bar/ConnectionNotice';
import { StatusBar } from '../screens/status-bar/StatusBar';

/**
 * The co-moderator console: questions first, then the orders that need a hand,
 * the chat beside them, and what is on stream (read-only: a moderator does not
 * change the stream).
 */
export function ConsoleApp({ client }: { client: StudioClient }) {
  const [show, , reloadShow] = useQuery(client, 'show.current');
  const [featured, setFeatured] = useQuery(client, 'show.featured');
  const [status, setStatus] = useQuery(client, 'status.get');
  // The catalog gives the variants a "needs details" order is completed with, and their free stock.
  const catalog = useCatalog(client);
  useEvent(
    client,
    'show.featured',
    useCallback(
      (f: Featured) => {
        setFeatured(f);
        reloadShow();
      },
      [setFeatured, reloadShow],
    ),
  );
  useEvent(client, 'status.changed', setStatus);
  useEvent(client, 'show.changed', reloadShow);
  return (
    <div className="studio">
      <StatusBar show={show ?? null} status={status} />
      <ConnectionNotice client={client} />
      <main className="studio-main live-main">
        <LiveBoard
          client={client}
          role="moderator"
          show={show ?? null}
          catalog={catalog}
          stage={<OnStream featured={featured ?? null} show={show ?? null} />}
        />
      </main>
    </div>
  );
}
