// The co-moderator console: questions, orders needing action, the chat and what is on stream.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { preloadScreen } from '../lib/lazy-screens';
import { readRoute } from '../lib/route';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { AccessGate } from '../screens/status-bar/AccessGate';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { ConsoleApp } from './ConsoleApp';
import '../styles/studio.css';

const token = tokenFromLocation();
if (token) preloadScreen(readRoute().tab);
const client = token ? new StudioClient(token) : null;
void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {client ? <AccessGate client={client}>{(_role, client) => <ConsoleApp client={client} />}</AccessGate> : <NoToken />}
    </StrictMode>,
  ),
);
