/**
 * The Review table's keyboard, as a pure function of the key and where the
 * cursor is: arrows or j/k move, Home/End and PageUp/PageDown jump, space
 * selects the row under the cursor (shift+arrows select as they move),
 * Enter opens it, Escape closes the open cart or else clears the selection.
 * Kept apart from React so every key is tested without a browser.
 */
export interface ListCursor {
  /** Index of the row under the cursor in the shown rows; -1 when nothing is shown. */
  active: number;
}

export type ListKeyAction =
  | { kind: 'move'; to: number; /** shift held: the rows passed over join the selection */ extend: boolean }
  | { kind: 'toggle'; index: number }
  | { kind: 'selectAll' }
  | { kind: 'open'; index: number }
  | { kind: 'escape' }
  | null;

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const clamp = (i: number, count: number) => Math.max(0, Math.min(count - 1, i));

/** What a key does to a list of `count` rows with `page` rows in view; null for a key the list leaves alone. */
export function listKeyAction(e: KeyLike, cursor: ListCursor, count: number, page: number): ListKeyAction {
  if (e.altKey) return null;
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'Escape') return { kind: 'escape' };
  if (count === 0) return null;
  if (mod && (e.key === 'a' || e.key === 'A')) return { kind: 'selectAll' };
  if (mod) return null;
  const at = cursor.active < 0 ? -1 : clamp(cursor.active, count);
  const move = (to: number) => ({ kind: 'move' as const, to: clamp(to, count), extend: Boolean(e.shiftKey) });
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
    case 'J':
      return move(at + 1);
    case 'ArrowUp':
    case 'k':
    case 'K':
      return move(at < 0 ? 0 : at - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(count - 1);
    case 'PageDown':
      return move(at + Math.max(1, page - 1));
    case 'PageUp':
      return move(at - Math.max(1, page - 1));
    case ' ':
      return at < 0 ? null : { kind: 'toggle', index: at };
    case 'Enter':
      return at < 0 ? null : { kind: 'open', index: at };
    default:
      return null;
  }
}

/** The selection after a shift-move from `from` to `to`: every row passed over is selected. */
export function extendSelection<K>(selected: ReadonlySet<K>, keys: readonly K[], from: number, to: number): Set<K> {
  const next = new Set(selected);
  const [lo, hi] = from <= to ? [Math.max(0, from), to] : [to, from];
  for (let i = lo; i <= hi; i++) {
    const key = keys[i];
    if (key !== undefined) next.add(key);
  }
  return next;
}

/** Space on a row: in the selection or out of it. */
export function toggleSelection<K>(selected: ReadonlySet<K>, key: K): Set<K> {
  const next = new Set(selected);
  if (!next.delete(key)) next.add(key);
  return next;
}
