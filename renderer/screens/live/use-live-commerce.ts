import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommerceSummary, Order, Question } from '../../../shared/contract';
import { isRehearsal } from '../../../shared/domain/order-states';
import { useFrameBatch } from '../../lib/frame-batch';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';
import {
  appendOlderOrders,
  mergeOrderWindow,
  mergeQuestionWindow,
  OPEN_QUESTIONS_WINDOW,
  ORDERS_WINDOW,
  resyncOrderWindow,
} from './live-window';

/** The current show's orders, questions and summary, kept live from the contract's events, in bounded windows (live-window.ts). */
export interface LiveCommerce {
  /** Newest first: the newest ORDERS_WINDOW (more once older pages are read) and every order waiting for a person. */
  orders: Order[];
  /** Oldest first: the oldest open questions and the last settled ones (answered ones show their response time). */
  questions: Question[];
  summary: CommerceSummary | null;
  /** The core's clock minus this window's, so ages tick from the core's time, not a skewed laptop's. */
  clockOffsetMs: number;
  loaded: boolean;
  /** Reads the page of orders before the window's oldest; resolves false when there are none. */
  loadOlderOrders: () => Promise<boolean>;
}

const OPEN = ['open'] as const;
const SETTLED = ['answered', 'dismissed'] as const;
const OLDER_PAGE = 200;

/** The show's order window as the core has it: the newest ORDERS_WINDOW and every order waiting for a person. */
function readOrderWindow(client: StudioClient, showId: number): Promise<Order[]> {
  return Promise.all([
    client.call('orders.list', { showId, limit: ORDERS_WINDOW }),
    client.call('orders.list', { showId, states: ['needs_details', 'held'], limit: 2000 }),
  ]).then(([newest, waiting]) => newest.concat(waiting));
}

