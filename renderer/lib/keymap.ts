import { useEffect, useRef } from 'react';
import type { Role } from '../../shared/contract';

/**
 * The live screen's keys, in one table: what each key does, who has it (a moderator's console has
 * the questions and orders keys, not the stream's), and the `?` sheet lists them from the same table.
 * No key acts while a text field has focus (typing "size 38" must not feature items 3 and 8), nor
 * with Ctrl/Alt/Meta held (the browser's and the system's shortcuts stay theirs).
 */
export type KeyAction =
  | { kind: 'feature'; position: number }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'answerOldest' }
  | { kind: 'orderDown' }
  | { kind: 'orderUp' }
  | { kind: 'acceptSelected' }
  | { kind: 'dealStart' }
  | { kind: 'dealStop' }
  | { kind: 'help' };
export type KeyActionKind = KeyAction['kind'];

export interface KeyBinding {
  /** `KeyboardEvent.key` values. */
  keys: readonly string[];
  /** How the sheet writes the keys. */
  label: string;
  kind: KeyActionKind;
  /** i18n key of what it does (liveUx.keys.*). */
  text: string;
  roles: readonly Role[];
}

const STAFF: readonly Role[] = ['host', 'moderator'];
const HOST: readonly Role[] = ['host'];

export const KEYMAP: readonly KeyBinding[] = [
  { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], label: '1 … 9', kind: 'feature', text: 'liveUx.keys.feature', roles: HOST },
  { keys: ['ArrowRight', 'PageDown'], label: '→ / PgDn', kind: 'next', text: 'liveUx.keys.next', roles: HOST },
  { keys: ['ArrowLeft', 'PageUp'], label: '← / PgUp', kind: 'previous', text: 'liveUx.keys.previous', roles: HOST },
  { keys: ['d', 'D'], label: 'D', kind: 'dealStart', text: 'liveUx.keys.dealStart', roles: HOST },
  { keys: ['x', 'X'], label: 'X', kind: 'dealStop', text: 'liveUx.keys.dealStop', roles: HOST },
  { keys: ['a', 'A'], label: 'A', kind: 'answerOldest', text: 'liveUx.keys.answerOldest', roles: STAFF },
  { keys: ['j', 'J', 'ArrowDown'], label: 'J / ↓', kind: 'orderDown', text: 'liveUx.keys.orderDown', roles: STAFF },
  { keys: ['k', 'K', 'ArrowUp'], label: 'K / ↑', kind: 'orderUp', text: 'liveUx.keys.orderUp', roles: STAFF },
  { keys: ['c', 'C'], label: 'C', kind: 'acceptSelected', text: 'liveUx.keys.acceptSelected', roles: STAFF },
  { keys: ['?'], label: '?', kind: 'help', text: 'liveUx.keys.help', roles: STAFF },
];

/** The bindings a role has, for its `?` sheet. */
export const keymapFor = (role: Role): KeyBinding[] => KEYMAP.filter((b) => b.roles.includes(role));

/** Whether keys go to a field being typed in (inputs that take text, textareas, selects, editable content). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  target: EventTarget | null;
  defaultPrevented?: boolean;
}

/** What a key press does for a role, or null (typing in a field, a modifier held, a dialog open, a key of another role). */
export function actionForKey(e: KeyLike, role: Role, opts: { dialogOpen?: boolean } = {}): KeyAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return null;
  if (isTypingTarget(e.target)) return null;
  // A dialog has the keyboard: only Escape (its own) acts there.
  if (opts.dialogOpen) return null;
  const binding = KEYMAP.find((b) => b.keys.includes(e.key) && b.roles.includes(role));
  if (!binding) return null;
  if (binding.kind === 'feature') return { kind: 'feature', position: Number(e.key) - 1 };
  return { kind: binding.kind } as KeyAction;
}

const KEY_EVENT = 'studio-key';

/** Whether a modal dialog is open in the page (the keys are then its). */
const dialogOpen = () => typeof document !== 'undefined' && document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

/**
 * Installs the window's one key listener for a role: each key's action goes to whoever listens for it
 * (useKeyAction), so the orders list selects and accepts, the questions queue answers, the host window
 * features and runs deals. `enabled` false (another tab shown) turns the keys off.
 */
export function useKeymap(role: Role, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const action = actionForKey(e, role, { dialogOpen: dialogOpen() });
      if (!action) return;
      const delivered = !window.dispatchEvent(new CustomEvent<KeyAction>(KEY_EVENT, { detail: action, cancelable: true }));
      if (delivered) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [role, enabled]);
}

/** Runs `handler` when the window's keymap fires an action of this kind. */
export function useKeyAction<K extends KeyActionKind>(kind: K, handler: (action: Extract<KeyAction, { kind: K }>) => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const listener = (e: Event) => {
      const action = (e as CustomEvent<KeyAction>).detail;
      if (action.kind !== kind) return;
      e.preventDefault(); // tells the keymap the key was used
      ref.current(action as Extract<KeyAction, { kind: K }>);
    };
    window.addEventListener(KEY_EVENT, listener);
    return () => window.removeEventListener(KEY_EVENT, listener);
  }, [kind]);
}

/** Open dialogs and drawers, newest last: Escape closes the newest only. */
const escapeStack: { current: (() => void) | undefined }[] = [];
let escapeListening = false;
function onEscapeKey(e: KeyboardEvent) {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  const top = escapeStack[escapeStack.length - 1];
  if (!top) return;
  e.preventDefault();
  top.current?.();
}

/** Escape closes it (a dialog, a drawer) wherever focus is, text fields included; the newest open one first. */
export function useEscape(onClose: (() => void) | undefined): void {
  const ref = useRef(onClose);
  ref.current = onClose;
  const open = onClose !== undefined;
  useEffect(() => {
    if (!open) return;
    const entry = ref;
    escapeStack.push(entry);
    if (!escapeListening) {
      window.addEventListener('keydown', onEscapeKey);
      escapeListening = true;
    }
    return () => {
      escapeStack.splice(escapeStack.indexOf(entry), 1);
    };
  }, [open]);
}
