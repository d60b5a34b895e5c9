import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LiveChatMessage, LiveChatMessageListResponse } from '../../../electron/core/chat/youtube/api-types';

/**
 * A loopback HTTP server answering GET /youtube/v3/liveChat/messages in the real
 * API's shape (see the team's chat-platforms notes): pages chained by
 * nextPageToken, pollingIntervalMillis, API error bodies.
 */
export interface FakeYouTubeApi {
  rootUrl: string;
  requests: URL[];
  /** performance.now() of each request. */
  requestTimes: number[];
  /** Queue the items the next poll returns (each poll returns what was queued since the last). */
  queue(items: LiveChatMessage[]): void;
  /** The next `count` polls fail with this status and reason. */
  failNext(count: number, status: number, reason: string): void;
  /** The next poll answers 200 with exactly these bytes (malformed JSON, a wrong shape: connector fuzzing). */
  rawNext(body: Buffer | string): void;
  offlineAt: string | undefined;
  pollingIntervalMillis: number;
  close(): Promise<void>;
}

export async function startFakeYouTubeApi(): Promise<FakeYouTubeApi> {
  const requests: URL[] = [];
  const requestTimes: number[] = [];
  let pending: LiveChatMessage[] = [];
  let page = 0;
  let failures: { count: number; status: number; reason: string } | null = null;
  const raw: (Buffer | string)[] = [];
  const state = { offlineAt: undefined as string | undefined, pollingIntervalMillis: 40 };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    requestTimes.push(performance.now());
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/youtube/v3/liveChat/messages')
      return send(404, { error: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } });
    if (!url.searchParams.get('key') && !req.headers.authorization) {
      return send(403, {
        error: {
          code: 403,
          message: 'The request is missing a valid API key.',
          errors: [{ message: 'missing key', domain: 'global', reason: 'forbidden' }],
        },
      });
    }
    if (failures && failures.count > 0) {
      failures.count--;
      return send(failures.status, {
        error: {
          code: failures.status,
          message: `fake ${failures.reason}`,
          errors: [{ message: 'x', domain: 'youtube.liveChat', reason: failures.reason }],
        },
      });
    }
    const rawBody = raw.shift();
    if (rawBody !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      return res.end(rawBody);
    }
    const token = url.searchParams.get('pageToken');
    if (page > 0 && token !== `page-${page}`)
      return send(400, { error: { code: 400, message: `unexpected pageToken ${token}`, errors: [{ reason: 'pageTokenInvalid' }] } });
    const items = pending;
    pending = [];
    page++;
    const body: LiveChatMessageListResponse = {
      kind: 'youtube#liveChatMessageListResponse',
      nextPageToken: `page-${page}`,
      pollingIntervalMillis: state.pollingIntervalMillis,
      pageInfo: { totalResults: items.length, resultsPerPage: items.length },
      items,
    };
    if (state.offlineAt) body.offlineAt = state.offlineAt;
    send(200, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    requests,
    requestTimes,
    queue: (items) => pending.push(...items),
    failNext: (count, status, reason) => (failures = { count, status, reason }),
    rawNext: (body) => raw.push(body),
    get offlineAt() {
      return state.offlineAt;
    },
    set offlineAt(v) {
      state.offlineAt = v;
    },
    get pollingIntervalMillis() {
      return state.pollingIntervalMillis;
    },
    set pollingIntervalMillis(v) {
      state.pollingIntervalMillis = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let n = 0;
const author = (id: string, name: string, flags: Partial<NonNullable<LiveChatMessage['authorDetails']>> = {}) => ({
  channelId: id,
  channelUrl: `http://www.youtube.com/channel/${id}`,
  displayName: name,
  profileImageUrl: 'https://yt3.ggpht.com/x/photo.jpg',
  isVerified: false,
  isChatOwner: false,
  isChatSponsor: false,
  isChatModerator: false,
  ...flags,
});

export const yt = {
  text(text: string, who = author('UCbuyer1', 'Ana'), id = `LCC.msg-${++n}`): LiveChatMessage {
    return {
      id,
      snippet: {
        type: 'textMessageEvent',
        liveChatId: 'Cg0KC2xpdmVjaGF0aWQ',
        authorChannelId: who.channelId,
        publishedAt: new Date(1_790_000_000_000 + n * 1000).toISOString(),
        hasDisplayContent: true,
        displayMessage: text,
        textMessageDetails: { messageText: text },
      },
      authorDetails: who,
    };
  },
  superChat(
    comment: string,
    amountMicros: string,
    currency: string,
    who = author('UCrich', 'Rich', { isChatSponsor: true }),
  ): LiveChatMessage {
    return {
      id: `LCC.sc-${++n}`,
      snippet: {
        type: 'superChatEvent',
        liveChatId: 'Cg0KC2xpdmVjaGF0aWQ',
        authorChannelId: who.channelId,
        publishedAt: new Date(1_790_000_000_000 + n * 1000).toISOString(),
        hasDisplayContent: true,
        displayMessage: `${amountMicros} from ${who.displayName}: "${comment}"`,
        superChatDetails: {
          amountMicros,
          currency,
          amountDisplayString: `${currency} ${Number(amountMicros) / 1e6}`,
          userComment: comment,
          tier: 2,
        },
      },
      authorDetails: who,
    };
  },
  deleted(messageId: string, by = author('UCowner', 'Shop', { isChatOwner: true })): LiveChatMessage {
    return {
      id: `LCC.del-${++n}`,
      snippet: {
        type: 'messageDeletedEvent',
        liveChatId: 'Cg0KC2xpdmVjaGF0aWQ',
        authorChannelId: by.channelId,
        publishedAt: new Date(1_790_000_000_000 + n * 1000).toISOString(),
        hasDisplayContent: false,
        messageDeletedDetails: { deletedMessageId: messageId },
      },
      authorDetails: by,
    };
  },
  banned(channelId: string, seconds: number | null, by = author('UCmod', 'Mod', { isChatModerator: true })): LiveChatMessage {
    return {
      id: `LCC.ban-${++n}`,
      snippet: {
        type: 'userBannedEvent',
        liveChatId: 'Cg0KC2xpdmVjaGF0aWQ',
        authorChannelId: by.channelId,
        publishedAt: new Date(1_790_000_000_000 + n * 1000).toISOString(),
        hasDisplayContent: true,
        displayMessage: 'banned',
        userBannedDetails: {
          bannedUserDetails: { channelId, displayName: 'x' },
          banType: seconds === null ? 'permanent' : 'temporary',
          ...(seconds === null ? {} : { banDurationSeconds: String(seconds) }),
        },
      },
      authorDetails: by,
    };
  },
  author,
};
