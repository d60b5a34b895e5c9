import { Backoff, type BackoffOptions } from '../backoff';
import { StatusTracker, type ChatConnector, type ConnectorDeps, type ConnectorStatus } from '../connector';
import type { LiveChatMessageListResponse, YouTubeErrorBody } from './api-types';
import { normalizeYouTubeItem } from './normalize';
import { QuotaTracker, type QuotaEstimate, type QuotaOptions } from './quota';

export const YOUTUBE_ROOT_URL = 'https://youtube.googleapis.com/';

export interface YouTubeConnectorOptions {
  liveChatId: string;
  /** An API key (read-only) or an OAuth access token, from the secret store. */
  apiKey?: string;
  accessToken?: string | (() => Promise<string>);
  /** The API's root, like googleapis' `rootUrl`; tests point it at a loopback server. */
  rootUrl?: string;
  quota?: QuotaOptions;
  /** Never poll faster than this, whatever the server says. */
  minPollMs?: number;
  backoff?: BackoffOptions;
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  id?: string;
}

/** API error reasons after which polling again cannot help. */
const FATAL_REASONS = new Set(['liveChatEnded', 'liveChatNotFound', 'liveChatDisabled', 'forbidden', 'keyInvalid', 'authError', 'insufficientPermissions', 'quotaExceeded', 'dailyLimitExceeded']);

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * YouTube Live chat through the Data API v3 liveChatMessages.list: polls at the
 * server's pollingIntervalMillis with nextPageToken, slowed down to make the
 * daily quota last, and backs off on errors.
 */
export class YouTubeConnector implements ChatConnector {
  readonly id: string;
  readonly platform = 'youtube' as const;
  readonly channel: string;
  private readonly tracker: StatusTracker;
  private readonly backoff: Backoff;
  private readonly quota: QuotaTracker;
  private readonly fetchFn: typeof fetch;
  private readonly rootUrl: string;
  private pageToken: string | undefined;
  private timer: NodeJS.Timeout | null = null;
  private controller: AbortController | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private lostAt: number | null = null;
  private lastInterval = 0;

  constructor(
    private readonly options: YouTubeConnectorOptions,
    private readonly deps: ConnectorDeps,
  ) {
    if (!options.apiKey && !options.accessToken) throw new Error('YouTube: an API key or an OAuth access token is needed');
    this.channel = options.liveChatId;
    this.id = options.id ?? `youtube:${options.liveChatId}`;
    this.tracker = new StatusTracker({ id: this.id, platform: 'youtube', channel: this.channel }, deps.clock);
    this.backoff = new Backoff(options.backoff ?? { initialMs: 2000, maxMs: 60_000 });
    this.quota = new QuotaTracker(deps.clock.now(), options.quota);
    this.fetchFn = options.fetch ?? fetch;
    this.rootUrl = (options.rootUrl ?? YOUTUBE_ROOT_URL).replace(/\/?$/, '/');
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.tracker.set('connecting');
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.controller?.abort();
    await this.running?.catch(() => {});
    if (this.tracker.get().state !== 'failed') this.tracker.set('disconnected', this.tracker.get().detail);
  }

  status(): ConnectorStatus {
    return this.tracker.get();
  }

  onStatus(listener: (status: ConnectorStatus) => void): () => void {
    return this.tracker.on(listener);
  }

  /** Estimated quota use today, for the status bar. */
  quotaEstimate(): QuotaEstimate {
    return this.quota.estimate(this.deps.clock.now());
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.poll().finally(() => (this.running = null));
    }, delayMs);
  }

  private async poll(): Promise<void> {
    const clock = this.deps.clock;
    let body: LiveChatMessageListResponse;
    try {
      this.quota.spend(clock.now());
      body = await this.request();
    } catch (error) {
      if (this.stopped) return;
      this.onError(error as Error);
      return;
    }
    if (this.stopped) return;
    const now = clock.now();
    for (const item of body.items ?? []) {
      const event = normalizeYouTubeItem(item, this.channel, now);
      if (event) this.deps.sink.push(event);
    }
    if (body.nextPageToken) this.pageToken = body.nextPageToken;
    if (this.lostAt !== null) {
      this.deps.sink.push({ kind: 'gap', connectorId: this.id, platform: 'youtube', channel: this.channel, from: this.lostAt, to: now });
      this.lostAt = null;
    }
    this.backoff.reset();
    if (body.offlineAt) {
      this.stopped = true;
      this.tracker.set('disconnected', `stream ended at ${body.offlineAt}`);
      return;
    }
    const interval = Math.max(this.options.minPollMs ?? 0, this.quota.nextInterval(now, body.pollingIntervalMillis ?? 5000));
    this.lastInterval = interval;
    const q = this.quota.estimate(now);
    this.tracker.set(
      'connected',
      `quota ~${q.unitsUsed}/${q.dailyUnits} units today; polling every ${Math.round(interval)} ms${q.throttled ? ' (slowed to last until the reset)' : ''}`,
    );
    this.schedule(interval);
  }

  private async request(): Promise<LiveChatMessageListResponse> {
    const url = new URL('youtube/v3/liveChat/messages', this.rootUrl);
    url.searchParams.set('liveChatId', this.options.liveChatId);
    url.searchParams.set('part', 'snippet,authorDetails');
    url.searchParams.set('maxResults', '2000');
    if (this.pageToken) url.searchParams.set('pageToken', this.pageToken);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.accessToken) {
      const token = typeof this.options.accessToken === 'function' ? await this.options.accessToken() : this.options.accessToken;
      headers.authorization = `Bearer ${token}`;
    } else {
      url.searchParams.set('key', this.options.apiKey!);
    }
    this.controller = new AbortController();
    const timeout = setTimeout(() => this.controller?.abort(), this.options.requestTimeoutMs ?? 15_000);
    try {
      const res = await this.fetchFn(url, { headers, signal: this.controller.signal });
      const text = await res.text();
      if (!res.ok) {
        let reason: string | null = null;
        let message = `HTTP ${res.status}`;
        try {
          const err = (JSON.parse(text) as YouTubeErrorBody).error;
          reason = err?.errors?.[0]?.reason ?? null;
          if (err?.message) message = `${message}: ${err.message}`;
        } catch {
          /* not JSON: keep the status */
        }
        throw new ApiError(res.status, reason, message);
      }
      return JSON.parse(text) as LiveChatMessageListResponse;
    } finally {
      clearTimeout(timeout);
      this.controller = null;
    }
  }

  private onError(error: Error): void {
    const now = this.deps.clock.now();
    const fatal = error instanceof ApiError && ((error.reason !== null && FATAL_REASONS.has(error.reason)) || error.status === 401 || error.status === 404);
    if (fatal) {
      this.stopped = true;
      const why = error.reason === 'quotaExceeded' || error.reason === 'dailyLimitExceeded' ? 'daily API quota exhausted' : error.reason ?? `HTTP ${error.status}`;
      this.tracker.set('failed', `${why}: ${error.message}`);
      this.deps.log('error', `youtube: ${why}`, { id: this.id });
      return;
    }
    if (this.lostAt === null) this.lostAt = now;
    const delay = Math.max(this.backoff.next(), this.lastInterval);
    this.tracker.set('reconnecting', `${error.message}; attempt ${this.backoff.attempts}, next in ${delay} ms`, this.lostAt);
    this.schedule(delay);
  }
}

export function createYouTubeConnector(options: YouTubeConnectorOptions, deps: ConnectorDeps): YouTubeConnector {
  return new YouTubeConnector(options, deps);
}
