import type { ChatMessage } from '../../../../shared/contract/chat';
import type { ChatEvent } from '../events';
import type { LiveChatMessage } from './api-types';

type Badge = ChatMessage['author']['badges'][number];

const fractionDigits = new Map<string, number>();

/** Super Chat amounts come in micros of the currency; the store keeps the currency's minor units (JPY 0, PLN 2, …). */
export function microsToMinor(micros: string | number, currency: string): number {
  let digits = fractionDigits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    fractionDigits.set(currency, digits);
  }
  return Math.round(Number(micros) / 10 ** (6 - digits));
}

function badgesOf(a: LiveChatMessage['authorDetails']): Badge[] {
  const out: Badge[] = [];
  if (a?.isChatOwner) out.push('owner');
  if (a?.isChatModerator) out.push('moderator');
  if (a?.isChatSponsor) out.push('member');
  if (a?.isVerified) out.push('verified');
  return out;
}

function timeOf(iso: string | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/** One liveChatMessages item -> a chat event; null for types without words (new members, polls …). */
export function normalizeYouTubeItem(item: LiveChatMessage, liveChatId: string, receivedAt: number): ChatEvent | null {
  const s = item.snippet ?? {};
  const sentAt = timeOf(s.publishedAt);
  switch (s.type) {
    case 'messageDeletedEvent': {
      const id = s.messageDeletedDetails?.deletedMessageId;
      return id ? { kind: 'delete', platform: 'youtube', platformMessageId: id, at: sentAt ?? receivedAt } : null;
    }
    case 'userBannedEvent': {
      const d = s.userBannedDetails;
      const userId = d?.bannedUserDetails?.channelId;
      if (!userId) return null;
      const duration = d?.banType === 'temporary' && d.banDurationSeconds != null ? Number(d.banDurationSeconds) : null;
      return {
        kind: 'ban',
        platform: 'youtube',
        channel: liveChatId,
        platformUserId: userId,
        at: sentAt ?? receivedAt,
        durationSec: duration,
      };
    }
    case 'textMessageEvent':
    case 'superChatEvent':
    case 'superStickerEvent':
    case 'memberMilestoneChatEvent':
      break;
    default:
      return null;
  }
  const userId = item.authorDetails?.channelId ?? s.authorChannelId;
  if (!item.id || !userId) return null;
  let text = s.textMessageDetails?.messageText ?? s.displayMessage ?? '';
  let paid: ChatMessage['paid'] = null;
  const money = s.superChatDetails ?? s.superStickerDetails;
  if (money?.amountMicros != null && money.currency) {
    paid = { amountMinor: microsToMinor(money.amountMicros, money.currency), currency: money.currency };
  }
  if (s.type === 'superChatEvent') text = s.superChatDetails?.userComment ?? '';
  if (s.type === 'memberMilestoneChatEvent') text = s.memberMilestoneChatDetails?.userComment ?? '';
  if (!text && !paid) return null;
  return {
    kind: 'message',
    message: {
      platform: 'youtube',
      platformMessageId: item.id,
      channel: liveChatId,
      author: { platformUserId: userId, name: item.authorDetails?.displayName ?? userId, badges: badgesOf(item.authorDetails) },
      text,
      isAction: false,
      paid,
      sentAt,
      receivedAt,
    },
  };
}
