import { useEffect, useState, type ReactNode } from 'react';

interface Entry<T> {
  key: string;
  item: T;
  leaving: boolean;
}

/** Must match the longest leave animation in overlay.css. */
const LEAVE_MS = 420;

/**
 * Smooth enter and leave: the new item mounts at once (so the DOM shows it in
 * the same commit) with an enter animation, while the old one plays its leave
 * animation in the same grid cell and is then removed. CSS animations only:
 * nothing runs once they finish.
 */
export function Presence<T>(props: { item: T | null; itemKey: (item: T) => string; className: string; children: (item: T) => ReactNode }) {
  const key = props.item === null ? null : props.itemKey(props.item);
  const [entries, setEntries] = useState<Entry<T>[]>(() =>
    props.item === null || key === null ? [] : [{ key, item: props.item, leaving: false }],
  );
  const [shownKey, setShownKey] = useState(key);

  if (key !== shownKey) {
    // Adjusting state while rendering (React's documented pattern): no extra commit, no flash of the old item.
    setShownKey(key);
    // Only the item that was current plays its leave; older leavers go at once, so rapid
    // switching never stacks up cards that all animate (and cost frames) together.
    setEntries((prev) => [
      ...prev.filter((e) => e.key !== key && !e.leaving).map((e) => ({ ...e, leaving: true })),
      ...(props.item !== null && key !== null ? [{ key, item: props.item, leaving: false }] : []),
    ]);
  }

  const anyLeaving = entries.some((e) => e.leaving);
  useEffect(() => {
    if (!anyLeaving) return;
    const timer = setTimeout(() => setEntries((prev) => prev.filter((e) => !e.leaving)), LEAVE_MS);
    return () => clearTimeout(timer);
  }, [anyLeaving, entries]);

  return (
    <div className={`presence ${props.className}`}>
      {entries.map((e) => (
        <div key={e.key} className={e.leaving ? 'presence-item leaving' : 'presence-item entering'} aria-hidden={e.leaving || undefined}>
          {/* The live item for the current entry (stock, prices update in place); the last seen one while leaving. */}
          {props.children(!e.leaving && e.key === key && props.item !== null ? props.item : e.item)}
        </div>
      ))}
    </div>
  );
}
