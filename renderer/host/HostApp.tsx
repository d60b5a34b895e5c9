import { Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeyAction, useKeymap } from '../lib/keymap';
import type { StudioClient } from '../lib/studio-client';
import { canFeature } from '../lib/can-feature';
import { useCatalog } from '../lib/use-catalog';
import { useCommand } from '../lib/use-command';
import { useConnectionPhase, useEvent } from '../lib/use-studio';
import { AccessDialog, CatalogPanel, LiveBoard, ObsPanel, OnStream } from '../lib/lazy-screens';
import { DealControl } from '../screens/on-stream/DealControl';
import { ConnectionNotice } from '../screens/status-bar/ConnectionNotice';
import { DemoBanner } from '../screens/demo/DemoBanner';
import { shownInBar, StatusBar } from '../screens/status-bar/StatusBar';
import { ShowControls } from '../screens/show-controls/ShowControls';
import { readRoute, writeRoute } from '../lib/route';
import { ShowPicker } from '../screens/show-picker/ShowPicker';
import { useLiveShow } from '../screens/show-picker/use-live-show';
import { KeySheet } from '../screens/keys/KeySheet';
import { HostTabs, HostWorkspace, isHostTab, type HostTab } from './HostTabs';

/**
 * The host window: status across the top; the Studio tab is the live board (on stream and catalog, questions and orders, chat).
 * The stage always shows the current show; the board, the review and the status bar show the viewed one (a past show once picked).
 */
export function HostApp({ client }: { client: StudioClient }) {
  const [route] = useState(readRoute);
  const catalog = useCatalog(client);
  const { show, viewed, viewedId, shows, pickShow, reloadShow, featured, status } = useLiveShow(client, route.show);
  // Featuring, stepping and the show controls report a refusal in one toast.
  const { t } = useTranslation();
  const { error, run, fail, clear: clearError } = useCommand();
  const [tab, setTabState] = useState<HostTab>(isHostTab(route.tab) ? route.tab : 'studio');
  // The live board loads the show's orders, questions and chat: a window opened on another tab (a review
  // after the show) loads it when the studio tab is first shown, then keeps it (hidden) like before.
  const [boardShown, setBoardShown] = useState(tab === 'studio');
  const setTab = useCallback((next: HostTab) => {
    setTabState(next);
    if (next === 'studio') setBoardShown(true);
    writeRoute({ tab: next === 'studio' ? null : next });
  }, []);
  // A chat search hit opens its show's report with the timeline marked at that moment.
  const [focus, setFocus] = useState<{ showId: number; at: number } | null>(() =>
    route.show !== null && route.at !== null ? { showId: route.show, at: route.at } : null,
  );
  const openReport = useCallback(
    (showId: number, at: number) => {
      pickShow(showId);
      setFocus({ showId, at });
      writeRoute({ at });
      setTab('report');
    },
    [pickShow, setTab],
  );
  // Picking a show by hand leaves the hit's moment behind.
  const pickShowByHand = useCallback(
    (showId: number | null) => {
      setFocus(null);
      writeRoute({ at: null });
      pickShow(showId);
    },
    [pickShow],
  );
  const connection = useConnectionPhase(client);
  const [accessOpen, setAccessOpen] = useState(false);
  const [obsOpen, setObsOpen] = useState(false);

  useEvent(client, 'lineup.changed', reloadShow);

  const feature = useCallback((productId: number | null) => run(() => client.call('show.feature', { productId })), [client, run]);
  const step = useCallback((s: 'next' | 'previous') => run(() => client.call('show.feature', { step: s })), [client, run]);

  // The live keys (renderer/lib/keymap.ts) are the Studio tab's: the other tabs (a review of carts above all) never change the stream.
  useKeymap('host', tab === 'studio');
  // With no live or draft show (it ended) the core features nothing: the keys do nothing, as the buttons are off.
  const live = canFeature(show);
  useKeyAction('next', () => {
    if (live) void step('next');
  });
  useKeyAction('previous', () => {
    if (live) void step('previous');
  });
  useKeyAction('feature', ({ position }) => {
    if (live) void run(() => client.call('show.feature', { position }));
  });
  // Deals run on the featured lineup item (its planned deal price, quota and seconds).
  const dealItem = featured?.lineupItem ?? null;
  useKeyAction('dealStart', () =>
    dealItem ? void run(() => client.call('deal.start', { itemId: dealItem.id })) : fail(t('liveUx.keys.noDealItem')),
  );
  useKeyAction('dealStop', () =>
    dealItem ? void run(() => client.call('deal.end', { itemId: dealItem.id })) : fail(t('liveUx.keys.noDealItem')),
  );

  return (
    <div className="studio">
      <StatusBar
        show={shownInBar(viewed, viewedId, shows)}
        status={status}
        connection={connection}
        onOpenAccess={() => setAccessOpen(true)}
        onOpenObs={() => setObsOpen((open) => !open)}
        keySheet={<KeySheet role="host" />}
        showPicker={<ShowPicker client={client} shows={shows} viewedId={viewedId} currentId={show?.id ?? null} onPick={pickShowByHand} />}
        showControls={<ShowControls client={client} show={viewed} run={run} />}
      />
      <Suspense fallback={null}>
        {accessOpen && <AccessDialog client={client} onClose={() => setAccessOpen(false)} />}
        {obsOpen && <ObsPanel client={client} onClose={() => setObsOpen(false)} />}
      </Suspense>
      <ConnectionNotice client={client} />
      <DemoBanner client={client} />
      <HostTabs tab={tab} onTab={setTab} />
      {error && (
        <div className="toast toast-error" role="alert" onClick={clearError}>
          {error}
        </div>
      )}
      {tab !== 'studio' && (
        <HostWorkspace
          tab={tab}
          client={client}
          catalog={catalog}
          show={show}
          viewed={viewed}
          viewedId={viewedId}
          focusAt={focus !== null && focus.showId === viewedId ? focus.at : null}
          onOpenReport={openReport}
        />
      )}
      {boardShown && (
        <main className="studio-main live-main" hidden={tab !== 'studio'}>
          <Suspense fallback={<p className="muted" aria-busy="true" />}>
            <LiveBoard
              client={client}
              role="host"
              show={viewed}
              catalog={catalog}
              stage={
                <>
                  <OnStream
                    featured={featured ?? null}
                    show={show}
                    catalog={catalog}
                    onStep={step}
                    onClear={() => feature(null)}
                    dealControl={
                      <DealControl
                        client={client}
                        run={run}
                        item={featured?.lineupItem ?? null}
                        tag={featured?.price ?? null}
                        keyEnabled={tab === 'studio'}
                      />
                    }
                  />
                  <CatalogPanel
                    catalog={catalog}
                    show={show}
                    featuredProductId={featured?.product?.id ?? null}
                    featuredPrice={featured?.price ?? null}
                    onFeature={feature}
                  />
                </>
              }
            />
          </Suspense>
        </main>
      )}
    </div>
  );
}
