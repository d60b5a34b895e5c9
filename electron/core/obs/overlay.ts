/**
 * "Add overlay to OBS": creates or repairs the studio's overlay in chosen scenes.
 *
 * Browser mode (OBS builds with obs-browser): one browser source showing the
 * studio's overlay page, sized to the canvas; the page updates itself.
 * Native mode (builds without it, e.g. Debian's): a nested scene holding a card
 * background, an image source for the product photo and FreeType text sources,
 * which the controller rewrites whenever the featured product changes. The
 * nested scene is what gets added to the chosen scenes, so the parts move and
 * hide together, like a group (obs-websocket 5 cannot create groups).
 */
import { StudioError } from '../../../shared/contract/errors';
import { OBS_CODES, ObsRequestError, type ObsSocket, type RequestBatchRequest, type ResponseMessage } from './socket';
import type { FeaturedContent, OverlayInstallRequest, OverlayMode } from './types';

export const OVERLAY_NAME = 'Live Shopping Overlay';
export const BROWSER_KIND = 'browser_source';
export const TEXT_KIND = 'text_ft2_source_v2';
export const IMAGE_KIND = 'image_source';
export const CARD_KIND = 'color_source_v3';

export type NativePart = 'card' | 'photo' | 'title' | 'price' | 'stock' | 'claimHint';
/** Bottom to top: the card stays under everything. */
export const NATIVE_PARTS: readonly NativePart[] = ['card', 'photo', 'title', 'price', 'stock', 'claimHint'];
export const TEXT_PARTS = ['title', 'price', 'stock', 'claimHint'] as const satisfies readonly NativePart[];

const PART_LABEL: Record<NativePart, string> = {
  card: 'Card',
  photo: 'Photo',
  title: 'Title',
  price: 'Price',
  stock: 'Stock',
  claimHint: 'Claim hint',
};

export const nativeInputName = (part: NativePart) => `${OVERLAY_NAME}: ${PART_LABEL[part]}`;

export interface Canvas {
  width: number;
  height: number;
}

type Json = Record<string, unknown>;

interface PartLayout {
  kind: string;
  /** Settings that depend only on the canvas (fonts, colours, sizes): safe to re-apply on repair. */
  settings: Json;
  transform: Json;
}

/** OBS colours are 0xAABBGGRR. */
const WHITE = 0xffffffff;
const PRICE_YELLOW = 0xff33ccff;
const HINT_GREEN = 0xff99ff99;
const CARD_DARK = 0xd9141414;

function text(size: number, colour: number): Json {
  return {
    font: { face: 'DejaVu Sans', size: Math.max(8, Math.round(size)), style: 'Bold', flags: 1 },
    color1: colour,
    color2: colour,
    drop_shadow: true,
  };
}

/** A lower-third card laid out in 1080p units, scaled to the canvas. */
export function nativeLayout(canvas: Canvas): Record<NativePart, PartLayout> {
  const u = canvas.height / 1080;
  const top = canvas.height - 380 * u;
  const left = 40 * u;
  const textLeft = left + 350 * u;
  const textWidth = 640 * u;
  const at = (x: number, y: number): Json => ({ positionX: x, positionY: y, alignment: 5, rotation: 0 });
  const bounded = (x: number, y: number, width: number, height: number, boundsType: string): Json => ({
    ...at(x, y),
    boundsType,
    boundsAlignment: 5,
    boundsWidth: Math.max(1, width),
    boundsHeight: Math.max(1, height),
  });
  /** One line of the card's text column: font size, colour, offset from the card's top and height, in 1080p units. */
  const textLine = (size: number, colour: number, y: number, height: number): PartLayout => ({
    kind: TEXT_KIND,
    settings: text(size * u, colour),
    transform: bounded(textLeft, top + y * u, textWidth, height * u, 'OBS_BOUNDS_MAX_ONLY'),
  });
  return {
    card: {
      kind: CARD_KIND,
      settings: { color: CARD_DARK, width: Math.round(1020 * u), height: Math.round(340 * u) },
      transform: at(left, top),
    },
    photo: { kind: IMAGE_KIND, settings: {}, transform: bounded(left + 20 * u, top + 20 * u, 300 * u, 300 * u, 'OBS_BOUNDS_SCALE_INNER') },
    title: textLine(52, WHITE, 24, 70),
    price: textLine(64, PRICE_YELLOW, 104, 84),
    stock: textLine(40, WHITE, 200, 52),
    claimHint: textLine(40, HINT_GREEN, 260, 52),
  };
}

