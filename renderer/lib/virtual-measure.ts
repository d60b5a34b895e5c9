import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * A virtual row's height without forcing layout: react-virtual's default measures each row as it mounts
 * (getBoundingClientRect: a synchronous layout of the whole page, once per new row — at 500 chat lines a
 * second that was most of a frame). Here a row mounting keeps its known or estimated height, and its real
 * height comes from the ResizeObserver the virtualiser already runs, after the browser's own layout.
 */
export function measureWithoutLayout<E extends Element>(
  element: E,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, E>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}
