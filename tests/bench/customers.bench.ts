/**
 * Customers and chat search (issue 15) on the report issue's large database: 100 shows, 200,000
 * chat messages (40,000 in the largest show, the rest spread), 20,000 order lines in the largest
 * show from 5,000 buyers, 200 lines in each other show; 20,000 buyers (one customer each) on
 * three platforms; chat in Polish, Russian, Kazakh and English. Seeded with plain SQL into a real
 * file (the FTS triggers index every message as ingest would).
 *
 * - customers.chat_search.p95: 100 varied queries (Polish words typed with and without their
 *   letters, ł among them; Cyrillic and Kazakh; prefixes; some with a show, platform or intent
 *   filter) through CustomersService.search, timed with performance.now() around each call.
 *   Floor: the same queries' bare FTS5 MATCH (rowids only, newest first, same limit).
 * - customers.list: the first page (100, by last seen) of every customer with their figures,
 *   median of 9 rounds.
 * - customers.export_csv: `export --what customers --format csv`'s work (customersExport) over all
 *   20,000 customers, median of 5 rounds; the CLI process around it is not included.
 */
import { performance } from 'node:perf_hooks';
import { CatalogView } from '../../electron/core/commerce/catalog-view';
import { CommercePublisher } from '../../electron/core/commerce/publisher';
import { CustomersService } from '../../electron/core/customers';
import { customersExport } from '../../electron/core/customers/csv';
import { StudioEvents } from '../../electron/core/events';
import { ftsQuery } from '../../shared/domain/search-fold';
import { tempDatabase } from '../support/temp-db';
import { percentile } from './percentiles';
import type { BenchResult } from './types';

const SHOWS = 100;
const MESSAGES = 200_000;
const BIG_SHOW_MESSAGES = 40_000;
const BIG_SHOW_LINES = 20_000;
const BUYERS = 20_000;
const T0 = 1_700_000_000_000;

const WORDS = [
  'biorę',
  'poproszę',
  'czerwona',
  'żółta',
  'zielony',
  'rozmiar',
  'wysyłka',
  'Łódź',
  'Łodzi',
  'Gdańsk',
  'Kraków',
  'sukienka',
  'bluzka',
  'płaszcz',
  'ładna',
  'piękna',
  'ile',
  'kosztuje',
  'dostawa',
  'paczkomat',
  'хочу',
  'беру',
  'красный',
  'размер',
  'доставка',
  'Алматы',
  'Астана',
  'сколько',
  'стоит',
  'маған',
  'керек',
  'қызыл',
  'өлшемі',
  'жеткізу',
  'қанша',
  'тұрады',
  'әдемі',
  'sold',
  'want',
  'red',
  'size',
  'shipping',
  'love',
  'this',
  'how',
  'much',
  'A12',
  'B7',
  'C1',
  'F1',
];
const QUERIES = [
  'lodz',
  'łódź',
  'lodzi',
  'zolta',
  'żółta',
  'wysylka',
  'wysyłka',
  'platti',
  'plaszcz',
  'płaszcz',
  'gdansk',
  'krakow',
  'biore',
  'biorę A12',
  'czerw',
  'sukienka rozmiar',
  'ladna',
  'piekna',
  'paczkomat',
  'ile kosztuje',
  'алматы',
  'Алматы',
  'астана',
  'доставка',
  'красный',
  'хочу беру',
  'сколько стоит',
  'маған керек',
  'қызыл',
  'өлшемі',
  'жеткізу',
  'қанша тұрады',
  'әдемі',
  'sold A12',
  'shipping',
  'love this',
  'red size',
  'how much',
  'B7',
  'C1 red',
  'F1',
  'dostawa',
  'kosztuje',
  'bluzka',
  'zielony',
  'размер',
  'стоит',
  'керек',
  'тұрады',
  'want',
];

