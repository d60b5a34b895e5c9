import type { BackoffOptions } from '../../backoff';
import { jsonItems, jsonObject, wellFormedEvent } from '../well-formed';
import type { ConnectorDeps } from '../connector';
import { PollingConnector } from '../polling-connector';
import type { LiveChatMessage, LiveChatMessageListResponse, YouTubeErrorBody } from './api-types';
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
  /** The wait between polls when a page does not say (the API always does; default 5 s). */
  defaultPollMs?: number;
  backoff?: BackoffOptions;
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  id?: string;
}

/** API error reasons after which polling again cannot help. */
const FATAL_REASONS = new Set([
  'liveChatEnded',
  'liveChatNotFound',
  'liveChatDisabled',
  'forbidden',
  'keyInvalid',
  'authError',
  'insufficientPermissions',
  'quotaExceeded',
  'dailyLimitExceeded',
]);

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
export class YouTubeConnector extends PollingConnector {
  private readonly quota: QuotaTracker;
  private readonly fetchFn: typeof fetch;
  private readonly rootUrl: string;
  private pageToken: string | undefined;
  private lastInterval = 0;

  constructor(
    private readonly options: YouTubeConnectorOptions,
    deps: ConnectorDeps,
  ) {
    if (!options.apiKey && !options.accessToken) throw new Error('YouTube: an API key or an OAuth access token is needed');
    super({ id: options.id ?? `youtube:${options.liveChatId}`, platform: 'youtube', channel: options.liveChatId }, deps, options.backoff);
    this.quota = new QuotaTracker(deps.clock(), options.quota);
    this.fetchFn = options.fetch ?? fetch;
    this.rootUrl = (options.rootUrl ?? YOUTUBE_ROOT_URL).replace(/\/?$/, '/');
  }

  /** Estimated quota use today, for the status bar. */
  quotaEstimate(): QuotaEstimate {
    return this.quota.estimate(this.deps.clock());
  }

  protected async poll(): Promise<void> {
    const clock = this.deps.clock;
    let body: LiveChatMessageListResponse;
    try {
      this.quota.spend(clock());
      body = await this.request();
    } catch (error) {
      if (this.stopped) return;
      this.onError(error as Error);
      return;
    }
    if (this.stopped) return;
    const now = clock();
    for (const item of body.items ?? []) {
      const event = wellFormedEvent(() => normalizeYouTubeItem(item, this.channel, now));
      if (event) this.deps.sink.push(event);
    }
    if (body.nextPageToken) this.pageToken = body.nextPageToken;
    this.recovered(now);
    if (body.offlineAt) {
      this.fail(`stream ended at ${body.offlineAt}`, 'ended');
      return;
    }
    const interval = Math.max(
      this.options.minPollMs ?? 0,
      this.quota.nextInterval(now, body.pollingIntervalMillis ?? this.options.defaultPollMs ?? 5000),
    );
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
      return listResponse(text);
    } finally {
      clearTimeout(timeout);
      this.controller = null;
    }
  }

  private onError(error: Error): void {
    const fatal =
      error instanceof ApiError &&
      ((error.reason !== null && FATAL_REASONS.has(error.reason)) || error.status === 401 || error.status === 404);
    if (fatal) {
      const why =
        error.reason === 'quotaExceeded' || error.reason === 'dailyLimitExceeded'
          ? 'daily API quota exhausted'
          : (error.reason ?? `HTTP ${error.status}`);
      this.fail(`${why}: ${error.message}`);
      this.deps.log('error', `youtube: ${why}`, { id: this.id });
      return;
    }
    const delay = Math.max(this.backoff.next(), this.lastInterval);
    this.lost(`${error.message}; attempt ${this.backoff.attempts}, next in ${delay} ms`, delay);
  }
}

/** The fields of a list response the connector uses, checked: a malformed page is a failed poll (retried), never a crash. */
function listResponse(text: string): LiveChatMessageListResponse {
  const body = jsonObject(text, 'liveChatMessages.list');
  const items = jsonItems(body, 'items', 'liveChatMessages.list') as LiveChatMessage[];
  const { nextPageToken, pollingIntervalMillis, offlineAt } = body;
  if (nextPageToken !== undefined && typeof nextPageToken !== 'string')
    throw new Error('liveChatMessages.list: "nextPageToken" is not a string');
  return {
    items,
    nextPageToken,
    // An interval that is not a sane number of ms falls back to the default (5 s), never to "at once" or "never".
    pollingIntervalMillis:
      typeof pollingIntervalMillis === 'number' &&
      Number.isFinite(pollingIntervalMillis) &&
      pollingIntervalMillis >= 0 &&
      pollingIntervalMillis <= 600_000
        ? pollingIntervalMillis
        : undefined,
    offlineAt: typeof offlineAt === 'string' ? offlineAt : undefined,
  };
}
