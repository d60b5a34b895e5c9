// `--show last` names the newest show that has started: a newer draft (next week's show) has no chat
// to export yet, so it must not win just because its id is the highest.
import { afterEach, describe, expect, it } from 'vitest';
import { resolveShowFlag } from '../../../electron/cli/export';
import { UsageError } from '../../../electron/cli/io';
import { openDatabase, type Db } from '../../../electron/core/store/db';
import { createShow, lastStartedShowId, setShowState } from '../../../electron/core/store/shows';

let db: Db;
afterEach(() => db?.close());

describe('--show last', () => {
  it('is the newest show that has started, not a newer draft', () => {
    db = openDatabase({ file: ':memory:' });
    const lastWeek = createShow(db, { title: 'Last week' }, 1_000);
    setShowState(db, lastWeek, 'live', 2_000);
    setShowState(db, lastWeek, 'ended', 3_000);
    const today = createShow(db, { title: 'Today', state: 'live' }, 5_000);
    const nextWeek = createShow(db, { title: 'Next week' }, 6_000);
    expect(nextWeek).toBeGreaterThan(today);

    expect(lastStartedShowId(db)).toBe(today);
    expect(resolveShowFlag(db, 'last')).toBe(today);
    expect(resolveShowFlag(db, undefined)).toBe(today);

    setShowState(db, today, 'ended', 7_000);
    expect(resolveShowFlag(db, 'last')).toBe(today); // an ended show has started too
    expect(resolveShowFlag(db, String(nextWeek))).toBe(nextWeek); // a draft by id is still exportable
  });

  it('is refused when no show has started yet; a bad or unknown id likewise', () => {
    db = openDatabase({ file: ':memory:' });
    const draft = createShow(db, { title: 'Draft' }, 1_000);
    expect(lastStartedShowId(db)).toBeNull();
    expect(() => resolveShowFlag(db, 'last')).toThrow(/no show that has started/);
    expect(() => resolveShowFlag(db, String(draft + 1))).toThrow(/No show/);
    expect(() => resolveShowFlag(db, 'newest')).toThrow(UsageError);
  });
});
