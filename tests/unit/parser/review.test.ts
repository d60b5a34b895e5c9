// Claims the parser was not sure of, behind the real ChatIngest on a real SQLite file: held for a
// moderator without taking stock, keeping their first-come place for the last unit; the review
// (accept, fix, not an order) and the labelled examples it leaves for the engine (issue 17).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/contract/errors';
import { ChatIngest } from '../../../electron/core/chat/ingest';
import { CatalogView, ChatCommerce, CommercePublisher } from '../../../electron/core/commerce';
import type { ChatReplies } from '../../../electron/core/commerce/chat-replies';
import { OrdersService } from '../../../electron/core/commerce/orders-service';
import { StudioEvents } from '../../../electron/core/events';
import { ParserReviewService } from '../../../electron/core/parser/review-service';
import { assertStockInvariant, freeStock } from '../../../electron/core/store/stock';
import { seedShop, type Fixture } from '../commerce/helpers';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

const T0 = 1_700_000_000_000;
let now = T0;
let env: TempDatabase;
let f: Fixture;
let ingest: ChatIngest;
let catalog: CatalogView;
let review: ParserReviewService;
let ordersService: OrdersService;
let examplesChanged: number;
let seq = 0;

function setup(stock: number) {
  env = tempDatabase('lss-parser-');
  f = seedShop(env.db, { stock });
  env.db.prepare('UPDATE shows SET featured_product_id = ? WHERE id = ?').run(f.product.id, f.showId);
  const events = new StudioEvents();
  examplesChanged = 0;
  events.subscribe((name) => {
    if (name === 'parser.examplesChanged') examplesChanged++;
  });
  const db = env.db;
  const clock = () => now;
  const log = () => {};
  catalog = new CatalogView({ db, events, extraIntentRules: () => ({}), log });
  const publisher = new CommercePublisher({
    db,
    clock,
    events,
    catalog,
    currentShowId: () => f.showId,
    overlay: { announceClaim: () => {}, announceDeal: () => {} },
    shows: { featured: () => null, refreshFeatured: () => undefined },
    log,
  });
  const engine = new ChatCommerce({ db, clock, catalog, publisher, log });
  review = new ParserReviewService({ db, clock, events, catalog, publisher });
  // completeDetails posts nothing to chat: no replies needed.
  ordersService = new OrdersService({ db, clock, events, catalog, currentShowId: () => f.showId, publisher, replies: {} as ChatReplies });
  ingest = new ChatIngest({ db, clock, showId: () => f.showId, hook: engine });
}

function say(user: string, text: string, badges: ('owner' | 'moderator')[] = [], after = 1000) {
  seq++;
  now += after;
  ingest.push({
    kind: 'message',
    message: {
      platform: 'twitch',
      platformMessageId: `m${seq}`,
      channel: 'shop',
      author: { platformUserId: user, name: user, badges },
      text,
      isAction: false,
      paid: null,
      sentAt: now,
      receivedAt: now,
    },
  });
  ingest.flush();
}

interface Row {
  id: number;
  buyer: string;
  state: string;
  holdReason: string | null;
  size: string | null;
  note: string;
}
const orders = () =>
  env.db
    .prepare(
      `SELECT o.id, b.display_name AS buyer, o.state, o.hold_reason AS holdReason, v.option1 AS size, o.note
         FROM orders o JOIN buyers b ON b.id = o.buyer_id LEFT JOIN variants v ON v.id = o.variant_id ORDER BY o.id`,
    )
    .all() as Row[];
const sizeM = () => f.variantIds[1] as number;
const moderator = { actor: 'mod:kasia' };

beforeEach(() => {
  now = T0;
  seq = 0;
});
afterEach(() => {
  assertStockInvariant(env.db);
  ingest.close();
  catalog.close();
  env.remove();
});

