import { z } from 'zod';
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
const SecretSchema = z.string().trim().min(1).max(1024);

export const YouTubeLiveChatIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_=.-]{1,200}$/, 'a YouTube live chat id');
export const FacebookLiveVideoIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9_]{1,64}$/, 'a Facebook live video id (digits)');

/** A configured source as stored in settings (never a secret). `id` is the connector's id, e.g. `twitch:demoshop`. */
export const ChatSourceConfigSchema = z.discriminatedUnion('platform', [
  z.object({
    platform: z.literal('twitch'),
    id: z.string(),
    channel: TwitchChannelSchema,
    server: ServerAddressSchema.optional(),
    username: TwitchChannelSchema.optional(),
  }),
  z.object({ platform: z.literal('youtube'), id: z.string(), liveChatId: YouTubeLiveChatIdSchema, rootUrl: HttpUrlSchema.optional() }),
  z.object({ platform: z.literal('facebook'), id: z.string(), liveVideoId: FacebookLiveVideoIdSchema }),
]);
export type ChatSourceConfig = z.infer<typeof ChatSourceConfigSchema>;

/** What `chat.sources.add` takes: the address plus the secret that goes to the secret store. */
export const ChatSourceAddSchema = z.discriminatedUnion('platform', [
  z
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
  z
    .object({
      platform: z.literal('youtube'),
      liveChatId: YouTubeLiveChatIdSchema,
      apiKey: SecretSchema.optional(),
      rootUrl: HttpUrlSchema.optional(),
    })
    .strict(),
  z.object({ platform: z.literal('facebook'), liveVideoId: FacebookLiveVideoIdSchema, accessToken: SecretSchema }).strict(),
]);
export type ChatSourceAdd = z.infer<typeof ChatSourceAddSchema>;

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
