import { z } from 'zod';
import type { Platform } from './chat';
import { command, HOST_ONLY, STAFF } from './define';
import { ChatSourceStatusSchema } from './status';

/**
 * Chat sources the host connects from inside the studio (Twitch channel,
 * YouTube live chat, Facebook live video). What is kept in settings is the
 * address only; tokens and API keys go to the secret store and are never sent
 * back: a client only learns whether one is set (`hasToken`).
 */

/** A Twitch login: 3–25 letters, digits or underscores; '#' and case are forgiven. */
export const TwitchChannelSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/^#/, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9_]{3,25}$/, 'a Twitch channel name: 3–25 letters, digits or _'));

/** `HOST[:PORT]` (`[::1]:6667` for IPv6), as the Twitch connector parses it. */
export const ServerAddressSchema = z
  .string()
  .trim()
  .regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/, 'HOST or HOST:PORT')
  .refine((v) => {
    const port = /:(\d+)$/.exec(v.replace(/^\[[^\]]*\]/, ''))?.[1];
    return port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
  }, 'the port must be 1–65535');

const HttpUrlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(500);

export const YouTubeLiveChatIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_=.-]{1,200}$/, 'a YouTube live chat id');
export const FacebookLiveVideoIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9_]{1,64}$/, 'a Facebook live video id (digits)');

/**
 * One field of a platform's add form, in the order the Settings screen shows
 * them. Its label is the i18n string `settings.sources.<name>`.
 */
export interface SourceField<Name extends string = string> {
  name: Name;
  /** Write-only: a password input, cleared after every try; the studio keeps it only in the secret store. */
  secret?: boolean;
  /** The form insists on it (YouTube's key is optional in the schema, but the form asks for one). */
  required?: boolean;
  maxLength: number;
  /** Placeholder: a literal example of a value. */
  example?: string;
  /** Placeholder: the translated `settings.sources.<name>Hint` instead. */
  hint?: boolean;
  numeric?: boolean;
}

/**
 * A platform the host connects from Settings: what settings keep (`config`,
 * never a secret), what `chat.sources.add` takes (`add`: the config plus the
 * secret), and how the form asks for it. The core's adapter table points at
 * these; the renderer builds its form from them.
 */
export interface SourcePlatformDef<
  P extends Platform = Platform,
  C extends z.ZodObject = z.ZodObject,
  A extends z.ZodObject = z.ZodObject,
> {
  platform: P;
  config: C;
  add: A;
  /** The field that names the source: the connector id is `<platform>:<address>`, the status shows it as the channel. */
  address: keyof z.output<C> & keyof z.output<A> & string;
  /** The add field that goes to the secret store as `chat.<platform>.<address>.<secret>`. */
  secret: keyof z.output<A> & string;
  fields: readonly SourceField<keyof z.input<A> & string>[];
  /** How a configured source reads in its row. */
  label(config: z.output<C>): string;
}

const sourcePlatform = <P extends Platform, C extends z.ZodObject, A extends z.ZodObject>(def: SourcePlatformDef<P, C, A>) => def;

const SECRET_MAX = 1024;
const SecretSchema = z.string().trim().min(1).max(SECRET_MAX);

export const TwitchSource = sourcePlatform({
  platform: 'twitch',
  config: z.object({
    platform: z.literal('twitch'),
    id: z.string(),
    channel: TwitchChannelSchema,
    server: ServerAddressSchema.optional(),
    username: TwitchChannelSchema.optional(),
  }),
  add: z
    .object({
      platform: z.literal('twitch'),
      channel: TwitchChannelSchema,
      server: ServerAddressSchema.optional(),
      /** Posting needs both the account's login and its OAuth token; without them the studio reads anonymously. */
      username: TwitchChannelSchema.optional(),
      token: SecretSchema.optional(),
    })
    .strict()
    .refine((v) => Boolean(v.username) === Boolean(v.token), { message: 'a username and a token go together', path: ['token'] }),
  address: 'channel',
  secret: 'token',
  fields: [
    { name: 'channel', required: true, example: 'demoshop', maxLength: 26 },
    { name: 'username', hint: true, maxLength: 25 },
    { name: 'token', secret: true, maxLength: SECRET_MAX },
    { name: 'server', example: 'irc.chat.twitch.tv:6697', maxLength: 260 },
  ],
  label: (c) => `#${c.channel}${c.server ? ` @ ${c.server}` : ''}`,
});