describe('a low-confidence claim waits for a moderator', () => {
  it('is held with the parse shown and takes no stock; a later sure claim does not take its unit', () => {
    setup(1);
    say('anna', 'sold A21 M'); // A21 is no code of this shop: not sure what she claims
    const [held] = orders();
    expect(held).toMatchObject({ buyer: 'anna', state: 'held', holdReason: 'low_confidence', size: 'M' });
    expect(held?.note).toMatch(/^parse 0\.\d\d: .*unknown code a21/);
    expect(freeStock(env.db, sizeM())).toBe(1);

    say('bob', 'sold M');
    expect(orders()[1]).toMatchObject({ buyer: 'bob', state: 'waitlisted' });
    expect(freeStock(env.db, sizeM())).toBe(1);

    const accepted = review.review({ orderId: held!.id, action: 'accept' }, moderator);
    expect(accepted).toMatchObject({ state: 'claimed', holdReason: null, variantOptions: ['M'] });
    expect(freeStock(env.db, sizeM())).toBe(0);
    expect(orders()[1]?.state).toBe('waitlisted');
  });

  it('"not an order" cancels it and gives its place to whoever waits', () => {
    setup(1);
    say('anna', 'sold A21 M');
    say('bob', 'sold M');
    const [held] = orders();
    const cancelled = review.review({ orderId: held!.id, action: 'not_order' }, moderator);
    expect(cancelled.state).toBe('cancelled');
    expect(orders()[1]).toMatchObject({ buyer: 'bob', state: 'claimed' });
  });

  it('a waitlist promotion does not give the units of a claim held for review to someone who came after it', () => {
    setup(1);
    say('carl', 'sold M'); // takes the only M
    say('anna', 'sold A21 M'); // held for review: first in line for the next M
    say('bob', 'sold M'); // after her
    expect(orders().map((o) => o.state)).toEqual(['claimed', 'held', 'waitlisted']);

    say('carl', 'cancel'); // carl's M comes back: it is anna's place, not bob's
    expect(orders().map((o) => o.state)).toEqual(['cancelled', 'held', 'waitlisted']);
    expect(freeStock(env.db, sizeM())).toBe(1);

    review.review({ orderId: orders()[1]!.id, action: 'accept' }, moderator);
    expect(orders().map((o) => o.state)).toEqual(['cancelled', 'claimed', 'waitlisted']);
    expect(freeStock(env.db, sizeM())).toBe(0);
  });

  it('a claim held for review does not hold back someone who waited before it', () => {
    setup(1);
    say('carl', 'sold M');
    say('bob', 'sold M'); // waits first
    say('anna', 'sold A21 M'); // held after him
    say('carl', 'cancel');
    expect(orders().map((o) => o.state)).toEqual(['cancelled', 'claimed', 'held']);
  });

  it('a fix picks another variant and quantity; the decision is kept as a labelled example', () => {
    setup(5);
    say('anna', 'sold A21 M');
    const [held] = orders();
    const fixed = review.review({ orderId: held!.id, action: 'fix', variantId: f.variantIds[0] as number, quantity: 2 }, moderator);
    expect(fixed).toMatchObject({ state: 'claimed', variantOptions: ['S'], quantity: 2 });
    const examples = review.listExamples();
    expect(examples).toHaveLength(1);
    expect(examples[0]).toMatchObject({ text: 'sold A21 M', intent: 'order', code: 'A12', options: { Size: 'S' }, quantity: 2 });
    expect(examplesChanged).toBe(1);

    // The engine reads the shop's examples: the same words later are the moderator's reading.
    say('carla', 'sold A21 M');
    expect(orders()[1]).toMatchObject({ buyer: 'carla', state: 'claimed', size: 'S' });

    review.deleteExample(examples[0]!.id);
    expect(review.listExamples()).toHaveLength(0);
    say('dora', 'sold A21 M');
    expect(orders()[2]).toMatchObject({ buyer: 'dora', state: 'held', holdReason: 'low_confidence' });
  });

  it('refuses to review an order that is not held for review, and an unknown example', () => {
    setup(3);
    say('anna', 'sold M');
    const [sure] = orders();
    expect(sure?.state).toBe('claimed');
    expect(() => review.review({ orderId: sure!.id, action: 'accept' }, moderator)).toThrow(StudioError);
    expect(() => review.review({ orderId: sure!.id, action: 'accept' }, moderator)).toThrow(/only a chat claim held for review/);
    expect(() => review.deleteExample(999)).toThrow(/No learned example/);
  });

  it('details a moderator completes are a labelled example when the message had words the engine could not read', () => {
    setup(5);
    say('anna', 'sold emeczka'); // a diminutive no rule knows: needs details
    const [first] = orders();
    expect(first?.state).toBe('needs_details');
    ordersService.completeDetails({ orderId: first!.id, variantId: sizeM() }, { role: 'moderator', actor: 'mod:kasia' });
    expect(review.listExamples()).toEqual([expect.objectContaining({ text: 'sold emeczka', intent: 'order', options: { Size: 'M' } })]);
    expect(examplesChanged).toBe(1);
    say('bob', 'sold emeczka');
    expect(orders()[1]).toMatchObject({ buyer: 'bob', state: 'claimed', size: 'M' });
  });

  it('details completed for a message that said all it says ("sold") teach nothing', () => {
    setup(5);
    say('anna', 'sold');
    const [first] = orders();
    expect(first?.state).toBe('needs_details');
    ordersService.completeDetails({ orderId: first!.id, variantId: sizeM() }, { role: 'moderator', actor: 'mod:kasia' });
    expect(review.listExamples()).toEqual([]);
    expect(examplesChanged).toBe(0);
  });
});

describe('a short "yes" in context (issue 17)', () => {
  it('after the host asked that buyer, claims what the host asked about', () => {
    setup(3);
    say('shop', '@anna M?', ['owner']);
    say('anna', 'tak!');
    expect(orders()).toEqual([expect.objectContaining({ buyer: 'anna', state: 'claimed', size: 'M' })]);
  });

  it('after a moderator asked, in Russian and Kazakh too', () => {
    setup(3);
    say('kasia', 'bob, S bierzesz?', ['moderator']);
    say('bob', 'да');
    say('kasia', '@dana M аласыз ба?', ['moderator']);
    say('dana', 'иә');
    expect(orders().map((o) => [o.buyer, o.state, o.size])).toEqual([
      ['bob', 'claimed', 'S'],
      ['dana', 'claimed', 'M'],
    ]);
  });

  it("after the buyer's own hesitation, claims the product on screen", () => {
    setup(3);
    say('anna', 'hmm not sure about M');
    say('anna', 'yes');
    expect(orders()).toEqual([expect.objectContaining({ buyer: 'anna', state: 'claimed', size: 'M' })]);
  });

  it('answers nothing: with no question, a question to someone else, words in between, or too late', () => {
    setup(3);
    say('bob', 'yes'); // nobody asked
    say('shop', '@carl M?', ['owner']);
    say('anna', 'yes'); // carl was asked, not anna
    say('dora', 'hmm not sure');
    say('dora', 'the colour is lovely');
    say('dora', 'yes'); // she said something else since
    say('shop', '@emil M?', ['owner']);
    say('emil', 'yes', [], 3 * 60_000); // three minutes later
    expect(orders()).toEqual([]);
  });
});
