import { memo, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Show, ShowSummary } from '../../shared/contract';
import {
  CatalogEditor,
  CustomersScreen,
  ImportScreen,
  LineupBuilder,
  ObsPanel,
  PackingScreen,
  ReportScreen,
  ReviewScreen,
  SearchScreen,
  SettingsScreen,
} from '../lib/lazy-screens';
import type { StudioClient } from '../lib/studio-client';
import '../styles/workspace.css';

const TABS = ['studio', 'review', 'packing', 'report', 'customers', 'search', 'catalog', 'lineup', 'import', 'obs', 'settings'] as const;
export type HostTab = (typeof TABS)[number];
export const isHostTab = (name: string | null): name is HostTab => TABS.includes(name as HostTab);

/** Tabs whose label lives in their own area's strings. */
const OWN_LABEL: Partial<Record<HostTab, string>> = {
  settings: 'settings.tab',
  packing: 'shipping.tab',
  report: 'report.tab',
  customers: 'customers.tab',
  search: 'customers.search.tab',
};

/** The host window's sections: on stream (the studio), the review of a show's carts, the catalog editor, the lineup builder, import/export. */
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
          {t(OWN_LABEL[name] ?? `editor.tabs.${name}`)}
        </button>
      ))}
    </nav>
  );
}

/**
 * The screen of a tab other than the studio (each tab's code is fetched when it is first shown). Memoised: the shell's own reads (status, featured product, show list) arrive one reply at a time on a cold
 * window, each a render of the shell; the open tab's screen renders again only when its own props change.
 */
export const HostWorkspace = memo(function HostWorkspace(props: {
  tab: Exclude<HostTab, 'studio'>;
  client: StudioClient;
  catalog: Catalog | undefined;
  /** The current show (the lineup is built for it). */
  show: Show | null;
  /** The show the window looks at (the review is of it). */
  viewed: ShowSummary | null;
  viewedId: number | null | undefined;
  /** The moment the report's timeline marks (a chat search hit), when it is of the viewed show. */
  focusAt: number | null;
  /** A chat search hit opens its show's report at that moment. */
  onOpenReport: (showId: number, at: number) => void;
}) {
  return (
    <main className="workspace" role="tabpanel">
      <Suspense fallback={<p className="muted" aria-busy="true" />}>
        {props.tab === 'review' && (
          <ReviewScreen client={props.client} role="host" showId={props.viewedId} show={props.viewed} catalog={props.catalog} />
        )}
        {props.tab === 'packing' && <PackingScreen client={props.client} showId={props.viewedId} />}
        {props.tab === 'report' && <ReportScreen client={props.client} showId={props.viewedId} focusAt={props.focusAt} />}
        {props.tab === 'customers' && <CustomersScreen client={props.client} role="host" />}
        {props.tab === 'search' && <SearchScreen client={props.client} onOpenReport={props.onOpenReport} />}
        {props.tab === 'catalog' && <CatalogEditor client={props.client} catalog={props.catalog} />}
        {props.tab === 'lineup' && <LineupBuilder client={props.client} catalog={props.catalog} show={props.show} />}
        {props.tab === 'import' && <ImportScreen client={props.client} />}
        {props.tab === 'obs' && <ObsPanel client={props.client} />}
        {props.tab === 'settings' && <SettingsScreen client={props.client} />}
      </Suspense>
    </main>
  );
});
