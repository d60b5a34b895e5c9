/**
 * The OBS controller: one object the core holds for the whole app run.
 * It owns the connection (state machine, heartbeat, reconnect), follows OBS's
 * own events (program scene, studio mode, stream/record), installs and feeds
 * the overlay, polls stream health, and reports through injected callbacks:
 * onState for the status every client sees, onTimeline for the show's timeline,
 * onStats for the health panel. It never imports electron.
 */
import { StudioError } from '../../../shared/contract/errors';
import type { BackoffSteps } from '../backoff';
import { systemClock, type Clock } from '../clock';
import { ObsConnection } from './connection';
import {
  detectOverlayMode,
  featuredBatch,
  installBrowserOverlay,
  installNativeOverlay,
  OVERLAY_NAME,
  readCanvas,
  throwFirstFailure,
  type NativeItemIds,
} from './overlay';
import { readSceneList, sceneThumbnail, switchScene, type SwitchRoute } from './scenes';
import { createObsWebSocket, OBS_CODES, ObsRequestError, type ObsSocket, type SocketFactory } from './socket';
import { StatsSampler } from './stats';
import {
  silentLogger,
  type FeaturedContent,
  type ObsLogger,
  type ObsStats,
  type ObsStatus,
  type OverlayInstallRequest,
  type OverlayInstallResult,
  type OverlayMode,
  type SceneList,
  type TimelineSink,
} from './types';

export interface ObsControllerOptions {
  /** ws://HOST:PORT of obs-websocket. */
  url: string;
  /** From the secret store; undefined when OBS has authentication off. */
  password?: string;
  log?: ObsLogger;
  onState(status: ObsStatus): void;
  onTimeline: TimelineSink;
  onStats?(stats: ObsStats): void;
  clock?: Clock;
  /** Tests hand in a fake socket. */
  createSocket?: SocketFactory;
  backoff?: BackoffSteps;
  heartbeatMs?: number;
  /** How often stream health is polled while connected; 0 turns polling off. */
  statsIntervalMs?: number;
  requestTimeoutMs?: number;
}

export interface FeaturedResult {
  /** True when the native sources in OBS now show the content. */
  applied: boolean;
  /** Null while no overlay has been installed; in browser mode the overlay page updates itself. */
  mode: OverlayMode | null;
}

export interface OutputState {
  active: boolean;
  /** Set when a recording was just stopped. */
  outputPath?: string;
}

export interface ObsController {
  /** Starts connecting and keeps the connection up until stop(). */
  start(): void;
  stop(): Promise<void>;
  /** New host/port/password from the settings screen: reconnects. */
  connect(settings: { url: string; password?: string }): Promise<void>;
  status(): ObsStatus;
  lastStats(): ObsStats | null;
  listScenes(): Promise<SceneList>;
  switchScene(sceneName: string): Promise<{ scene: string; route: SwitchRoute }>;
  thumbnail(sceneName: string, width?: number): Promise<string>;
  installOverlay(request: OverlayInstallRequest): Promise<OverlayInstallResult>;
  showFeatured(content: FeaturedContent | null): Promise<FeaturedResult>;
  setStream(action: 'start' | 'stop'): Promise<OutputState>;
  setRecord(action: 'start' | 'stop'): Promise<OutputState>;
}

interface InstalledOverlay {
  request: OverlayInstallRequest;
  mode: OverlayMode;
  itemIds: NativeItemIds | null;
}

const OUTPUT_STARTED = 'OBS_WEBSOCKET_OUTPUT_STARTED';
/** A studio-mode transition on a loaded machine can take seconds; beyond this the switch is reported as failed. */
const ON_AIR_TIMEOUT_MS = 15_000;
const OUTPUT_STOPPED = 'OBS_WEBSOCKET_OUTPUT_STOPPED';

