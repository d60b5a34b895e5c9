import type { Order, Question } from '../../../shared/contract';

/**
 * What the live board keeps in memory: a bounded window of the show's newest rows. The core stores
 * everything; older rows are read again when asked for (the orders list's "older" page), and the
 * figures that cover the whole show (counts, totals) come from the core's commerce.summary.
 */

/** The newest orders kept (and those waiting for a person, whatever their age). */
export const ORDERS_WINDOW = 300;
/** The oldest open questions kept: the queue is answered from the oldest. */
export const OPEN_QUESTIONS_WINDOW = 200;
/** Answered and dismissed questions kept (newest first): the queue lists the last few. */
export const SETTLED_QUESTIONS_WINDOW = 50;

/** Orders waiting for a person stay in the window however old: each is a buyer waiting for us. */
const waiting = (o: Order) => o.state === 'needs_details' || o.state === 'held';

const newestFirst = (a: Order, b: Order) => b.createdAt - a.createdAt || b.id - a.id;

/**
 * Merges orders into the window (the later update wins, whichever arrived first), newest first, then keeps
 * the newest `keep` and every order waiting for a person. An update to an order already out of the window
 * is not brought back in.
 */
export function mergeOrderWindow(current: Order[], incoming: readonly Order[], keep: number): Order[] {
  if (incoming.length === 0) return current;
  const byId = new Map(current.map((o) => [o.id, o]));
  const oldest = current.length >= keep ? current[current.length - 1] : undefined;
  let changed = false;
  for (const o of incoming) {
    const had = byId.get(o.id);
    if (had ? o.updatedAt < had.updatedAt : oldest !== undefined && !waiting(o) && newestFirst(o, oldest) > 0) continue;
    byId.set(o.id, o);
    changed = true;
  }
  if (!changed) return current;
  const merged = [...byId.values()].sort(newestFirst);
  if (merged.length <= keep) return merged;
  const kept: Order[] = [];
  let n = 0;
  for (const o of merged) if (n++ < keep || waiting(o)) kept.push(o);
  return kept;
}

/**
 * The window read again after a bulk change (orders.resync): the fresh read is the truth for what it holds, except an
 * order updated later by an event that came before the reply; an order it does not hold is dropped (out of the window,
 * or no longer waiting: its copy here may be stale) unless it is newer than everything read (made after the read).
 */
export function resyncOrderWindow(current: readonly Order[], fresh: readonly Order[], keep: number): Order[] {
  const newestRead = fresh.reduce((max, o) => Math.max(max, o.id), 0);
  const byId = new Map(fresh.map((o) => [o.id, o]));
  for (const o of current) {
    const read = byId.get(o.id);
    if (read ? o.updatedAt > read.updatedAt : o.id > newestRead) byId.set(o.id, o);
  }
  return mergeOrderWindow([], [...byId.values()], keep);
}

/** Older orders read from the core (a page before the window's oldest), added at the end. */
export function appendOlderOrders(current: Order[], older: readonly Order[]): Order[] {
  const have = new Set(current.map((o) => o.id));
  const fresh = older.filter((o) => !have.has(o.id));
  return fresh.length ? current.concat(fresh).sort(newestFirst) : current;
}

/**
 * Questions only move open -> answered | dismissed: a settled copy beats an open one. Keeps the oldest
 * `openKeep` open questions (newer ones wait in the core and are read when the window runs low) and the
 * `settledKeep` most recently settled; returned oldest first.
 */
export function mergeQuestionWindow(
  current: Question[],
  incoming: readonly Question[],
  openKeep = OPEN_QUESTIONS_WINDOW,
  settledKeep = SETTLED_QUESTIONS_WINDOW,
): Question[] {
  if (incoming.length === 0) return current;
  const byId = new Map(current.map((q) => [q.id, q]));
  for (const q of incoming) {
    const had = byId.get(q.id);
    if (!had || had.state === 'open' || q.state !== 'open') byId.set(q.id, q);
  }
  const open: Question[] = [];
  const settled: Question[] = [];
  for (const q of byId.values()) (q.state === 'open' ? open : settled).push(q);
  open.sort((a, b) => a.askedAt - b.askedAt || a.id - b.id);
  settled.sort((a, b) => (b.answeredAt ?? b.askedAt) - (a.answeredAt ?? a.askedAt) || b.id - a.id);
  return open
    .slice(0, openKeep)
    .concat(settled.slice(0, settledKeep))
    .sort((a, b) => a.askedAt - b.askedAt || a.id - b.id);
}