export const YouTubeSource = sourcePlatform({
  platform: 'youtube',
  config: z.object({
    platform: z.literal('youtube'),
    id: z.string(),
    liveChatId: YouTubeLiveChatIdSchema,
    rootUrl: HttpUrlSchema.optional(),
  }),
  add: z
    .object({
      platform: z.literal('youtube'),
      liveChatId: YouTubeLiveChatIdSchema,
      apiKey: SecretSchema.optional(),
      rootUrl: HttpUrlSchema.optional(),
    })
    .strict(),
  address: 'liveChatId',
  secret: 'apiKey',
  fields: [
    { name: 'liveChatId', required: true, maxLength: 200 },
    { name: 'apiKey', secret: true, required: true, maxLength: SECRET_MAX },
  ],
  label: (c) => c.liveChatId,
});

export const FacebookSource = sourcePlatform({
  platform: 'facebook',
  config: z.object({ platform: z.literal('facebook'), id: z.string(), liveVideoId: FacebookLiveVideoIdSchema }),
  add: z.object({ platform: z.literal('facebook'), liveVideoId: FacebookLiveVideoIdSchema, accessToken: SecretSchema }).strict(),
  address: 'liveVideoId',
  secret: 'accessToken',
  fields: [
    { name: 'liveVideoId', required: true, numeric: true, maxLength: 64 },
    { name: 'accessToken', secret: true, required: true, maxLength: SECRET_MAX },
  ],
  label: (c) => c.liveVideoId,
});

/** Every platform a host can add in Settings, in the form's order (manual and replay are not sources; TikTok has no connector yet). */
export const SOURCE_PLATFORMS = { twitch: TwitchSource, youtube: YouTubeSource, facebook: FacebookSource } as const;
export type SourcePlatform = keyof typeof SOURCE_PLATFORMS;

/** A configured source as stored in settings (never a secret). `id` is the connector's id, e.g. `twitch:demoshop`. */
export const ChatSourceConfigSchema = z.discriminatedUnion('platform', [TwitchSource.config, YouTubeSource.config, FacebookSource.config]);
export type ChatSourceConfig = z.infer<typeof ChatSourceConfigSchema>;

/** What `chat.sources.add` takes: the address plus the secret that goes to the secret store. */
export const ChatSourceAddSchema = z.discriminatedUnion('platform', [TwitchSource.add, YouTubeSource.add, FacebookSource.add]);
export type ChatSourceAdd = z.infer<typeof ChatSourceAddSchema>;

/** A platform's definition with its own types forgotten: for code that handles every source alike. */
export function sourcePlatformOf(platform: SourcePlatform): SourcePlatformDef {
  return SOURCE_PLATFORMS[platform];
}

/** The field that names a source (its channel, live chat or video id). */
export function sourceAddress(source: ChatSourceConfig | ChatSourceAdd): string {
  return String((source as Record<string, unknown>)[sourcePlatformOf(source.platform).address]);
}

/** How a configured source reads in its row, e.g. `#demoshop @ 127.0.0.1:6667`. */
export function sourceLabel(source: ChatSourceConfig): string {
  return sourcePlatformOf(source.platform).label(source);
}

/** One source as a client sees it: its address, whether a secret is stored, its live state. */
export const ChatSourceEntrySchema = z.object({
  source: ChatSourceConfigSchema,
  hasToken: z.boolean(),
  status: ChatSourceStatusSchema,
});
export type ChatSourceEntry = z.infer<typeof ChatSourceEntrySchema>;

export const sourcesCommands = {
  'chat.sources.list': command({
    summary: 'Every configured chat source with its live state; secrets never, only whether one is set.',
    input: z.object({}).strict(),
    output: z.array(ChatSourceEntrySchema),
    roles: STAFF,
  }),
  'chat.sources.add': command({
    summary:
      'Connect a Twitch channel, YouTube live chat or Facebook live video now and at every start; its secret goes to the secret store. A source already configured is a conflict.',
    input: ChatSourceAddSchema,
    output: ChatSourceEntrySchema,
    roles: HOST_ONLY,
  }),
  'chat.sources.remove': command({
    summary: 'Disconnect a chat source for good and forget its secret; answers with the sources left.',
    input: z.object({ id: z.string().min(1).max(300) }).strict(),
    output: z.array(ChatSourceEntrySchema),
    roles: HOST_ONLY,
  }),
} as const;
