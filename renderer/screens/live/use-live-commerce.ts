import { useCallback, useEffect, useState } from 'react';
import type { CommerceSummary, Order, Question } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';

/** The current show's orders, questions and summary, kept live from the contract's events. */
export interface LiveCommerce {
  /** Newest first. */
  orders: Order[];
  /** Oldest first, every state (answered ones stay to show their response time). */
  questions: Question[];
  summary: CommerceSummary | null;
  /** The core's clock minus this window's, so ages tick from the core's time, not a skewed laptop's. */
  clockOffsetMs: number;
  loaded: boolean;
}

const ALL_QUESTION_STATES = ['open', 'answered', 'dismissed'] as const;

/** An order from an event or a list: the later update wins, whichever arrived first. */
function mergeOrders(current: Order[], incoming: Order[]): Order[] {
  const byId = new Map(current.map((o) => [o.id, o]));
  for (const o of incoming) {
    const had = byId.get(o.id);
    if (!had || o.updatedAt >= had.updatedAt) byId.set(o.id, o);
  }
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

/** Questions only move open -> answered | dismissed: a settled copy beats an open one. */
function mergeQuestions(current: Question[], incoming: Question[]): Question[] {
  const byId = new Map(current.map((q) => [q.id, q]));
  for (const q of incoming) {
    const had = byId.get(q.id);
    if (!had || had.state === 'open' || q.state !== 'open') byId.set(q.id, q);
  }
  return [...byId.values()].sort((a, b) => a.askedAt - b.askedAt || a.id - b.id);
}

export function useLiveCommerce(client: StudioClient, showId: number | null): LiveCommerce {
  const phase = useConnectionPhase(client);
  const [orders, setOrders] = useState<Order[]>([]);
  const [questions, setQuestions] = useState<Question[]>([]);
  const [summary, setSummary] = useState<CommerceSummary | null>(null);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);
  const [loaded, setLoaded] = useState(false);

  const takeSummary = useCallback(
    (s: CommerceSummary) => {
      if (s.showId !== showId) return;
      setSummary(s);
      setClockOffsetMs(s.now - Date.now());
    },
    [showId],
  );

  // A new show starts empty; every (re)connect re-reads the lists (events missed while away are in them).
  useEffect(() => {
    setOrders([]);
    setQuestions([]);
    setSummary(null);
    setLoaded(false);
  }, [showId]);
  useEffect(() => {
    if (phase !== 'connected' || showId === null) return;
    let stale = false;
    void Promise.all([
      client.call('orders.list', { showId, limit: 2000 }),
      client.call('questions.list', { showId, states: [...ALL_QUESTION_STATES], limit: 2000 }),
      client.call('commerce.summary', { showId }),
    ]).then(
      ([o, q, s]) => {
        if (stale) return;
        setOrders((cur) => mergeOrders(cur, o));
        setQuestions((cur) => mergeQuestions(cur, q));
        takeSummary(s);
        setLoaded(true);
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [client, phase, showId, takeSummary]);

  useEvent(
    client,
    'orders.changed',
    useCallback(
      ({ orders: changed }: { orders: Order[] }) => {
        const mine = changed.filter((o) => o.showId === showId);
        if (mine.length) setOrders((cur) => mergeOrders(cur, mine));
      },
      [showId],
    ),
  );
  useEvent(
    client,
    'questions.changed',
    useCallback(
      ({ questions: changed }: { questions: Question[] }) => {
        const mine = changed.filter((q) => q.showId === showId);
        if (mine.length) setQuestions((cur) => mergeQuestions(cur, mine));
      },
      [showId],
    ),
  );
  useEvent(client, 'commerce.summary', takeSummary);
  // Going live discards the rehearsal's test orders (core: ShowService.goLive): drop them here too.
  useEvent(
    client,
    'show.changed',
    useCallback(
      (show: { id: number; state: string }) => {
        if (show.id === showId && show.state === 'live')
          setOrders((cur) => (cur.some(isRehearsal) ? cur.filter((o) => !isRehearsal(o)) : cur));
      },
      [showId],
    ),
  );

  return { orders, questions, summary, clockOffsetMs, loaded };
}

/** Which chat messages (by ingest seq) became orders or questions: the feed tags them. */
export type MessageTag = { orders: Order[]; question: Question | null };

export function messageTags(orders: Order[], questions: Question[]): Map<number, MessageTag> {
  const tags = new Map<number, MessageTag>();
  const at = (seq: number) => {
    let tag = tags.get(seq);
    if (!tag) tags.set(seq, (tag = { orders: [], question: null }));
    return tag;
  };
  for (const o of orders) if (o.sourceMessageSeq !== null) at(o.sourceMessageSeq).orders.push(o);
  for (const q of questions) at(q.messageSeq).question = q;
  return tags;
}

/** A test order of a draft show (a rehearsal): held, taking no stock, discarded when the show goes live. */
export const isRehearsal = (o: Order) => o.state === 'held' && o.holdReason === 'rehearsal';
