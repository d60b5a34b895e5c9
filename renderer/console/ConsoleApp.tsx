import { useCallback } from 'react';
import type { Featured } from '../../shared/contract';
import type { StudioClient } from '../lib/studio-client';
import { useEvent, useQuery } from '../lib/use-studio';
import { OnStream } from '../screens/on-stream/OnStream';
import { ConnectionNotice } from '../screens/status-bar/ConnectionNotice';
import { StatusBar } from '../screens/status-bar/StatusBar';

export function ConsoleApp({ client }: { client: StudioClient }) {
  const [show, , reloadShow] = useQuery(client, 'show.current');
  const [featured, setFeatured] = useQuery(client, 'show.featured');
  const [status, setStatus] = useQuery(client, 'status.get');
  useEvent(client, 'show.featured', useCallback((f: Featured) => { setFeatured(f); reloadShow(); }, [setFeatured, reloadShow]));
  useEvent(client, 'status.changed', setStatus);
  useEvent(client, 'show.changed', reloadShow);
  return (
    <div className="studio">
      <StatusBar show={show ?? null} status={status} />
      <ConnectionNotice client={client} />
      <main className="studio-main">
        <OnStream featured={featured ?? null} show={show ?? null} />
      </main>
    </div>
  );
}
