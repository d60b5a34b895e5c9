// The commerce engine behind the real ChatIngest (its in-transaction hook) on a real SQLite file:
// deal price of the moment, dedupe window, per-buyer limit, corrections, cancels, questions and the
// chat posts the settings allow. A fake clock; chat posts captured instead of a platform connection.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsSchema, type Settings } from '../../../shared/contract';
import { ChatIngest } from '../../../electron/core/chat/ingest';
import {
  CatalogView,
  ChatCommerce,
  ChatReplies,
  CommercePublisher,
  OrdersService,
  QuestionsService,
} from '../../../electron/core/commerce';
import { StudioEvents } from '../../../electron/core/events';
import { getOrders } from '../../../electron/core/store/orders';
import type { ClaimRequest } from '../../../electron/core/overlay/overlay-service';
import { assertStockInvariant } from '../../../electron/core/store/stock';
import { seedShop, type Fixture } from './helpers';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

const T0 = 1_700_000_000_000;
let now = T0;
let env: TempDatabase;
let f: Fixture;
let commerce: { close(): void };
let ingest: ChatIngest;
let settings: Settings['commerce'];
let posts: { platform: string; text: string; replyTo?: string }[];
let claims: string[];
let announced: ClaimRequest[];
let logs: string[];
let seq = 0;
let engine: ChatCommerce;
let questionsService: QuestionsService;
let studioEvents: StudioEvents;

function setup(options: Parameters<typeof seedShop>[1] = {}) {
  env = tempDatabase('lss-commerce-');
  f = seedShop(env.db, options);
  env.db.prepare('UPDATE shows SET featured_product_id = ? WHERE id = ?').run(f.product.id, f.showId);
  env.db
    .prepare("INSERT INTO product_facts (product_id, topic, language, text) VALUES (NULL, 'shipping', 'pl', 'Wysyłka InPost w 2 dni.')")
    .run();
  settings = SettingsSchema.parse({}).commerce;
  posts = [];
  claims = [];
  announced = [];
  const events = new StudioEvents();
  const db = env.db;
  const clock = () => now;
  const currentShowId = () => f.showId;
  logs = [];
  const log = (level: string, message: string) => void logs.push(`${level} ${message}`);
  const catalog = new CatalogView({ db, events, extraIntentRules: () => settings.extraIntentRules, log });
  const publisher = new CommercePublisher({
    db,
    clock,
    events,
    catalog,
    currentShowId,
    overlay: {
      announceClaim: (c) => {
        announced.push(c);
        claims.push(`${c.buyer} ${c.code} ${c.variant}`);
      },
      announceDeal: () => {},
    },
    shows: { featured: () => null, refreshFeatured: () => undefined },
    log,
  });
  const replies = new ChatReplies({
    db,
    events,
    catalog,
    settings: () => settings,
    send: (platform, text, replyTo) => {
      posts.push({ platform, text, replyTo });
      return { platform, queued: 1, sentInWindow: 0, limit: 20, windowMs: 30_000, nextAt: now, lastError: null };
    },
    log,
  });
  const orders = new OrdersService({ db, clock, events, catalog, currentShowId, publisher, replies });
  const questions = new QuestionsService({ db, clock, events, catalog, settings: () => settings, currentShowId, publisher, replies, log });
  questionsService = questions;
  studioEvents = events;
  engine = new ChatCommerce({ db, clock, catalog, publisher, log });
  commerce = {
    close() {
      for (const part of [catalog, replies, orders, questions]) part.close();
    },
  };
  ingest = new ChatIngest({ db: env.db, clock: () => now, showId: () => f.showId, hook: engine });
}

function say(user: string, text: string, sentAt = now) {
  seq++;
  ingest.push({
    kind: 'message',
    message: {
      platform: 'twitch',
      platformMessageId: `m${seq}`,
      channel: 'shop',
      author: { platformUserId: user, name: user, badges: [] },
      text,
      isAction: false,
      paid: null,
      sentAt,
      receivedAt: now,
    },
  });
  ingest.flush();
}

