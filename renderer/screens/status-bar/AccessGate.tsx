import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase } from '../../lib/use-studio';
import { ConnectionNotice } from './ConnectionNotice';

/**
 * A window shows what its token may use, and nothing once the token is gone: it asks the core who it
 * is (access.whoami) and renders that role's app; a refused or revoked token leaves only the notice
 * that says so (no buyer data, no green "connected" left on screen).
 */
export function AccessGate({ client, children }: { client: StudioClient; children: (role: Role, client: StudioClient) => ReactNode }) {
  const { t } = useTranslation();
  const phase = useConnectionPhase(client);
  // The answer main.tsx asked for while the page loaded, if it is here: the role's app renders in the first pass.
  const [role, setRole] = useState<Role | null>(() => client.arrived('access.whoami', {})?.role ?? null);
  useEffect(() => {
    if (phase !== 'connected' || role !== null) return;
    client.call('access.whoami', {}).then(
      (me) => setRole(me.role),
      () => undefined, // asked again at the next connect
    );
  }, [client, phase, role]);

  if (phase === 'refused' || phase === 'revoked') return <ConnectionNotice client={client} />;
  if (role === null) return <ConnectionNotice client={client} pending />;
  if (role === 'overlay')
    return (
      <div className="banner banner-refused" role="alert" data-testid="connection-banner" data-phase="overlay-token">
        {t('liveUx.access.overlayToken')}
      </div>
    );
  return <>{children(role, client)}</>;
}
