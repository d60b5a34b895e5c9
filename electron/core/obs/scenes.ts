/** Scene list, switching (direct or through studio mode's preview) and thumbnails. */
import { StudioError } from '../../../shared/contract/errors';
import { OBS_CODES, ObsRequestError, type ObsSocket } from './socket';
import type { SceneList } from './types';

/** obs-websocket's "resource not found" becomes the studio's not_found with the scene's name. */
export function sceneNotFound(error: unknown, sceneName: string): unknown {
  if (error instanceof ObsRequestError && error.code === OBS_CODES.resourceNotFound) {
    return StudioError.of('not_found', 'obsHasNoSceneNamed', { scene: sceneName });
  }
  return error;
}

/** `hidden` holds scenes the studio uses internally (the native overlay's nested scene). */
export async function readSceneList(socket: ObsSocket, hidden: ReadonlySet<string>): Promise<SceneList> {
  const [list, studio] = await Promise.all([socket.call('GetSceneList'), socket.call('GetStudioModeEnabled')]);
  // GetSceneList counts from the bottom of OBS's Scenes dock: index 0 is the last scene.
  const scenes = [...list.scenes]
    .sort((a, b) => Number(b.sceneIndex) - Number(a.sceneIndex))
    .map((scene) => String(scene.sceneName))
    .filter((name) => !hidden.has(name));
  return {
    scenes,
    programScene: list.currentProgramSceneName ?? null,
    previewScene: studio.studioModeEnabled ? (list.currentPreviewSceneName ?? null) : null,
    studioMode: studio.studioModeEnabled,
  };
}

export type SwitchRoute = 'program' | 'preview-transition';

/**
 * In studio mode the host's choice goes to preview and the transition takes it
 * live, so OBS's configured transition still plays; otherwise cut directly.
 */
export async function switchScene(socket: ObsSocket, sceneName: string, studioMode: boolean): Promise<SwitchRoute> {
  try {
    if (studioMode) {
      await socket.call('SetCurrentPreviewScene', { sceneName });
      await previewBecomes(socket, sceneName);
      await socket.call('TriggerStudioModeTransition');
      return 'preview-transition';
    }
    await socket.call('SetCurrentProgramScene', { sceneName });
    return 'program';
  } catch (error) {
    throw sceneNotFound(error, sceneName);
  }
}

/** How long OBS may take to apply a new preview scene before the switch is reported as failed. */
export const PREVIEW_APPLY_TIMEOUT_MS = 15_000;

/**
 * OBS answers SetCurrentPreviewScene before it applies it (the change is queued to its UI
 * thread), while TriggerStudioModeTransition reads the preview at once: triggered too early, the
 * transition takes the *old* preview live, and the requested scene never airs. That happened
 * under load (CI, a busy machine). So wait until OBS itself reports the new preview.
 */
async function previewBecomes(socket: ObsSocket, sceneName: string): Promise<void> {
  const deadline = Date.now() + PREVIEW_APPLY_TIMEOUT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    const { currentPreviewSceneName } = await socket.call('GetCurrentPreviewScene');
    if (currentPreviewSceneName === sceneName) return;
    if (Date.now() > deadline) {
      throw StudioError.of('unavailable', 'obsDidNotPutInPreview', { sceneName, seconds: PREVIEW_APPLY_TIMEOUT_MS / 1000 });
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** A JPEG data URL (data:image/jpeg;base64,...) of the scene as OBS renders it, `width` pixels wide (height follows the canvas). */
export async function sceneThumbnail(socket: ObsSocket, sceneName: string, width: number): Promise<string> {
  try {
    const shot = await socket.call('GetSourceScreenshot', {
      sourceName: sceneName,
      imageFormat: 'jpeg',
      imageWidth: Math.max(8, Math.min(4096, Math.round(width))),
      imageCompressionQuality: 70,
    });
    return shot.imageData;
  } catch (error) {
    throw sceneNotFound(error, sceneName);
  }
}
