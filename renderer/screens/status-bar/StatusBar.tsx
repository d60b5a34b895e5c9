import { useTranslation } from 'react-i18next';
import type { ShowSummary, StudioStatus } from '../../../shared/contract';
import { translateCoreText } from '../../lib/core-text';
import type { ConnectionPhase } from '../../lib/studio-client';
import { setUiLanguage, UI_LANGUAGES, type UiLanguage } from '../../lib/i18n';
import { Isolated } from '../../widgets/Isolated';

function Pill({ label, state, detail, testId }: { label: string; state: string; detail?: string | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`pill pill-${state}`}
      title={detail ? translateCoreText(t, detail) : undefined}
      data-testid={testId}
      data-state={state}
    >
      <span className="dot" aria-hidden />
      {label}: {t(`status.state.${state}`, { defaultValue: state })}
    </span>
  );
}

/** Severity order: the chat pill shows the worst state among the sources. */
const CHAT_SEVERITY: StudioStatus['chat'][number]['state'][] = [
  'failed',
  'disconnected',
  'reconnecting',
  'connecting',
  'connected',
  'ended',
  'disabled',
];

/** A source's channel as the host knows it: a replay's channel is its file's path, of which the name is enough. */
function chatChannelName(source: StudioStatus['chat'][number]): string {
  return source.platform === 'replay' ? (source.channel.split(/[\\/]/).pop() ?? source.channel) : source.channel;
}

/** All chat sources in one pill (the worst state wins); each source with its state and detail in the tooltip. */
function ChatPill({ sources }: { sources: StudioStatus['chat'] }) {
  const { t } = useTranslation();
  if (sources.length === 0) {
    return (
      <span className="pill pill-disabled" data-testid="status-chat" data-state="disabled">
        <span className="dot" aria-hidden />
        {t('status.chat')}: {t('status.noChat')}
      </span>
    );
  }
  const worst = CHAT_SEVERITY.find((state) => sources.some((s) => s.state === state)) ?? 'connected';
  const connected = sources.filter((s) => s.state === 'connected').length;
  const detail = sources
    .map(
      (s) =>
        `${t(`chat.platform.${s.platform}`, { defaultValue: s.platform })} ${chatChannelName(s)}: ${t(`status.state.${s.state}`, { defaultValue: s.state })}${s.detail ? ` — ${translateCoreText(t, s.detail)}` : ''}`,
    )
    .join('\n');
  return (
    <span className={`pill pill-${worst}`} title={detail} data-testid="status-chat" data-state={worst}>
      <span className="dot" aria-hidden />
      {t('status.chat')}: {connected}/{sources.length} {t(`status.state.${worst}`, { defaultValue: worst })}
    </span>
  );
}

/**
 * What the bar says of the viewed show: the show; null when there is none (or the address names one that does not
 * exist); undefined while the lists that decide it load — a cold window opened on a past show's review does not
 * say "No show yet" for its first frames.
 */
export function shownInBar(
  viewed: ShowSummary | null,
  viewedId: number | null | undefined,
  shows: readonly ShowSummary[] | undefined,
): ShowSummary | null | undefined {
  if (viewed) return viewed;
  return viewedId === null || shows !== undefined ? null : undefined;
}

export function StatusBar({
  show,
  status,
  onOpenAccess,
  onOpenObs,
  keySheet,
  connection,
  showControls,
  showPicker,
}: {
  /** The show the window looks at; null: there is none; undefined: still loading (its title is left blank, not "No show yet"). */
  show: ShowSummary | null | undefined;
  /** Every show to pick one from (host window). */
  showPicker?: React.ReactNode;
  /** Go live / end / new show, for the host. */
  showControls?: React.ReactNode;
  status: StudioStatus | undefined;
  onOpenAccess?: () => void;
  /** Opens the OBS panel (host window only). */
  onOpenObs?: () => void;
  /** The window's link to the core: the core pill is green only while it is connected. */
  connection: ConnectionPhase;
  /** The `?` keyboard sheet. */
  keySheet?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <header className="statusbar">
      <div className="brand">{t('app.title')}</div>
      <div className="show-title" data-testid="show-title" title={show?.title}>
        {show ? (
          <>
            <span className={`badge badge-${show.state}`}>{t(`show.state.${show.state}`)}</span>
            <Isolated>{show.title}</Isolated>
          </>
        ) : show === null ? (
          t('show.none')
        ) : null}
      </div>
      {showPicker}
      {showControls}
      {/* One group, right-aligned: when the bar wraps (Polish, Kazakh, a narrow window) it wraps as a whole or within itself,
          never leaving its buttons alone at the left of a second line. */}
      <div className="statusbar-tools">
        <div className="pills">
          <Pill
            label={t('status.core')}
            state={connection === 'connected' && status ? 'connected' : connection === 'connected' ? 'connecting' : connection}
            testId="status-core"
            detail={status ? t('status.clients', { count: status.core.clients }) : null}
          />
          <Pill label={t('status.obs')} state={status?.obs.state ?? 'disabled'} detail={status?.obs.detail} testId="status-obs" />
          <ChatPill sources={status?.chat ?? []} />
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
        {keySheet}
        <label className="language">
          <span className="sr-only">{t('language')}</span>
          <select value={i18n.language} onChange={(e) => void setUiLanguage(e.target.value as UiLanguage)} data-testid="ui-language">
            {UI_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
