import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cart, Role, UnrestoredLine } from '../../../shared/contract';
import { canCarts as can } from '../../../shared/contract/carts-values';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useSecondClick } from '../../lib/use-second-click';

const refs = (carts: Cart[]) => carts.map((c) => ({ cartId: c.id, version: c.version }));

type Translate = (k: string, o?: Record<string, unknown>) => string;
/** What a finished action says, rendered in the language of the moment (the seller may switch it after). */
type Notice = (t: Translate) => string;

/** Lines paid for after their release that found no stock: the seller refunds or offers another. */
function unrestoredText(t: Translate, lines: UnrestoredLine[]): string {
  return t('review.unrestored', {
    count: lines.length,
    lines: lines.map((l) => `${l.productCode}${l.variantOptions.length ? ` ${l.variantOptions.join('/')}` : ''} ×${l.quantity}`).join(', '),
  });
}

/**
 * What can be done to every selected cart at once, all or nothing: mark
 * paid, mark packed, payment request sent, release (a second click
 * confirms), combine (one customer's carts into one parcel).
 */
export function BulkBar({
  client,
  role,
  carts,
  onDone,
  onReload,
}: {
  client: StudioClient;
  role: Role;
  /** The selected carts, as listed (with the versions the edits name). */
  carts: Cart[];
  onDone: () => void;
  /** A refused bulk edit (a stale version) re-reads the list. */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  const [notice, setNotice] = useState<Notice | null>(null);
  const releaseClick = useSecondClick();
  const disarmRelease = releaseClick.disarm;
  // A new selection needs a new second click.
  useEffect(() => disarmRelease(), [carts, disarmRelease]);

  if (carts.length === 0 && !error && !notice) return null;

  const act = async (action: () => Promise<{ unrestored?: UnrestoredLine[] } | unknown>, done: string) => {
    setNotice(null);
    const result = await run(action);
    if (result === undefined) return onReload();
    const unrestored = (result as { unrestored?: UnrestoredLine[] }).unrestored ?? [];
    setNotice(
      () => (tr: Translate) => (unrestored.length ? `${tr(done, { count: n })} ${unrestoredText(tr, unrestored)}` : tr(done, { count: n })),
    );
    onDone();
  };
  const n = carts.length;
  // Combining joins one customer's carts: the cart of the newest show takes the others.
  const customers = new Set(carts.map((c) => c.customerId));
  const into = [...carts].sort((a, b) => b.createdAt - a.createdAt)[0];

  return (
    <div className="bulk-bar" data-testid="bulk-bar" data-count={n}>
      {n > 0 && (
        <>
          <span className="bulk-count" data-testid="bulk-count">
            {t('review.selected', { count: n })}
          </span>
          {can(role, 'carts.markPaid') && (
            <button
              type="button"
              className="small primary"
              disabled={busy}
              onClick={() => void act(() => client.call('carts.markPaid', { carts: refs(carts) }), 'review.done.paid')}
              data-testid="bulk-paid"
            >
              {t('review.markPaid')}
            </button>
          )}
          {can(role, 'carts.markPacked') && (
            <button
              type="button"
              className="small"
              disabled={busy}
              onClick={() => void act(() => client.call('carts.markPacked', { carts: refs(carts) }), 'review.done.packed')}
              data-testid="bulk-packed"
            >
              {t('review.markPacked')}
            </button>
          )}
          {can(role, 'carts.requestPayment') && (
            <button
              type="button"
              className="small"
              disabled={busy}
              onClick={() => void act(() => client.call('carts.requestPayment', { carts: refs(carts) }), 'review.done.requested')}
              data-testid="bulk-request"
            >
              {t('review.requestPayment')}
            </button>
          )}
          {can(role, 'carts.release') &&
            (releaseClick.armed ? (
              <button
                type="button"
                className="small danger"
                disabled={busy}
                onClick={() => {
                  releaseClick.disarm();
                  void act(() => client.call('carts.release', { carts: refs(carts) }), 'review.done.released');
                }}
                data-testid="bulk-release-confirm"
              >
                {t('review.releaseConfirmCount', { count: n })}
              </button>
            ) : (
              <button type="button" className="small ghost" disabled={busy} onClick={() => releaseClick.arm()} data-testid="bulk-release">
                {t('review.release')}
              </button>
            ))}
          {can(role, 'carts.combine') && (
            <button
              type="button"
              className="small ghost"
              disabled={busy || n < 2 || customers.size !== 1}
              title={customers.size !== 1 ? t('review.combineOneCustomer') : undefined}
              onClick={() =>
                void act(
                  () =>
                    client.call('carts.combine', {
                      into: { cartId: into!.id, version: into!.version },
                      carts: refs(carts.filter((c) => c.id !== into!.id)),
                    }),
                  'review.done.combined',
                )
              }
              data-testid="bulk-combine"
            >
              {t('review.combine')}
            </button>
          )}
          <button type="button" className="small ghost" onClick={onDone} data-testid="bulk-clear">
            {t('review.clearSelection')}
          </button>
        </>
      )}
      {notice && (
        <span className="order-notice" role="status" data-testid="bulk-notice">
          {notice(t)}
        </span>
      )}
      {error && (
        <span className="form-error" role="alert" data-testid="bulk-error">
          {error}
        </span>
      )}
    </div>
  );
}
