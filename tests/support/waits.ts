/**
 * The one bound for a test waiting on a real component (OBS, an IRC server, the studio core over
 * a socket, a child process) to reach a state. Generous on purpose: on a loaded 2-core CI machine
 * a state can take seconds to arrive, and a wait for a state returns as soon as it is reached, so
 * the bound costs nothing on a green run. Timing itself is measured in `npm run bench`, never here.
 */
export const REAL_COMPONENT_WAIT_MS = 30_000;

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Polls `probe` until it returns a truthy value (returned), or fails naming `what` after
 * `timeoutMs`. A probe that throws counts as "not yet"; the last error is in the message.
 */
export async function waitUntil<T>(
  probe: () => T | Promise<T>,
  what: string,
  timeoutMs = REAL_COMPONENT_WAIT_MS,
  everyMs = 25,
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value as Truthy<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}
