import { describe, expect, it } from 'vitest';
import { CommandScheduler } from '../../../electron/core/server/scheduler';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('CommandScheduler', () => {
  it('runs the host’s commands and light commands at once, and heavy ones of other roles one per turn, in order', async () => {
    const scheduler = new CommandScheduler();
    const ran: string[] = [];
    const job = (name: string) => () => {
      ran.push(name);
      return Promise.resolve(name);
    };
    const heavy = [1, 2, 3].map((i) => scheduler.run('moderator', 9, job(`list${i}`)));
    const overlayCatalog = scheduler.run('overlay', 5, job('catalog'));
    expect(ran).toEqual([]);
    expect(scheduler.waiting).toBe(4);

    await scheduler.run('host', 9, job('host-heavy'));
    await scheduler.run('moderator', 1, job('moderator-light'));
    expect(ran).toEqual(['host-heavy', 'moderator-light']);

    await tick();
    expect(ran).toEqual(['host-heavy', 'moderator-light', 'list1']);
    // A host command arriving between two turns runs before the next heavy one.
    await scheduler.run('host', 1, job('feature'));
    await tick();
    expect(ran).toEqual(['host-heavy', 'moderator-light', 'list1', 'feature', 'list2']);

    expect(await Promise.all([...heavy, overlayCatalog])).toEqual(['list1', 'list2', 'list3', 'catalog']);
    expect(scheduler.waiting).toBe(0);
  });

  it('runs heavy jobs one at a time: one that yields between its parts holds the queue, and the host runs between the parts', async () => {
    const scheduler = new CommandScheduler();
    const ran: string[] = [];
    const inParts = (name: string) => async () => {
      for (const part of [1, 2, 3]) {
        ran.push(`${name}.${part}`);
        await tick();
      }
      return name;
    };
    const first = scheduler.run('moderator', 9, inParts('a'));
    const second = scheduler.run('moderator', 9, inParts('b'));
    await tick();
    await tick();
    await scheduler.run('host', 1, () => Promise.resolve(void ran.push('feature')));
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(ran.indexOf('b.1')).toBeGreaterThan(ran.indexOf('a.3'));
    expect(ran.indexOf('feature')).toBeLessThan(ran.indexOf('a.3'));
  });

  it('passes a heavy job’s failure to its caller and goes on with the queue', async () => {
    const scheduler = new CommandScheduler();
    const failing = scheduler.run('moderator', 9, () => Promise.reject(new Error('boom')));
    const next = scheduler.run('moderator', 9, () => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
