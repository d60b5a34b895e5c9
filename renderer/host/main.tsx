import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { preloadScreen } from '../lib/lazy-screens';
import { readRoute } from '../lib/route';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { AccessGate } from '../screens/status-bar/AccessGate';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { ConsoleApp } from '../console/ConsoleApp';
import { HostApp } from './HostApp';
import '../styles/studio.css';

const token = tokenFromLocation();
// The tab the address opens (a past show's review) is fetched while the rest starts.
if (token) preloadScreen(readRoute().tab);
initI18n();
const root = createRoot(document.getElementById('root')!);
// A moderator's link opened here gets the console's controls only: nothing host-only that would fail after a click.
root.render(
  <StrictMode>
    {token ? (
      <AccessGate client={new StudioClient(token)}>
        {(role, client) => (role === 'host' ? <HostApp client={client} /> : <ConsoleApp client={client} />)}
      </AccessGate>
    ) : (
      <NoToken />
    )}
  </StrictMode>,
);
