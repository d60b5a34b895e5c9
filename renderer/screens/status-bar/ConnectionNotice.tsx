import { useTranslation } from 'react-i18next';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase } from '../../lib/use-studio';

/** A banner while the window is not connected; says plainly when the token was refused. */
export function ConnectionNotice({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const phase = useConnectionPhase(client);
  if (phase === 'connected') return null;
  return (
    <div className={`banner banner-${phase}`} role="status" data-testid="connection-banner" data-phase={phase}>
      {t(`connection.${phase}`)}
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
