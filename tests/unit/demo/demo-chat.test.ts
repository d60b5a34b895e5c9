// The demo show's recorded chat (resources/demo/chat.jsonl): it parses, speaks the three languages,
// and replayed into the seeded demo boutique it makes every moment the demo promises happen:
// feature changes, orders, a claim needing details, questions, sell-outs, waitlisted claims and
// their promotion when a buyer cancels.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReplayLine, type ReplayConnector } from '../../../electron/core/chat/replay/replay-connector';
import { demoChatFile } from '../../../electron/core/demo/demo-show';
import { listOrderEvents, listOrders } from '../../../electron/core/store/orders';
import { listQuestions } from '../../../electron/core/store/questions';
import { appRoot } from '../../../electron/core/app-root';
import { startTestStudio } from '../../support/studio';

const file = demoChatFile(path.join(appRoot(), 'resources'));
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the demo show’s recorded chat', () => {
  it('parses line by line, in English, Polish and Kazakh, on two platforms, with feature changes, within two minutes', () => {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const parsed = lines.map((l) => parseReplayLine(l, 0));
    expect(parsed.every((p) => p !== null)).toBe(true);
    const messages = parsed.flatMap((p) => (p!.event.kind === 'message' ? [p!.event.message] : []));
    const features = parsed.filter((p) => p!.event.kind === 'feature');
    expect(features.length).toBeGreaterThanOrEqual(5);
    expect(new Set(messages.map((m) => m.platform))).toEqual(new Set(['twitch', 'youtube']));
    expect(messages.some((m) => /[әғқңөұүһі]/i.test(m.text))).toBe(true); // Kazakh
    expect(messages.some((m) => /[ąćęłńóśźż]|biorę/i.test(m.text))).toBe(true); // Polish
    expect(messages.some((m) => /\b(please|the|I take it)\b/i.test(m.text))).toBe(true); // English
    const times = parsed.map((p) => p!.recordedAt!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Something happens at once, and the whole story is short enough to watch.
    expect(times[1]! - times[0]!).toBeLessThan(5_000);
    expect(times.at(-1)! - times[0]!).toBeLessThan(120_000);
    expect(new Set(messages.map((m) => m.platformMessageId)).size).toBe(messages.length);
    // No platform send time: ages on every screen read from the studio's clock when the line plays.
    expect(messages.filter((m) => m.sentAt !== null)).toEqual([]);
  });

  it('replayed at full speed into the demo boutique: orders, needs-details, questions, sell-outs and waitlist promotions', async () => {
    const studio = await startTestStudio({ demoShow: { speed: 'max', returnUrl: null } });
    cleanups.push(() => studio.dispose());
    const replay = studio.services.chat.connectors().find((c) => c.id === 'demo') as ReplayConnector | undefined;
    expect(replay, 'the demo studio plays its recording').toBeDefined();
    const result = await replay!.done;
    expect(result.skipped).toBe(0);
    const show = studio.services.shows.current()!;
    expect(show.state).toBe('live');

    const orders = listOrders(studio.db, { showId: show.id, limit: 1000 });
    const states = orders.map((o) => o.state);
    expect(orders.length).toBeGreaterThanOrEqual(20);
    expect(states.filter((s) => s === 'claimed').length).toBeGreaterThanOrEqual(15);
    expect(states).toContain('needs_details');
    expect(states).toContain('cancelled');
    expect(states).toContain('waitlisted'); // still waiting at the end (nobody cancelled)

    const history = orders.flatMap((o) => listOrderEvents(studio.db, o.id));
    const promotions = history.filter((e) => e.fromState === 'waitlisted' && e.toState === 'claimed');
    expect(promotions.length).toBeGreaterThanOrEqual(3);
    // A sell-out: a variant whose last unit a claim took, so the next claim on it waited.
    const waitlistedVariants = new Set(
      orders.filter((o) => history.some((e) => e.orderId === o.id && e.toState === 'waitlisted')).map((o) => o.variantId),
    );
    expect(waitlistedVariants.size).toBeGreaterThanOrEqual(4);

    const questions = listQuestions(studio.db, { showId: show.id, states: ['open', 'answered', 'dismissed'], limit: 100 });
    expect(questions.length).toBeGreaterThanOrEqual(7);
    const topics = new Set(questions.map((q) => q.topic));
    for (const topic of ['shipping', 'material', 'size', 'payment']) expect(topics, topic).toContain(topic);
    // Buyers from both platforms and all languages became buyers of the show.
    expect(new Set(orders.map((o) => o.buyer.platform))).toEqual(new Set(['twitch', 'youtube']));
  });
});
