import { useTranslation } from 'react-i18next';
import { sourceLabel, type ChatSourceEntry } from '../../../shared/contract';
import { formatShowTime } from '../../lib/show-time';

/** One configured source with its live state (connected / reconnecting since … / failed: why) and Remove. */
export function SourceRow({ entry, busy, onRemove }: { entry: ChatSourceEntry; busy: boolean; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const { state, since, detail } = entry.status;
  const stateText =
    state === 'reconnecting'
      ? t('settings.sources.reconnectingSince', { time: formatShowTime(since, i18n.language, undefined, 'time') })
      : state === 'failed'
        ? t('settings.sources.failedBecause', { detail: detail ?? '?' })
        : t(`status.state.${state}`, { defaultValue: state });
  return (
    <li className="settings-source" data-testid="chat-source" data-id={entry.source.id} data-state={state}>
      <span className={`settings-platform settings-platform-${entry.source.platform}`}>
        {t(`settings.sources.platform.${entry.source.platform}`)}
      </span>
      <span className="settings-source-address">
        {sourceLabel(entry.source)}
        <small>{entry.hasToken ? t('settings.sources.tokenSet') : t('settings.sources.noToken')}</small>
      </span>
      <span className={`pill pill-${state}`} data-testid="chat-source-state" title={detail ?? undefined}>
        <span className="dot" aria-hidden />
        {stateText}
      </span>
      <button type="button" className="btn danger" disabled={busy} onClick={onRemove} data-testid="chat-source-remove">
        {t('settings.sources.remove')}
      </button>
    </li>
  );
}
