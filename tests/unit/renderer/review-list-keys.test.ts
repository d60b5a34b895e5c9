import { describe, expect, it } from 'vitest';
import { extendSelection, listKeyAction, toggleSelection } from '../../../renderer/screens/review/list-keys';

const at = (active: number) => ({ active });

describe('the Review table keyboard', () => {
  it('arrows and j/k move one row, stopping at both ends', () => {
    expect(listKeyAction({ key: 'ArrowDown' }, at(0), 5, 10)).toEqual({ kind: 'move', to: 1, extend: false });
    expect(listKeyAction({ key: 'j' }, at(3), 5, 10)).toEqual({ kind: 'move', to: 4, extend: false });
    expect(listKeyAction({ key: 'j' }, at(4), 5, 10)).toEqual({ kind: 'move', to: 4, extend: false });
    expect(listKeyAction({ key: 'ArrowUp' }, at(2), 5, 10)).toEqual({ kind: 'move', to: 1, extend: false });
    expect(listKeyAction({ key: 'k' }, at(0), 5, 10)).toEqual({ kind: 'move', to: 0, extend: false });
  });

  it('the first key on a list with no cursor lands on the first row', () => {
    expect(listKeyAction({ key: 'ArrowDown' }, at(-1), 5, 10)).toEqual({ kind: 'move', to: 0, extend: false });
    expect(listKeyAction({ key: 'k' }, at(-1), 5, 10)).toEqual({ kind: 'move', to: 0, extend: false });
    expect(listKeyAction({ key: ' ' }, at(-1), 5, 10)).toBeNull();
    expect(listKeyAction({ key: 'Enter' }, at(-1), 5, 10)).toBeNull();
  });

  it('Home, End and the page keys jump (a page keeps one row of context)', () => {
    expect(listKeyAction({ key: 'End' }, at(1), 5000, 20)).toEqual({ kind: 'move', to: 4999, extend: false });
    expect(listKeyAction({ key: 'Home' }, at(4000), 5000, 20)).toEqual({ kind: 'move', to: 0, extend: false });
    expect(listKeyAction({ key: 'PageDown' }, at(0), 5000, 20)).toEqual({ kind: 'move', to: 19, extend: false });
    expect(listKeyAction({ key: 'PageUp' }, at(10), 5000, 20)).toEqual({ kind: 'move', to: 0, extend: false });
  });

  it('shift extends, space toggles, Enter opens, Escape closes, ctrl+A selects all', () => {
    expect(listKeyAction({ key: 'ArrowDown', shiftKey: true }, at(1), 5, 10)).toEqual({ kind: 'move', to: 2, extend: true });
    expect(listKeyAction({ key: ' ' }, at(3), 5, 10)).toEqual({ kind: 'toggle', index: 3 });
    expect(listKeyAction({ key: 'Enter' }, at(2), 5, 10)).toEqual({ kind: 'open', index: 2 });
    expect(listKeyAction({ key: 'Escape' }, at(2), 5, 10)).toEqual({ kind: 'escape' });
    expect(listKeyAction({ key: 'Escape' }, at(-1), 0, 10)).toEqual({ kind: 'escape' });
    expect(listKeyAction({ key: 'a', ctrlKey: true }, at(0), 5, 10)).toEqual({ kind: 'selectAll' });
    expect(listKeyAction({ key: 'a', metaKey: true }, at(0), 5, 10)).toEqual({ kind: 'selectAll' });
  });

  it('leaves other keys, modified keys and an empty list alone (typing and the browser keep them)', () => {
    expect(listKeyAction({ key: 'x' }, at(0), 5, 10)).toBeNull();
    expect(listKeyAction({ key: 'ArrowRight' }, at(0), 5, 10)).toBeNull();
    expect(listKeyAction({ key: 'j', ctrlKey: true }, at(0), 5, 10)).toBeNull();
    expect(listKeyAction({ key: 'j', altKey: true }, at(0), 5, 10)).toBeNull();
    expect(listKeyAction({ key: 'ArrowDown' }, at(-1), 0, 10)).toBeNull();
  });

  it('a cursor left past the end by a shorter list is brought back in', () => {
    expect(listKeyAction({ key: 'Enter' }, at(9), 3, 10)).toEqual({ kind: 'open', index: 2 });
    expect(listKeyAction({ key: 'ArrowDown' }, at(9), 3, 10)).toEqual({ kind: 'move', to: 2, extend: false });
  });
});

describe('selection', () => {
  it('space adds a row and takes it out again', () => {
    const one = toggleSelection(new Set<number>(), 7);
    expect([...one]).toEqual([7]);
    expect([...toggleSelection(one, 7)]).toEqual([]);
  });

  it('a shift-move selects every row passed over, in either direction, keeping what was selected', () => {
    const keys = [10, 11, 12, 13, 14];
    expect([...extendSelection(new Set([99]), keys, 1, 3)].sort()).toEqual([11, 12, 13, 99]);
    expect([...extendSelection(new Set<number>(), keys, 4, 2)].sort()).toEqual([12, 13, 14]);
  });
});
