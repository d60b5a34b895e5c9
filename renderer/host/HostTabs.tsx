import { useTranslation } from 'react-i18next';
import type { Catalog, Show } from '../../shared/contract';
import type { StudioClient } from '../lib/studio-client';
import { CatalogEditor } from '../screens/catalog-editor/CatalogEditor';
import { ImportScreen } from '../screens/import/ImportScreen';
import { LineupBuilder } from '../screens/lineup/LineupBuilder';
import { ObsPanel } from '../screens/obs/ObsPanel';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import '../styles/workspace.css';

export type HostTab = 'studio' | 'catalog' | 'lineup' | 'import' | 'obs' | 'settings';
const TABS: HostTab[] = ['studio', 'catalog', 'lineup', 'import', 'obs', 'settings'];

/** The host window's sections: on stream (the studio), the catalog editor, the lineup builder, import/export. */
export function HostTabs({ tab, onTab }: { tab: HostTab; onTab: (t: HostTab) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="host-tabs" role="tablist" aria-label={t('editor.tabs.label')}>
      {TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={tab === name}
          className={tab === name ? 'on' : ''}
          onClick={() => onTab(name)}
          data-testid={`tab-${name}`}
        >
          {t(name === 'settings' ? 'settings.tab' : `editor.tabs.${name}`)}
        </button>
      ))}
    </nav>
  );
}

/** The screen of a tab other than the studio. */
export function HostWorkspace(props: {
  tab: Exclude<HostTab, 'studio'>;
  client: StudioClient;
  catalog: Catalog | undefined;
  show: Show | null;
}) {
  return (
    <main className="workspace" role="tabpanel">
      {props.tab === 'catalog' && <CatalogEditor client={props.client} catalog={props.catalog} />}
      {props.tab === 'lineup' && <LineupBuilder client={props.client} catalog={props.catalog} show={props.show} />}
      {props.tab === 'import' && <ImportScreen client={props.client} />}
      {props.tab === 'obs' && <ObsPanel client={props.client} />}
      {props.tab === 'settings' && <SettingsScreen client={props.client} />}
    </main>
  );
}
