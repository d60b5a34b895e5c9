import { z } from 'zod';
import { command, event, HOST_ONLY, STAFF, TimestampSchema } from './define';
import { ConnectionStateSchema } from './status';

export const OverlayModeSchema = z.enum(['browser', 'native']);

/** OBS as every window sees it; the first four fields match StudioStatus.obs. */
export const ObsStatusSchema = z.object({
  state: ConnectionStateSchema,
  since: TimestampSchema,
  detail: z.string().nullable(),
  programScene: z.string().nullable(),
  previewScene: z.string().nullable(),
  studioMode: z.boolean(),
  /** Which overlay "Add overlay to OBS" installed: a browser source, or native image/text sources. */
  overlayMode: OverlayModeSchema.nullable(),
  /** Where the studio connects; the password never leaves the core. */
  url: z.string().nullable(),
});
export type ObsStatusPayload = z.infer<typeof ObsStatusSchema>;

export const ObsSceneListSchema = z.object({
  /** In OBS's own order, top to bottom as in its Scenes dock. */
  scenes: z.array(z.string()),
  programScene: z.string().nullable(),
  previewScene: z.string().nullable(),
  studioMode: z.boolean(),
});

const OutputHealthSchema = z.object({
  active: z.boolean(),
  reconnecting: z.boolean(),
  durationMs: z.number().nonnegative(),
  bytes: z.number().nonnegative(),
  bitrateKbps: z.number().nonnegative().nullable(),
  /** 0..1 as obs-websocket reports it; null when not streaming. */
  congestion: z.number().nullable(),
  skippedFrames: z.number().int().nonnegative(),
  totalFrames: z.number().int().nonnegative(),
});

export const ObsStatsSchema = z.object({
  at: TimestampSchema,
  activeFps: z.number().nonnegative(),
  cpuUsage: z.number().nonnegative(),
  memoryMb: z.number().nonnegative(),
  renderSkippedFrames: z.number().int().nonnegative(),
  renderTotalFrames: z.number().int().nonnegative(),
  outputSkippedFrames: z.number().int().nonnegative(),
  outputTotalFrames: z.number().int().nonnegative(),
  stream: OutputHealthSchema,
  record: z.object({ active: z.boolean(), paused: z.boolean(), durationMs: z.number().nonnegative(), bytes: z.number().nonnegative() }),
  /** Frames were skipped or dropped since the previous poll: the host window shows a warning. */
  droppingFrames: z.boolean(),
  warning: z.string().nullable(),
});

const SceneNameSchema = z.string().trim().min(1).max(256);

export const obsCommands = {
  'obs.status': command({
    summary: 'OBS connection state, program/preview scene, studio mode, overlay mode and the last health sample.',
    input: z.object({}).strict(),
    output: z.object({ status: ObsStatusSchema, stats: ObsStatsSchema.nullable() }),
    roles: STAFF,
  }),
  'obs.scenes': command({
    summary: "OBS's scenes in its own order, with the program scene.",
    input: z.object({}).strict(),
    output: ObsSceneListSchema,
    roles: HOST_ONLY,
  }),
  'obs.switchScene': command({
    summary: 'Show a scene: directly, or through preview and the transition when OBS is in studio mode.',
    input: z.object({ sceneName: SceneNameSchema }).strict(),
    output: z.object({ scene: z.string(), route: z.enum(['program', 'preview-transition']) }),
    roles: HOST_ONLY,
  }),
  'obs.thumbnail': command({
    summary: 'A JPEG thumbnail of a scene as OBS renders it (data URL).',
    input: z.object({ sceneName: SceneNameSchema, width: z.number().int().min(8).max(1280).default(320) }).strict(),
    output: z.object({ sceneName: z.string(), dataUrl: z.string() }),
    roles: HOST_ONLY,
  }),
  'obs.installOverlay': command({
    summary: '"Add overlay to OBS": create or repair the overlay in the chosen scenes; says which mode is in use.',
    input: z.object({ scenes: z.array(SceneNameSchema).min(1).max(50) }).strict(),
    output: z.object({
      mode: OverlayModeSchema,
      scenes: z.array(z.string()),
      canvas: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
      created: z.array(z.string()),
    }),
    roles: HOST_ONLY,
  }),
  'obs.stream': command({
    summary: 'Start or stop streaming (starting while live, or stopping while off, is not an error).',
    input: z.object({ action: z.enum(['start', 'stop']) }).strict(),
    output: z.object({ active: z.boolean() }),
    roles: HOST_ONLY,
  }),
  'obs.record': command({
    summary: 'Start or stop recording; stopping returns the file OBS wrote.',
    input: z.object({ action: z.enum(['start', 'stop']) }).strict(),
    output: z.object({ active: z.boolean(), outputPath: z.string().optional() }),
    roles: HOST_ONLY,
  }),
  'obs.connect': command({
    summary:
      'Set where OBS is and reconnect. The password goes to the secret store and is never sent back; omit it to keep the stored one, null to clear it.',
    input: z
      .object({
        host: z.string().trim().min(1).max(253),
        port: z.number().int().min(1).max(65535).default(4455),
        password: z.string().max(512).nullable().optional(),
      })
      .strict(),
    output: ObsStatusSchema,
    roles: HOST_ONLY,
  }),
} as const;

export const obsEvents = {
  'obs.state': event({
    summary: 'The OBS connection, program scene, studio mode or overlay mode changed.',
    payload: ObsStatusSchema,
    roles: STAFF,
  }),
  'obs.stats': event({
    summary: 'A stream-health sample (every few seconds while connected).',
    payload: ObsStatsSchema,
    roles: STAFF,
  }),
} as const;
