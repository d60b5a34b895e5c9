import { createHash } from 'node:crypto';
import type { ChatMessage } from '../../../../shared/contract/chat';
import type { ChatEvent } from '../events';
import type { IrcMessage } from './irc-message';

type Badge = ChatMessage['author']['badges'][number];
type Part = NonNullable<ChatMessage['parts']>[number];

/** Twitch badge set names -> the studio's badges; the rest (bits, premium, turbo …) are cosmetic. */
const BADGE_MAP: Record<string, Badge> = {
  broadcaster: 'owner',
  moderator: 'moderator',
  subscriber: 'subscriber',
  founder: 'subscriber',
  vip: 'vip',
  partner: 'verified',
};

export function mapBadges(badgesTag: string | undefined, modTag?: string): Badge[] {
  const out = new Set<Badge>();
  if (badgesTag) {
    for (const entry of badgesTag.split(',')) {
      const mapped = BADGE_MAP[entry.split('/')[0] ?? ''];
      if (mapped) out.add(mapped);
    }
  }
  if (modTag === '1') out.add('moderator');
  return [...out];
}

/**
 * Twitch's `emotes` tag (`25:0-4,12-16/1902:6-10`) -> text and emote parts. Positions count
 * Unicode code points; ranges that fall outside the text or overlap are ignored, never trusted.
 */
export function emoteParts(text: string, emotesTag: string | undefined): Part[] | undefined {
  if (!emotesTag) return undefined;
  const ranges: { start: number; end: number; id: string }[] = [];
  for (const group of emotesTag.split('/')) {
    const colon = group.indexOf(':');
    if (colon <= 0) continue;
    const id = group.slice(0, colon);
    for (const range of group.slice(colon + 1).split(',')) {
      const [a, b] = range.split('-');
      const start = Number(a);
      const end = Number(b);
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start) ranges.push({ start, end, id });
    }
  }
  if (ranges.length === 0) return undefined;
  ranges.sort((x, y) => x.start - y.start);
  const chars = Array.from(text);
  const parts: Part[] = [];
  let cursor = 0;
  for (const r of ranges) {
    if (r.start < cursor || r.end >= chars.length) continue;
    if (r.start > cursor) parts.push({ type: 'text', text: chars.slice(cursor, r.start).join('') });
    parts.push({
      type: 'emote',
      id: r.id,
      text: chars.slice(r.start, r.end + 1).join(''),
      url: `https://static-cdn.jtvnw.net/emoticons/v2/${encodeURIComponent(r.id)}/default/dark/1.0`,
    });
    cursor = r.end + 1;
  }
  if (parts.length === 0) return undefined;
  if (cursor < chars.length) parts.push({ type: 'text', text: chars.slice(cursor).join('') });
  return parts;
}

/** 2010-01-01: no Twitch chat line is older (Twitch started in 2011). */
export const EARLIEST_SENT_AT = Date.UTC(2010, 0, 1);
/** A clock a day ahead of the studio's is wrong, not early. */
export const MAX_SENT_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * A peer's timestamp drives dedupe windows and order times, so it is trusted only inside a sane
 * window (finite, from 2010, at most a day ahead of the studio's clock); otherwise null, and the
 * studio's receive time stands in for it.
 */
export function saneSentAt(value: number, receivedAt: number): number | null {
  return Number.isFinite(value) && value >= EARLIEST_SENT_AT && value <= receivedAt + MAX_SENT_AHEAD_MS ? value : null;
}

function sentAtOf(tags: Record<string, string>, receivedAt: number): number | null {
  const ts = tags['tmi-sent-ts'];
  if (ts && /^\d{1,16}$/.test(ts)) {
    const sane = saneSentAt(Number(ts), receivedAt);
    if (sane !== null) return sane;
  }
  // A standard IRCv3 server (the test peer) stamps `time` instead.
  if (tags.time) return saneSentAt(Date.parse(tags.time), receivedAt);
  return null;
}

function channelOf(msg: IrcMessage): string {
  return (msg.params[0] ?? '').replace(/^#/, '');
}

/** Twitch's `id` tag, a standard server's `msgid`, else a content hash (stable across resends of the same line). */
function messageIdOf(msg: IrcMessage, text: string, sentAt: number | null): string {
  const id = msg.tags.id || msg.tags.msgid;
  if (id) return id;
  const hash = createHash('sha1').update(`${msg.params[0]}\n${msg.prefix}\n${sentAt}\n${text}`).digest('hex').slice(0, 20);
  return `h-${hash}`;
}

const ACTION_PREFIX = '\u0001ACTION ';

/** Turns one parsed Twitch IRC message into a chat event; null for everything the feed does not need. */
export function normalizeTwitchMessage(msg: IrcMessage, receivedAt: number): ChatEvent | null {
  switch (msg.command) {
    case 'PRIVMSG':
      return chatMessage(msg, msg.params[1] ?? '', msg.nick, receivedAt);
    case 'USERNOTICE': {
      // Sub/resub/cheer notices: only the ones carrying the viewer's own words are chat.
      const text = msg.params[1];
      if (!text) return null;
      return chatMessage(msg, text, msg.tags.login ?? null, receivedAt);
    }
    case 'CLEARMSG': {
      const id = msg.tags['target-msg-id'];
      if (!id) return null;
      return { kind: 'delete', platform: 'twitch', platformMessageId: id, at: sentAtOf(msg.tags, receivedAt) ?? receivedAt };
    }
    case 'CLEARCHAT': {
      const at = sentAtOf(msg.tags, receivedAt) ?? receivedAt;
      const login = msg.params[1];
      if (!login) return { kind: 'clear', platform: 'twitch', channel: channelOf(msg), at };
      const duration = msg.tags['ban-duration'];
      return {
        kind: 'ban',
        platform: 'twitch',
        channel: channelOf(msg),
        platformUserId: msg.tags['target-user-id'] || login,
        at,
        durationSec: duration && /^\d+$/.test(duration) ? Number(duration) : null,
      };
    }
    default:
      return null;
  }
}

function chatMessage(msg: IrcMessage, rawText: string, login: string | null, receivedAt: number): ChatEvent | null {
  let text = rawText;
  let isAction = false;
  if (text.startsWith(ACTION_PREFIX)) {
    isAction = true;
    text = text.slice(ACTION_PREFIX.length);
    if (text.endsWith('\u0001')) text = text.slice(0, -1);
  }
  const userId = msg.tags['user-id'] || login;
  if (!userId) return null;
  const sentAt = sentAtOf(msg.tags, receivedAt);
  const bits = msg.tags.bits;
  const message: ChatMessage = {
    platform: 'twitch',
    platformMessageId: messageIdOf(msg, rawText, sentAt),
    channel: channelOf(msg),
    author: {
      platformUserId: userId,
      name: msg.tags['display-name'] || login || userId,
      badges: mapBadges(msg.tags.badges, msg.tags.mod),
    },
    text,
    isAction,
    paid: bits && /^\d+$/.test(bits) && bits !== '0' ? { amountMinor: Number(bits), currency: 'BITS' } : null,
    sentAt,
    receivedAt,
  };
  const parts = emoteParts(text, msg.tags.emotes);
  if (parts) message.parts = parts;
  return { kind: 'message', message };
}
