import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportService } from '../../../electron/core/reports';
import { insertChatBatch } from '../../../electron/core/store/chat';
import { getOrderRow, updateOrder } from '../../../electron/core/store/orders';
import { markAnswered } from '../../../electron/core/store/questions';
import { chatAuthors } from '../../../electron/core/store/reports';
import { createShow } from '../../../electron/core/store/shows';
import { percentile } from '../../../electron/core/reports/figures';
import { ShowReportSchema, type ChatMessage, type ShowReport } from '../../../shared/contract';
import { isChatter, KNOWN_BOTS } from '../../../shared/domain/chatters';
import { MIN, seedReportFixture, T0, type ReportFixture } from '../../support/report-fixture';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

// Every expected value below is worked out by hand from the story in tests/support/report-fixture.ts.
describe('the show report', () => {
  let temp: TempDatabase;
  let fixture: ReportFixture;
  let report: ShowReport;

  beforeEach(() => {
    temp = tempDatabase();
    fixture = seedReportFixture(temp.db);
    const service = new ReportService({ db: temp.db, clock: () => T0 + 60 * MIN, ownAccounts: () => new Set(['shop']) });
    report = ShowReportSchema.parse(service.show(fixture.showId));
  });
  afterEach(() => temp.remove());

  it('money, lines and carts: cancels left out, paid and unpaid split', () => {
    // Anna R12 M 149.00 + Bob R12 S 2 × 149.00 + Anna R7 50.00 + Bob R7 2 × 50.00; Cat's cancelled shirt not counted.
    expect(report.currency).toBe('PLN');
    expect(report.revenueMinor).toBe(59_700);
    expect(report.paidMinor).toBe(19_900);
    expect(report.unpaidMinor).toBe(39_800);
    expect(report.refundsMinor).toBe(0);
    expect(report.orderLines).toBe(4);
    expect(report.units).toBe(6);
    expect(report.linesTaken).toBe(5);
    expect(report.cancelledLines).toBe(1);
    expect(report.carts).toBe(2);
    expect(report.averageCartMinor).toBe(29_850);
  });

  it('buyers, new and returning, chatters without the shop, moderators and bots', () => {
    expect(report.buyers).toBe(2);
    expect(report.returningBuyers).toBe(1); // Anna bought in the earlier show
    expect(report.newBuyers).toBe(1);
    // Anna, Bob, Cat, Dan: not ModMary (moderator), Nightbot, Shop (owner) or the phone buyer staff typed in.
    expect(report.chatters).toBe(4);
    expect(report.buyersPerChatter).toBe(0.5);
    expect(report.messages).toBe(15);
  });

  it('questions: asked, answered by a person, automatically, only marked; unanswered listed; timed from receipt', () => {
    const q = report.questions;
    expect(q.asked).toBe(6);
    expect(q.answered).toBe(3);
    expect(q.unanswered).toBe(2);
    // Answers 5 s, 45 s, 150 s: nearest-rank median 45 s, p90 150 s; 2 of 6 asked within 60 s.
    expect(q.medianResponseMs).toBe(45_000);
    expect(q.p90ResponseMs).toBe(150_000);
    expect(q.answeredWithin60s).toBeCloseTo(2 / 6, 10);
    expect(q.byPerson).toEqual({ count: 2, medianResponseMs: 45_000, p90ResponseMs: 150_000, within60s: 0.5 });
    expect(q.automatic).toEqual({ count: 1, medianResponseMs: 5_000, p90ResponseMs: 5_000, within60s: 1 });
    expect(q.markedOnly).toEqual({ count: 1, medianResponseMs: 20_000, p90ResponseMs: 20_000, within60s: 1 });
    expect(q.unansweredList.map((u) => [u.buyer, u.text, u.state, u.askedAt])).toEqual([
      ['Dan', 'how much is shipping?', 'open', T0 + 5 * MIN],
      ['Cat', '??', 'dismissed', T0 + 9 * MIN],
    ]);
  });

  it('per product: minutes on screen, orders per minute on screen, sell-through from the ledger with the restock', () => {
    const [shirt, scarf] = report.perProduct;
    expect(shirt).toEqual({
      productId: fixture.shirt,
      code: 'R12',
      title: 'Linen shirt',
      orderLines: 2,
      units: 3,
      revenueMinor: 44_700,
      secondsOnScreen: 240, // featured before the start: counted from T
      ordersWhileOnScreen: 2,
      ordersPerMinuteOnScreen: 0.5,
      stockAtStart: 6,
      restocked: 0,
      sellThrough: 0.5,
    });
    expect(scarf).toEqual({
      productId: fixture.scarf,
      code: 'R7',
      title: 'Silk scarf',
      orderLines: 2,
      units: 3,
      revenueMinor: 15_000,
      secondsOnScreen: 240,
      ordersWhileOnScreen: 2,
      ordersPerMinuteOnScreen: 0.5,
      stockAtStart: 1, // 2 in the ledger, 1 held by Anna's earlier scarf
      restocked: 4,
      sellThrough: 0.6, // 3 of 1 + 4
    });
  });

  it('per minute by receive time, chat before the start included', () => {
    const rows = report.perMinute.map((m) => [m.minute, m.messages, m.orders, m.units, m.revenueMinor]);
    expect(rows).toEqual([
      [-1, 1, 0, 0, 0],
      [0, 1, 1, 1, 14_900],
      [1, 2, 1, 2, 29_800], // Bob's claim sent at 0:50 by his clock, received at 1:10
      [2, 2, 0, 0, 0], // Cat's shirt was cancelled
      [3, 2, 0, 0, 0],
      [4, 2, 1, 1, 5_000],
      [5, 1, 0, 0, 0],
      [6, 1, 1, 2, 10_000],
      [7, 1, 0, 0, 0],
      [8, 1, 0, 0, 0],
      [9, 1, 0, 0, 0],
    ]);
    expect(report.perMinute[1]!.at).toBe(T0);
  });

  it('featured and scene segments with what sold in each', () => {
    expect(report.segments.featured.map((s) => [s.from - T0, s.to - T0, s.code, s.orders, s.units, s.revenueMinor])).toEqual([
      [0, 4 * MIN, 'R12', 2, 3, 44_700],
      [4 * MIN, 8 * MIN, 'R7', 2, 3, 15_000],
      [8 * MIN, 10 * MIN, null, 0, 0, 0],
    ]);
    expect(report.segments.scenes.map((s) => [s.from - T0, s.to - T0, s.scene, s.orders, s.revenueMinor])).toEqual([
      [0, 2 * MIN, 'Intro', 2, 44_700],
      [2 * MIN, 10 * MIN, 'Close-up', 2, 15_000],
    ]);
  });

  it('the trend holds the earlier show with the same headline figures', () => {
    expect(report.trend).toEqual([
      {
        showId: fixture.earlierShowId,
        title: 'Earlier show',
        startedAt: T0 - 7 * 24 * 60 * MIN,
        revenueMinor: 5_000,
        orderLines: 1,
        units: 1,
        buyers: 1,
        carts: 1,
        averageCartMinor: 5_000,
        chatters: 1,
        buyersPerChatter: 1,
        questionsAsked: 0,
        medianResponseMs: null,
        answeredWithin60s: null,
      },
    ]);
  });

  it('chat that arrives after a report is counted by the next one (the chat tally is topped up, not kept stale)', () => {
    const service = new ReportService({ db: temp.db, clock: () => T0 + 60 * MIN, ownAccounts: () => new Set(['shop']) });
    expect(service.show(fixture.showId).messages).toBe(15);
    insertChatBatch(temp.db, fixture.showId, [
      {
        platform: 'twitch',
        platformMessageId: 'late-1',
        channel: 'shop',
        author: { platformUserId: 'eve', name: 'Eve', badges: [] },
        text: 'missed it!',
        isAction: false,
        paid: null,
        sentAt: null,
        receivedAt: T0 + 9 * MIN + 30_000,
      },
    ]);
    const again = service.show(fixture.showId);
    expect(again.messages).toBe(16);
    expect(again.chatters).toBe(5);
    expect(again.perMinute.find((m) => m.minute === 9)!.messages).toBe(2);
  });

  it('chatters are counted from the show’s own messages when another show’s chat is stored in between', () => {
    // The fixture's show, then a second show whose chat is written in between the first one's (each show's
    // authors are read from its stretch of the chat table): Eve writes in both and is a moderator only in the second.
    const other = createShow(temp.db, { title: 'Other show', state: 'live' }, T0);
    const message = (id: string, who: string, badges: ChatMessage['author']['badges']) => ({
      platform: 'twitch' as const,
      platformMessageId: id,
      channel: 'shop',
      author: { platformUserId: who.toLowerCase(), name: who, badges },
      text: 'hi',
      isAction: false,
      paid: null,
      sentAt: null,
      receivedAt: T0 + 9 * MIN,
    });
    insertChatBatch(temp.db, other, [message('x-1', 'Eve', ['moderator']), message('x-2', 'Finn', [])]);
    insertChatBatch(temp.db, fixture.showId, [message('x-3', 'Eve', [])]);
    insertChatBatch(temp.db, other, [message('x-4', 'Gus', ['owner'])]);
    insertChatBatch(temp.db, fixture.showId, [message('x-5', 'Anna', [])]);
    const service = new ReportService({ db: temp.db, clock: () => T0 + 60 * MIN, ownAccounts: () => new Set(['shop']) });
    // Anna, Bob, Cat, Dan and now Eve; Finn and Gus wrote only in the other show.
    expect(service.show(fixture.showId).chatters).toBe(5);
    // Finn only: Eve moderated there, Gus is the owner.
    expect(service.show(other).chatters).toBe(1);
    expect(service.show(other).messages).toBe(3);
    // Read through the index (as for a stretch mostly of other shows' chat), the same authors and badges.
    const byBuyer = (rows: ReturnType<typeof chatAuthors>) => [...rows].sort((a, b) => a.buyerId - b.buyerId);
    for (const show of [fixture.showId, other])
      expect(byBuyer(chatAuthors(temp.db, show))).toEqual(byBuyer(chatAuthors(temp.db, show, 0, Number.MAX_SAFE_INTEGER, 3)));
  });

  it('a finished show’s report follows later changes: a payment, an answer, a line released after the show', () => {
    const service = new ReportService({ db: temp.db, clock: () => T0 + 60 * MIN, ownAccounts: () => new Set(['shop']) });
    expect(service.show(fixture.showId).paidMinor).toBe(19_900);
    const bobShirt = temp.db
      .prepare("SELECT o.id FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.display_name = 'Bob' AND o.product_id = ?")
      .get(fixture.shirt) as { id: number };
    updateOrder(temp.db, getOrderRow(temp.db, bobShirt.id)!, { state: 'paid' }, 'host', null, T0 + 90 * MIN);
    expect(service.show(fixture.showId).paidMinor).toBe(49_700);
    const open = temp.db.prepare("SELECT id FROM questions WHERE state = 'open'").get() as { id: number };
    markAnswered(temp.db, open.id, 'Free over 200 zł.', 'host', false, T0 + 91 * MIN);
    expect(service.show(fixture.showId).questions.unanswered).toBe(1);
    const bobScarf = temp.db
      .prepare("SELECT o.id FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE b.display_name = 'Bob' AND o.product_id = ?")
      .get(fixture.scarf) as { id: number };
    updateOrder(temp.db, getOrderRow(temp.db, bobScarf.id)!, { state: 'released' }, 'host', null, T0 + 92 * MIN);
    const after = service.show(fixture.showId);
    expect(after.revenueMinor).toBe(49_700);
    expect(after.releasedLines).toBe(1);
  });

  it('without a show id: the newest show that has started; a database without one is refused', () => {
    const service = new ReportService({ db: temp.db, clock: () => T0, ownAccounts: () => new Set() });
    expect(service.show().show.id).toBe(fixture.showId);
    const empty = tempDatabase();
    try {
      expect(() => new ReportService({ db: empty.db, clock: () => T0, ownAccounts: () => new Set() }).show()).toThrow(
        /No show has started/,
      );
      expect(() => new ReportService({ db: empty.db, clock: () => T0, ownAccounts: () => new Set() }).show(99)).toThrow(/No show 99/);
    } finally {
      empty.remove();
    }
  });
});

