import { useTranslation } from 'react-i18next';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase } from '../../lib/use-studio';

/**
 * A banner while the window is not connected; says plainly when the token was refused or revoked.
 * `pending`: connected, the window still learning its role (shown as connecting).
 */
export function ConnectionNotice({ client, pending = false }: { client: StudioClient; pending?: boolean }) {
  const { t } = useTranslation();
  const phase = useConnectionPhase(client);
  if (phase === 'connected' && !pending) return null;
  const shown = phase === 'connected' ? 'connecting' : phase;
  return (
    <div
      className={`banner banner-${shown}`}
      role={shown === 'revoked' || shown === 'refused' ? 'alert' : 'status'}
      data-testid="connection-banner"
      data-phase={shown}
    >
      {shown === 'revoked' ? t('liveUx.access.revoked') : t(`connection.${shown}`)}
    </div>
  );
}

export function NoToken() {
  const { t } = useTranslation();
  return (
    <div className="banner banner-refused" role="alert" data-testid="connection-banner" data-phase="no-token">
      {t('connection.noToken')}
    </div>
  );
}