export function createObsController(options: ObsControllerOptions): ObsController {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLogger;
  const statsEvery = options.statsIntervalMs ?? 2_000;
  const sampler = new StatsSampler();

  let since = clock();
  let reportedState: ObsStatus['state'] = 'disconnected';
  let programScene: string | null = null;
  let previewScene: string | null = null;
  let studioMode = false;
  let overlay: InstalledOverlay | null = null;
  /** undefined: nothing featured yet this session; null: the card is cleared. */
  let featured: FeaturedContent | null | undefined;
  /** Scenes this controller asked for, so the timeline can tell the studio's switches from someone's in OBS. */
  const requestedScenes: string[] = [];
  let stats: ObsStats | null = null;
  let statsTimer: NodeJS.Timeout | null = null;
  /** Overlay work runs one at a time: obs-websocket may run concurrent requests out of order. */
  let overlayQueue: Promise<unknown> = Promise.resolve();
  /** Scene switches run one at a time too: in studio mode a switch is not done until OBS has aired it. */
  let sceneQueue: Promise<unknown> = Promise.resolve();
  /** Switches waiting for OBS to announce their scene on air. */
  const onAirWaiters: { sceneName: string; resolve: () => void }[] = [];

  const status = (): ObsStatus => ({
    state: connection.state,
    since,
    detail: connection.detail,
    programScene: connection.state === 'connected' ? programScene : null,
    previewScene: connection.state === 'connected' ? previewScene : null,
    studioMode,
    overlayMode: overlay?.mode ?? null,
    url: connection.url,
  });
  const pushState = () => options.onState(status());

  const timeline: TimelineSink = (type, data) => {
    try {
      options.onTimeline(type, data);
    } catch (error) {
      log.warn({ error: String(error), type }, 'timeline sink failed');
    }
  };

  function queueOverlayWork<T>(work: () => Promise<T>): Promise<T> {
    const run = overlayQueue.then(work);
    overlayQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Resolves when OBS announces `sceneName` on air. In studio mode OBS announces it only after the
   * transition has ended and it has swapped the old program scene into preview: a next switch
   * started before that would see its preview overwritten by the swap and air the wrong scene.
   */
  function onAir(sceneName: string): { promise: Promise<void>; cancel: () => void } {
    let waiter!: (typeof onAirWaiters)[number];
    const promise = new Promise<void>((resolve) => {
      waiter = { sceneName, resolve };
      onAirWaiters.push(waiter);
    });
    const cancel = () => {
      const at = onAirWaiters.indexOf(waiter);
      if (at >= 0) onAirWaiters.splice(at, 1);
    };
    return { promise, cancel };
  }

  async function switchInOrder(socket: ObsSocket, sceneName: string): Promise<SwitchRoute> {
    if (!studioMode) return switchScene(socket, sceneName, false);
    if (programScene === sceneName) return 'preview-transition'; // already on air: nothing to transition
    const aired = onAir(sceneName);
    let timer: NodeJS.Timeout | null = null;
    try {
      const route = await switchScene(socket, sceneName, true);
      await Promise.race([
        aired.promise,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(StudioError.of('unavailable', 'obsDidNotTakeLiveWithin', { sceneName, seconds: ON_AIR_TIMEOUT_MS / 1000 })),
            ON_AIR_TIMEOUT_MS,
          );
        }),
      ]);
      return route;
    } finally {
      if (timer !== null) clearTimeout(timer);
      aired.cancel();
    }
  }

  function follow(socket: ObsSocket): void {
    socket.on('CurrentProgramSceneChanged', ({ sceneName }) => {
      const previous = programScene;
      programScene = sceneName;
      for (const waiter of onAirWaiters.filter((w) => w.sceneName === sceneName)) waiter.resolve();
      const mine = requestedScenes.indexOf(sceneName);
      if (mine >= 0) requestedScenes.splice(0, mine + 1);
      timeline('obs.scene_switched', { scene: sceneName, previous, by: mine >= 0 ? 'studio' : 'obs' });
      pushState();
    });
    socket.on('CurrentPreviewSceneChanged', ({ sceneName }) => {
      previewScene = sceneName;
      pushState();
    });
    socket.on('StudioModeStateChanged', ({ studioModeEnabled }) => {
      studioMode = studioModeEnabled;
      if (!studioModeEnabled) previewScene = null;
      pushState();
    });
    socket.on('StreamStateChanged', ({ outputState }) => {
      if (outputState === OUTPUT_STARTED) timeline('obs.stream_started', {});
      if (outputState === OUTPUT_STOPPED) timeline('obs.stream_stopped', {});
    });
    socket.on('RecordStateChanged', ({ outputState, outputPath }) => {
      if (outputState === OUTPUT_STARTED) timeline('obs.record_started', { outputPath: outputPath ?? null });
      if (outputState === OUTPUT_STOPPED) timeline('obs.record_stopped', { outputPath: outputPath ?? null });
    });
  }

  function scheduleStats(socket: ObsSocket): void {
    if (statsEvery <= 0) return;
    statsTimer = setTimeout(async () => {
      statsTimer = null;
      try {
        stats = await sampler.sample(socket, clock());
        options.onStats?.(stats);
      } catch (error) {
        log.warn({ error: String(error) }, 'OBS stats poll failed');
      }
      if (connection.state === 'connected') scheduleStats(socket);
    }, statsEvery);
  }

  function stopStats(): void {
    if (statsTimer !== null) clearTimeout(statsTimer);
    statsTimer = null;
    sampler.reset();
  }

  async function install(socket: ObsSocket, request: OverlayInstallRequest): Promise<OverlayInstallResult> {
    const mode = await detectOverlayMode(socket);
    const canvas = await readCanvas(socket);
    if (mode === 'browser') {
      const created = await installBrowserOverlay(socket, request, canvas);
      overlay = { request, mode, itemIds: null };
      return { mode, scenes: request.scenes, canvas, created };
    }
    const { created, itemIds } = await installNativeOverlay(socket, request, canvas);
    overlay = { request, mode, itemIds };
    return { mode, scenes: request.scenes, canvas, created };
  }

  /** Sends the latest featured content (not the one queued with the call: later beats earlier). */
  async function applyFeatured(socket: ObsSocket): Promise<boolean> {
    if (!overlay || overlay.mode !== 'native' || !overlay.itemIds || featured === undefined) return false;
    try {
      await socket.callBatch(featuredBatch(featured, overlay.itemIds)).then(throwFirstFailure);
    } catch (error) {
      // Someone deleted a part in OBS: repair once, then try again.
      if (!(error instanceof ObsRequestError && error.code === OBS_CODES.resourceNotFound)) throw error;
      log.warn({ error: error.message }, 'overlay part missing in OBS; repairing');
      await install(socket, overlay.request);
      if (!overlay.itemIds) return false;
      await socket.callBatch(featuredBatch(featured, overlay.itemIds)).then(throwFirstFailure);
    }
    return true;
  }

  async function onConnected(socket: ObsSocket): Promise<void> {
    follow(socket);
    try {
      const scenes = await readSceneList(socket, new Set([OVERLAY_NAME]));
      programScene = scenes.programScene;
      previewScene = scenes.previewScene;
      studioMode = scenes.studioMode;
    } finally {
      pushState();
    }
    scheduleStats(socket);
    if (overlay) {
      // OBS may have restarted without saving our sources: repair, then show what was featured.
      const request = overlay.request;
      await queueOverlayWork(async () => {
        await install(socket, request);
        await applyFeatured(socket);
      }).then(
        () => log.info({ mode: overlay?.mode }, 'overlay restored after connect'),
        (error: unknown) => log.warn({ error: String(error) }, 'overlay restore failed'),
      );
      pushState();
    }
  }

  const connection: ObsConnection = new ObsConnection({
    url: options.url,
    password: options.password,
    createSocket: options.createSocket ?? (() => createObsWebSocket({ requestTimeoutMs: options.requestTimeoutMs })),
    log,
    backoff: options.backoff,
    heartbeatMs: options.heartbeatMs,
    onStateChange(state) {
      // A new detail (next retry time) is not a new state: `since` stays.
      if (state !== reportedState) since = clock();
      reportedState = state;
      // 'connected' is announced by onConnected once the scenes are read, so no client sees it without a program scene.
      if (state !== 'connected') pushState();
    },
    onConnected,
    onLost() {
      stopStats();
      requestedScenes.length = 0;
    },
  });

  return {
    start: () => connection.start(),
    async stop() {
      stopStats();
      await connection.stop();
    },
    async connect(settings) {
      stopStats();
      await connection.reconfigure(settings.url, settings.password);
    },
    status,
    lastStats: () => stats,
    async listScenes() {
      const scenes = await readSceneList(connection.requireSocket(), new Set([OVERLAY_NAME]));
      studioMode = scenes.studioMode;
      return scenes;
    },
    async switchScene(sceneName) {
      const socket = connection.requireSocket();
      if (sceneName === OVERLAY_NAME) throw StudioError.of('invalid_input', 'isTheOverlayNotAScene', { overlay: OVERLAY_NAME });
      requestedScenes.push(sceneName);
      try {
        const run = sceneQueue.then(() => switchInOrder(socket, sceneName));
        sceneQueue = run.catch(() => undefined);
        const route = await run;
        return { scene: sceneName, route };
      } catch (error) {
        requestedScenes.splice(requestedScenes.lastIndexOf(sceneName), 1);
        throw error;
      }
    },
    thumbnail: (sceneName, width = 320) => sceneThumbnail(connection.requireSocket(), sceneName, width),
    async installOverlay(request) {
      const socket = connection.requireSocket();
      const result = await queueOverlayWork(async () => {
        const installed = await install(socket, request);
        await applyFeatured(socket);
        return installed;
      });
      timeline('obs.overlay_installed', { mode: result.mode, scenes: result.scenes, created: result.created });
      pushState();
      return result;
    },
    async showFeatured(content) {
      featured = content;
      const mode = overlay?.mode ?? null;
      if (mode !== 'native' || connection.state !== 'connected') return { applied: false, mode };
      const socket = connection.requireSocket();
      const applied = await queueOverlayWork(() => applyFeatured(socket));
      if (applied) timeline('obs.overlay_changed', { mode, title: content?.title ?? null });
      return { applied, mode };
    },
    async setStream(action) {
      const socket = connection.requireSocket();
      await ignoreCodes(
        socket.call(action === 'start' ? 'StartStream' : 'StopStream'),
        action === 'start' ? OBS_CODES.outputRunning : OBS_CODES.outputNotRunning,
      );
      const { outputActive } = await socket.call('GetStreamStatus');
      return { active: outputActive };
    },
    async setRecord(action) {
      const socket = connection.requireSocket();
      if (action === 'start') {
        await ignoreCodes(socket.call('StartRecord'), OBS_CODES.outputRunning);
        return { active: (await socket.call('GetRecordStatus')).outputActive };
      }
      const stopped = await ignoreCodes(socket.call('StopRecord'), OBS_CODES.outputNotRunning);
      return { active: false, ...(stopped ? { outputPath: stopped.outputPath } : {}) };
    },
  };
}

/** Start when already running, stop when already stopped: the host's intent holds, so not an error. */
async function ignoreCodes<T>(promise: Promise<T>, code: number): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ObsRequestError && error.code === code) return null;
    throw error;
  }
}
