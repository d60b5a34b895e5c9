/**
 * Whether anything can be put on stream: the core features on its current show, the live one or else a draft (a
 * rehearsal may feature), and refuses when there is none (after the show ended). Unknown while the first read is
 * on its way (undefined): offered, as before. Its own module, free of the contract's schemas: the window's shell
 * asks it on every cold load, and `can.ts` reads the contract's command table (zod and every schema with it).
 */
export function canFeature(current: { state: 'draft' | 'live' | 'ended' } | null | undefined): boolean {
  return current === undefined || (current !== null && current.state !== 'ended');
}
