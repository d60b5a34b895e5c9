import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { NoToken } from '../screens/status-bar/ConnectionNotice';
import { HostApp } from './HostApp';
import '../styles/studio.css';

initI18n();
const token = tokenFromLocation();
const root = createRoot(document.getElementById('root')!);
root.render(<StrictMode>{token ? <HostApp client={new StudioClient(token)} /> : <NoToken />}</StrictMode>);
