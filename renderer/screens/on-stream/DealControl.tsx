import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineupItem, PriceTag } from '../../../shared/contract';
import type { RunCommand } from '../../lib/use-command';
import type { StudioClient } from '../../lib/studio-client';

/** The key that starts or stops the featured product's flash deal (never while typing). */
export const DEAL_KEY = 'd';

/**
 * Starts or stops the featured lineup item's flash deal: one button on the host's card and one
 * key. The deal's terms (price, length, quota) are the lineup's; the core refuses a deal that
 * would not make the product cheaper.
 */
export function DealControl({
  client,
  run,
  item,
  tag,
  keyEnabled,
}: {
  client: StudioClient;
  run: RunCommand;
  item: LineupItem | null;
  tag: PriceTag | null;
  /** The key works while the live board is the tab in front. */
  keyEnabled: boolean;
}) {
  const { t } = useTranslation();
  const phase = tag?.deal?.phase ?? null;
  const running = phase === 'running';
  const ready = item !== null && item.dealPriceMinor !== null && item.dealSeconds !== null;
  const toggle = useCallback(() => {
    if (!item || !ready) return;
    void run(() => client.call(running ? 'deal.end' : 'deal.start', { itemId: item.id }));
  }, [client, item, ready, run, running]);

  useEffect(() => {
    if (!keyEnabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.key.toLowerCase() !== DEAL_KEY) return;
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)
      )
        return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyEnabled, toggle]);

  if (!item) return null;
  return (
    <button
      type="button"
      className={running ? 'deal-stop' : 'deal-start primary'}
      onClick={toggle}
      disabled={!ready}
      title={ready ? undefined : t('liveTruth.dealNeedsTerms')}
      data-testid={running ? 'deal-stop' : 'deal-start'}
      aria-keyshortcuts="D"
    >
      {running ? t('liveTruth.stopDeal') : t('liveTruth.startDeal')} <kbd>D</kbd>
    </button>
  );
}
