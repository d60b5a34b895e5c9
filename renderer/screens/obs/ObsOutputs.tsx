import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../shared/contract';
import { formatNumber } from '../../../shared/domain/locale';
import { Isolated } from '../../widgets/Isolated';

type ObsStats = EventPayload<'obs.stats'>;

/** "1:02:05" / "4:09" */
function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

function Metric({ label, value, bad, testId }: { label: string; value: string; bad?: boolean; testId: string }) {
  return (
    <div className={`obs-metric${bad ? ' bad' : ''}`} data-testid={testId}>
      <span className="obs-metric-label">{label}</span>
      <span className="obs-metric-value">{value}</span>
    </div>
  );
}

/** Stream and record buttons with their state, and the health OBS reports every few seconds. */
export function ObsOutputs({
  stats,
  streaming,
  recording,
  lastRecording,
  busy,
  onStream,
  onRecord,
}: {
  stats: ObsStats | null;
  streaming: boolean;
  recording: boolean;
  lastRecording: string | null;
  busy: boolean;
  onStream: (action: 'start' | 'stop') => void;
  onRecord: (action: 'start' | 'stop') => void;
}) {
  const { t, i18n } = useTranslation();
  const number = (n: number, digits = 0) =>
    formatNumber(n, i18n.language, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const skipped = stats ? stats.renderSkippedFrames + stats.outputSkippedFrames + stats.stream.skippedFrames : 0;

  return (
    <>
      <section className="obs-section" aria-labelledby="obs-outputs-title">
        <h3 id="obs-outputs-title" className="section-title">
          {t('obs.outputs')}
        </h3>
        <div className="obs-outputs">
          <div className="obs-output" data-testid="obs-stream" data-active={streaming ? 'true' : 'false'}>
            <span className={`obs-onair${streaming ? ' on' : ''}`}>{streaming ? t('obs.live') : t('obs.off')}</span>
            {streaming && stats?.stream.active && <span className="muted">{duration(stats.stream.durationMs)}</span>}
            <button
              type="button"
              className={streaming ? '' : 'primary'}
              disabled={busy}
              onClick={() => onStream(streaming ? 'stop' : 'start')}
              data-testid="obs-stream-toggle"
            >
              {streaming ? t('obs.stopStream') : t('obs.startStream')}
            </button>
          </div>
          <div className="obs-output" data-testid="obs-record" data-active={recording ? 'true' : 'false'}>
            <span className={`obs-onair${recording ? ' on' : ''}`}>{recording ? t('obs.recording') : t('obs.off')}</span>
            {recording && stats?.record.active && <span className="muted">{duration(stats.record.durationMs)}</span>}
            <button type="button" disabled={busy} onClick={() => onRecord(recording ? 'stop' : 'start')} data-testid="obs-record-toggle">
              {recording ? t('obs.stopRecord') : t('obs.startRecord')}
            </button>
          </div>
        </div>
        {lastRecording && !recording && (
          <p className="muted obs-result" data-testid="obs-last-recording">
            {t('obs.saved')} <Isolated>{lastRecording}</Isolated>
          </p>
        )}
      </section>

      <section className="obs-section" aria-labelledby="obs-health-title" data-testid="obs-health">
        <h3 id="obs-health-title" className="section-title">
          {t('obs.health')}
        </h3>
        {stats?.droppingFrames && (
          <div className="obs-warning" role="alert" data-testid="obs-dropping">
            ⚠ {t('obs.dropping')}
            {stats.warning && <span className="obs-warning-detail">{stats.warning}</span>}
          </div>
        )}
        {stats ? (
          <div className="obs-metrics">
            <Metric label={t('obs.fps')} value={number(stats.activeFps, 1)} testId="obs-fps" />
            <Metric label={t('obs.skipped')} value={number(skipped)} bad={stats.droppingFrames} testId="obs-skipped" />
            <Metric label={t('obs.cpu')} value={`${number(stats.cpuUsage, 1)} %`} testId="obs-cpu" />
            <Metric label={t('obs.memory')} value={`${number(stats.memoryMb)} MB`} testId="obs-memory" />
            <Metric
              label={t('obs.bitrate')}
              value={stats.stream.bitrateKbps === null ? '—' : `${number(stats.stream.bitrateKbps)} kb/s`}
              testId="obs-bitrate"
            />
            <Metric
              label={t('obs.congestion')}
              value={stats.stream.congestion === null ? '—' : `${number(stats.stream.congestion * 100)} %`}
              bad={(stats.stream.congestion ?? 0) > 0.2}
              testId="obs-congestion"
            />
          </div>
        ) : (
          <p className="muted">{t('obs.noStats')}</p>
        )}
      </section>
    </>
  );
}