export function seed(db: ReturnType<typeof tempDatabase>['db']) {
  db.exec(`INSERT INTO shop (id, name, currency, language, created_at) VALUES (1, 'Bench', 'PLN', 'pl', ${T0})`);
  const product = Number(
    db
      .prepare(
        "INSERT INTO products (handle, code, title, option1_name, created_at, updated_at) VALUES ('a12', 'A12', 'Dress', 'Size', ?, ?)",
      )
      .run(T0, T0).lastInsertRowid,
  );
  const variant = Number(
    db
      .prepare(
        "INSERT INTO variants (product_id, position, option1, price_minor, stock, created_at, updated_at) VALUES (?, 0, 'M', 14900, 0, ?, ?)",
      )
      .run(product, T0, T0).lastInsertRowid,
  );
  const platforms = ['twitch', 'youtube', 'facebook'];
  db.transaction(() => {
    const show = db.prepare("INSERT INTO shows (title, state, created_at, started_at, ended_at) VALUES (?, 'ended', ?, ?, ?)");
    for (let s = 1; s <= SHOWS; s++) show.run(`Show ${s}`, T0 + s * 86_400_000, T0 + s * 86_400_000, T0 + s * 86_400_000 + 7_200_000);
    const customer = db.prepare('INSERT INTO customers (name, created_at) VALUES (?, ?)');
    const buyer = db.prepare(
      'INSERT INTO buyers (platform, platform_user_id, display_name, customer_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (let b = 1; b <= BUYERS; b++) {
      const name = `buyer ${b}`;
      const c = Number(customer.run(name, T0).lastInsertRowid);
      buyer.run(platforms[b % 3], `u${b}`, name, c, T0 + (b % SHOWS) * 86_400_000, T0 + ((b * 7) % SHOWS) * 86_400_000);
    }
    const message = db.prepare(
      'INSERT INTO chat_messages (show_id, platform, platform_message_id, channel, buyer_id, text, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    let x = 12345;
    const rnd = (n: number) => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x % n);
    for (let m = 1; m <= MESSAGES; m++) {
      const showId = m <= BIG_SHOW_MESSAGES ? SHOWS : 1 + (m % (SHOWS - 1));
      const b = 1 + rnd(BUYERS);
      const words = Array.from({ length: 3 + rnd(6) }, () => WORDS[rnd(WORDS.length)]).join(' ');
      message.run(showId, platforms[b % 3], `m${m}`, 'shop', b, words, T0 + showId * 86_400_000 + m);
    }
    const cart = db.prepare('INSERT INTO carts (show_id, buyer_id, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const order = db.prepare(
      `INSERT INTO orders (show_id, cart_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, state, source, source_message_seq, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, 14900, 'PLN', ?, 'chat', ?, ?, ?)`,
    );
    const states = ['claimed', 'paid', 'shipped', 'cancelled', 'released'];
    const lines = (showId: number, count: number, buyers: number, firstSeq: number) => {
      const carts = new Map<number, number>();
      for (let l = 0; l < count; l++) {
        const b = 1 + ((l * 7919 + showId * 31) % buyers);
        let c = carts.get(b);
        if (c === undefined) carts.set(b, (c = Number(cart.run(showId, b, T0, T0).lastInsertRowid)));
        const at = T0 + showId * 86_400_000 + l;
        order.run(showId, c, b, product, variant, states[l % states.length], firstSeq + l, at, at);
      }
    };
    lines(SHOWS, BIG_SHOW_LINES, 5_000, 1);
    for (let s = 1; s < SHOWS; s++) lines(s, 200, BUYERS, BIG_SHOW_MESSAGES + s * 200);
    db.prepare(
      "INSERT INTO customer_tags (customer_id, tag, actor, added_at) SELECT id, 'vip', 'bench', ? FROM customers WHERE id % 50 = 0",
    ).run(T0);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
}

export default async function bench(): Promise<BenchResult[]> {
  const temp = tempDatabase('lss-bench-customers-');
  try {
    const { db } = temp;
    seed(db);
    const events = new StudioEvents(false);
    const catalog = new CatalogView({ db, events, extraIntentRules: () => ({}), log: () => {} });
    const publisher = new CommercePublisher({
      db,
      clock: Date.now,
      events,
      catalog,
      currentShowId: () => null,
      overlay: { announceClaim: () => undefined, announceDeal: () => undefined },
      shows: { featured: () => null, refreshFeatured: () => undefined },
      log: () => undefined,
    });
    const customers = new CustomersService({ db, clock: Date.now, events, catalog, publisher });

    // 100 varied queries: every second one with a filter (the big show, a platform, an intent).
    const queries = Array.from({ length: 100 }, (_, i) => ({
      query: QUERIES[i % QUERIES.length]!,
      ...(i % 6 === 1
        ? { showId: SHOWS }
        : i % 6 === 3
          ? { platform: 'youtube' as const }
          : i % 6 === 5
            ? { intent: 'order' as const }
            : {}),
      limit: 100,
    }));
    for (const q of queries.slice(0, 10)) customers.search(q); // warm the statement cache and the page cache
    const times: number[] = [];
    const floor: number[] = [];
    const bare = db.prepare('SELECT rowid FROM chat_search WHERE chat_search MATCH ? ORDER BY rowid DESC LIMIT 101');
    let hits = 0;
    for (const q of queries) {
      const t0 = performance.now();
      hits += customers.search(q).hits.length;
      times.push(performance.now() - t0);
      const match = ftsQuery(q.query)!;
      const f0 = performance.now();
      bare.all(match);
      floor.push(performance.now() - f0);
    }
    if (hits === 0) throw new Error('the search found nothing: the bench would time nothing');

    const listTimes: number[] = [];
    let total = 0;
    for (let r = 0; r < 9; r++) {
      const t0 = performance.now();
      total = customers.list({ sort: 'lastSeen', offset: 0, limit: 100 }).total;
      listTimes.push(performance.now() - t0);
    }
    if (total !== BUYERS) throw new Error(`customers.list counted ${total}, expected ${BUYERS}`);

    const exportTimes: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      const csv = customersExport(db, 'csv');
      exportTimes.push(performance.now() - t0);
      if (csv.split('\n').length < BUYERS) throw new Error('the export lost rows');
    }
    catalog.close();
    const p95 = percentile(times, 95);
    const f95 = percentile(floor, 95);
    const clock = 'performance.now() in the benchmark process';
    return [
      {
        name: 'customers.chat_search.p95',
        value: Math.round(p95 * 100) / 100,
        unit: 'ms',
        floor: Math.round(f95 * 100) / 100,
        ratio: Math.round((p95 / f95) * 10) / 10,
        target: '< 50',
        clock,
        start: 'CustomersService.search called',
        end: 'hits returned',
      },
      {
        name: 'customers.list',
        value: Math.round(percentile(listTimes, 50)),
        unit: 'ms',
        target: '< 300',
        clock,
        start: 'customers.list called (first 100 by last seen)',
        end: 'page with total returned',
      },
      {
        name: 'customers.export_csv',
        value: Math.round(percentile(exportTimes, 50)),
        unit: 'ms',
        target: '< 1000',
        clock,
        start: 'customersExport called (20,000 customers)',
        end: 'CSV text returned',
      },
    ];
  } finally {
    temp.remove();
  }
}
