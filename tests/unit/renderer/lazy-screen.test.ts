// The windows' lazily loaded screens (renderer/lib/lazy-screen.ts) never suspend: one whose chunk has
// arrived renders in the same pass as the window around it (no Suspense fallback that React 19 would
// hold for up to 300 ms), one still on its way renders nothing; the chunk is fetched once, and a
// failed fetch is tried again the next time.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyScreen } from '../../../renderer/lib/lazy-screen';

function Hello({ name }: { name: string }) {
  return createElement('p', { 'data-testid': 'hello' }, `hello ${name}`);
}

describe('lazyScreen', () => {
  it('renders nothing until its chunk has arrived, then renders in the same pass', async () => {
    let loads = 0;
    let arrive: (c: typeof Hello) => void = () => {};
    const Screen = lazyScreen(() => {
      loads++;
      return new Promise<typeof Hello>((resolve) => (arrive = resolve));
    });
    const preloaded = Screen.preload();
    expect(renderToString(createElement(Screen, { name: 'Ola' }))).toBe('');
    arrive(Hello);
    await preloaded;
    expect(renderToString(createElement(Screen, { name: 'Ola' }))).toBe('<p data-testid="hello">hello Ola</p>');
    await Screen.preload();
    expect(loads).toBe(1);
  });

  it('a chunk that failed to load is fetched again when asked again', async () => {
    let loads = 0;
    const Screen = lazyScreen(() => (++loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Hello)));
    await expect(Screen.preload()).rejects.toThrow('offline');
    await Screen.preload();
    expect(loads).toBe(2);
    expect(renderToString(createElement(Screen, { name: 'Bartek' }))).toContain('hello Bartek');
  });
});