describe('report building blocks', () => {
  it('nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it('chatters: bots by login or name, the shop’s accounts, moderators and owners are not', () => {
    const a = { platform: 'twitch', platformUserId: '123', name: 'anna', owner: false, moderator: false };
    expect(isChatter(a, new Set())).toBe(true);
    expect(isChatter({ ...a, name: 'StreamElements' }, new Set())).toBe(false);
    expect(isChatter({ ...a, moderator: true }, new Set())).toBe(false);
    expect(isChatter({ ...a, owner: true }, new Set())).toBe(false);
    expect(isChatter(a, new Set(['anna']))).toBe(false);
    expect(isChatter({ ...a, platform: 'manual' }, new Set())).toBe(false);
    expect(KNOWN_BOTS).toContain('nightbot');
  });
});

describe('the report as HTML', () => {
  it('escapes every text from chat and the catalog: nothing becomes markup', async () => {
    const { reportHtml } = await import('../../../electron/core/reports/html');
    const temp = tempDatabase();
    try {
      const { showId } = seedReportFixture(temp.db, '<b>Show</b>');
      const report = new ReportService({ db: temp.db, clock: () => T0, ownAccounts: () => new Set() }).show(showId);
      report.questions.unansweredList[0]!.text = '<img src=x onerror=alert(1)>';
      const html = reportHtml(report, 'en');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>Show</b>');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    } finally {
      temp.remove();
    }
  });

  it('draws its timeline from the screen’s geometry: a bar per minute with orders, the segments, the scenes', async () => {
    const { reportHtml } = await import('../../../electron/core/reports/html');
    const temp = tempDatabase();
    try {
      const { showId } = seedReportFixture(temp.db);
      const report = new ReportService({ db: temp.db, clock: () => T0 + 60 * MIN, ownAccounts: () => new Set() }).show(showId);
      const html = reportHtml(report, 'en');
      // The fixture's four order lines fall in four minutes; R12 and R7 are featured; two scenes (Intro, Close-up).
      expect(html.match(/fill="var\(--bar\)"/g)).toHaveLength(4);
      expect(html.match(/fill-opacity="0.3"/g)).toHaveLength(2);
      expect(html.match(/stroke-dasharray="4 3"/g)).toHaveLength(2);
      expect(html).toContain('>Close-up</text>');
      // The time axis reads as the show's clock (its zone, UTC here), one label a minute for a ten-minute show.
      expect([...html.matchAll(/text-anchor="middle">([^<]*)<\/text>/g)].map((m) => m[1])).toEqual([
        '17:59',
        '18:00',
        '18:01',
        '18:02',
        '18:03',
        '18:04',
        '18:05',
        '18:06',
        '18:07',
        '18:08',
        '18:09',
      ]);
    } finally {
      temp.remove();
    }
  });
});
