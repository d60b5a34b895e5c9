import { elementScroll, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

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

/**
 * The scroller's size as its ResizeObserver reports it, after a layout the browser did anyway: the library's
 * own observer also reads it at once when the list mounts, which forces the window's first layout in the
 * middle of React's commit and re-renders the list before the first frame (the rows in view then differ
 * from the ones drawn for the initial rect). Drawn first for `initialRect`, the list keeps to the scroller's
 * real size from the observer's first report, before the next frame.
 */
export function observeRectAfterLayout<E extends Element>(
  instance: Virtualizer<HTMLDivElement, E>,
  changed: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  const ResizeObserver = instance.targetWindow?.ResizeObserver;
  if (!element || !ResizeObserver) return observeElementRect(instance, changed);
  const observer = new ResizeObserver(() => changed({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

const scrolled = new WeakSet<Element>();

/**
 * Scrolls as the library does, except its first call for a new scroller when that is to the top: as a list mounts,
 * the library scrolls the new element to its initial offset (0, where a new element is), and `scrollTo` forces the
 * window's first layout in the middle of React's commit. Every later scroll (keys, `scrollToIndex`) goes through.
 */
export const scrollSkippingFirstToTop: typeof elementScroll = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !scrolled.has(element)) {
    scrolled.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
