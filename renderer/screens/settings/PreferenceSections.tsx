import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract';

/** Each section saves its whole settings section at once (settings.update replaces a top-level section). */
export type SaveSection = <K extends 'commerce' | 'overlay' | 'network' | 'alerts'>(key: K, value: Settings[K]) => void;

export function Toggle({
  checked,
  label,
  hint,
  testId,
  disabled,
  onChange,
}: {
  checked: boolean;
  label: string;
  hint?: string;
  testId: string;
  disabled: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="settings-toggle">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <span>
        {label}
        {hint && <small>{hint}</small>}
      </span>
    </label>
  );
}

export function CommerceSection({ settings, busy, save }: { settings: Settings; busy: boolean; save: SaveSection }) {
  const { t } = useTranslation();
  const c = settings.commerce;
  return (
    <section className="ws-panel settings-section" aria-labelledby="settings-commerce-title" data-testid="settings-commerce">
      <h2 id="settings-commerce-title" className="section-title">
        {t('settings.commerce.title')}
      </h2>
      <Toggle
        checked={c.autoReplies}
        disabled={busy}
        testId="settings-auto-replies"
        label={t('settings.commerce.autoReplies')}
        hint={t('settings.commerce.autoRepliesHint')}
        onChange={(v) => save('commerce', { ...c, autoReplies: v })}
      />
      <Toggle
        checked={c.thankYous}
        disabled={busy}
        testId="settings-thank-yous"
        label={t('settings.commerce.thankYous')}
        hint={t('settings.commerce.thankYousHint')}
        onChange={(v) => save('commerce', { ...c, thankYous: v })}
      />
    </section>
  );
}

const FONTS = [
  'Inter, system-ui, sans-serif',
  'DejaVu Sans, sans-serif',
  'Georgia, serif',
  'Montserrat, sans-serif',
  'Courier New, monospace',
];

export function OverlayLookSection({ settings, busy, save }: { settings: Settings; busy: boolean; save: SaveSection }) {
  const { t } = useTranslation();
  const o = settings.overlay;
  // The font is typed: saved when the field is left or Enter is pressed, not at every key.
  const [font, setFont] = useState(o.font);
  useEffect(() => setFont(o.font), [o.font]);
  const saveFont = () => {
    if (font.trim() && font.trim() !== o.font) save('overlay', { ...o, font: font.trim() });
  };
  return (
    <section className="ws-panel settings-section" aria-labelledby="settings-overlay-title" data-testid="settings-overlay">
      <h2 id="settings-overlay-title" className="section-title">
        {t('settings.overlay.title')}
      </h2>
      <div className="settings-grid">
        <label>
          <span>{t('settings.overlay.theme')}</span>
          <select
            className="ws"
            value={o.theme}
            disabled={busy}
            onChange={(e) => save('overlay', { ...o, theme: e.target.value as typeof o.theme })}
            data-testid="settings-theme"
          >
            <option value="midnight">{t('settings.overlay.themes.midnight')}</option>
            <option value="daylight">{t('settings.overlay.themes.daylight')}</option>
          </select>
        </label>
        <label>
          <span>{t('settings.overlay.position')}</span>
          <select
            className="ws"
            value={o.position}
            disabled={busy}
            onChange={(e) => save('overlay', { ...o, position: e.target.value as typeof o.position })}
            data-testid="settings-position"
          >
            <option value="lower-third">{t('settings.overlay.positions.lower-third')}</option>
            <option value="side-card">{t('settings.overlay.positions.side-card')}</option>
          </select>
        </label>
        <label>
          <span>{t('settings.overlay.brandColor')}</span>
          <input
            type="color"
            className="settings-color"
            value={o.brandColor}
            onChange={(e) => save('overlay', { ...o, brandColor: e.target.value })}
            data-testid="settings-brand-color"
          />
        </label>
        <label>
          <span>{t('settings.overlay.font')}</span>
          <input
            className="ws"
            list="settings-fonts"
            value={font}
            maxLength={80}
            onChange={(e) => setFont(e.target.value)}
            onBlur={saveFont}
            onKeyDown={(e) => e.key === 'Enter' && saveFont()}
            style={{ fontFamily: font }}
            data-testid="settings-font"
          />
          <datalist id="settings-fonts">
            {FONTS.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </label>
      </div>
      <p className="settings-hint">{t('settings.overlay.liveHint')}</p>
    </section>
  );
}

export function NetworkSection({ settings, busy, save }: { settings: Settings; busy: boolean; save: SaveSection }) {
  const { t } = useTranslation();
  return (
    <section className="ws-panel settings-section" aria-labelledby="settings-network-title" data-testid="settings-network">
      <h2 id="settings-network-title" className="section-title">
        {t('settings.network.title')}
      </h2>
      <Toggle
        checked={settings.network.lanAccess}
        disabled={busy}
        testId="settings-lan-access"
        label={t('settings.network.lanAccess')}
        hint={t('settings.network.nextStart')}
        onChange={(v) => save('network', { lanAccess: v })}
      />
    </section>
  );
}
