/**
 * "A show with carts" for the e2e specs (review, shipping, invoices, parser-review, customers), one
 * way: buyers type in chat through the studio's real ingest, so the commerce engine makes every
 * order (stock, carts, badges, search index) as it would live; a show is put live, its lines said,
 * waited for on the file (a second read-only connection: what the test sees is on disk), and ended
 * when asked. A spec keeps its own story (who says what, in which show); only the plumbing is here.
 */
import type { Studio } from '../../electron/core/studio';
import type { Platform } from '../../shared/contract';
import { onDisk } from './on-disk';
import { waitUntil } from './waits';

/** One chat line: `[name, text]`, or with the platform and the buyer's platform user id (default: the name in lower case). */
export type Line = readonly [name: string, text: string] | { name: string; text: string; platform?: Platform; userId?: string };

export interface ShowSpec {
  /** A new show with this title; without one, the demo boutique's current show. */
  title?: string;
  lines: readonly Line[];
  /** Orders the lines make in this show (waited for on disk). */
  orders: number;
  /** End the show after its lines (the review after the show); default true. */
  end?: boolean;
}

export interface BuiltShow {
  id: number;
  title: string;
}

export interface ShowBuilder {
  /** Builds one show (the next one after those built before) and returns it once its orders and messages are on disk. */
  show(spec: ShowSpec): Promise<BuiltShow>;
  /** One chat line now, in the current show (for a spec's later steps); not waited for. */
  say(line: Line): void;
  /** Rows read through a read-only connection to the studio's file. */
  onDisk<T>(sql: string, ...params: unknown[]): T[];
  /** `SELECT count(*) AS n …` on disk. */
  count(sql: string, ...params: unknown[]): number;
  /** The cart of a buyer (by display name) in a show. */
  cartOf(buyer: string, showId: number): number;
}

/** `prefix` keeps platform message ids apart between specs (the ingest drops a repeated id as a duplicate). */
export function showBuilder(studio: Studio, prefix: string): ShowBuilder {
  let n = 0;
  const read = <T>(sql: string, ...params: unknown[]) => onDisk<T>(studio.db.name, sql, ...params);
  const count = (sql: string, ...params: unknown[]) => read<{ n: number }>(sql, ...params)[0]!.n;
  const say = (line: Line) => {
    const {
      name,
      text,
      platform = 'twitch',
      userId = name.toLowerCase(),
    } = Array.isArray(line) ? { name: line[0] as string, text: line[1] as string } : (line as Exclude<Line, readonly [string, string]>);
    const now = Date.now();
    studio.services.chat.ingest.push({
      kind: 'message',
      message: {
        platform,
        platformMessageId: `${prefix}-${++n}`,
        channel: 'demo_boutique',
        author: { platformUserId: userId, name, badges: [] },
        text,
        isAction: false,
        paid: null,
        sentAt: now,
        receivedAt: now,
      },
    });
  };
  let built = 0;
  return {
    say,
    onDisk: read,
    count,
    cartOf: (buyer, showId) =>
      read<{ id: number }>(
        'SELECT c.id FROM carts c JOIN buyers b ON b.id = c.buyer_id WHERE b.display_name = ? AND c.show_id = ?',
        buyer,
        showId,
      )[0]!.id,
    async show(spec) {
      const shows = studio.services.shows;
      const show = spec.title === undefined ? shows.current() : shows.create({ title: spec.title }, 'host');
      if (!show) throw new Error('the demo boutique has no show');
      built += 1;
      shows.goLive(show.id, 'host');
      for (const line of spec.lines) say(line);
      await waitUntil(
        () => count('SELECT count(*) AS n FROM chat_messages WHERE show_id = ?', show.id) === spec.lines.length,
        `the ${spec.lines.length} chat lines of show ${built} (${show.title}) stored`,
      );
      await waitUntil(
        () => count('SELECT count(*) AS n FROM orders WHERE show_id = ?', show.id) === spec.orders,
        `${spec.orders} orders in show ${built} (${show.title})`,
      );
      if (spec.end ?? true) shows.end(show.id, 'host');
      return { id: show.id, title: show.title };
    },
  };
}
