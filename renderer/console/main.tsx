// The co-moderator console: questions, orders needing action, the chat and what is on stream.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { preloadScreen } from '../lib/lazy-screens';
import { readRoute } from '../lib/route';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { ConsoleApp } from './ConsoleApp';
import '../styles/studio.css';

const token = tokenFromLocation();
if (token) preloadScreen(readRoute().tab);
initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>{token ? <ConsoleApp client={new StudioClient(token)} /> : <NoToken />}</StrictMode>,
);
