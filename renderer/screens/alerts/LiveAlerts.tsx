import { useCallback, useEffect, useRef, useState } from 'react';
import { isolateText } from '../../widgets/Isolated';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  AlertSettingsSchema,
  type AlertSettings,
  type EventPayload,
  type Order,
  type OrderState,
  type Question,
} from '../../../shared/contract';
import {
  countNewOrders,
  droppedFramesAlert,
  newOrderTally,
  newOrders,
  type NewOrderCounts,
  overdueQuestions,
  type QuestionWaitClock,
  raiseBanner,
  reconnectingSources,
  type AlertBanner,
} from '../../../shared/domain/alerts';
import { formatNumber } from '../../../shared/domain/locale';
import { holdsStock } from '../../../shared/domain/order-states';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';
import { useQuestionNow } from '../questions/ticker';
import { playAlertTone } from './tone';
import './alerts.css';

type Kind = 'order' | 'question' | 'frames' | 'chat';
/** A banner's words, said when it is drawn: a banner standing when the seller changes the language speaks the new one. */
type Say = (t: TFunction, language: string) => string;
interface Shown extends AlertBanner<Kind> {
  /** The banner's words; null for an order banner that stands for several orders (it says how many instead). */
  say: Say | null;
}

/** How long a banner stays (it can be dismissed earlier); one per kind (raiseBanner), newest first. */
const SHOWN_MS = 8000;

/** One new line alone: its banner names the buyer and the code, and says what the line is (taken or waiting). */
function namesOneOrder(a: Shown): boolean {
  const n = newOrderTally(a.orders ?? {});
  return a.say !== null && n.taken + n.waitlisted + n.needsDetails + n.held === 1;
}

function oneOrderKey(state: OrderState): string {
  if (holdsStock(state)) return 'liveUx.alerts.newOrder';
  if (state === 'waitlisted') return 'liveUx.alerts.newWaitlistedOne';
  if (state === 'needs_details') return 'liveUx.alerts.newNeedsDetailsOne';
  return 'liveUx.alerts.newHeldOne';
}

/** The order banner's count, in the live header's terms (newOrderTally): taken orders, then what took nothing yet. */
function orderCountsText(counts: NewOrderCounts, t: TFunction): string {
  const n = newOrderTally(counts);
  const parts: string[] = [];
  if (n.taken > 0) parts.push(t('liveUx.alerts.newOrders', { count: n.taken }));
  if (n.waitlisted > 0) parts.push(t('liveUx.alerts.newWaitlisted', { count: n.waitlisted }));
  if (n.needsDetails > 0) parts.push(t('liveUx.alerts.newNeedsDetails', { count: n.needsDetails }));
  if (n.held > 0) parts.push(t('liveUx.alerts.newHeld', { count: n.held }));
  return parts.join(' · ');
}
const MAX_SHOWN = 4;
/** New-order banners (and tones) at most this often; the orders in between are counted into the next. */
const ORDER_ALERT_GAP_MS = 2000;

/**
 * The live windows' alerts (host and consoles): a banner and, with sound on, a short tone on a new
 * order, a question waiting longer than the set seconds, OBS dropping frames over the set share and a
 * chat source reconnecting. The rules are shared/domain/alerts.ts; the settings are the studio's
 * (Settings → Alerts), followed at once through settings.alerts.
 */
