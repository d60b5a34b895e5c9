import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatDeletion, StoredChatMessage } from '../../../shared/contract';
import { useFrameBatch } from '../../lib/frame-batch';
import type { StudioClient } from '../../lib/studio-client';
import { useEvent } from '../../lib/use-studio';

/**
 * The window keeps the newest lines in memory (a show at 500 lines a second would otherwise grow the page
 * without end); older ones stay on disk (export, review). A reader scrolled up keeps theirs a while longer:
 * the window then trims only past READING_MAX, so the lines under their eyes do not move.
 */
export const CHAT_WINDOW = 1500;
const READING_MAX = 6000;
const PAGE = 2000;

/** Merges messages by ingest sequence: appends in the common case, sorts and dedupes when a page and live events overlap. */
export function mergeBySeq(current: StoredChatMessage[], incoming: StoredChatMessage[], max = CHAT_WINDOW): StoredChatMessage[] {
  if (incoming.length === 0) return current;
  const last = current.at(-1)?.seq ?? 0;
  let merged: StoredChatMessage[];
  if (incoming.every((m, i) => m.seq > (i === 0 ? last : incoming[i - 1]!.seq))) merged = current.concat(incoming);
  else {
    const bySeq = new Map(current.map((m) => [m.seq, m]));
    for (const m of incoming) bySeq.set(m.seq, m);
    merged = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }
  return merged.length > max ? merged.slice(merged.length - max) : merged;
}

/**
 * The current show's chat, oldest first: read with chat.recent, kept live with
 * chat.messages, and after a reconnect resumed from the last message this
 * window had before the connection dropped (chat.recent afterSeq), so a gap is
 * filled, never skipped.
 */
export function useChatFeed(
  client: StudioClient,
  showId: number | null,
  /** True while the reader follows the newest line (the window may trim under them); false while scrolled up. */
  following: { current: boolean } = { current: true },
): { messages: StoredChatMessage[]; loaded: boolean } {
  const [messages, setMessages] = useState<StoredChatMessage[]>([]);
  const [loaded, setLoaded] = useState(false);
  const lastSeq = useRef(0);
  /** Where to resume from: the last seq seen before the connection dropped (null while connected and caught up). */
  const resumeFrom = useRef<number | null>(0);

  const followingRef = useRef(following);
  followingRef.current = following;
  const take = useCallback((incoming: StoredChatMessage[]) => {
    if (incoming.length === 0) return;
    lastSeq.current = Math.max(lastSeq.current, incoming.at(-1)!.seq);
    setMessages((cur) => mergeBySeq(cur, incoming, followingRef.current.current ? CHAT_WINDOW : READING_MAX));
  }, []);
  // Live lines reach React once per animation frame (still of this show: it may have changed meanwhile).
  const current = useRef(showId);
  current.current = showId;
  const takeLive = useFrameBatch<StoredChatMessage>(
    useCallback((batch: StoredChatMessage[]) => take(batch.filter((m) => m.showId === current.current)), [take]),
  );

  useEffect(() => {
    setMessages([]);
    setLoaded(false);
    lastSeq.current = 0;
    resumeFrom.current = 0;
    let stale = false;
    const fill = async () => {
      let after = resumeFrom.current ?? lastSeq.current;
      resumeFrom.current = null;
      for (;;) {
        const page = await client.call('chat.recent', { afterSeq: after, limit: PAGE });
        if (stale) return;
        take(page.filter((m) => m.showId === showId));
        setLoaded(true);
        if (page.length < PAGE) return;
        after = page.at(-1)!.seq;
      }
    };
    const onPhase = (phase: string) => {
      // Note where this window stopped hearing the live feed before anything new can arrive.
      if (phase !== 'connected' && resumeFrom.current === null) resumeFrom.current = lastSeq.current;
      if (phase === 'connected' && showId !== null)
        fill().catch(() => {
          if (resumeFrom.current === null) resumeFrom.current = lastSeq.current;
        });
    };
    const off = client.onPhase(onPhase);
    if (client.connectionPhase === 'connected') onPhase('connected');
    return () => {
      stale = true;
      off();
    };
  }, [client, showId, take]);

  useEvent(
    client,
    'chat.messages',
    useCallback(
      (batch: StoredChatMessage[]) => {
        takeLive(batch.filter((m) => m.showId === showId));
      },
      [showId, takeLive],
    ),
  );

  useEvent(
    client,
    'chat.deleted',
    useCallback((d: ChatDeletion) => {
      const seqs = new Set(d.seqs);
      setMessages((cur) => cur.map((m) => (seqs.has(m.seq) ? { ...m, deletedAt: d.deletedAt, deletedReason: d.reason } : m)));
    }, []),
  );

  return { messages, loaded };
}
