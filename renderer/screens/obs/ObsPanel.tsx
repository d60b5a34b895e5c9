import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput, EventPayload, ObsStatusPayload } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { translateCoreText } from '../../lib/core-text';
import { useEscape } from '../../lib/keymap';
import { useCommand } from '../../lib/use-command';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';
import { ObsConnectForm } from './ObsConnectForm';
import { ObsOutputs } from './ObsOutputs';
import { ObsOverlayInstall } from './ObsOverlayInstall';
import { ObsScenes } from './ObsScenes';
import './obs-panel.css';

type ObsStats = EventPayload<'obs.stats'>;
type SceneList = CommandOutput<'obs.scenes'>;

/** Thumbnails cost OBS a render each: small, one at a time, and refreshed only this often. */
const THUMBNAIL_WIDTH = 240;
const THUMBNAIL_REFRESH_MS = 15_000;

/**
 * The host's OBS panel, beside the show (not modal: it stays open during the show):
 * where OBS is, stream and record with live health first (what matters on air),
 * then the scenes, then "Add overlay to OBS" (set up once).
 */
export function ObsPanel({
  client,
  onClose,
}: {
  client: StudioClient;
  /** Absent when the panel is a tab of its own rather than a drawer. */ onClose?: () => void;
}) {
  const { t } = useTranslation();
  const phase = useConnectionPhase(client);
  const [status, setStatus] = useState<ObsStatusPayload | null>(null);
  const [stats, setStats] = useState<ObsStats | null>(null);
  const [sceneList, setSceneList] = useState<SceneList | null>(null);
  const [thumbnails, setThumbnails] = useState<Record<string, string>>({});
  const [install, setInstall] = useState<CommandOutput<'obs.installOverlay'> | null>(null);
  const [outputs, setOutputs] = useState<{ streaming: boolean | null; recording: boolean | null; lastRecording: string | null }>({
    streaming: null,
    recording: null,
    lastRecording: null,
  });
  const { busy, error, run, fail } = useCommand();
  const [editingConnection, setEditingConnection] = useState(false);
  const top = useTopBelowStatusBar();
  useEscape(onClose); // the drawer closes on Escape like every dialog

  useEffect(() => {
    if (phase !== 'connected') return;
    client.call('obs.status', {}).then(
      (s) => {
        setStatus(s.status);
        setStats(s.stats);
      },
      () => undefined,
    );
  }, [client, phase]);
  useEvent(client, 'obs.state', setStatus);
  useEvent(client, 'obs.stats', setStats);

  const connected = status?.state === 'connected';

  const loadThumbnails = useCallback(
    async (scenes: string[]) => {
      for (const sceneName of scenes) {
        try {
          const { dataUrl } = await client.call('obs.thumbnail', { sceneName, width: THUMBNAIL_WIDTH });
          setThumbnails((all) => ({ ...all, [sceneName]: dataUrl }));
        } catch {
          // A scene removed in OBS meanwhile: the next list drops it.
        }
      }
    },
    [client],
  );

  const loadScenes = useCallback(async () => {
    try {
      const list = await client.call('obs.scenes', {});
      setSceneList(list);
      await loadThumbnails(list.scenes);
    } catch (e) {
      fail(e); // not through run: a background load must not disable the buttons while thumbnails render
    }
  }, [client, loadThumbnails, fail]);

  // Scenes on every (re)connect to OBS; thumbnails refreshed while the panel is open.
  const scenesRef = useRef<string[]>([]);
  scenesRef.current = sceneList?.scenes ?? [];
  useEffect(() => {
    if (!connected) return;
    void loadScenes();
    const timer = setInterval(() => void loadThumbnails(scenesRef.current), THUMBNAIL_REFRESH_MS);
    return () => clearInterval(timer);
  }, [connected, loadScenes, loadThumbnails]);

  const connect = (input: { host: string; port: number; password?: string }) =>
    void run(async () => {
      setStatus(await client.call('obs.connect', input));
      setEditingConnection(false);
    });
  const switchScene = (sceneName: string) =>
    void run(async () => {
      await client.call('obs.switchScene', { sceneName });
      void loadThumbnails([sceneName]);
    });
  const installOverlay = (scenes: string[]) => void run(async () => setInstall(await client.call('obs.installOverlay', { scenes })));
  const stream = (action: 'start' | 'stop') =>
    void run(async () => {
      const { active } = await client.call('obs.stream', { action });
      setOutputs((o) => ({ ...o, streaming: active }));
    });
  const record = (action: 'start' | 'stop') =>
    void run(async () => {
      const result = await client.call('obs.record', { action }, 20_000);
      setOutputs((o) => ({ ...o, recording: result.active, lastRecording: result.outputPath ?? o.lastRecording }));
    });

  // The last command's answer wins until the next health sample says otherwise.
  useEffect(() => {
    if (stats) setOutputs((o) => ({ ...o, streaming: stats.stream.active, recording: stats.record.active }));
  }, [stats]);

  const state = status?.state ?? 'disabled';
  return (
    <aside
      className={onClose ? 'obs-drawer' : 'obs-docked'}
      style={onClose ? { top } : undefined}
      aria-labelledby="obs-title"
      data-testid="obs-panel"
    >
      <div className="obs-head">
        <h2 id="obs-title">{t('obs.title')}</h2>
        <span className={`pill pill-${state}`} data-testid="obs-state" data-state={state}>
          <span className="dot" aria-hidden />
          {t(`status.state.${state}`, { defaultValue: state })}
        </span>
        {onClose && (
          <button type="button" className="ghost obs-small" onClick={onClose} aria-label={t('obs.close')} data-testid="obs-close">
            ✕
          </button>
        )}
      </div>
      {status?.detail && (
        <p className={`obs-detail${state === 'failed' ? ' bad' : ''}`} data-testid="obs-detail">
          {translateCoreText(t, status.detail)}
        </p>
      )}
      {connected && !editingConnection ? (
        <div className="obs-connection" data-testid="obs-connection">
          <span className="muted">{status.url}</span>
          <button type="button" className="ghost obs-small" onClick={() => setEditingConnection(true)} data-testid="obs-change-connection">
            {t('obs.change')}
          </button>
        </div>
      ) : (
        <ObsConnectForm url={status?.url ?? null} busy={busy} onConnect={connect} />
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="obs-error">
          {error}
        </p>
      )}
      {connected && sceneList ? (
        <>
          <ObsOutputs
            stats={stats}
            streaming={outputs.streaming ?? false}
            recording={outputs.recording ?? false}
            lastRecording={outputs.lastRecording}
            busy={busy}
            onStream={stream}
            onRecord={record}
          />
          <ObsScenes
            scenes={sceneList.scenes}
            thumbnails={thumbnails}
            programScene={status.programScene}
            previewScene={status.previewScene}
            studioMode={status.studioMode}
            busy={busy}
            onSwitch={switchScene}
            onRefresh={() => void loadScenes()}
          />
          <ObsOverlayInstall scenes={sceneList.scenes} mode={status.overlayMode} result={install} busy={busy} onInstall={installOverlay} />
        </>
      ) : (
        <p className="muted obs-hint">{t('obs.notConnectedHint')}</p>
      )}
    </aside>
  );
}

/** The drawer starts under the status bar, so the studio's and OBS's state pills stay in view. */
function useTopBelowStatusBar(): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setTop(document.querySelector('.statusbar')?.getBoundingClientRect().bottom ?? 0);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  return top;
}
