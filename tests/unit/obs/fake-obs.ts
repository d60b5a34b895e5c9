/**
 * An in-memory obs-websocket 5 server for unit tests: scenes, inputs, scene
 * items and outputs, answering with the status codes the protocol documents
 * (300 missing field, 400 wrong type, 600 not found, 601 exists, 605 bad kind,
 * 500/501 output running/not running) and refusing request fields it does not
 * know, so tests catch request shapes a real OBS would reject.
 */
import type { ObsEventName, ObsSocket, OBSEventTypes, RequestBatchRequest, ResponseMessage } from '../../../electron/core/obs/socket';
import { ObsRequestError } from '../../../electron/core/obs/socket';

type Json = Record<string, unknown>;

interface Item {
  sceneItemId: number;
  sourceName: string;
  sceneItemEnabled: boolean;
  transform: Json;
}

interface Input {
  kind: string;
  settings: Json;
}

type FieldType = 'string' | 'number' | 'boolean' | 'object';
/** name -> [type, required]. From the obs-websocket 5.x protocol reference (the sceneName/inputName forms). */
const SHAPES: Record<string, Record<string, [FieldType, boolean]>> = {
  GetVersion: {},
  GetStats: {},
  GetSceneList: {},
  GetStudioModeEnabled: {},
  GetCurrentPreviewScene: {},
  GetVideoSettings: {},
  GetStreamStatus: {},
  GetRecordStatus: {},
  StartStream: {},
  StopStream: {},
  StartRecord: {},
  StopRecord: {},
  TriggerStudioModeTransition: {},
  GetInputKindList: { unversioned: ['boolean', false] },
  SetCurrentProgramScene: { sceneName: ['string', true] },
  SetCurrentPreviewScene: { sceneName: ['string', true] },
  GetSourceScreenshot: {
    sourceName: ['string', true],
    imageFormat: ['string', true],
    imageWidth: ['number', false],
    imageHeight: ['number', false],
    imageCompressionQuality: ['number', false],
  },
  GetInputSettings: { inputName: ['string', true] },
  SetInputSettings: { inputName: ['string', true], inputSettings: ['object', true], overlay: ['boolean', false] },
  CreateInput: {
    sceneName: ['string', true],
    inputName: ['string', true],
    inputKind: ['string', true],
    inputSettings: ['object', false],
    sceneItemEnabled: ['boolean', false],
  },
  RemoveInput: { inputName: ['string', true] },
  CreateScene: { sceneName: ['string', true] },
  RemoveScene: { sceneName: ['string', true] },
  GetSceneItemId: { sceneName: ['string', true], sourceName: ['string', true], searchOffset: ['number', false] },
  CreateSceneItem: { sceneName: ['string', true], sourceName: ['string', true], sceneItemEnabled: ['boolean', false] },
  GetSceneItemList: { sceneName: ['string', true] },
  SetSceneItemEnabled: { sceneName: ['string', true], sceneItemId: ['number', true], sceneItemEnabled: ['boolean', true] },
  SetSceneItemTransform: { sceneName: ['string', true], sceneItemId: ['number', true], sceneItemTransform: ['object', true] },
  SetSceneItemIndex: { sceneName: ['string', true], sceneItemId: ['number', true], sceneItemIndex: ['number', true] },
};

/** Transform fields SetSceneItemTransform accepts. */
const TRANSFORM_FIELDS = new Set([
  'positionX',
  'positionY',
  'rotation',
  'scaleX',
  'scaleY',
  'alignment',
  'boundsType',
  'boundsAlignment',
  'boundsWidth',
  'boundsHeight',
  'cropLeft',
  'cropRight',
  'cropTop',
  'cropBottom',
]);
const BOUNDS_TYPES = new Set([
  'OBS_BOUNDS_NONE',
  'OBS_BOUNDS_STRETCH',
  'OBS_BOUNDS_SCALE_INNER',
  'OBS_BOUNDS_SCALE_OUTER',
  'OBS_BOUNDS_SCALE_TO_WIDTH',
  'OBS_BOUNDS_SCALE_TO_HEIGHT',
  'OBS_BOUNDS_MAX_ONLY',
]);

