/**
 * A show to report on, written row by row through the store (tests/unit/reports, the CLI test and
 * the report e2e): its expected figures are worked out by hand in the tests, never by the report's
 * own queries. The story (T = the show's start; every chat line's platform clock runs 20 s early,
 * so a figure timed by the platform instead of the studio's receive time comes out wrong):
 *
 * - An earlier show (7 days before) in which Anna bought one Silk scarf (R7, paid): she returns.
 * - Stock: Linen shirt R12 (S and M, 149.00 each, 3 + 3), Silk scarf R7 (50.00, 2; Anna's earlier
 *   scarf still holds 1 of them at T), restocked with 4 scarves at T+5:00.
 * - The show runs T .. T+10:00. Featured: R12 (set at T-1:00, before going live), R7 at T+4:00,
 *   nothing at T+8:00. OBS scenes: "Intro" at T, "Close-up" at T+2:00.
 * - Orders: Anna R12 M ×1 at T+0:30 (paid), Bob R12 S ×2 at T+1:10 (claimed), Cat R12 M ×1 at
 *   T+2:05 (cancelled), Anna R7 ×1 at T+4:30 (paid), Bob R7 ×2 at T+6:00 (claimed).
 * - Questions: Dan at T+1:00 answered by a person 45 s later; Cat at T+3:00 answered
 *   automatically 5 s later; Dan at T+5:00 left open; Anna at T+7:00 answered by a person 150 s
 *   later; a question staff typed in at T+8:00 marked answered 20 s later; Cat at T+9:00 dismissed.
 * - Chat also from a moderator, Nightbot and the shop's own channel (none of them chatters), and
 *   Bob 30 s before the start.
 */
import type { Db } from '../../electron/core/store/db';
import { insertChatBatch } from '../../electron/core/store/chat';
import { getOrderRow, insertOrder, updateOrder } from '../../electron/core/store/orders';
import { insertQuestion, markAnswered, markDismissed } from '../../electron/core/store/questions';
import { appendTimeline, createShow, replaceLineup, setFeatured, setShowState } from '../../electron/core/store/shows';
import { writeTx } from '../../electron/core/store/sql';
import { adjustStock, holdForOrder, releaseFromOrder } from '../../electron/core/store/stock';
import type { Platform } from '../../shared/contract';

type Badge = 'owner' | 'moderator';

export const T0 = Date.UTC(2026, 10, 20, 18, 0, 0);
export const MIN = 60_000;
/** Platform clocks run this much early: a report timed by sent_at would shift every figure. */
const SKEW = 20_000;

export interface ReportFixture {
  showId: number;
  earlierShowId: number;
  shirt: number;
  scarf: number;
}

