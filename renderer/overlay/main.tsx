// Placeholder entry: the overlay pages are built in the overlay issue (see issues).
import { StudioClient, tokenFromLocation } from '../lib/studio-client';

const token = tokenFromLocation();
const root = document.getElementById('overlay-root')!;
if (token) {
  const client = new StudioClient(token);
  const show = (title: string | null) => {
    root.textContent = title ?? '';
  };
  client.onPhase((phase) => {
    if (phase === 'connected') client.call('show.featured', {}).then((f) => show(f?.product?.title ?? null), () => undefined);
  });
  client.on('show.featured', (f) => show(f.product?.title ?? null));
}
