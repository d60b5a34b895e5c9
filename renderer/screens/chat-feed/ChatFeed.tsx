import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredChatMessage } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { measureWithoutLayout } from '../../lib/virtual-measure';
import type { MessageTag } from '../live/use-live-commerce';
import { ChatMessageRow } from './ChatMessageRow';
import { PinnedBar } from './PinnedBar';
import { ManualEntry } from './ManualEntry';
import { useChatFeed } from './use-chat-feed';
import './chat-feed.css';

/**
 * A line's height before it is measured (measureWithoutLayout: the real one comes from the ResizeObserver, after
 * the frame's layout, and the rows are placed again a frame later). Too low, the line lies over the next for that
 * frame; too high leaves a gap instead, which hides nothing. So it is the head and one line of text, a line more for
 * the tags (an order's tag comes with its line: the core tells the orders first), and a line per what the text
 * would fill at the feed's width (a generous 8.5 px per character: DejaVu Sans, the widest common default, is ~8).
 */
const ROW_PX = { oneLine: 57, line: 21, charPx: 8.5, sidePx: 28 } as const;

/** How close to the end still counts as "at the bottom" (a wheel notch less than this keeps following). */
const STICK_PX = 48;

/**
 * The merged live chat of every platform, virtualised (a busy show has tens of
 * thousands of lines), following the newest message unless the reader scrolled
 * up — then a pill counts what arrived and brings them back down.
 */
export function ChatFeed({ client, showId, tags }: { client: StudioClient; showId: number | null; tags: Map<number, MessageTag> }) {
  const { t, i18n } = useTranslation();
  const following = useRef(true);
  const { messages, loaded } = useChatFeed(client, showId, following);
  const pin = useCallback(
    (m: StoredChatMessage) =>
      void client.call('overlay.pin', { kind: 'message', author: m.author.name, text: m.text }).catch(() => undefined),
    [client],
  );
  const scroller = useRef<HTMLDivElement>(null);
  /** The newest seq the reader had when they scrolled away; null while following. */
  const [leftAtSeq, setLeftAtSeq] = useState<number | null>(null);

  /** The feed's width as the virtualiser last saw it (its ResizeObserver): reading the element's would force a layout per row. */
  const feedWidth = useRef(300);
  const charsPerLine = Math.max(8, (feedWidth.current - ROW_PX.sidePx) / ROW_PX.charPx);
  const virtual = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => {
      const message = messages[i]!;
      const lines = Math.ceil(Math.max(1, message.text.length) / charsPerLine) + (tags.has(message.seq) ? 1 : 0);
      return ROW_PX.oneLine + ROW_PX.line * (lines - 1);
    },
    measureElement: measureWithoutLayout,
    overscan: 10,
    getItemKey: (i) => messages[i]!.seq,
  });

  /**
   * The box's height when the feed last looked. A scroll event already due when the box shrinks (the feed had just
   * scrolled to a new line) reaches us before the ResizeObserver does, and sees a gap below: that gap is the box
   * shrinking, not the reader leaving, so a follower is taken back down instead.
   */
  const boxHeight = useRef(0);
  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const gap = el.scrollHeight - el.scrollTop - el.clientHeight;
    const resized = el.clientHeight !== boxHeight.current;
    boxHeight.current = el.clientHeight;
    if (resized && following.current) {
      if (gap >= STICK_PX) el.scrollTop = el.scrollHeight;
      return;
    }
    const atBottom = gap < STICK_PX;
    if (atBottom !== following.current) {
      following.current = atBottom;
      setLeftAtSeq(atBottom ? null : (messages.at(-1)?.seq ?? 0));
    }
  }, [messages]);

  const toBottom = useCallback(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);

  // Follow the newest line; measured row heights change the total size, so re-stick when it does.
  feedWidth.current = virtual.scrollRect?.width ?? feedWidth.current;
  const totalSize = virtual.getTotalSize();
  useLayoutEffect(() => {
    if (following.current) toBottom();
  }, [messages, totalSize, toBottom]);

  // The box itself changes size too (a banner above the board pushes it down, the window is resized): a reader
  // at the bottom stays there, so the newest line never drops out of view. A shrinking box scrolls nothing, so
  // no scroll event says so: the box's own size is watched.
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      boxHeight.current = el.clientHeight;
      if (following.current) toBottom();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [toBottom]);

  const unseen = leftAtSeq === null ? 0 : countAfter(messages, leftAtSeq);

  return (
    <section
      className="chat-feed"
      aria-labelledby="chat-feed-title"
      data-testid="chat-feed"
      data-count={messages.length}
      data-following={leftAtSeq === null}
    >
      <div className="live-panel-head">
        <h2 id="chat-feed-title" className="section-title">
          {t('chat.title')}
        </h2>
        <span className="muted">{t('chat.count', { count: messages.length })}</span>
      </div>
      <PinnedBar client={client} />
      <div className="chat-scroll-wrap">
        <div
          className="chat-scroll"
          ref={scroller}
          onScroll={onScroll}
          role="log"
          aria-live="off"
          aria-label={t('chat.title')}
          tabIndex={0}
          data-testid="chat-scroll"
        >
          {loaded && messages.length === 0 && <p className="muted chat-empty">{showId === null ? t('chat.noShow') : t('chat.empty')}</p>}
          <div style={{ height: totalSize, position: 'relative' }}>
            {virtual.getVirtualItems().map((row) => {
              const message = messages[row.index]!;
              return (
                <div
                  key={row.key}
                  data-index={row.index}
                  ref={virtual.measureElement}
                  className="chat-row"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <ChatMessageRow message={message} tag={tags.get(message.seq)} onPin={pin} t={t} locale={i18n.language} />
                </div>
              );
            })}
          </div>
        </div>
        {unseen > 0 && (
          <button
            type="button"
            className="chat-new-pill"
            onClick={() => {
              following.current = true;
              setLeftAtSeq(null);
              toBottom();
            }}
            data-testid="chat-new-pill"
          >
            {t('chat.newMessages', { count: unseen })} ↓
          </button>
        )}
      </div>
      <ManualEntry client={client} disabled={showId === null} />
    </section>
  );
}

/** Messages newer than seq, counted from the end (the pill only ever counts a recent tail). */
function countAfter(messages: { seq: number }[], seq: number): number {
  let n = 0;
  for (let i = messages.length - 1; i >= 0 && messages[i]!.seq > seq; i--) n++;
  return n;
}
