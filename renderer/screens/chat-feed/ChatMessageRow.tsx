import { memo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StoredChatMessage } from '../../../shared/contract';
import { formatMoney, formatMoneyPlain } from '../../../shared/domain/money';
import { formatShowTime } from '../../lib/show-time';
import { useShowZone } from '../../lib/show-zone';
import type { MessageTag } from '../live/use-live-commerce';
import { BuyerBadgesView } from '../../widgets/BuyerBadges';
import { BuyerName, ChatText, Isolated } from '../../widgets/Isolated';
import { PinIcon } from './PinIcon';

/** Bits are a count, not money; everything else is minor units of a real currency. */
function PaidAmount({ paid, locale }: { paid: NonNullable<StoredChatMessage['paid']>; locale: string }) {
  const { t } = useTranslation();
  let text: string;
  try {
    text = paid.currency === 'BITS' ? t('chat.bits', { count: paid.amountMinor }) : formatMoney(paid.amountMinor, paid.currency, locale);
  } catch {
    text = formatMoneyPlain(paid.amountMinor, paid.currency); // an unknown currency code from a platform
  }
  return (
    <span className="chat-paid" data-testid="chat-paid">
      {text}
    </span>
  );
}

/** The message's words: text parts as text, emotes as their name, never HTML; isolated, so a U+202E inside cannot flip the line. */
function MessageText({ message }: { message: StoredChatMessage }) {
  if (!message.parts?.length) return <ChatText text={message.text} />;
  return (
    <Isolated className="chat-words">
      {message.parts.map((part, i) =>
        part.type === 'emote' ? (
          <span key={i} className="chat-emote" title={part.text}>
            {part.text}
          </span>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </Isolated>
  );
}

function Tags({ tag, t }: { tag: MessageTag; t: TFunction }) {
  return (
    <span className="chat-tags">
      {tag.orders.map((o) => (
        <span key={o.id} className={`chat-tag chat-tag-order state-${o.state}`} data-testid="chat-tag-order" data-state={o.state}>
          {t('chat.tag.order', { code: o.productCode })} · {t(`orders.state.${o.state}`)}
        </span>
      ))}
      {tag.cancelled.map((o) => (
        <span key={`c${o.id}`} className="chat-tag chat-tag-cancel" data-testid="chat-tag-cancel">
          {t('chat.tag.cancelled', { code: o.productCode })}
        </span>
      ))}
      {tag.question && (
        <span
          className={`chat-tag chat-tag-question q-${tag.question.state}`}
          data-testid="chat-tag-question"
          data-state={tag.question.state}
        >
          {t(`chat.tag.question.${tag.question.state}`)}
        </span>
      )}
    </span>
  );
}

/** One chat line: platform, buyer (isolated, so a right-to-left name cannot reorder the line), badges, paid amount, text. */
export const ChatMessageRow = memo(function ChatMessageRow({
  message,
  tag,
  onPin,
  t,
  locale,
}: {
  message: StoredChatMessage;
  tag: MessageTag | undefined;
  /** Puts this message on stream (the overlay's pinned card). */
  onPin?: (message: StoredChatMessage) => void;
  /** The feed's translation function and language: one subscription for the feed, not one per line (hundreds a second). */
  t: TFunction;
  locale: string;
}) {
  const deleted = message.deletedAt !== null;
  const timeZone = useShowZone();
  const platformName = t(`chat.platform.${message.platform}`);
  return (
    <div
      className={`chat-msg${deleted ? ' deleted' : ''}${message.isAction ? ' action' : ''}${message.paid ? ' paid' : ''}${tag?.orders.length ? ' tagged-order' : ''}${tag?.question ? ' tagged-question' : ''}`}
      data-testid="chat-message"
      data-seq={message.seq}
      data-platform={message.platform}
    >
      <div className="chat-head">
        <span className={`platform-badge platform-${message.platform}`} title={platformName} aria-label={platformName}>
          {t(`chat.platformShort.${message.platform}`)}
        </span>
        <span className="chat-author" data-testid="chat-author">
          <BuyerName name={message.author.name} />
        </span>
        <BuyerBadgesView badges={message.buyerBadges} t={t} />
        {message.author.badges.map((b) => (
          <span key={b} className={`chat-badge badge-${b}`} title={t(`chat.badge.${b}`)}>
            {t(`chat.badge.${b}`)}
          </span>
        ))}
        {message.paid && <PaidAmount paid={message.paid} locale={locale} />}
        <time className="chat-time" dateTime={new Date(message.receivedAt).toISOString()}>
          {formatShowTime(message.receivedAt, locale, timeZone, 'time')}
        </time>
        {onPin && !deleted && (
          <button
            type="button"
            className="chat-pin"
            onClick={() => onPin(message)}
            title={t('chat.pin')}
            aria-label={t('chat.pin')}
            data-testid="chat-pin"
          >
            <PinIcon />
          </button>
        )}
      </div>
      <div className="chat-text" data-testid="chat-text">
        {deleted ? (
          <s>
            <MessageText message={message} />
          </s>
        ) : (
          <MessageText message={message} />
        )}
        {deleted && (
          <span className="chat-deleted-mark" data-testid="chat-deleted">
            {t(`chat.deleted.${message.deletedReason ?? 'deleted'}`)}
          </span>
        )}
        {tag && <Tags tag={tag} t={t} />}
      </div>
    </div>
  );
}, sameRow);

/** What a tag shows: its orders' ids and states, its question's state. */
function tagKey(tag: MessageTag | undefined): string {
  if (!tag) return '';
  let key = tag.question ? `q${tag.question.id}:${tag.question.state}` : '';
  for (const o of tag.orders) key += `|${o.id}:${o.state}:${o.productCode}`;
  for (const o of tag.cancelled) key += `|x${o.id}:${o.productCode}`;
  return key;
}

/** The board rebuilds its tags on every change: a row re-renders only when its own message or tag changed. */
type RowProps = { message: StoredChatMessage; tag: MessageTag | undefined; onPin?: unknown; t: TFunction; locale: string };
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.message === b.message &&
    a.onPin === b.onPin &&
    a.t === b.t &&
    a.locale === b.locale &&
    (a.tag === b.tag || tagKey(a.tag) === tagKey(b.tag))
  );
}
