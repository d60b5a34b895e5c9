import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { lazyScreen } from '../lib/lazy-screen';
import { preloadScreen } from '../lib/lazy-screens';
import type { StudioClient } from '../lib/studio-client';
import { AccessGate } from '../screens/status-bar/AccessGate';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { HostApp } from './HostApp';

// A moderator's link opened here (rare): the console's code is fetched then, not parsed on every host window's cold load.
const ConsoleApp = lazyScreen(() => import('../console/ConsoleApp').then((m) => m.ConsoleApp));

/**
 * The host window's React tree, on the client main.tsx connected (null: the address carries no token),
 * once the window's language has loaded (its chunk was fetched beside this one: route-preload.js).
 */
export async function boot(client: StudioClient | null, tab: string | null, firstReads: Promise<void> | null = null): Promise<void> {
  // The screen the address opens (its chunks were fetched with the page's) runs while the language loads, and the
  // first pass waits for both, and for the first reads (bounded, main.tsx): it renders the screen with its rows,
  // rather than an empty tab and then the whole window again.
  await Promise.all([initI18n(), client ? preloadScreen(tab) : undefined, firstReads]);
  // A moderator's link opened here gets the console's controls only: nothing host-only that would fail after a click.
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {client ? (
        <AccessGate client={client}>
          {(role, client) => (role === 'host' ? <HostApp client={client} /> : <ConsoleApp client={client} />)}
        </AccessGate>
      ) : (
        <NoToken />
      )}
    </StrictMode>,
  );
}
