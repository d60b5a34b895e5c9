/**
 * Where a window is, kept in the address's hash beside the token
 * (`#token=…&tab=review&show=3&cart=12`, or `tab=report&show=3&at=<ms>` for a chat search hit's
 * moment), so a reload or a bookmark opens the same show, tab and cart. The hash never reaches a server log; replaceState
 * keeps the back button for real navigation.
 */
export interface Route {
  tab: string | null;
  show: number | null;
  cart: number | null;
  /** A moment of the show (UTC ms) the report's timeline marks: a chat search hit. */
  at: number | null;
}

const positive = (v: string | null): number | null => {
  const n = v === null ? NaN : Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export function readRoute(location: Pick<Location, 'hash'> = window.location): Route {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  return { tab: params.get('tab'), show: positive(params.get('show')), cart: positive(params.get('cart')), at: positive(params.get('at')) };
}

/** Sets (or, with null, drops) route keys and keeps every other hash parameter, the token first of all. */
export function writeRoute(patch: Partial<Route>): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  const hash = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`);
}