interface Fields {
  sceneName: string;
  sourceName: string;
  inputName: string;
  inputKind: string;
  imageFormat: string;
  imageWidth?: number;
  inputSettings?: Json;
  overlay?: boolean;
  sceneItemId: number;
  sceneItemIndex: number;
  sceneItemEnabled: boolean;
  sceneItemTransform: Json;
}

const fail = (code: number, message: string) => new ObsRequestError(code, message);

export interface FakeObsOptions {
  scenes?: string[];
  inputKinds?: string[];
  password?: string;
  canvas?: { width: number; height: number };
}

export class FakeObsServer {
  /** Top-down, as OBS's dock shows them. */
  scenes: string[];
  items = new Map<string, Item[]>();
  inputs = new Map<string, Input>();
  inputKinds: string[];
  password: string;
  canvas: { width: number; height: number };
  programScene: string;
  previewScene: string | null = null;
  /**
   * Like the real OBS, SetCurrentPreviewScene can be applied later than it is answered (OBS queues
   * it to its UI thread): the new preview takes effect after this many further requests.
   */
  previewLag = 0;
  private pendingPreview: { sceneName: string; after: number } | null = null;
  studioMode = false;
  streaming = false;
  recording = false;
  /** Down: connections are refused. Frozen: connections hang and requests never answer. */
  up = true;
  frozen = false;
  calls: { type: string; data: Json | undefined }[] = [];
  sockets: FakeObsSocket[] = [];
  private nextItemId = 1;

  constructor(options: FakeObsOptions = {}) {
    this.scenes = options.scenes ?? ['Intro', 'Product', 'Outro'];
    this.inputKinds = options.inputKinds ?? ['image_source', 'color_source_v3', 'text_ft2_source_v2', 'browser_source'];
    this.password = options.password ?? 'secret';
    this.canvas = options.canvas ?? { width: 1920, height: 1080 };
    this.programScene = this.scenes[0]!;
    for (const scene of this.scenes) this.items.set(scene, []);
  }

  createSocket = (): ObsSocket => {
    const socket = new FakeObsSocket(this);
    this.sockets.push(socket);
    return socket;
  };

  get live(): FakeObsSocket | undefined {
    return this.sockets.filter((s) => s.identified && !s.closed).at(-1);
  }

  emit<E extends ObsEventName>(event: E, data: OBSEventTypes[E]): void {
    for (const socket of this.sockets) if (socket.identified && !socket.closed) socket.deliver(event, data);
  }

  /** OBS going away: every open socket closes with 1006. */
  crash(): void {
    this.up = false;
    for (const socket of this.sockets) socket.close(1006, '');
  }

  callsOf(type: string): Json[] {
    return this.calls.filter((c) => c.type === type).map((c) => c.data ?? {});
  }

  private scene(name: string): Item[] {
    const items = this.items.get(name);
    if (!items) throw fail(600, `No source was found by the name of \`${name}\`.`);
    return items;
  }

  private sourceExists(name: string): boolean {
    return this.inputs.has(name) || this.items.has(name);
  }

  private validate(type: string, data: Json | undefined): void {
    const shape = SHAPES[type];
    if (!shape) throw fail(204, `Your request type is not valid: ${type}`);
    for (const [field, [kind, required]] of Object.entries(shape)) {
      const value = data?.[field];
      if (value === undefined) {
        if (required) throw fail(300, `Your request is missing the \`${field}\` field.`);
        continue;
      }
      const actual = value === null ? 'null' : typeof value;
      if (actual !== kind) throw fail(400, `The field value of \`${field}\` must be ${kind}.`);
    }
    for (const field of Object.keys(data ?? {})) {
      if (!(field in shape)) throw new Error(`fake OBS: ${type} got a field the protocol does not have: ${field}`);
    }
  }

