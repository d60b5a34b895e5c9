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
