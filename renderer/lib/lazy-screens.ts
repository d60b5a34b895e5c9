import { lazy } from 'react';

/**
 * The screens the windows load only when shown (React.lazy: one chunk each, fetched on first use).
 * A window opened on one tab (the Review of a past show above all) loads that tab's code and not the
 * others': the live board, the catalog editor, the Team dialog's QR codes… The shells render each
 * inside a Suspense boundary.
 */
const reviewModule = () => import('../screens/review/ReviewScreen');
export const ReviewScreen = lazy(() => reviewModule().then((m) => ({ default: m.ReviewScreen })));
const reportModule = () => import('../screens/report/ReportScreen');
export const ReportScreen = lazy(() => reportModule().then((m) => ({ default: m.ReportScreen })));
export const LiveBoard = lazy(() => import('../screens/live/LiveBoard').then((m) => ({ default: m.LiveBoard })));
export const OnStream = lazy(() => import('../screens/on-stream/OnStream').then((m) => ({ default: m.OnStream })));
export const PackingScreen = lazy(() => import('../screens/packing/PackingScreen').then((m) => ({ default: m.PackingScreen })));
export const CatalogPanel = lazy(() => import('../screens/catalog/CatalogPanel').then((m) => ({ default: m.CatalogPanel })));
export const CatalogEditor = lazy(() => import('../screens/catalog-editor/CatalogEditor').then((m) => ({ default: m.CatalogEditor })));
export const LineupBuilder = lazy(() => import('../screens/lineup/LineupBuilder').then((m) => ({ default: m.LineupBuilder })));
export const ImportScreen = lazy(() => import('../screens/import/ImportScreen').then((m) => ({ default: m.ImportScreen })));
export const ObsPanel = lazy(() => import('../screens/obs/ObsPanel').then((m) => ({ default: m.ObsPanel })));
export const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
export const CustomersScreen = lazy(() => import('../screens/customers/CustomersScreen').then((m) => ({ default: m.CustomersScreen })));
export const SearchScreen = lazy(() => import('../screens/search/SearchScreen').then((m) => ({ default: m.SearchScreen })));
export const AccessDialog = lazy(() => import('../screens/access/AccessDialog').then((m) => ({ default: m.AccessDialog })));

/**
 * Starts fetching the screen a window opens on before React first renders (the address names the
 * tab): its chunk arrives while the shell's own code runs instead of after it.
 */
export function preloadScreen(tab: string | null): void {
  if (tab === 'review') void reviewModule();
  if (tab === 'report') void reportModule(); // the report's charts (recharts) are most of its chunk
}
