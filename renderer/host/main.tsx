import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { AccessGate } from '../screens/status-bar/AccessGate';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { ConsoleApp } from '../console/ConsoleApp';
import { HostApp } from './HostApp';
import '../styles/studio.css';

initI18n();
const token = tokenFromLocation();
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