const isNotFound = (error: unknown) => error instanceof ObsRequestError && error.code === OBS_CODES.resourceNotFound;

export async function detectOverlayMode(socket: ObsSocket): Promise<OverlayMode> {
  const { inputKinds } = await socket.call('GetInputKindList', { unversioned: true });
  return inputKinds.includes(BROWSER_KIND) ? 'browser' : 'native';
}

export async function readCanvas(socket: ObsSocket): Promise<Canvas> {
  const video = await socket.call('GetVideoSettings');
  return { width: video.baseWidth, height: video.baseHeight };
}

/** The input's kind, or null when no input has that name. */
async function inputKind(socket: ObsSocket, inputName: string): Promise<string | null> {
  try {
    return (await socket.call('GetInputSettings', { inputName })).inputKind;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function sceneNames(socket: ObsSocket): Promise<string[]> {
  return (await socket.call('GetSceneList')).scenes.map((scene) => String(scene.sceneName));
}

/** The scene item showing `sourceName` in `sceneName`, added if missing. */
async function findOrAddItem(socket: ObsSocket, sceneName: string, sourceName: string, created: string[]): Promise<number> {
  try {
    return (await socket.call('GetSceneItemId', { sceneName, sourceName })).sceneItemId;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const { sceneItemId } = await socket.call('CreateSceneItem', { sceneName, sourceName, sceneItemEnabled: true });
  created.push(`${sceneName} > ${sourceName}`);
  return sceneItemId;
}

/** Full canvas, on top of everything else, visible. */
async function placeOnTop(socket: ObsSocket, sourceName: string, scenes: readonly string[], created: string[]): Promise<void> {
  for (const sceneName of scenes) {
    const sceneItemId = await findOrAddItem(socket, sceneName, sourceName, created);
    const { sceneItems } = await socket.call('GetSceneItemList', { sceneName });
    await socket
      .callBatch([
        { requestType: 'SetSceneItemEnabled', requestData: { sceneName, sceneItemId, sceneItemEnabled: true } },
        {
          requestType: 'SetSceneItemTransform',
          requestData: {
            sceneName,
            sceneItemId,
            sceneItemTransform: {
              positionX: 0,
              positionY: 0,
              scaleX: 1,
              scaleY: 1,
              rotation: 0,
              alignment: 5,
              boundsType: 'OBS_BOUNDS_NONE',
            },
          },
        },
        { requestType: 'SetSceneItemIndex', requestData: { sceneName, sceneItemId, sceneItemIndex: Math.max(0, sceneItems.length - 1) } },
      ])
      .then(throwFirstFailure);
  }
}

export function throwFirstFailure(results: ResponseMessage[]): ResponseMessage[] {
  for (const result of results) {
    if (!result.requestStatus.result) {
      throw new ObsRequestError(result.requestStatus.code, `${result.requestType}: ${result.requestStatus.comment}`);
    }
  }
  return results;
}

/** Chosen scenes must exist and cannot be the overlay's own nested scene. */
async function checkScenes(socket: ObsSocket, scenes: readonly string[]): Promise<void> {
  if (scenes.length === 0) throw StudioError.of('invalid_input', 'chooseAtLeastOneSceneFor');
  const existing = new Set(await sceneNames(socket));
  for (const scene of scenes) {
    if (scene === OVERLAY_NAME) throw StudioError.of('invalid_input', 'isTheOverlayItself', { overlay: OVERLAY_NAME });
    if (!existing.has(scene)) throw StudioError.of('not_found', 'obsHasNoSceneNamed', { scene });
  }
}

export async function installBrowserOverlay(socket: ObsSocket, request: OverlayInstallRequest, canvas: Canvas): Promise<string[]> {
  await checkScenes(socket, request.scenes);
  const created: string[] = [];
  // A native-mode overlay from another OBS build holds the name: replace it.
  if ((await sceneNames(socket)).includes(OVERLAY_NAME)) await socket.call('RemoveScene', { sceneName: OVERLAY_NAME });
  const settings = { url: request.overlayUrl, width: canvas.width, height: canvas.height, shutdown: false, restart_when_active: false };
  const kind = await inputKind(socket, OVERLAY_NAME);
  if (kind !== null && kind !== BROWSER_KIND) await socket.call('RemoveInput', { inputName: OVERLAY_NAME });
  if (kind === BROWSER_KIND) {
    await socket.call('SetInputSettings', { inputName: OVERLAY_NAME, inputSettings: settings, overlay: true });
  } else {
    await socket.call('CreateInput', {
      sceneName: request.scenes[0],
      inputName: OVERLAY_NAME,
      inputKind: BROWSER_KIND,
      inputSettings: settings,
      sceneItemEnabled: true,
    });
    created.push(OVERLAY_NAME);
  }
  await placeOnTop(socket, OVERLAY_NAME, request.scenes, created);
  return created;
}

export type NativeItemIds = Record<NativePart, number>;

export async function installNativeOverlay(
  socket: ObsSocket,
  request: OverlayInstallRequest,
  canvas: Canvas,
): Promise<{ created: string[]; itemIds: NativeItemIds }> {
  await checkScenes(socket, request.scenes);
  const created: string[] = [];
  if (!(await sceneNames(socket)).includes(OVERLAY_NAME)) {
    // A browser source from another OBS build holds the name: replace it.
    if ((await inputKind(socket, OVERLAY_NAME)) !== null) await socket.call('RemoveInput', { inputName: OVERLAY_NAME });
    await socket.call('CreateScene', { sceneName: OVERLAY_NAME });
    created.push(OVERLAY_NAME);
  }
  const layout = nativeLayout(canvas);
  const itemIds = {} as NativeItemIds;
  for (const part of NATIVE_PARTS) {
    const inputName = nativeInputName(part);
    const { kind, settings } = layout[part];
    const existing = await inputKind(socket, inputName);
    if (existing !== null && existing !== kind) await socket.call('RemoveInput', { inputName });
    if (existing === kind) {
      itemIds[part] = await findOrAddItem(socket, OVERLAY_NAME, inputName, created);
      await socket.call('SetInputSettings', { inputName, inputSettings: settings as never, overlay: true });
    } else {
      const result = await socket.call('CreateInput', {
        sceneName: OVERLAY_NAME,
        inputName,
        inputKind: kind,
        inputSettings: settings as never,
        // Hidden until something is featured.
        sceneItemEnabled: false,
      });
      itemIds[part] = result.sceneItemId;
      created.push(inputName);
    }
  }
  await socket
    .callBatch(
      NATIVE_PARTS.flatMap((part, index): RequestBatchRequest[] => [
        {
          requestType: 'SetSceneItemTransform',
          requestData: { sceneName: OVERLAY_NAME, sceneItemId: itemIds[part], sceneItemTransform: layout[part].transform as never },
        },
        { requestType: 'SetSceneItemIndex', requestData: { sceneName: OVERLAY_NAME, sceneItemId: itemIds[part], sceneItemIndex: index } },
      ]),
    )
    .then(throwFirstFailure);
  await placeOnTop(socket, OVERLAY_NAME, request.scenes, created);
  return { created, itemIds };
}

/**
 * One batch (one round trip) that shows `content` in the native sources,
 * or hides the card when nothing is featured.
 */
export function featuredBatch(content: FeaturedContent | null, itemIds: NativeItemIds): RequestBatchRequest[] {
  const enable = (part: NativePart, on: boolean): RequestBatchRequest => ({
    requestType: 'SetSceneItemEnabled',
    requestData: { sceneName: OVERLAY_NAME, sceneItemId: itemIds[part], sceneItemEnabled: on },
  });
  if (content === null) return NATIVE_PARTS.map((part) => enable(part, false));
  const texts: Record<(typeof TEXT_PARTS)[number], string> = {
    title: content.title,
    price: content.priceText,
    stock: content.stockText,
    claimHint: content.claimHint,
  };
  const requests: RequestBatchRequest[] = TEXT_PARTS.map((part) => ({
    requestType: 'SetInputSettings',
    requestData: { inputName: nativeInputName(part), inputSettings: { text: texts[part] }, overlay: true },
  }));
  if (content.imageFile !== null) {
    requests.push({
      requestType: 'SetInputSettings',
      requestData: { inputName: nativeInputName('photo'), inputSettings: { file: content.imageFile }, overlay: true },
    });
  }
  for (const part of NATIVE_PARTS) requests.push(enable(part, part === 'photo' ? content.imageFile !== null : true));
  return requests;
}
