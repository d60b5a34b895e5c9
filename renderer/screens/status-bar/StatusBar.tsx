import { useTranslation } from 'react-i18next';
import type { Show, StudioStatus } from '../../../shared/contract';
import { setUiLanguage, UI_LANGUAGES, type UiLanguage } from '../../lib/i18n';

function Pill({ label, state, detail, testId }: { label: string; state: string; detail?: string | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <span className={`pill pill-${state}`} title={detail ?? undefined} data-testid={testId} data-state={state}>
      <span className="dot" aria-hidden />
      {label}: {t(`status.state.${state}`, { defaultValue: state })}
    </span>
  );
}

export function StatusBar({
  show,
  status,
  onOpenAccess,
  onOpenObs,
  showControls,
}: {
  show: Show | null;
  /** Go live / end / new show, for the host. */
  showControls?: React.ReactNode;
  status: StudioStatus | undefined;
  onOpenAccess?: () => void;
  /** Opens the OBS panel (host window only). */
  onOpenObs?: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <header className="statusbar">
      <div className="brand">{t('app.title')}</div>
      <div className="show-title" data-testid="show-title">
        {show ? (
          <>
            <span className={`badge badge-${show.state}`}>{t(`show.state.${show.state}`)}</span>
            <bdi>{show.title}</bdi>
          </>
        ) : (
          t('show.none')
        )}
      </div>
      {showControls}
      <div className="pills">
        <Pill label={t('status.core')} state={status ? 'connected' : 'connecting'} testId="status-core" detail={status ? t('status.clients', { count: status.core.clients }) : null} />
        <Pill label={t('status.obs')} state={status?.obs.state ?? 'disabled'} detail={status?.obs.detail} testId="status-obs" />
        {status && status.chat.length > 0 ? (
          status.chat.map((c) => <Pill key={c.id} label={`${c.platform} ${c.channel}`} state={c.state} detail={c.detail} testId={`status-chat-${c.id}`} />)
        ) : (
          <span className="pill pill-disabled" data-testid="status-chat">
            <span className="dot" aria-hidden />
            {t('status.chat')}: {t('status.noChat')}
          </span>
        )}
      </div>
      {onOpenObs && (
        <button type="button" className="header-button" onClick={onOpenObs} data-testid="open-obs">
          {t('obs.open')}
        </button>
      )}
      {onOpenAccess && (
        <button type="button" className="header-button" onClick={onOpenAccess} data-testid="open-access">
          {t('access.open')}
        </button>
      )}
      <label className="language">
        <span className="sr-only">{t('language')}</span>
        <select value={i18n.language} onChange={(e) => setUiLanguage(e.target.value as UiLanguage)} data-testid="ui-language">
          {UI_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