  handle(type: string, data: Json | undefined): Json {
    this.calls.push({ type, data });
    this.validate(type, data);
    if (this.pendingPreview && this.pendingPreview.after-- <= 0) {
      this.previewScene = this.pendingPreview.sceneName;
      this.pendingPreview = null;
    }
    // validate() has checked presence and types of the fields each case reads.
    const d = (data ?? {}) as unknown as Fields;
    switch (type) {
      case 'GetVersion':
        return { obsVersion: '29.0.2', obsWebSocketVersion: '5.1.0', rpcVersion: 1 };
      case 'GetStats':
        return {
          activeFps: 30,
          cpuUsage: 5,
          memoryUsage: 300,
          availableDiskSpace: 1000,
          averageFrameRenderTime: 1,
          renderSkippedFrames: 0,
          renderTotalFrames: 100,
          outputSkippedFrames: 0,
          outputTotalFrames: 100,
          webSocketSessionIncomingMessages: 1,
          webSocketSessionOutgoingMessages: 1,
        };
      case 'GetStreamStatus':
        return {
          outputActive: this.streaming,
          outputReconnecting: false,
          outputTimecode: '00:00:00.000',
          outputDuration: 0,
          outputCongestion: 0,
          outputBytes: 0,
          outputSkippedFrames: 0,
          outputTotalFrames: 0,
        };
      case 'GetRecordStatus':
        return { outputActive: this.recording, outputPaused: false, outputTimecode: '00:00:00.000', outputDuration: 0, outputBytes: 0 };
      case 'StartStream':
      case 'StartRecord': {
        const key = type === 'StartStream' ? 'streaming' : 'recording';
        if (this[key]) throw fail(500, 'The output is already running.');
        this[key] = true;
        return {};
      }
      case 'StopStream':
      case 'StopRecord': {
        const key = type === 'StopStream' ? 'streaming' : 'recording';
        if (!this[key]) throw fail(501, 'The output is not running.');
        this[key] = false;
        return type === 'StopRecord' ? { outputPath: '/videos/show.mkv' } : {};
      }
      case 'GetSceneList':
        return {
          currentProgramSceneName: this.programScene,
          currentPreviewSceneName: this.studioMode ? this.previewScene : null,
          // Bottom-up, like the real thing.
          scenes: [...this.scenes].reverse().map((sceneName, sceneIndex) => ({ sceneName, sceneIndex })),
        };
      case 'GetStudioModeEnabled':
        return { studioModeEnabled: this.studioMode };
      case 'GetVideoSettings':
        return {
          baseWidth: this.canvas.width,
          baseHeight: this.canvas.height,
          outputWidth: this.canvas.width,
          outputHeight: this.canvas.height,
          fpsNumerator: 30,
          fpsDenominator: 1,
        };
      case 'GetInputKindList':
        return { inputKinds: [...this.inputKinds] };
      case 'SetCurrentProgramScene':
        this.scene(d.sceneName);
        this.programScene = d.sceneName;
        return {};
      case 'SetCurrentPreviewScene':
        if (!this.studioMode) throw fail(506, 'Studio mode is not active.');
        this.scene(d.sceneName);
        if (this.previewLag > 0) this.pendingPreview = { sceneName: d.sceneName, after: this.previewLag - 1 };
        else this.previewScene = d.sceneName;
        return {};
      case 'GetCurrentPreviewScene':
        if (!this.studioMode) throw fail(506, 'Studio mode is not active.');
        return { currentPreviewSceneName: this.previewScene, currentPreviewSceneUuid: '' };
      case 'TriggerStudioModeTransition':
        if (!this.studioMode) throw fail(506, 'Studio mode is not active.');
        [this.programScene, this.previewScene] = [this.previewScene ?? this.programScene, this.programScene];
        {
          // Like OBS: announced after the request is answered, the swapped preview first, then the program.
          const [program, preview] = [this.programScene, this.previewScene];
          setTimeout(() => {
            if (preview) this.emit('CurrentPreviewSceneChanged', { sceneName: preview, sceneUuid: '' });
            this.emit('CurrentProgramSceneChanged', { sceneName: program, sceneUuid: '' });
          }, 0);
        }
        return {};
      case 'GetSourceScreenshot': {
        if (!this.sourceExists(d.sourceName)) throw fail(600, 'No source was found');
        const width = d.imageWidth;
        if (width !== undefined && (width < 8 || width > 4096)) throw fail(402, 'imageWidth out of range');
        return { imageData: `data:image/${d.imageFormat};base64,AAAA` };
      }
      case 'GetInputSettings': {
        const input = this.inputs.get(d.inputName);
        if (!input) throw fail(600, `No source was found by the name of \`${d.inputName}\`.`);
        return { inputKind: input.kind, inputSettings: { ...input.settings } };
      }
      case 'SetInputSettings': {
        const input = this.inputs.get(d.inputName);
        if (!input) throw fail(600, `No source was found by the name of \`${d.inputName}\`.`);
        input.settings = d.overlay === false ? { ...d.inputSettings } : { ...input.settings, ...d.inputSettings };
        return {};
      }
      case 'CreateInput': {
        const items = this.scene(d.sceneName);
        if (this.sourceExists(d.inputName)) throw fail(601, 'A source already exists by that input name.');
        if (!this.inputKinds.includes(d.inputKind)) throw fail(605, 'Your specified input kind is not supported by OBS.');
        this.inputs.set(d.inputName, { kind: d.inputKind, settings: { ...(d.inputSettings ?? {}) } });
        const item = {
          sceneItemId: this.nextItemId++,
          sourceName: d.inputName,
          sceneItemEnabled: (d.sceneItemEnabled as boolean | undefined) ?? true,
          transform: {},
        };
        items.push(item);
        return { inputUuid: `uuid-${item.sceneItemId}`, sceneItemId: item.sceneItemId };
      }
      case 'RemoveInput':
        if (!this.inputs.delete(d.inputName)) throw fail(600, 'No source was found');
        for (const [scene, items] of this.items)
          this.items.set(
            scene,
            items.filter((i) => i.sourceName !== d.inputName),
          );
        return {};
      case 'CreateScene':
        if (this.sourceExists(d.sceneName)) throw fail(601, 'A source already exists by that scene name.');
        this.scenes.push(d.sceneName);
        this.items.set(d.sceneName, []);
        return { sceneUuid: 'uuid' };
      case 'RemoveScene':
        this.scene(d.sceneName);
        this.scenes = this.scenes.filter((s) => s !== d.sceneName);
        this.items.delete(d.sceneName);
        for (const [scene, items] of this.items)
          this.items.set(
            scene,
            items.filter((i) => i.sourceName !== d.sceneName),
          );
        return {};
      case 'GetSceneItemId': {
        const item = this.scene(d.sceneName).find((i) => i.sourceName === d.sourceName);
        if (!item) throw fail(600, 'No scene items were found in the specified scene by that name or offset.');
        return { sceneItemId: item.sceneItemId };
      }
      case 'CreateSceneItem': {
        const items = this.scene(d.sceneName);
        if (!this.sourceExists(d.sourceName)) throw fail(600, 'No source was found by the name of the source.');
        if (d.sourceName === d.sceneName) throw fail(602, 'You cannot create scene item of a scene within itself.');
        const item = {
          sceneItemId: this.nextItemId++,
          sourceName: d.sourceName,
          sceneItemEnabled: (d.sceneItemEnabled as boolean | undefined) ?? true,
          transform: {},
        };
        items.push(item);
        return { sceneItemId: item.sceneItemId };
      }
      case 'GetSceneItemList':
        return {
          sceneItems: this.scene(d.sceneName).map((item, sceneItemIndex) => ({
            sceneItemId: item.sceneItemId,
            sourceName: item.sourceName,
            sceneItemEnabled: item.sceneItemEnabled,
            sceneItemIndex,
            inputKind: this.inputs.get(item.sourceName)?.kind ?? null,
            isGroup: null,
          })),
        };
      case 'SetSceneItemEnabled':
      case 'SetSceneItemTransform':
      case 'SetSceneItemIndex': {
        const items = this.scene(d.sceneName);
        const index = items.findIndex((i) => i.sceneItemId === d.sceneItemId);
        if (index < 0) throw fail(600, 'No scene items were found in the specified scene by that ID.');
        const item = items[index]!;
        if (type === 'SetSceneItemEnabled') item.sceneItemEnabled = d.sceneItemEnabled;
        if (type === 'SetSceneItemTransform') {
          const transform = d.sceneItemTransform;
          for (const key of Object.keys(transform)) if (!TRANSFORM_FIELDS.has(key)) throw fail(400, `unknown transform field ${key}`);
          if (transform.boundsType !== undefined && !BOUNDS_TYPES.has(transform.boundsType as string)) throw fail(400, 'bad boundsType');
          item.transform = { ...item.transform, ...transform };
        }
        if (type === 'SetSceneItemIndex') {
          const to = d.sceneItemIndex;
          if (to < 0) throw fail(402, 'sceneItemIndex must be >= 0');
          items.splice(index, 1);
          items.splice(Math.min(to, items.length), 0, item);
        }
        return {};
      }
    }
    throw new Error(`fake OBS: unhandled ${type}`);
  }
}

