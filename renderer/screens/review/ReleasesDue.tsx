import { useCallback, useEffect, useState } from 'react';
import { isolateText } from '../../widgets/Isolated';
import { useTranslation } from 'react-i18next';
import type { Cart, Role } from '../../../shared/contract';
import { canCarts as can } from '../../../shared/contract/carts-values';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';

/**
 * Releases that fell due while the studio was closed (or with auto-release
 * off) are never applied by themselves: a bank transfer may have arrived
 * late. The seller releases them or keeps the carts, here, all at once.
 */
export function ReleasesDue({
  client,
  role,
  ready,
}: {
  client: StudioClient;
  role: Role;
  /** The table's first rows are in: asking earlier would delay them. */ ready: boolean;
}) {
  const { t } = useTranslation();
  const phase = useConnectionPhase(client);
  const [carts, setCarts] = useState<Cart[]>([]);
  const { busy, error, run, fail } = useCommand();
  const load = useCallback(() => {
    client.call('carts.releasesDue', {}).then((r) => setCarts(r.carts), fail);
  }, [client, fail]);
  useEffect(() => {
    if (phase === 'connected' && ready) load();
  }, [phase, ready, load]);
  // Only a change that touches a due release can change the list (a busy show sends many carts.changed).
  const waiting = carts.length > 0;
  useEvent(
    client,
    'carts.changed',
    useCallback(
      ({ carts: changed }: { carts: Cart[] }) => (waiting || changed.some((c) => c.releaseDue) ? load() : undefined),
      [waiting, load],
    ),
  );

  if (!can(role, 'carts.confirmReleases') || (carts.length === 0 && !error)) return null;
  const decide = (action: 'release' | 'keep') =>
    void run(() => client.call('carts.confirmReleases', { carts: carts.map((c) => ({ cartId: c.id, version: c.version })), action })).then(
      load,
    );
  return (
    <div className="releases-due" role="region" aria-label={t('review.releasesDue.title')} data-testid="releases-due">
      {carts.length > 0 && (
        <>
          <span>
            {t('review.releasesDue.text', { count: carts.length, buyers: carts.map((c) => isolateText(c.buyer.name)).join(', ') })}
          </span>
          <button
            type="button"
            className="small danger"
            disabled={busy}
            onClick={() => decide('release')}
            data-testid="releases-due-release"
          >
            {t('review.release')}
          </button>
          <button type="button" className="small ghost" disabled={busy} onClick={() => decide('keep')} data-testid="releases-due-keep">
            {t('review.releasesDue.keep')}
          </button>
        </>
      )}
      {error && <span className="form-error">{error}</span>}
    </div>
  );
}
