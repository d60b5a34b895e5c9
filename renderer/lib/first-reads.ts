import type { Route } from './route';
import type { StudioClient } from './studio-client';

/** The Review table's first page: small, so the first rows paint at once (renderer/screens/review/use-carts.ts). */
export const FIRST_CARTS_PAGE = 100;

/**
 * What a window opened on an address will read first, asked while its code is still starting (the
 * socket connects and the core answers in parallel with the page's boot, instead of after it): who the
 * token is, and the first page of the Review table or the report of the show the address names. The
 * screens make the same calls as always; StudioClient.prefetch hands them these replies. Resolves when
 * every reply is here (or failed).
 */
export function prefetchFirstReads(client: StudioClient, route: Pick<Route, 'tab' | 'show'>): Promise<void> {
  const replies = [client.prefetch('access.whoami', {})];
  if (route.show !== null && route.tab === 'review')
    replies.push(client.prefetch('carts.list', { showId: route.show, offset: 0, limit: FIRST_CARTS_PAGE }, ['carts.changed']));
  if (route.show !== null && route.tab === 'report') replies.push(client.prefetch('reports.show', { showId: route.show }));
  return Promise.all(replies).then(() => undefined);
}
