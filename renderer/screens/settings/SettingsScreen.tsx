import { useTranslation } from 'react-i18next';
import type { StudioClient } from '../../lib/studio-client';
import { useQuery } from '../../lib/use-studio';
import { ChatSourcesSection } from './ChatSourcesSection';
import { InvoiceSettingsSection } from './InvoiceSettingsSection';
import { CommerceSection, NetworkSection, OverlayLookSection, type SaveSection } from './PreferenceSections';
import { useCommand } from '../../lib/use-command';
import { AlertsSection } from '../alerts/AlertsSection';
import './settings.css';

/** The host's settings: chat sources, what the studio posts in chat, the overlay's look, LAN access. */
export function SettingsScreen({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const [settings, setSettings, reload] = useQuery(client, 'settings.get');
  const { busy, error, run } = useCommand();
  // Shown at once (a checkbox answers the click), then replaced by what the studio stored; a refusal reloads the stored value.
  const save: SaveSection = (key, value) => {
    if (settings) setSettings({ ...settings, [key]: value });
    void run(async () => {
      const stored = await client.call('settings.update', { [key]: value });
      setSettings(stored);
      return stored;
    }).then((stored) => stored === undefined && reload());
  };

  return (
    <div className="settings-screen" data-testid="settings-screen">
      <ChatSourcesSection client={client} />
      {settings && (
        <div className="settings-column">
          <CommerceSection settings={settings} busy={busy} save={save} />
          <OverlayLookSection settings={settings} busy={busy} save={save} />
          <NetworkSection settings={settings} busy={busy} save={save} />
          <AlertsSection settings={settings} busy={busy} save={save} />
          <InvoiceSettingsSection client={client} />
          {error && (
            <p className="settings-error" role="alert" data-testid="settings-error">
              {error}
            </p>
          )}
          <p className="settings-hint" data-testid="settings-saved">
            {busy ? t('settings.saving') : t('settings.saved')}
          </p>
        </div>
      )}
    </div>
  );
}
