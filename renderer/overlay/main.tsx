// The stream overlay: a transparent page for OBS browser sources (and any browser).
import { createRoot } from 'react-dom/client';
import { StudioClient, tokenFromLocation } from '../lib/studio-client';
import { OverlayApp } from './OverlayApp';
import { OverlayStore } from './overlay-store';
import './overlay.css';

const preview = new URLSearchParams(window.location.search).has('preview');
const token = tokenFromLocation();
const root = document.getElementById('overlay-root')!;
// Without a token there is nothing to show, and nothing may be written on a stream: the page stays empty.
if (token) {
  const store = new OverlayStore(new StudioClient(token));
  createRoot(root).render(<OverlayApp store={store} preview={preview} />);
}
