import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertSettingsSchema, type Settings } from '../../../shared/contract';
import { Toggle, type SaveSection } from '../settings/PreferenceSections';
import './alerts.css';

/** Settings → Alerts: what the live windows call attention to, and the tone. Numbers are checked by the schema before saving. */
export function AlertsSection({ settings, busy, save }: { settings: Settings; busy: boolean; save: SaveSection }) {
  const { t } = useTranslation();
  const a = settings.alerts;
  const [seconds, setSeconds] = useState(String(a.questionWaitSeconds));
  const [percent, setPercent] = useState(String(a.droppedFramesPercent));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setSeconds(String(a.questionWaitSeconds)), [a.questionWaitSeconds]);
  useEffect(() => setPercent(String(a.droppedFramesPercent)), [a.droppedFramesPercent]);

  const saveNumbers = () => {
    const next = { ...a, questionWaitSeconds: Number(seconds), droppedFramesPercent: Number(percent.replace(',', '.')) };
    const parsed = AlertSettingsSchema.safeParse(next);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      setProblem(field === 'questionWaitSeconds' ? t('liveUx.alerts.settings.secondsRange') : t('liveUx.alerts.settings.percentRange'));
      return;
    }
    setProblem(null);
    if (next.questionWaitSeconds !== a.questionWaitSeconds || next.droppedFramesPercent !== a.droppedFramesPercent)
      save('alerts', parsed.data);
  };

  return (
    <section className="ws-panel settings-section" aria-labelledby="settings-alerts-title" data-testid="settings-alerts">
      <h2 id="settings-alerts-title" className="section-title">
        {t('liveUx.alerts.settings.title')}
      </h2>
      <Toggle
        checked={a.sound}
        disabled={busy}
        testId="settings-alert-sound"
        label={t('liveUx.alerts.settings.sound')}
        onChange={(v) => save('alerts', { ...a, sound: v })}
      />
      <Toggle
        checked={a.newOrder}
        disabled={busy}
        testId="settings-alert-order"
        label={t('liveUx.alerts.settings.newOrder')}
        onChange={(v) => save('alerts', { ...a, newOrder: v })}
      />
      <Toggle
        checked={a.questionWaiting}
        disabled={busy}
        testId="settings-alert-question"
        label={t('liveUx.alerts.settings.questionWaiting')}
        onChange={(v) => save('alerts', { ...a, questionWaiting: v })}
      />
      <label className="settings-number">
        <span>{t('liveUx.alerts.settings.seconds')}</span>
        <input
          className="ws"
          inputMode="numeric"
          value={seconds}
          onChange={(e) => setSeconds(e.target.value)}
          onBlur={saveNumbers}
          onKeyDown={(e) => e.key === 'Enter' && saveNumbers()}
          data-testid="settings-alert-seconds"
        />
      </label>
      <Toggle
        checked={a.droppedFrames}
        disabled={busy}
        testId="settings-alert-frames"
        label={t('liveUx.alerts.settings.droppedFrames')}
        onChange={(v) => save('alerts', { ...a, droppedFrames: v })}
      />
      <label className="settings-number">
        <span>{t('liveUx.alerts.settings.percent')}</span>
        <input
          className="ws"
          inputMode="decimal"
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
          onBlur={saveNumbers}
          onKeyDown={(e) => e.key === 'Enter' && saveNumbers()}
          data-testid="settings-alert-percent"
        />
      </label>
      <Toggle
        checked={a.chatReconnecting}
        disabled={busy}
        testId="settings-alert-chat"
        label={t('liveUx.alerts.settings.chatReconnecting')}
        onChange={(v) => save('alerts', { ...a, chatReconnecting: v })}
      />
      {problem && (
        <p className="form-error" role="alert" data-testid="settings-alert-problem">
          {problem}
        </p>
      )}
    </section>
  );
}
