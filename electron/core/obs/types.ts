import type { ConnectionState } from '../../../shared/contract/status';

/** Pino-compatible subset. */
export interface ObsLogger {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
}

export const silentLogger: ObsLogger = { info() {}, warn() {} };

export type OverlayMode = 'browser' | 'native';

/** What the studio shows about OBS; the first four fields are StudioStatus.obs. */
export interface ObsStatus {
  state: ConnectionState;
  since: number;
  detail: string | null;
  programScene: string | null;
  previewScene: string | null;
  studioMode: boolean;
  /** Null until "Add overlay to OBS" has run in this session. */
  overlayMode: OverlayMode | null;
  /** Where the controller connects (never the password). */
  url: string | null;
}

/** Timeline event types the controller emits (stored in show_events by the lead's wiring). */
export type ObsTimelineType =
  | 'obs.scene_switched'
  | 'obs.overlay_installed'
  | 'obs.overlay_changed'
  | 'obs.stream_started'
  | 'obs.stream_stopped'
  | 'obs.record_started'
  | 'obs.record_stopped';

export type TimelineSink = (type: ObsTimelineType, data: Record<string, unknown>) => void;

/** What the native overlay shows for the featured product: text already formatted by the core. */
export interface FeaturedContent {
  title: string;
  priceText: string;
  stockText: string;
  claimHint: string;
  /** Absolute path of a local image file, or null for no photo. */
  imageFile: string | null;
}

export interface SceneList {
  /** Top-down, as OBS's Scenes dock shows them (the overlay's own nested scene left out). */
  scenes: string[];
  programScene: string | null;
  previewScene: string | null;
  studioMode: boolean;
}

export interface OverlayInstallRequest {
  /** Scenes to add the overlay to. */
  scenes: string[];
  /** The studio's overlay page with its overlay token (browser mode only). */
  overlayUrl: string;
}

export interface OverlayInstallResult {
  mode: OverlayMode;
  scenes: string[];
  canvas: { width: number; height: number };
  /** Sources or scene items that had to be created (empty when everything was already in place). */
  created: string[];
}

export interface OutputStats {
  active: boolean;
  reconnecting: boolean;
  durationMs: number;
  bytes: number;
  /** Measured between two polls; null on the first poll or when inactive. */
  bitrateKbps: number | null;
  congestion: number | null;
  skippedFrames: number;
  totalFrames: number;
}

export interface ObsStats {
  at: number;
  activeFps: number;
  cpuUsage: number;
  memoryMb: number;
  renderSkippedFrames: number;
  renderTotalFrames: number;
  outputSkippedFrames: number;
  outputTotalFrames: number;
  stream: OutputStats;
  record: { active: boolean; paused: boolean; durationMs: number; bytes: number };
  /** True when any frame counter of skipped/dropped frames grew since the previous poll. */
  droppingFrames: boolean;
  warning: string | null;
}
