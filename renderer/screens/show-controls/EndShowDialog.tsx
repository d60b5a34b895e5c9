import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommerceSummary, ShowSummary } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import type { RunCommand } from '../../lib/use-command';
import { Dialog } from '../../widgets/Dialog';

/**
 * Before a show ends: what is still open in it (orders that need details or wait on hold,
 * buyers on a waitlist, questions nobody answered), read from the core's summary of the show
 * when the dialog opens. Ending takes the product off the overlay.
 */
export function EndShowDialog({
  client,
  show,
  run,
  onClose,
}: {
  client: StudioClient;
  show: ShowSummary;
  run: RunCommand;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<CommerceSummary | null>(null);
  useEffect(() => {
    let live = true;
    void run(() => client.call('commerce.summary', { showId: show.id })).then((s) => {
      if (live && s) setSummary(s);
    });
    return () => {
      live = false;
    };
  }, [client, run, show.id]);

  const open = summary
    ? ([
        ['needsDetails', summary.orders.needs_details],
        ['held', summary.orders.held],
        ['waitlisted', summary.orders.waitlisted],
        ['questions', summary.openQuestions],
      ] as const)
    : [];
  const anything = open.some(([, n]) => n > 0);
  const end = () =>
    void run(async () => {
      await client.call('show.end', { showId: show.id });
      onClose();
    });
  return (
    <Dialog titleId="end-show-title" title={t('liveTruth.endTitle', { title: show.title })} onClose={onClose} testId="end-show-dialog">
      {summary === null ? (
        <p className="muted">{t('liveTruth.endChecking')}</p>
      ) : anything ? (
        <>
          <p>{t('liveTruth.endStillOpen')}</p>
          <ul className="end-open" data-testid="end-open">
            {open
              .filter(([, n]) => n > 0)
              .map(([key, n]) => (
                <li key={key} data-open={key} data-count={n}>
                  {t(`liveTruth.open.${key}`, { count: n })}
                </li>
              ))}
          </ul>
        </>
      ) : (
        <p data-testid="end-nothing-open">{t('liveTruth.endNothingOpen')}</p>
      )}
      <p className="muted">{t('liveTruth.endOverlayNote')}</p>
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={onClose}>
          {t('liveTruth.keepLive')}
        </button>
        <button type="button" className="danger" onClick={end} disabled={summary === null} data-testid="show-end-confirm">
          {t('liveTruth.endNow')}
        </button>
      </div>
    </Dialog>
  );
}