export function LiveAlerts({
  client,
  orders,
  questions,
  clockOffsetMs,
  waits,
}: {
  client: StudioClient;
  orders: Order[];
  questions: Question[];
  clockOffsetMs: number;
  /** Questions wait (and ring) only while the show is live. */
  waits: QuestionWaitClock;
}) {
  const { t, i18n } = useTranslation();
  const phase = useConnectionPhase(client);
  const [settings, setSettings] = useState<AlertSettings>(() => AlertSettingsSchema.parse({}));
  useEffect(() => {
    if (phase !== 'connected') return;
    client.call('settings.get', {}).then(
      (s) => setSettings(s.alerts),
      () => undefined,
    );
  }, [client, phase]);
  useEvent(client, 'settings.alerts', setSettings);

  const [shown, setShown] = useState<Shown[]>([]);
  const nextId = useRef(1);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const raise = useCallback((kind: Kind, say: Say | null, orders?: NewOrderCounts) => {
    const id = nextId.current++;
    setShown((list) => raiseBanner(list, { id, kind, say, ...(orders === undefined ? {} : { orders }) }, MAX_SHOWN));
    if (settingsRef.current.sound) playAlertTone(kind);
    setTimeout(() => setShown((list) => list.filter((a) => a.id !== id)), SHOWN_MS);
  }, []);

  // New orders: those taken after this window started watching, each once. A busy show rings once per
  // ORDER_ALERT_GAP_MS at most: orders arriving meanwhile are counted into the next banner, not one each.
  const watchingSince = useRef(Date.now() + clockOffsetMs);
  const seenOrders = useRef(new Set<number>());
  const orderAlert = useRef<{ last: number; pending: Order[]; timer: ReturnType<typeof setTimeout> | null }>({
    last: 0,
    pending: [],
    timer: null,
  });
  const ringOrders = useCallback(() => {
    const a = orderAlert.current;
    a.timer = null;
    const fresh = a.pending;
    a.pending = [];
    if (fresh.length === 0) return;
    a.last = Date.now();
    const [first] = fresh as [Order];
    const [key, buyer, code] = [oneOrderKey(first.state), isolateText(first.buyer.name), first.productCode];
    raise('order', fresh.length === 1 ? (t) => t(key, { buyer, code }) : null, countNewOrders(fresh));
  }, [raise]);
  useEffect(() => {
    const fresh = newOrders(orders, seenOrders.current, watchingSince.current, settings);
    for (const o of orders) seenOrders.current.add(o.id);
    if (fresh.length === 0) return;
    const a = orderAlert.current;
    a.pending.push(...fresh);
    const wait = a.last + ORDER_ALERT_GAP_MS - Date.now();
    if (wait <= 0) ringOrders();
    else a.timer ??= setTimeout(ringOrders, wait);
  }, [orders, settings, ringOrders]);
  useEffect(
    () => () => {
      if (orderAlert.current.timer) clearTimeout(orderAlert.current.timer);
    },
    [],
  );

  // Questions waiting too long: checked on the shared one-second clock while the show is live and any is open.
  const alertedQuestions = useRef(new Set<number>());
  const anyOpen = questions.some((q) => q.state === 'open');
  const now = useQuestionNow(waits, anyOpen && settings.questionWaiting, clockOffsetMs);
  useEffect(() => {
    const late = overdueQuestions(questions, now, settings, alertedQuestions.current, waits);
    for (const q of late) alertedQuestions.current.add(q.id);
    if (late.length > 0) {
      const [buyer, count] = [isolateText(late[0]!.buyer.name), settings.questionWaitSeconds];
      raise('question', (t) => t('liveUx.alerts.questionWaiting', { buyer, count }));
    }
  }, [questions, now, settings, raise, waits]);

  // OBS dropping frames, against the previous sample.
  const lastStats = useRef<EventPayload<'obs.stats'> | null>(null);
  useEvent(
    client,
    'obs.stats',
    useCallback(
      (stats: EventPayload<'obs.stats'>) => {
        const loss = droppedFramesAlert(lastStats.current, stats, settingsRef.current);
        lastStats.current = stats;
        if (loss)
          raise('frames', (t, language) =>
            t(`liveUx.alerts.frames.${loss.cause}`, {
              percent: formatNumber(loss.percent, language, { maximumFractionDigits: 1 }),
              count: loss.frames,
            }),
          );
      },
      [raise],
    ),
  );

  // A chat source reconnecting.
  const lastChat = useRef<EventPayload<'status.changed'>['chat'] | null>(null);
  useEvent(
    client,
    'status.changed',
    useCallback(
      (status: EventPayload<'status.changed'>) => {
        for (const s of reconnectingSources(lastChat.current, status.chat, settingsRef.current))
          raise('chat', (t) =>
            t('liveUx.alerts.chatReconnecting', {
              platform: t(`chat.platform.${s.platform}`, { defaultValue: s.platform }),
              channel: s.channel,
            }),
          );
        lastChat.current = status.chat;
      },
      [raise],
    ),
  );

  if (shown.length === 0) return null;
  // An order banner standing for more than one taken order (it may have taken over an earlier one's), or for
  // lines that took nothing yet, counts them as the live header does: "4 new orders · 2 waitlisted".
  const banners = shown.map((a) => ({
    ...a,
    text: a.orders !== undefined && !namesOneOrder(a) ? orderCountsText(a.orders, t) : (a.say?.(t, i18n.language) ?? ''),
  }));
  return (
    <div className="live-alerts" data-testid="live-alerts">
      {banners.map((a) => (
        <div key={a.id} className={`live-alert live-alert-${a.kind}`} role="alert" data-testid="live-alert" data-kind={a.kind}>
          <span>{a.text}</span>
          <button
            type="button"
            className="ghost small"
            onClick={() => setShown((list) => list.filter((x) => x.id !== a.id))}
            aria-label={t('access.close')}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
