import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { preloadScreen } from '../lib/lazy-screens';
import { readRoute } from '../lib/route';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { HostApp } from './HostApp';
import '../styles/studio.css';

const token = tokenFromLocation();
// The tab the address opens (a past show's review) is fetched while the rest starts.
if (token) preloadScreen(readRoute().tab);
initI18n();
const root = createRoot(document.getElementById('root')!);
root.render(<StrictMode>{token ? <HostApp client={new StudioClient(token)} /> : <NoToken />}</StrictMode>);
