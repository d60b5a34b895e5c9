import { prefetchFirstReads } from '../lib/first-reads';
import { preloadScreen } from '../lib/lazy-screens';
import { readRoute } from '../lib/route';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import '../styles/studio.css';

// The first thing the page runs, and small: the screen the address opens (a past show's review, its
// report) is fetched now, beside the window's own code (./boot) rather than after it has run, and the
// socket connects and asks the first reads meanwhile.
const token = tokenFromLocation();
const client = token ? new StudioClient(token) : null;
if (client) {
  const route = readRoute();
  preloadScreen(route.tab);
  prefetchFirstReads(client, route);
}
void import('./boot').then((m) => m.boot(client));
