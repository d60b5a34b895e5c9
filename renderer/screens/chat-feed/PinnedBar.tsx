import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pinned } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';
import { PinIcon } from './PinIcon';
import { Isolated } from '../../widgets/Isolated';

/** What is pinned on stream now, with Unpin; follows overlay.pinned from any window. */
export function PinnedBar({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const phase = useConnectionPhase(client);
  useEffect(() => {
    if (phase === 'connected')
      client.call('overlay.state', {}).then(
        (s) => setPinned(s.pinned),
        () => undefined,
      );
  }, [client, phase]);
  useEvent(
    client,
    'overlay.pinned',
    useCallback((p: { pinned: Pinned | null }) => setPinned(p.pinned), []),
  );
  if (!pinned) return null;
  return (
    <div className="pinned-bar" data-testid="pinned-bar">
      <span className="pinned-label">
        <PinIcon /> {t('chat.pinned')}
      </span>
      <span className="pinned-text">
        <b>
          <Isolated>{pinned.author}</Isolated>
        </b>{' '}
        <Isolated>{pinned.text}</Isolated>
      </span>
      <button
        type="button"
        className="ghost"
        onClick={() => void client.call('overlay.unpin', {}).catch(() => undefined)}
        data-testid="unpin"
      >
        {t('chat.unpin')}
      </button>
    </div>
  );
}
