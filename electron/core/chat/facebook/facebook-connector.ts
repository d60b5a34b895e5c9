import { jsonItems, jsonObject, wellFormedEvent } from '../well-formed';
import type { BackoffOptions } from '../../backoff';
import type { ConnectorDeps } from '../connector';
import { PollingConnector } from '../polling-connector';
import type { ChatEvent } from '../events';

export const GRAPH_ROOT_URL = 'https://graph.facebook.com/';

/** GET /{live-video-id}/comments, the fields the studio asks for. */
export interface GraphComment {
  id: string;
  message?: string;
  created_time?: string;
  from?: { id?: string; name?: string };
}

export interface GraphCommentsResponse {
  data?: GraphComment[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string };
}

interface GraphErrorBody {
  error?: { message?: string; type?: string; code?: number };
}

export interface FacebookConnectorOptions {
  liveVideoId: string;
  /** A page access token (from the secret store). */
  accessToken: string;
  /** Graph API root and version; tests point it at a loopback server. */
  rootUrl?: string;
  apiVersion?: string;
  pollMs?: number;
  backoff?: BackoffOptions;
  fetch?: typeof fetch;
  id?: string;
}

/** Graph error codes after which polling again cannot help: bad token, missing permission, unknown video. */
const FATAL_CODES = new Set([100, 102, 190, 200, 10]);

export function normalizeGraphComment(c: GraphComment, liveVideoId: string, receivedAt: number): ChatEvent | null {
  const userId = c.from?.id;
  if (!c.id || !c.message) return null;
  const sentAt = c.created_time ? Date.parse(c.created_time) : NaN;
  return {
    kind: 'message',
    message: {
      platform: 'facebook',
      platformMessageId: c.id,
      channel: liveVideoId,
      // Without the pages_read_user_content permission Graph omits `from`: one anonymous buyer per comment is wrong, one shared is honest.
      author: { platformUserId: userId ?? 'facebook:anonymous', name: c.from?.name ?? 'Facebook user', badges: [] },
      text: c.message,
      isAction: false,
      paid: null,
      sentAt: Number.isFinite(sentAt) ? sentAt : null,
      receivedAt,
    },
  };
}

/**
 * Facebook Live comments through the Graph API, polled in chronological order
 * with the `after` cursor. Same connector interface as every other platform.
 */
export class FacebookConnector extends PollingConnector {
  private readonly fetchFn: typeof fetch;
  private after: string | undefined;

  constructor(
    private readonly options: FacebookConnectorOptions,
    deps: ConnectorDeps,
  ) {
    super(
      { id: options.id ?? `facebook:${options.liveVideoId}`, platform: 'facebook', channel: options.liveVideoId },
      deps,
      options.backoff,
    );
    this.fetchFn = options.fetch ?? fetch;
  }

  protected async poll(): Promise<void> {
    const root = (this.options.rootUrl ?? GRAPH_ROOT_URL).replace(/\/?$/, '/');
    const url = new URL(`${this.options.apiVersion ?? 'v19.0'}/${encodeURIComponent(this.options.liveVideoId)}/comments`, root);
    url.searchParams.set('fields', 'id,message,created_time,from{id,name}');
    url.searchParams.set('order', 'chronological');
    url.searchParams.set('filter', 'stream');
    url.searchParams.set('live_filter', 'no_filter');
    url.searchParams.set('limit', '100');
    if (this.after) url.searchParams.set('after', this.after);
    url.searchParams.set('access_token', this.options.accessToken);
    let body: GraphCommentsResponse;
    this.controller = new AbortController();
    try {
      const res = await this.fetchFn(url, { signal: this.controller.signal });
      const text = await res.text();
      if (!res.ok) {
        let code: number | undefined;
        let message = `HTTP ${res.status}`;
        try {
          const err = (JSON.parse(text) as GraphErrorBody).error;
          code = err?.code;
          if (err?.message) message = `${message}: ${err.message}`;
        } catch {
          /* keep the status */
        }
        if (code !== undefined && FATAL_CODES.has(code)) {
          this.fail(message);
          return;
        }
        throw new Error(message);
      }
      const page = jsonObject(text, 'live_video comments');
      body = { ...page, data: jsonItems(page, 'data', 'live_video comments') } as GraphCommentsResponse;
    } catch (error) {
      if (this.stopped) return;
      const delay = this.backoff.next();
      this.lost(`${(error as Error).message}; next try in ${delay} ms`, delay);
      return;
    } finally {
      this.controller = null;
    }
    const now = this.deps.clock();
    for (const c of body.data ?? []) {
      const event = wellFormedEvent(() => normalizeGraphComment(c, this.channel, now));
      if (event) this.deps.sink.push(event);
    }
    // Keep the cursor of the last page that had comments: an empty page's cursor may be absent.
    if ((body.data?.length ?? 0) > 0 && body.paging?.cursors?.after) this.after = body.paging.cursors.after;
    this.recovered(now);
    this.tracker.set('connected');
    // A full page means more are waiting: fetch the next one at once.
    this.schedule((body.data?.length ?? 0) >= 100 ? 0 : (this.options.pollMs ?? 3000));
  }
}
