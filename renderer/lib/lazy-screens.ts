import { createElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';

/**
 * A screen whose code is fetched when it is first shown (one chunk each). Unlike React.lazy it never
 * suspends: a screen whose chunk has arrived renders in the same pass as its shell, and one still on
 * its way renders nothing until it arrives, then renders. (A suspended boundary costs the first paint
 * of a cold window up to 300 ms: React 19 holds back revealing its content for that long after its
 * fallback showed — measured on the Review tab's cold load.) A chunk that fails to load throws to the
 * nearest error boundary, as React.lazy would.
 */
export interface LazyScreen<P> {
  (props: P): ReactElement | null;
  /** Starts fetching the chunk (once); resolves when it has been evaluated. */
  preload(): Promise<unknown>;
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // the next showing tries again
        throw error;
      },
    ));
  function Screen(props: P) {
    const [, setArrived] = useState(0);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      preload().then(
        () => live && setArrived((n) => n + 1),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failure) throw failure.error;
    return loaded ? createElement(loaded, props) : null;
  }
  return Object.assign(Screen, { preload });
}

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

/** Starts fetching the screen a window opens on (the address names the tab) before the window's own code runs. */
export function preloadScreen(tab: string | null): void {
  const screen = tab === 'review' ? ReviewScreen : tab === 'report' ? ReportScreen : null;
  screen?.preload().catch(() => undefined); // shown, the screen asks again and a failure reaches its error boundary
}
