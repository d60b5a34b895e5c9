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
initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {token ? <AccessGate client={new StudioClient(token)}>{(_role, client) => <ConsoleApp client={client} />}</AccessGate> : <NoToken />}
  </StrictMode>,
);
