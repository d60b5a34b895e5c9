import { describe, expect, it } from 'vitest';
import { actionForKey, isTypingTarget, KEYMAP, keymapFor, type KeyLike } from '../../../renderer/lib/keymap';

/** A stand-in for an element: the keymap reads only its tag, type and editability. */
const el = (tagName: string, extra: Record<string, unknown> = {}) =>
  ({ tagName, isContentEditable: false, ...extra }) as unknown as EventTarget;
const body = el('BODY');
const press = (key: string, target: EventTarget = body, mods: Partial<KeyLike> = {}): KeyLike => ({ key, target, ...mods });

describe('the live keymap', () => {
  it('features lineup items 1–9 and steps along the lineup for the host', () => {
    expect(actionForKey(press('1'), 'host')).toEqual({ kind: 'feature', position: 0 });
    expect(actionForKey(press('9'), 'host')).toEqual({ kind: 'feature', position: 8 });
    expect(actionForKey(press('0'), 'host')).toBeNull();
    expect(actionForKey(press('ArrowRight'), 'host')).toEqual({ kind: 'next' });
    expect(actionForKey(press('PageUp'), 'host')).toEqual({ kind: 'previous' });
    expect(actionForKey(press('d'), 'host')).toEqual({ kind: 'dealStart' });
    expect(actionForKey(press('X'), 'host')).toEqual({ kind: 'dealStop' });
  });

  it('never acts while a text field has focus: typing "size 38" features nothing', () => {
    for (const target of [
      el('INPUT', { type: 'text' }),
      el('INPUT', { type: 'search' }),
      el('TEXTAREA'),
      el('SELECT'),
      el('DIV', { isContentEditable: true }),
    ]) {
      for (const key of 'size 38?acdjkx'.split('')) expect(actionForKey(press(key, target), 'host')).toBeNull();
    }
    // A checkbox or a button is not typing: the keys still work there.
    expect(actionForKey(press('3', el('INPUT', { type: 'checkbox' })), 'host')).toEqual({ kind: 'feature', position: 2 });
    expect(actionForKey(press('3', el('BUTTON')), 'host')).toEqual({ kind: 'feature', position: 2 });
    expect(isTypingTarget(null)).toBe(false);
  });

  it('leaves modified keys to the browser and the system, and keys to an open dialog', () => {
    expect(actionForKey(press('1', body, { ctrlKey: true }), 'host')).toBeNull();
    expect(actionForKey(press('d', body, { metaKey: true }), 'host')).toBeNull();
    expect(actionForKey(press('ArrowLeft', body, { altKey: true }), 'host')).toBeNull();
    expect(actionForKey(press('1', body, { defaultPrevented: true }), 'host')).toBeNull();
    expect(actionForKey(press('1'), 'host', { dialogOpen: true })).toBeNull();
  });

  it('gives a moderator the questions and orders keys, never the stream or the deals', () => {
    expect(actionForKey(press('a'), 'moderator')).toEqual({ kind: 'answerOldest' });
    expect(actionForKey(press('j'), 'moderator')).toEqual({ kind: 'orderDown' });
    expect(actionForKey(press('ArrowUp'), 'moderator')).toEqual({ kind: 'orderUp' });
    expect(actionForKey(press('c'), 'moderator')).toEqual({ kind: 'acceptSelected' });
    expect(actionForKey(press('?'), 'moderator')).toEqual({ kind: 'help' });
    for (const key of ['1', 'ArrowRight', 'd', 'x']) expect(actionForKey(press(key), 'moderator')).toBeNull();
    expect(actionForKey(press('a'), 'overlay')).toBeNull();
    expect(keymapFor('moderator').map((b) => b.kind)).toEqual(['answerOldest', 'orderDown', 'orderUp', 'acceptSelected', 'help']);
  });

  it('binds no key twice for one role, and names every action in the `?` sheet', () => {
    for (const role of ['host', 'moderator'] as const) {
      const keys = keymapFor(role).flatMap((b) => b.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
    for (const b of KEYMAP) expect(b.text).toMatch(/^liveUx\.keys\./);
  });
});
