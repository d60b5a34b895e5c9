import { useTranslation } from 'react-i18next';
import { sourceLabel, type ChatSourceEntry, type StudioStatus } from '../../../shared/contract';
import { formatShowTime } from '../../lib/show-time';

/** One configured source with its live state (connected / reconnecting since … / failed: why) and Remove. */
export function SourceRow({ entry, busy, onRemove }: { entry: ChatSourceEntry; busy: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <li className="settings-source" data-testid="chat-source" data-id={entry.source.id} data-state={entry.status.state}>
      <span className={`settings-platform settings-platform-${entry.source.platform}`}>
        {t(`settings.sources.platform.${entry.source.platform}`)}
      </span>
      <span className="settings-source-address">
        {sourceLabel(entry.source)}
        <small>{entry.hasToken ? t('settings.sources.tokenSet') : t('settings.sources.noToken')}</small>
      </span>
      <SourceState status={entry.status} />
      <button type="button" className="btn danger" disabled={busy} onClick={onRemove} data-testid="chat-source-remove">
        {t('settings.sources.remove')}
      </button>
    </li>
  );
}

/** A recorded chat the studio plays (the demo show's, a replay's): its state, nothing to configure or remove here. */
export function RecordedChatRow({ status }: { status: StudioStatus['chat'][number] }) {
  const { t } = useTranslation();
  return (
    <li className="settings-source" data-testid="recorded-chat" data-id={status.id} data-state={status.state}>
      <span className="settings-platform settings-platform-replay">{t('chat.platform.replay')}</span>
      <span className="settings-source-address">
        {t(status.id === 'demo' ? 'settings.sources.demoChat' : 'settings.sources.replayChat')}
        <small>{t(status.id === 'demo' ? 'settings.sources.demoChatHint' : 'settings.sources.replayChatHint')}</small>
      </span>
      <SourceState status={status} />
    </li>
  );
}

/** A source's live state: connected / reconnecting since … / failed: why. */
function SourceState({ status }: { status: Pick<StudioStatus['chat'][number], 'state' | 'since' | 'detail'> }) {
  const { t, i18n } = useTranslation();
  const { state, since, detail } = status;
  const stateText =
    state === 'reconnecting'
      ? t('settings.sources.reconnectingSince', { time: formatShowTime(since, i18n.language, undefined, 'time') })
      : state === 'failed'
        ? t('settings.sources.failedBecause', { detail: detail ?? '?' })
        : t(`status.state.${state}`, { defaultValue: state });
  return (
    <span className={`pill pill-${state}`} data-testid="chat-source-state" title={detail ?? undefined}>
      <span className="dot" aria-hidden />
      {stateText}
    </span>
  );
}
