import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StreamDelayField } from './StreamDelayField';
import type { Catalog, Lineup, LineupItem, Show } from '../../../shared/contract';
import { minorToDecimal, parseMoney } from '../../../shared/domain/money';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';
import { Isolated } from '../../widgets/Isolated';

type DealField = 'sceneName' | 'dealPriceMinor' | 'dealQuota' | 'dealSeconds' | 'perBuyerLimit';

/**
 * The run of show. Reorder by dragging the handle, or from the keyboard:
 * focus an item, Alt+↑/Alt+↓ moves it, ↑/↓ moves the focus, Home/End jump.
 * Deal fields save when they lose focus (or on Enter).
 */
export function LineupBuilder({ client, catalog, show }: { client: StudioClient; catalog: Catalog | undefined; show: Show | null }) {
  const { t } = useTranslation();
  const [lineup, setLineup] = useState<Lineup | null>(null);
  const { error, run, fail } = useCommand();
  const [announce, setAnnounce] = useState('');
  const [dragId, setDragId] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [adding, setAdding] = useState('');
  const rows = useRef(new Map<number, HTMLLIElement>());
  const focusAfter = useRef<number | null>(null);
  const phase = useConnectionPhase(client);
  const currency = catalog?.currency ?? 'USD';
  const byId = useMemo(() => new Map(catalog?.products.map((p) => [p.id, p]) ?? []), [catalog]);

  const load = useCallback(() => {
    client.call('lineup.get', {}).then(setLineup, fail);
  }, [client, fail]);
  useEffect(() => {
    if (phase === 'connected') load();
  }, [phase, load, show?.id]);
  useEvent(
    client,
    'lineup.changed',
    useCallback((l: Lineup) => setLineup((cur) => (!cur || cur.showId === l.showId ? l : cur)), []),
  );
  useEffect(() => {
    if (focusAfter.current !== null) rows.current.get(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [lineup]);

  const act = async (what: () => Promise<Lineup | unknown>) => {
    const result = await run(what);
    if (result && typeof result === 'object' && 'items' in result) setLineup(result as Lineup);
  };
  const title = (item: LineupItem) => byId.get(item.productId)?.title ?? `#${item.productId}`;
  const move = (item: LineupItem, to: number) => {
    const items = lineup?.items ?? [];
    if (to < 0 || to >= items.length || to === item.position) return;
    focusAfter.current = item.id;
    setAnnounce(t('lineup.moved', { title: title(item), position: to + 1, total: items.length }));
    void act(() => client.call('lineup.move', { itemId: item.id, toPosition: to }));
  };

  const onKeyDown = (e: React.KeyboardEvent, item: LineupItem) => {
    if (e.target !== e.currentTarget) return; // typing in a field
    const items = lineup?.items ?? [];
    const focusAt = (n: number) =>
      items[Math.max(0, Math.min(items.length - 1, n))] && rows.current.get(items[Math.max(0, Math.min(items.length - 1, n))]!.id)?.focus();
    if (e.altKey && e.key === 'ArrowUp') {
      e.preventDefault();
      move(item, item.position - 1);
    } else if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault();
      move(item, item.position + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusAt(item.position - 1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusAt(item.position + 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      if (e.altKey) move(item, 0);
      else focusAt(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      if (e.altKey) move(item, items.length - 1);
      else focusAt(items.length - 1);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      void act(() => client.call('lineup.remove', { itemId: item.id }));
    }
    // Keep the studio's global ←/→ (feature next/previous) from firing while the lineup has focus.
    e.stopPropagation();
  };

  const saveField = (item: LineupItem, field: DealField, raw: string) => {
    const text = raw.trim();
    let value: string | number | null = null;
    if (text !== '') {
      if (field === 'sceneName') value = text;
      else if (field === 'dealPriceMinor') {
        try {
          value = parseMoney(text, currency);
        } catch {
          return fail(t('lineup.badPrice', { value: raw }));
        }
      } else {
        value = Number(text);
        if (!Number.isInteger(value) || value < 1) return fail(t('lineup.badNumber', { value: raw }));
      }
    }
    if (value === item[field]) return;
    void act(() => client.call('lineup.update', { itemId: item.id, [field]: value }));
  };

  const notInLineup = (catalog?.products ?? []).filter((p) => !lineup?.items.some((i) => i.productId === p.id));
  const items = lineup?.items ?? [];

  return (
    <section className="ws-panel" aria-labelledby="lineup-title" data-testid="lineup-builder">
      <h2 id="lineup-title" className="section-title">
        {t('lineup.title')}
        {show ? ` — ${show.title}` : ''}
      </h2>
      <p className="muted" id="lineup-keys">
        {t('lineup.keys')}
      </p>
      {show && <StreamDelayField client={client} show={show} run={run} />}
      <div className="sr-only" aria-live="polite">
        {announce}
      </div>
      {error && (
        <div className="notice bad" role="alert">
          {error}
        </div>
      )}
      {!show && <p className="muted">{t('lineup.noShow')}</p>}
      <ol className="lineup-list" aria-describedby="lineup-keys">
        {items.map((item) => {
          const product = byId.get(item.productId);
          // The dragged item takes the target's place: dragged down it lands after the target, dragged up before it; the line shows which.
          const dragFrom = dragId === null ? undefined : items.find((i) => i.id === dragId)?.position;
          const dropSide =
            dropAt === item.position && dragFrom !== undefined && dragId !== item.id
              ? dragFrom < item.position
                ? ' drop-after'
                : ' drop-before'
              : '';
          return (
            <li
              key={item.id}
              ref={(el) => {
                if (el) rows.current.set(item.id, el);
                else rows.current.delete(item.id);
              }}
              className={`lineup-item${dragId === item.id ? ' dragging' : ''}${dropSide}${show?.featuredProductId === item.productId ? ' featured' : ''}`}
              tabIndex={0}
              aria-label={t('lineup.itemLabel', { position: item.position + 1, total: items.length, title: title(item) })}
              onKeyDown={(e) => onKeyDown(e, item)}
              onDragOver={(e) => {
                if (dragId !== null) {
                  e.preventDefault();
                  setDropAt(item.position);
                }
              }}
              onDrop={(e) => {
                e.preventDefault();
                const dragged = items.find((i) => i.id === dragId);
                setDragId(null);
                setDropAt(null);
                if (dragged) move(dragged, item.position);
              }}
              data-testid="lineup-item"
            >
              <span
                className="handle"
                draggable
                aria-hidden="true"
                title={t('lineup.drag')}
                onDragStart={(e) => {
                  setDragId(item.id);
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', String(item.id));
                }}
                onDragEnd={() => {
                  setDragId(null);
                  setDropAt(null);
                }}
              >
                ⠿
              </span>
              <span className="pos">{item.position + 1}</span>
              <span className="item-title">
                <span className="ws-code">{product?.code ?? '?'}</span> <Isolated>{title(item)}</Isolated>
              </span>
              <DealInput label={t('lineup.scene')} value={item.sceneName ?? ''} onSave={(v) => saveField(item, 'sceneName', v)} />
              <DealInput
                label={`${t('lineup.dealPrice')} (${currency})`}
                value={item.dealPriceMinor === null ? '' : minorToDecimal(item.dealPriceMinor, currency)}
                onSave={(v) => saveField(item, 'dealPriceMinor', v)}
              />
              <DealInput
                label={t('lineup.dealQuota')}
                value={item.dealQuota?.toString() ?? ''}
                onSave={(v) => saveField(item, 'dealQuota', v)}
              />
              <DealInput
                label={t('lineup.dealSeconds')}
                value={item.dealSeconds?.toString() ?? ''}
                onSave={(v) => saveField(item, 'dealSeconds', v)}
              />
              <DealInput
                label={t('lineup.perBuyer')}
                value={item.perBuyerLimit?.toString() ?? ''}
                onSave={(v) => saveField(item, 'perBuyerLimit', v)}
              />
              <span className="actions" style={{ marginTop: 0 }}>
                <button
                  type="button"
                  className="btn"
                  aria-label={t('lineup.up')}
                  disabled={item.position === 0}
                  onClick={() => move(item, item.position - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn"
                  aria-label={t('lineup.down')}
                  disabled={item.position === items.length - 1}
                  onClick={() => move(item, item.position + 1)}
                >
                  ↓
                </button>
                <button type="button" className="btn" onClick={() => act(() => client.call('show.feature', { position: item.position }))}>
                  {t('lineup.feature')}
                </button>
                <button
                  type="button"
                  className="btn danger"
                  aria-label={t('lineup.remove')}
                  onClick={() => act(() => client.call('lineup.remove', { itemId: item.id }))}
                >
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {show && (
        <div className="actions">
          <select
            className="ws"
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            aria-label={t('lineup.addLabel')}
            data-testid="lineup-add-select"
          >
            <option value="">{t('lineup.addLabel')}</option>
            {notInLineup.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} — {p.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn primary"
            disabled={!adding}
            onClick={() => {
              const productId = Number(adding);
              setAdding('');
              void act(() => client.call('lineup.add', { productId }));
            }}
          >
            {t('lineup.add')}
          </button>
        </div>
      )}
    </section>
  );
}

/** A deal field that saves on blur or Enter, and follows the server value when it changes elsewhere. */
function DealInput({ label, value, onSave }: { label: string; value: string; onSave: (v: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <label>
      {label}
      <input
        className="ws"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => text !== value && onSave(text)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            if (text !== value) onSave(text);
          }
        }}
      />
    </label>
  );
}