export class FakeObsSocket implements ObsSocket {
  identified = false;
  closed = false;
  private listeners = new Map<string, ((data: unknown) => void)[]>();
  private closeListeners: ((code: number, reason: string) => void)[] = [];

  constructor(private server: FakeObsServer) {}

  async connect(_url: string, password: string | undefined): Promise<void> {
    await Promise.resolve();
    if (this.server.frozen) {
      // The real socket's deadline turns a hanging handshake into this error.
      return new Promise((_, reject) =>
        setTimeout(() => reject(new ObsRequestError(-1, 'connect: no answer from OBS within 1000 ms')), 1_000),
      );
    }
    if (!this.server.up) throw new ObsRequestError(-1, 'connect ECONNREFUSED 127.0.0.1:4455');
    if (password !== this.server.password) {
      this.close(4009, 'Authentication failed.');
      throw new ObsRequestError(4009, 'Authentication failed.');
    }
    this.identified = true;
  }

  async call(type: string, data?: unknown): Promise<never> {
    return this.request(type, data) as Promise<never>;
  }

  private async request(type: string, data: unknown): Promise<Json> {
    if (this.closed || !this.identified) throw new ObsRequestError(-1, 'Not connected');
    await Promise.resolve();
    if (this.server.frozen) {
      // The real socket's deadline turns silence into this error.
      return new Promise((_, reject) =>
        setTimeout(() => reject(new ObsRequestError(-1, `${type}: no answer from OBS within 1000 ms`)), 1_000),
      );
    }
    return this.server.handle(type, data as Json | undefined);
  }

