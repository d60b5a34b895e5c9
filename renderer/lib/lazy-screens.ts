import { lazyScreen } from './lazy-screen';

// The chunks themselves (renderer/screens/<screen>/): a window opened on one tab (the Review of a past
// show above all) loads that tab's code and not the others': the live board, the catalog editor, the
// Team dialog's QR codes…
export const ReviewScreen = lazyScreen(() => import('../screens/review/ReviewScreen').then((m) => m.ReviewScreen));
export const ReportScreen = lazyScreen(() => import('../screens/report/ReportScreen').then((m) => m.ReportScreen));
export const LiveBoard = lazyScreen(() => import('../screens/live/LiveBoard').then((m) => m.LiveBoard));
export const OnStream = lazyScreen(() => import('../screens/on-stream/OnStream').then((m) => m.OnStream));
export const PackingScreen = lazyScreen(() => import('../screens/packing/PackingScreen').then((m) => m.PackingScreen));
export const CatalogPanel = lazyScreen(() => import('../screens/catalog/CatalogPanel').then((m) => m.CatalogPanel));
export const CatalogEditor = lazyScreen(() => import('../screens/catalog-editor/CatalogEditor').then((m) => m.CatalogEditor));
export const LineupBuilder = lazyScreen(() => import('../screens/lineup/LineupBuilder').then((m) => m.LineupBuilder));
export const ImportScreen = lazyScreen(() => import('../screens/import/ImportScreen').then((m) => m.ImportScreen));
export const ObsPanel = lazyScreen(() => import('../screens/obs/ObsPanel').then((m) => m.ObsPanel));
export const SettingsScreen = lazyScreen(() => import('../screens/settings/SettingsScreen').then((m) => m.SettingsScreen));
export const CustomersScreen = lazyScreen(() => import('../screens/customers/CustomersScreen').then((m) => m.CustomersScreen));
export const SearchScreen = lazyScreen(() => import('../screens/search/SearchScreen').then((m) => m.SearchScreen));
export const AccessDialog = lazyScreen(() => import('../screens/access/AccessDialog').then((m) => m.AccessDialog));

/**
 * Starts fetching the screen a window opens on (the address names the tab) before the window's own code runs;
 * resolves when the screen itself is ready (or failed: shown, a screen asks again, and a failure reaches its error
 * boundary), so the window's first render can hold it. The report's trend chart follows after its first paint.
 */
export function preloadScreen(tab: string | null): Promise<void> {
  const screens = tab === 'review' ? [ReviewScreen] : tab === 'report' ? [ReportScreen] : [];
  const loads = screens.map((screen) =>
    screen.preload().then(
      () => undefined,
      () => undefined,
    ),
  );
  return loads[0] ?? Promise.resolve();
}
