// The co-moderator console: questions, orders needing action, the chat and what is on stream.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { AccessGate } from '../screens/status-bar/AccessGate';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { ConsoleApp } from './ConsoleApp';
import '../styles/studio.css';

initI18n();
const token = tokenFromLocation();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {token ? <AccessGate client={new StudioClient(token)}>{(_role, client) => <ConsoleApp client={client} />}</AccessGate> : <NoToken />}
  </StrictMode>,
);