export function useLiveCommerce(client: StudioClient, showId: number | null): LiveCommerce {
  const phase = useConnectionPhase(client);
  const [orders, setOrders] = useState<Order[]>([]);
  const [questions, setQuestions] = useState<Question[]>([]);
  const [summary, setSummary] = useState<CommerceSummary | null>(null);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);
  const [loaded, setLoaded] = useState(false);
  /** How many orders the window keeps: grows by a page each time the reader asks for older ones. */
  const keep = useRef(ORDERS_WINDOW);

  const takeSummary = useCallback(
    (s: CommerceSummary) => {
      if (s.showId !== showId) return;
      setSummary(s);
      setClockOffsetMs(s.now - Date.now());
    },
    [showId],
  );

  // Events reach React once per animation frame, however many arrived in between.
  // (Still of this show: it may have changed between the event and the frame.)
  const current = useRef(showId);
  current.current = showId;
  const takeOrders = useFrameBatch<Order>(
    useCallback((changed: Order[]) => {
      const mine = changed.filter((o) => o.showId === current.current);
      if (mine.length) setOrders((cur) => mergeOrderWindow(cur, mine, keep.current));
    }, []),
  );
  const takeQuestions = useFrameBatch<Question>(
    useCallback((changed: Question[]) => {
      const mine = changed.filter((q) => q.showId === current.current);
      if (mine.length) setQuestions((cur) => mergeQuestionWindow(cur, mine));
    }, []),
  );
  const takeSummaries = useFrameBatch<CommerceSummary>(useCallback((all: CommerceSummary[]) => takeSummary(all.at(-1)!), [takeSummary]));

  // A new show starts empty; every (re)connect re-reads the lists (events missed while away are in them).
  useEffect(() => {
    setOrders([]);
    setQuestions([]);
    setSummary(null);
    setLoaded(false);
    keep.current = ORDERS_WINDOW;
  }, [showId]);
  useEffect(() => {
    if (phase !== 'connected' || showId === null) return;
    let stale = false;
    // The summary joins the commerce.summary events where its reply arrives among them, through their batch: the
    // lists' replies may come long after it (a moderator's heavy reads wait their turn in the core), and a summary
    // taken with them undid the events in between (a console showed 0 taken beside its 6 new rows). The lists need
    // no such care: an order or question older than the one shown is never taken (live-window.ts).
    const summaryRead = client.call('commerce.summary', { showId }).then((s) => {
      if (!stale) takeSummaries([s]);
    });
    void Promise.all([
      readOrderWindow(client, showId),
      client.call('questions.list', { showId, states: [...OPEN], limit: OPEN_QUESTIONS_WINDOW }),
      client.call('questions.list', { showId, states: [...SETTLED], limit: 2000 }),
      summaryRead,
    ]).then(
      ([window, open, settled]) => {
        if (stale) return;
        setOrders((cur) => mergeOrderWindow(cur, window, keep.current));
        setQuestions((cur) => mergeQuestionWindow(cur, open.concat(settled)));
        setLoaded(true);
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [client, phase, showId, takeSummaries]);

  // Open questions beyond the window wait in the core: read the oldest again when the window runs low.
  const openInWindow = questions.reduce((n, q) => n + (q.state === 'open' ? 1 : 0), 0);
  const openInShow = summary?.openQuestions ?? 0;
  const refilling = useRef(false);
  useEffect(() => {
    if (phase !== 'connected' || showId === null || refilling.current) return;
    if (openInWindow >= OPEN_QUESTIONS_WINDOW / 2 || openInShow <= openInWindow) return;
    refilling.current = true;
    client.call('questions.list', { showId, states: [...OPEN], limit: OPEN_QUESTIONS_WINDOW }).then(
      (open) => {
        refilling.current = false;
        setQuestions((cur) => mergeQuestionWindow(cur, open));
      },
      () => (refilling.current = false),
    );
  }, [client, phase, showId, openInWindow, openInShow]);

  const ordersRef = useRef(orders);
  ordersRef.current = orders;
  const loadOlderOrders = useCallback(async () => {
    if (showId === null) return false;
    let oldest: number | undefined;
    for (const o of ordersRef.current) if (o.state !== 'needs_details' && o.state !== 'held') oldest = Math.min(oldest ?? o.id, o.id);
    const older = await client.call('orders.list', { showId, limit: OLDER_PAGE, ...(oldest !== undefined ? { beforeId: oldest } : {}) });
    keep.current += older.length;
    setOrders((cur) => appendOlderOrders(cur, older));
    return older.length === OLDER_PAGE;
  }, [client, showId]);

  useEvent(
    client,
    'orders.changed',
    useCallback(
      ({ orders: changed }: { orders: Order[] }) => {
        const mine = changed.filter((o) => o.showId === showId);
        if (mine.length) takeOrders(mine);
      },
      [showId, takeOrders],
    ),
  );
  // A bulk change (a deadline sweep) is announced, not sent order by order: read the window again.
  useEvent(
    client,
    'orders.resync',
    useCallback(
      ({ showIds }: { showIds: number[] }) => {
        if (showId === null || !showIds.includes(showId)) return;
        readOrderWindow(client, showId).then(
          (window) => {
            if (current.current !== showId) return;
            keep.current = ORDERS_WINDOW;
            setOrders((cur) => resyncOrderWindow(cur, window, ORDERS_WINDOW));
          },
          () => undefined,
        );
      },
      [client, showId],
    ),
  );
  useEvent(
    client,
    'questions.changed',
    useCallback(
      ({ questions: changed }: { questions: Question[] }) => {
        const mine = changed.filter((q) => q.showId === showId);
        if (mine.length) takeQuestions(mine);
      },
      [showId, takeQuestions],
    ),
  );
  useEvent(
    client,
    'commerce.summary',
    useCallback((s: CommerceSummary) => takeSummaries([s]), [takeSummaries]),
  );
  // Going live discards the rehearsal's test orders (core: ShowService.goLive): drop them here too.
  useEvent(
    client,
    'show.changed',
    useCallback(
      (show: { id: number; state: string }) => {
        if (show.id !== showId || show.state !== 'live') return;
        setOrders((cur) => (cur.some(isRehearsal) ? cur.filter((o) => !isRehearsal(o)) : cur));
        // The show's counts lost those lines too (taken in order with the summary events, as above).
        client.call('commerce.summary', { showId }).then(
          (s) => takeSummaries([s]),
          () => undefined,
        );
      },
      [client, showId, takeSummaries],
    ),
  );

  return { orders, questions, summary, clockOffsetMs, loaded, loadOlderOrders };
}

/** Which chat messages (by ingest seq) became orders or questions, or cancelled an order: the feed tags them. */
export type MessageTag = { orders: Order[]; question: Question | null; cancelled: Order[] };

export function messageTags(orders: Order[], questions: Question[]): Map<number, MessageTag> {
  const tags = new Map<number, MessageTag>();
  const at = (seq: number) => {
    let tag = tags.get(seq);
    if (!tag) tags.set(seq, (tag = { orders: [], question: null, cancelled: [] }));
    return tag;
  };
  for (const o of orders) {
    if (o.sourceMessageSeq !== null) at(o.sourceMessageSeq).orders.push(o);
    if (o.cancelMessageSeq !== null) at(o.cancelMessageSeq).cancelled.push(o);
  }
  for (const q of questions) at(q.messageSeq).question = q;
  return tags;
}
