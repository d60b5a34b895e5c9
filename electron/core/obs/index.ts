export { createObsController, type ObsController, type ObsControllerOptions, type FeaturedResult, type OutputState } from './controller';
export { AUTH_FAILED_DETAIL } from './connection';
export { OVERLAY_NAME, nativeInputName, type NativePart } from './overlay';
export { createObsWebSocket, ObsRequestError, type ObsSocket, type SocketFactory } from './socket';
export type {
  FeaturedContent,
  ObsLogger,
  ObsStats,
  ObsStatus,
  ObsTimelineType,
  OverlayInstallRequest,
  OverlayInstallResult,
  OverlayMode,
  SceneList,
} from './types';
export { obsUrl } from './url';
