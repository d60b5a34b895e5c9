import { useMemo, type ReactNode } from 'react';
import type { Catalog, Role, ShowSummary } from '../../../shared/contract';
import { questionWaitClock } from '../../../shared/domain/alerts';
import { ShowZone } from '../../lib/show-zone';
import type { StudioClient } from '../../lib/studio-client';
import { ChatFeed } from '../chat-feed/ChatFeed';
import { OrdersList } from '../orders/OrdersList';
import { ParserReviewPanel } from '../parser-review/ParserReviewPanel';
import { QuestionQueue } from '../questions/QuestionQueue';
import { LiveHeader } from './LiveHeader';
import { LiveAlerts } from '../alerts/LiveAlerts';
import { messageTags, useLiveCommerce } from './use-live-commerce';
import './live.css';

/**
 * The screens a show is worked in, side by side, over one live data set:
 * the host sees the stage (what is on stream) first, a co-moderator the
 * questions and orders first; the chat is beside both.
 */
export function LiveBoard({
  client,
  role,
  show,
  catalog,
  stage,
}: {
  client: StudioClient;
  role: Role;
  show: ShowSummary | null;
  catalog: Catalog | undefined;
  /** What is on stream (and for the host, the catalog to feature from). */
  stage: ReactNode;
}) {
  const showId = show?.id ?? null;
  const live = useLiveCommerce(client, showId);
  const tags = useMemo(() => messageTags(live.orders, live.questions), [live.orders, live.questions]);
  // Questions wait (their ages count, their alerts ring) only while the show is live.
  const state = show?.state ?? null;
  const endedAt = show?.endedAt ?? null;
  const waits = useMemo(() => questionWaitClock(state === null ? null : { state, endedAt }), [state, endedAt]);
  const work = (
    <div className="live-work">
      <ParserReviewPanel client={client} orders={live.orders} catalog={catalog} />
      <QuestionQueue
        client={client}
        questions={live.questions}
        openTotal={live.summary?.openQuestions}
        clockOffsetMs={live.clockOffsetMs}
        waits={waits}
      />
      <OrdersList
        client={client}
        role={role}
        orders={live.orders}
        summary={live.summary}
        loadOlder={live.loadOlderOrders}
        catalog={catalog}
        initialFilter={role === 'host' ? 'all' : 'action'}
      />
    </div>
  );
  const chat = <ChatFeed client={client} showId={showId} tags={tags} />;
  // Chat, order and history times on the show's clock, as on the cart page, Review and Report.
  return (
    <ShowZone.Provider value={show?.timeZone}>
      <LiveHeader summary={live.summary} questions={live.questions} clockOffsetMs={live.clockOffsetMs} waits={waits} />
      <LiveAlerts client={client} orders={live.orders} questions={live.questions} clockOffsetMs={live.clockOffsetMs} waits={waits} />
      <div className={`live-board live-board-${role === 'host' ? 'host' : 'console'}`} data-testid="live-board">
        {role === 'host' ? (
          <>
            <div className="live-stage">{stage}</div>
            {work}
            {chat}
          </>
        ) : (
          <>
            {work}
            {chat}
            <div className="live-stage">{stage}</div>
          </>
        )}
      </div>
    </ShowZone.Provider>
  );
}