/** `start`: the show's start, T unless a test moves it (off the whole minute, for the report's minute grid). */
export function seedReportFixture(db: Db, title = 'Friday linen', start = T0): ReportFixture {
  return writeTx(db, () => {
    db.prepare("INSERT OR IGNORE INTO shop (id, name, currency, language, created_at) VALUES (1, 'Shop', 'PLN', 'pl', ?)").run(start);
    const product = (code: string, name: string) =>
      Number(
        db
          .prepare('INSERT INTO products (handle, code, title, option1_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(`report-${code.toLowerCase()}`, code, name, 'Size', start - 30 * 24 * 60 * MIN, start - 30 * 24 * 60 * MIN).lastInsertRowid,
      );
    const variant = (productId: number, position: number, size: string, price: number) =>
      Number(
        db
          .prepare(
            'INSERT INTO variants (product_id, position, option1, price_minor, stock, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
          )
          .run(productId, position, size, price, start, start).lastInsertRowid,
      );
    const shirt = product('R12', 'Linen shirt');
    const shirtS = variant(shirt, 0, 'S', 14900);
    const shirtM = variant(shirt, 1, 'M', 14900);
    const scarf = product('R7', 'Silk scarf');
    const scarfOne = variant(scarf, 0, 'One size', 5000);
    const dayBefore = start - 24 * 60 * MIN;
    adjustStock(db, shirtS, 3, 'initial', 'test', dayBefore);
    adjustStock(db, shirtM, 3, 'initial', 'test', dayBefore);
    adjustStock(db, scarfOne, 2, 'initial', 'test', dayBefore);

    const messages: { seq: number; buyerId: number }[] = [];
    let n = 0;
    const say = (showId: number, platform: Platform, user: string, text: string, at: number, badges: Badge[] = []) => {
      const [stored] = insertChatBatch(db, showId, [
        {
          platform,
          platformMessageId: `${title}-${++n}`,
          channel: 'shop',
          author: { platformUserId: user.toLowerCase(), name: user, badges },
          text,
          isAction: false,
          paid: null,
          sentAt: at - SKEW,
          receivedAt: at,
        },
      ]);
      messages.push({ seq: stored!.seq, buyerId: stored!.buyerId });
      return stored!;
    };
    const order = (
      showId: number,
      m: { seq: number; buyerId: number },
      productId: number,
      variantId: number,
      quantity: number,
      price: number,
      at: number,
    ) => {
      if (!holdForOrder(db, variantId, quantity, at)) throw new Error('fixture: out of stock');
      // Made at the platform's time (as the engine does with sentAt): the report must use the receive time.
      return insertOrder(
        db,
        {
          showId,
          buyerId: m.buyerId,
          productId,
          variantId,
          quantity,
          unitPriceMinor: price,
          currency: 'PLN',
          isDeal: false,
          state: 'claimed',
          holdReason: null,
          source: 'chat',
          sourceMessageSeq: m.seq,
        },
        'test',
        null,
        at - SKEW,
      );
    };
    const move = (id: number, state: 'paid' | 'cancelled', at: number) =>
      updateOrder(db, getOrderRow(db, id)!, { state }, 'test', null, at);
    const ask = (showId: number, m: { seq: number; buyerId: number }, at: number, productId: number | null = null) =>
      insertQuestion(db, {
        showId,
        messageSeq: m.seq,
        buyerId: m.buyerId,
        productId,
        topic: 'other',
        language: 'en',
        suggestedAnswer: null,
        askedAt: at - SKEW,
      })!;

    // The earlier show: Anna buys a scarf and pays.
    const earlierAt = start - 7 * 24 * 60 * MIN;
    const earlierShowId = createShow(db, { title: 'Earlier show', state: 'live' }, earlierAt);
    const anna0 = say(earlierShowId, 'twitch', 'Anna', 'R7', earlierAt + MIN);
    const earlierOrder = order(earlierShowId, anna0, scarf, scarfOne, 1, 5000, earlierAt + MIN);
    move(earlierOrder, 'paid', earlierAt + 60 * MIN);
    setShowState(db, earlierShowId, 'ended', earlierAt + 30 * MIN);

    // The show.
    const showId = createShow(db, { title }, start - 10 * MIN);
    replaceLineup(db, showId, [{ productId: shirt }, { productId: scarf }]);
    setFeatured(db, showId, shirt, 'host', start - MIN);
    setShowState(db, showId, 'live', start);
    appendTimeline(db, showId, 'obs.scene_switched', 'obs', { scene: 'Intro', previous: null, by: 'studio' }, start);
    appendTimeline(db, showId, 'obs.scene_switched', 'obs', { scene: 'Close-up', previous: 'Intro', by: 'studio' }, start + 2 * MIN);

    say(showId, 'twitch', 'Bob', 'hello!', start - 30_000);
    const a1 = say(showId, 'twitch', 'Anna', 'R12 M', start + 30_000);
    move(order(showId, a1, shirt, shirtM, 1, 14900, start + 30_000), 'paid', start + 20 * MIN);
    const q1 = ask(showId, say(showId, 'twitch', 'Dan', 'is it real linen?', start + MIN), start + MIN, shirt);
    markAnswered(db, q1, 'Yes, 100% linen.', 'host', false, start + MIN + 45_000);
    const b1 = say(showId, 'twitch', 'Bob', 'R12 S x2', start + 70_000);
    order(showId, b1, shirt, shirtS, 2, 14900, start + 70_000);
    say(showId, 'twitch', 'ModMary', 'welcome all', start + 2 * MIN, ['moderator']);
    const c1 = say(showId, 'youtube', 'Cat', 'R12 M', start + 125_000);
    const catOrder = order(showId, c1, shirt, shirtM, 1, 14900, start + 125_000);
    releaseFromOrder(db, shirtM, 1, start + 150_000);
    move(catOrder, 'cancelled', start + 150_000);
    const q2 = ask(showId, say(showId, 'youtube', 'Cat', 'what sizes?', start + 3 * MIN), start + 3 * MIN, shirt);
    markAnswered(db, q2, 'S and M.', 'studio', true, start + 3 * MIN + 5_000);
    say(showId, 'twitch', 'Nightbot', 'Follow the shop!', start + 190_000);
    setFeatured(db, showId, scarf, 'host', start + 4 * MIN);
    say(showId, 'twitch', 'Shop', 'R7 is on now', start + 4 * MIN, ['owner']);
    const a2 = say(showId, 'twitch', 'Anna', 'R7', start + 270_000);
    move(order(showId, a2, scarf, scarfOne, 1, 5000, start + 270_000), 'paid', start + 20 * MIN);
    ask(showId, say(showId, 'twitch', 'Dan', 'how much is shipping?', start + 5 * MIN), start + 5 * MIN);
    adjustStock(db, scarfOne, 4, 'manual', 'host', start + 5 * MIN + 10_000);
    const b2 = say(showId, 'twitch', 'Bob', 'R7 x2', start + 6 * MIN);
    order(showId, b2, scarf, scarfOne, 2, 5000, start + 6 * MIN);
    const q4 = ask(showId, say(showId, 'twitch', 'Anna', 'other colours?', start + 7 * MIN), start + 7 * MIN, scarf);
    markAnswered(db, q4, 'Blue and red.', 'mod:ola', false, start + 7 * MIN + 150_000);
    setFeatured(db, showId, null, 'host', start + 8 * MIN);
    const q5 = ask(showId, say(showId, 'manual', 'Phone buyer', 'does it shrink?', start + 8 * MIN), start + 8 * MIN, shirt);
    markAnswered(db, q5, 'No.', 'host', false, start + 8 * MIN + 20_000);
    const q6 = ask(showId, say(showId, 'youtube', 'Cat', '??', start + 9 * MIN), start + 9 * MIN);
    markDismissed(db, q6, 'host', start + 9 * MIN + 10_000);
    setShowState(db, showId, 'ended', start + 10 * MIN);
    return { showId, earlierShowId, shirt, scarf };
  });
}
