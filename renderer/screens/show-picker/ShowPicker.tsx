import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowSummary } from '../../../shared/contract';
import { takenLines } from '../../../shared/domain/order-states';
import { useEscape } from '../../lib/keymap';
import { formatShowRange, formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import './show-picker.css';
import { Isolated } from '../../widgets/Isolated';

/** When a show happened, on its own clock: a draft by when it was made, a live show since it started, an ended one from start to end. */
function when(show: ShowSummary, locale: string): string {
  const timeZone = show.timeZone;
  const at = (ms: number) => formatShowTime(ms, locale, timeZone);
  if (show.state === 'draft' || show.startedAt === null) return at(show.createdAt);
  if (show.endedAt === null) return at(show.startedAt);
  return formatShowRange(show.startedAt, show.endedAt, locale, timeZone);
}

/**
 * Every show, drafts, live and ended, with its dates and order count: the
 * seller opens a past show's orders and carts from here. Arrows move, Enter
 * picks, Escape closes.
 */
export function ShowPicker({
  client,
  shows,
  viewedId,
  currentId,
  onPick,
}: {
  client: StudioClient;
  shows: ShowSummary[] | undefined;
  viewedId: number | null | undefined;
  currentId: number | null;
  onPick: (showId: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  // Escape closes the list wherever focus went, like every dialog and drawer.
  useEscape(open ? () => setOpen(false) : undefined);
  const [counts, setCounts] = useState<Map<number, number>>(new Map());
  const { error, run } = useCommand();
  const list = useRef<HTMLUListElement>(null);

  // Order counts are read when the list opens: a closed picker costs nothing.
  useEffect(() => {
    if (!open || !shows) return;
    let stale = false;
    void run(async () => {
      const summaries = await Promise.all(shows.map((s) => client.call('commerce.summary', { showId: s.id })));
      if (stale) return;
      // Each show's lines taken (holding stock): the live header's and the report's figure, from the same function.
      setCounts(new Map(summaries.map((s, i) => [shows[i]!.id, takenLines(s.orders)])));
    });
    return () => {
      stale = true;
    };
  }, [open, shows, client, run]);

  useEffect(() => {
    if (open) list.current?.querySelector<HTMLElement>('[aria-selected=true], [role=option]')?.focus();
  }, [open]);

  const pick = (showId: number) => {
    onPick(showId === currentId ? null : showId);
    setOpen(false);
  };
  const onKey = (e: React.KeyboardEvent) => {
    const options = [...(list.current?.querySelectorAll<HTMLElement>('[role=option]') ?? [])];
    const at = options.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => options[Math.max(0, Math.min(options.length - 1, i))]?.focus();
    if (e.key === 'ArrowDown' || e.key === 'j') focus(at + 1);
    else if (e.key === 'ArrowUp' || e.key === 'k') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(options.length - 1);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="show-picker">
      <button
        type="button"
        className="header-button"
        aria-haspopup="listbox"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title={t('showPicker.open')}
        aria-label={t('showPicker.open')}
        data-testid="show-picker"
      >
        ▾
      </button>
      {open && (
        <>
          <div className="show-picker-backdrop" onClick={() => setOpen(false)} />
          <div className="show-picker-pop" onKeyDown={onKey}>
            <ul ref={list} role="listbox" aria-label={t('showPicker.label')} data-testid="show-picker-list">
              {shows?.length === 0 && <li className="muted">{t('showPicker.none')}</li>}
              {shows?.map((s) => {
                const count = counts.get(s.id);
                return (
                  <li
                    key={s.id}
                    role="option"
                    tabIndex={-1}
                    aria-selected={s.id === viewedId}
                    className={s.id === viewedId ? 'on' : ''}
                    onClick={() => pick(s.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        pick(s.id);
                      }
                    }}
                    data-testid="show-option"
                    data-show-id={s.id}
                    data-state={s.state}
                  >
                    <span className={`badge badge-${s.state}`}>{t(`show.state.${s.state}`)}</span>
                    <span className="show-option-main">
                      <Isolated className="show-option-title">{s.title}</Isolated>
                      <span className="muted show-option-when">{when(s, i18n.language)}</span>
                    </span>
                    <span className="show-option-count muted" data-testid="show-option-orders">
                      {count === undefined ? '…' : t('orders.takenCount', { count })}
                    </span>
                  </li>
                );
              })}
            </ul>
            {error && (
              <div className="form-error" role="alert">
                {error}
              </div>
            )}
          </div>
        </>
      )}
    </div>
  );
}
