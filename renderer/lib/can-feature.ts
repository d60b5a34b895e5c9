/**
 * Whether anything can be put on stream: the core features on its current show, the live one or else a draft (a
 * rehearsal may feature), and refuses when there is none (after the show ended). Unknown while the first read is
 * on its way (undefined): offered, as before. Free of the contract's runtime values: the window's shell asks it on
 * every cold load, and importing the contract's command table there put zod and every schema on that path.
 */
export function canFeature(current: { state: 'draft' | 'live' | 'ended' } | null | undefined): boolean {
  return current === undefined || (current !== null && current.state !== 'ended');
}