const orders = () =>
  env.db
    .prepare(
      'SELECT o.quantity, o.state, o.unit_price_minor AS price, o.is_deal AS deal, v.option1 AS size FROM orders o LEFT JOIN variants v ON v.id = o.variant_id ORDER BY o.id',
    )
    .all();

beforeEach(() => {
  now = T0;
  seq = 0;
});
afterEach(() => {
  assertStockInvariant(env.db);
  ingest.close();
  commerce.close();
  env.remove();
});

describe('commerce engine behind chat ingest', () => {
  it('times a claim by the studio’s receive time (never tmi-sent-ts) and honours the show’s stream delay after a deal ends', () => {
    setup({ stock: 5, deal: { priceMinor: 9900, quota: null, startedAt: T0, endsAt: T0 + 60_000 } });
    env.db.prepare('UPDATE shows SET stream_delay_ms = 10000 WHERE id = ?').run(f.showId);
    const hoursAgo = T0 - 3 * 3_600_000;
    now = T0 + 65_000; // 5 s after the deal ended: a viewer 10 s behind still saw it running
    say('ann', 'A12 M', hoursAgo);
    now = T0 + 70_000; // the grace is over
    say('bob', 'A12 S', hoursAgo);
    say('eve', 'ile kosztuje wysyłka?', T0 + 40 * 86_400_000); // a platform clock running ahead
    expect(orders()).toEqual([
      { quantity: 1, state: 'claimed', price: 9900, deal: 1, size: 'M' },
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'S' },
    ]);
    expect(env.db.prepare('SELECT created_at AS at FROM orders ORDER BY id').all()).toEqual([{ at: T0 + 65_000 }, { at: T0 + 70_000 }]);
    expect(env.db.prepare('SELECT asked_at AS at FROM questions').all()).toEqual([{ at: T0 + 70_000 }]);
  });

  it('prices at the deal while it runs and its quota lasts, then at the variant price', () => {
    setup({ stock: 5, deal: { priceMinor: 9900, quota: 2, startedAt: T0, endsAt: T0 + 60_000 } });
    say('ann', 'biorę M');
    say('bob', 'sold S x2'); // would pass the quota of 2: regular price
    say('cat', 'A12 S');
    now = T0 + 60_000; // the deal has ended
    say('dan', 'A12 M');
    expect(orders()).toEqual([
      { quantity: 1, state: 'claimed', price: 9900, deal: 1, size: 'M' },
      { quantity: 2, state: 'claimed', price: 14900, deal: 0, size: 'S' },
      { quantity: 1, state: 'claimed', price: 9900, deal: 1, size: 'S' },
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' },
    ]);
  });

  it('counts the same claim within 10 s once, and keeps to the per-buyer limit', () => {
    setup({ stock: 5, perBuyerLimit: 2 });
    say('ann', 'A12 M');
    now += 4_000;
    say('ann', 'A12 M!!');
    now += 11_000;
    say('ann', 'A12 M x3'); // one left under the limit of 2
    say('ann', 'A12 S'); // over the limit: nothing
    expect(orders()).toEqual([
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' },
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' },
    ]);
  });

  it('corrects the last claim ("I meant S not M") and cancels in chat, giving stock back to the waitlist', () => {
    setup({ stock: 1 });
    say('ann', 'A12 M');
    say('bob', 'A12 M'); // out of stock: waitlisted
    say('ann', 'I meant S not M'); // ann moves to S; bob gets M
    expect(orders()).toEqual([
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'S' },
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' },
    ]);
    say('ann', 'cancel A12');
    expect((orders()[0] as { state: string }).state).toBe('cancelled');
    const history = env.db.prepare('SELECT from_state, to_state, actor FROM order_events WHERE order_id = 2 ORDER BY id').all();
    expect(history).toEqual([
      { from_state: null, to_state: 'waitlisted', actor: 'chat:twitch:bob' },
      { from_state: 'waitlisted', to_state: 'claimed', actor: 'studio' },
    ]);
  });

  it('remembers which chat line cancelled an order (in pl and kk too), so the feed can tag it', () => {
    setup({ stock: 5 });
    say('ann', 'A12 M');
    say('ola', 'biorę A12 M');
    say('aru', 'маған А12 M керек');
    const seqOf = (text: string) => env.db.prepare('SELECT seq FROM chat_messages WHERE text = ?').pluck().get(text) as number;
    say('ann', 'cancel A12');
    say('ola', 'anuluję A12');
    say('aru', 'бас тарттым А12');
    const rows = getOrders(env.db, [1, 2, 3]);
    expect(rows.map((o) => o.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(rows.map((o) => o.cancelMessageSeq)).toEqual([seqOf('cancel A12'), seqOf('anuluję A12'), seqOf('бас тарттым А12')]);
    expect(rows.map((o) => o.sourceMessageSeq)).toEqual([seqOf('A12 M'), seqOf('biorę A12 M'), seqOf('маған А12 M керек')]);
  });

  it('thanks a claim in the buyer’s language and puts it on the ticker; thank-yous can be turned off', () => {
    setup({ stock: 2 });
    say('ann', 'biorę M');
    expect(posts).toEqual([{ platform: 'twitch', text: '@ann A12 M jest Twoje! 🎉', replyTo: 'm1' }]);
    expect(claims).toEqual(['ann A12 M']);
    settings = { ...settings, thankYous: false };
    say('bob', 'беру S');
    expect(posts).toHaveLength(1);
    expect(claims).toEqual(['ann A12 M', 'bob A12 S']);
  });

  it('puts the quantity of a claim on the ticker: "dan 2 × A12 S", one unit for a plain claim', () => {
    setup({ stock: 5 });
    say('dan', 'A12 S x2');
    say('ann', 'biorę M');
    expect(orders()).toEqual([
      { quantity: 2, state: 'claimed', price: 14900, deal: 0, size: 'S' },
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' },
    ]);
    expect(announced.map((c) => [c.buyer, c.code, c.variant, c.quantity])).toEqual([
      ['dan', 'A12', 'S', 2],
      ['ann', 'A12', 'M', 1],
    ]);
  });

  it('stores questions with language, topic and a suggestion; posts it only with auto-replies on, storing the response time', () => {
    setup({ stock: 2 });
    say('ann', 'ile kosztuje wysyłka?');
    let q = env.db.prepare('SELECT topic, language, state, suggested_answer AS s, response_ms AS ms FROM questions ORDER BY id DESC').get();
    expect(q).toEqual({ topic: 'shipping', language: 'pl', state: 'open', s: '@ann Wysyłka InPost w 2 dni.', ms: null });
    expect(posts).toEqual([]);
    settings = { ...settings, autoReplies: true };
    say('bob', 'what sizes do you have?');
    q = env.db
      .prepare(
        'SELECT topic, language, state, suggested_answer AS s, auto_answered AS auto, response_ms AS ms FROM questions ORDER BY id DESC',
      )
      .get();
    expect(q).toEqual({ topic: 'size', language: 'en', state: 'answered', s: '@bob A12 sizes in stock: S, M', auto: 1, ms: 0 });
    expect(posts.map((p) => p.text)).toEqual(['@bob A12 sizes in stock: S, M']);
  });

  it('an answer sent after a sale says the stock of that moment, and the open question is shown again with it', () => {
    setup({ stock: 2 });
    const shown: string[] = [];
    studioEvents.subscribe((name, payload) => {
      if (name === 'questions.changed')
        for (const q of (payload as { questions: { suggestedAnswer: string | null }[] }).questions) shown.push(q.suggestedAnswer ?? '');
    });
    say('ann', 'A12 ile zostało?');
    const [asked] = questionsService.list({ showId: f.showId, states: ['open'], limit: 10 });
    expect(asked?.topic).toBe('stock');
    expect(asked?.suggestedAnswer).toBe('@ann A12 zostało: S ×2, M ×2');
    say('bob', 'A12 M 2 szt');
    say('eve', 'A12 S');
    // The board hears the new suggestion with the stock.changed of the sale, and lists it so.
    expect(shown.at(-1)).toBe('@ann A12 zostało: S ×1');
    expect(questionsService.list({ showId: f.showId, states: ['open'], limit: 10 })[0]?.suggestedAnswer).toBe('@ann A12 zostało: S ×1');
    // Sent as suggested (no text of its own): made now, not when ann asked.
    const answered = questionsService.answer({ questionId: asked!.id }, { role: 'moderator', actor: 'mod' });
    expect(posts.at(-1)?.text).toBe('@ann A12 zostało: S ×1');
    expect(answered.answer).toBe('@ann A12 zostało: S ×1');
  });

  it('auto-answer posts the stock of the moment it posts: a sale later in the same chat batch is counted', () => {
    setup({ stock: 1 });
    settings = { ...settings, autoReplies: true, thankYous: false };
    const message = (user: string, text: string) => ({
      kind: 'message' as const,
      message: {
        platform: 'twitch' as const,
        platformMessageId: `m${++seq}`,
        channel: 'shop',
        author: { platformUserId: user, name: user, badges: [] },
        text,
        isAction: false,
        paid: null,
        sentAt: now,
        receivedAt: now,
      },
    });
    ingest.push(message('ann', 'A12 ile zostało?'));
    ingest.push(message('bob', 'A12 M'));
    ingest.flush();
    expect(orders()).toEqual([{ quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' }]);
    expect(posts.map((p) => p.text)).toEqual(['@ann A12 zostało: S ×1']);
    expect(env.db.prepare('SELECT answer, auto_answered AS auto FROM questions').get()).toEqual({
      answer: '@ann A12 zostało: S ×1',
      auto: 1,
    });
  });

  it('a claim without its size needs details and takes no stock; the buyer can still name it in chat', () => {
    setup({ stock: 2 });
    say('ann', 'A12 sold');
    expect(orders()).toEqual([{ quantity: 1, state: 'needs_details', price: null, deal: 0, size: null }]);
    say('ann', 'I meant M');
    expect(orders()).toEqual([{ quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' }]);
  });
});

describe('the engine never lets seller rules stop orders', () => {
  const unhandled = () => env.db.prepare('SELECT seq FROM commerce_unhandled ORDER BY seq').all();

  it('leaves out a malformed language of the extra rules (logged) and keeps the good ones', () => {
    setup();
    // As a hand-edited file or an older build could hold them: past the schema.
    settings.extraIntentRules = { en: { claim: [5, null] }, pl: { claim: ['yoink'] }, de: 'nonsense' } as never;
    say('ann', 'yoink A12 M'); // the seller's good Polish word
    say('bob', 'biorę A12 S');
    expect(orders()).toEqual([
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' },
      { quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'S' },
    ]);
    expect(logs.filter((l) => l.startsWith('warn') && l.includes('left out')).length).toBeGreaterThanOrEqual(2);
    expect(unhandled()).toEqual([]);
  });

  it('re-processes a claim stored while the engine failed, once the cause is fixed', () => {
    setup();
    let broken = true;
    const good = settings.extraIntentRules;
    Object.defineProperty(settings, 'extraIntentRules', {
      configurable: true,
      get: () => {
        if (broken) throw new Error('settings unreadable');
        return good;
      },
    });
    say('ann', 'biorę A12 M');
    expect(env.db.prepare('SELECT count(*) AS n FROM chat_messages').get()).toEqual({ n: 1 });
    expect(orders()).toEqual([]);
    expect(unhandled()).toEqual([{ seq: 1 }]);

    broken = false;
    expect(engine.retryUnhandled()).toBe(1);
    expect(orders()).toEqual([{ quantity: 1, state: 'claimed', price: 14900, deal: 0, size: 'M' }]);
    expect(unhandled()).toEqual([]);
    expect(engine.retryUnhandled()).toBe(0); // handled once, never twice
    expect(orders()).toHaveLength(1);
  });
});
