// The co-moderator console: questions, orders needing action, the chat and what is on stream.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { ConsoleApp } from './ConsoleApp';
import '../styles/studio.css';

initI18n();
const token = tokenFromLocation();
createRoot(document.getElementById('root')!).render(
  <StrictMode>{token ? <ConsoleApp client={new StudioClient(token)} /> : <NoToken />}</StrictMode>,
);
