import { prefetchFirstReads } from '../lib/first-reads';
import { readRoute } from '../lib/route';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import '../styles/studio.css';

/** How long the window's code waits for the socket's handshake at most (a studio that does not answer). */
const HANDSHAKE_WAIT_MS = 100;
/**
 * How long the window's first render waits for the first reads at most. Rendered before they are here,
 * the window renders twice — once empty (~80 ms of script on a cold Review), again with its rows — and the
 * second waits for the first; a core slow to answer still gets a window after this long.
 */
const FIRST_READS_WAIT_MS = 300;

const within = (done: Promise<void>, ms: number) => Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, ms))]);

/**
 * Resolves when the socket's handshake has ended (connected, refused, failed) or after `ms`. The
 * handshake's round trips need this thread between them, and the window's code evaluating holds it for
 * ~100 ms: run first, the handshake would end only after it, and the first reads would leave only then.
 */
function handshakeEnded(client: StudioClient, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      off();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const off = client.onPhase(done);
  });
}

// The first thing the page runs, and small (no React): the socket connects and asks the first reads
// (who the token is; a past show's review or its report) while the window's own code (./boot, fetched
// beside this: scripts/vite-host-preload.ts) starts, so the core works on them meanwhile.
const token = tokenFromLocation();
const client = token ? new StudioClient(token) : null;
const route = readRoute();
const firstReads = client ? prefetchFirstReads(client, route) : null;
// The page's first Intl number format costs ~20 ms (the runtime loads its number data once), its first date
// format a few more; the screens' first prices and times would pay them in their first render. Paid here,
// they overlap the socket's connect.
new Intl.NumberFormat().format(0);
new Intl.DateTimeFormat().format(0);
void (client ? handshakeEnded(client, HANDSHAKE_WAIT_MS) : Promise.resolve())
  .then(() => import('./boot'))
  .then((m) => m.boot(client, route.tab, firstReads && within(firstReads, FIRST_READS_WAIT_MS)));
