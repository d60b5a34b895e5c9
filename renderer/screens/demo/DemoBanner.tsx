import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useEvent, useQuery } from '../../lib/use-studio';
import './demo.css';

const DISMISSED = 'lss.demoHintDismissed';

/**
 * The demo's place in the host window. In the seller's studio before any show went live: a hint
 * offering "Start demo show" (a recorded chat playing into a studio of its own). In the demo
 * studio: a banner saying so, with the way back to the seller's studio. The status is asked again
 * whenever a show changes, so the hint goes the moment the seller's first show goes live.
 */
export function DemoBanner({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const [status, , reload] = useQuery(client, 'demo.status');
  useEvent(client, 'show.changed', reload);
  const { busy, error, run } = useCommand();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED) === '1');
  if (!status) return null;

  if (status.isDemo) {
    return (
      <div className="demo-banner demo-banner-running" role="status" data-testid="demo-banner">
        <span className="demo-badge">{t('demo.badge')}</span>
        <span className="demo-text">{t('demo.running')}</span>
        {status.returnUrl && (
          <a className="demo-back" href={status.returnUrl} data-testid="demo-back">
            {t('demo.back')}
          </a>
        )}
      </div>
    );
  }
  if (!status.firstRun || dismissed) return null;

  const start = async () => {
    const started = await run(() => client.call('demo.start', {}));
    if (started) window.location.assign(started.hostUrl);
  };
  return (
    <div className="demo-banner" role="region" aria-label={t('demo.start')} data-testid="demo-hint">
      <div className="demo-text">
        <strong>{t('demo.title')}</strong> <span>{t('demo.hint')}</span>
        {error && (
          <span className="demo-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <button type="button" className="primary" disabled={busy} aria-busy={busy} onClick={start} data-testid="demo-start">
        {t('demo.start')}
      </button>
      <button
        type="button"
        className="ghost"
        onClick={() => {
          localStorage.setItem(DISMISSED, '1');
          setDismissed(true);
        }}
      >
        {t('demo.dismiss')}
      </button>
    </div>
  );
}