  async callBatch(requests: RequestBatchRequest[]): Promise<ResponseMessage[]> {
    const results: ResponseMessage[] = [];
    for (const request of requests) {
      const data = 'requestData' in request ? (request.requestData as Json) : undefined;
      try {
        const responseData = await this.request(request.requestType, data);
        results.push({
          requestType: request.requestType,
          requestId: '',
          requestStatus: { result: true, code: 100 },
          responseData,
        } as ResponseMessage);
      } catch (error) {
        if (!(error instanceof ObsRequestError) || error.code < 0) throw error;
        results.push({
          requestType: request.requestType,
          requestId: '',
          requestStatus: { result: false, code: error.code, comment: error.message },
          responseData: undefined,
        } as unknown as ResponseMessage);
      }
    }
    return results;
  }

  on<E extends ObsEventName>(event: E, listener: (data: OBSEventTypes[E]) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as (data: unknown) => void]);
  }

  deliver(event: string, data: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(data);
  }

  onClose(listener: (code: number, reason: string) => void): void {
    this.closeListeners.push(listener);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.identified = false;
    for (const listener of this.closeListeners) listener(code, reason);
  }

  async disconnect(): Promise<void> {
    this.close(1000, '');
  }

  terminate(): void {
    this.close(1006, '');
  }
}
