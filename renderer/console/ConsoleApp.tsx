import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readRoute, writeRoute } from '../lib/route';
import type { StudioClient } from '../lib/studio-client';
import { useCatalog } from '../lib/use-catalog';
import { useConnectionPhase } from '../lib/use-studio';
import { LiveBoard, OnStream, ReviewScreen } from '../lib/lazy-screens';
import { ShowPicker } from '../screens/show-picker/ShowPicker';
import { useLiveShow } from '../screens/show-picker/use-live-show';
import { KeySheet } from '../screens/keys/KeySheet';
import { useKeymap } from '../lib/keymap';
import { ConnectionNotice } from '../screens/status-bar/ConnectionNotice';
import { shownInBar, StatusBar } from '../screens/status-bar/StatusBar';
import '../styles/workspace.css';

type ConsoleTab = 'live' | 'review';

/**
 * The co-moderator console: questions first, then the orders that need a hand,
 * the chat beside them, and what is on stream (read-only: a moderator does not
 * change the stream). The Review tab shows a show's carts with what the
 * moderator role may do there (see them, mark them paid, decide on releases
 * that fell due).
 */
export function ConsoleApp({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const [route] = useState(readRoute);
  const { show, viewed, viewedId, shows, pickShow, featured, status } = useLiveShow(client, route.show);
  const [tab, setTabState] = useState<ConsoleTab>(route.tab === 'review' ? 'review' : 'live');
  const setTab = (next: ConsoleTab) => {
    setTabState(next);
    writeRoute({ tab: next === 'live' ? null : next });
  };
  // The catalog gives the variants a "needs details" order is completed with, and their free stock.
  const catalog = useCatalog(client);
  const connection = useConnectionPhase(client);
  // The console's keys: questions and orders (renderer/lib/keymap.ts), on its live tab.
  useKeymap('moderator', tab === 'live');
  return (
    <div className="studio">
      <StatusBar
        show={shownInBar(viewed, viewedId, shows)}
        status={status}
        connection={connection}
        keySheet={<KeySheet role="moderator" />}
        showPicker={<ShowPicker client={client} shows={shows} viewedId={viewedId} currentId={show?.id ?? null} onPick={pickShow} />}
      />
      <ConnectionNotice client={client} />
      <nav className="host-tabs" role="tablist" aria-label={t('editor.tabs.label')}>
        {(['live', 'review'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'on' : ''}
            onClick={() => setTab(name)}
            data-testid={`console-tab-${name}`}
          >
            {t(name === 'live' ? 'editor.tabs.studio' : 'editor.tabs.review')}
          </button>
        ))}
      </nav>
      {tab === 'review' && (
        <main className="workspace" role="tabpanel">
          <Suspense fallback={<p className="muted" aria-busy="true" />}>
            <ReviewScreen client={client} role="moderator" showId={viewedId} show={viewed} catalog={catalog} />
          </Suspense>
        </main>
      )}
      <main className="studio-main live-main" hidden={tab !== 'live'}>
        <Suspense fallback={<p className="muted" aria-busy="true" />}>
          <LiveBoard
            client={client}
            role="moderator"
            show={viewed}
            catalog={catalog}
            stage={<OnStream featured={featured ?? null} show={show} catalog={catalog} />}
          />
        </Suspense>
      </main>
    </div>
  );
}
