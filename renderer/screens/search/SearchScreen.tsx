import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlatformSchema, type ChatSearchHit, type ChatSearchResult, type ShowSummary } from '../../../shared/contract';
import { formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useConnectionPhase } from '../../lib/use-studio';
import './search.css';
import { Isolated } from '../../widgets/Isolated';

type Intent = '' | 'order' | 'question' | 'other';

/** The last search of this window: back from a hit's report, the seller finds their search as they left it. */
const last: { query: string; showId: number | ''; platform: string; intent: Intent } = { query: '', showId: '', platform: '', intent: '' };

/**
 * Search every show's chat (issue 15): words folded as the index folds them (ł too), filters for
 * show, platform and intent. A hit opens its show's report with the timeline marked at that
 * moment (`onOpenReport`; where there is no report — a line outside any show, or no host window —
 * the chat around it); *Chat around* shows its show's chat at that moment, the hit marked.
 */
export function SearchScreen({ client, onOpenReport }: { client: StudioClient; onOpenReport?: (showId: number, at: number) => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState(last.query);
  const [showId, setShowId] = useState<number | ''>(last.showId);
  const [platform, setPlatform] = useState(last.platform);
  const [intent, setIntent] = useState<Intent>(last.intent);
  useEffect(() => void Object.assign(last, { query, showId, platform, intent }), [query, showId, platform, intent]);
  const [shows, setShows] = useState<ShowSummary[]>([]);
  const [result, setResult] = useState<ChatSearchResult | null>(null);
  const [opened, setOpened] = useState<{ hit: ChatSearchHit; messages: ChatSearchHit[] } | null>(null);
  const { error, run } = useCommand();
  const phase = useConnectionPhase(client);

  useEffect(() => {
    if (phase === 'connected') void run(() => client.call('show.list', {})).then((s) => s && setShows(s));
  }, [client, phase, run]);

  const search = useCallback(() => {
    if (!query.trim()) return setResult(null);
    void run(() =>
      client.call('search.chat', {
        query,
        showId: showId === '' ? undefined : showId,
        platform: platform === '' ? undefined : PlatformSchema.parse(platform),
        intent: intent === '' ? undefined : intent,
        limit: 100,
      }),
    ).then((r) => r && setResult(r));
  }, [client, run, query, showId, platform, intent]);
  useEffect(() => {
    const timer = setTimeout(search, 200);
    return () => clearTimeout(timer);
  }, [search]);

  const open = (hit: ChatSearchHit) =>
    void run(() => client.call('search.around', { seq: hit.seq, before: 12, after: 12 })).then(
      (r) => r && setOpened({ hit, messages: r.messages }),
    );
  const pick = (hit: ChatSearchHit) => (onOpenReport && hit.showId !== null ? onOpenReport(hit.showId, hit.at) : open(hit));
  const when = (at: number) => formatShowTime(at, i18n.language, undefined, 'dateTime');

  return (
    <div className="search-screen ws-grid" data-testid="search-screen">
      <section className="ws-panel ws-list">
        <h2>{t('customers.search.title')}</h2>
        <input
          type="search"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('customers.search.placeholder')}
          aria-label={t('customers.search.placeholder')}
          data-testid="chat-search-input"
        />
        <div className="search-filters">
          <select
            value={showId}
            onChange={(e) => setShowId(e.target.value === '' ? '' : Number(e.target.value))}
            aria-label={t('customers.search.show')}
          >
            <option value="">{t('customers.search.allShows')}</option>
            {shows.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <select value={platform} onChange={(e) => setPlatform(e.target.value)} aria-label={t('customers.search.platform')}>
            <option value="">{t('customers.search.allPlatforms')}</option>
            {PlatformSchema.options.map((p) => (
              <option key={p} value={p}>
                {t(`chat.platform.${p}`, { defaultValue: p })}
              </option>
            ))}
          </select>
          <select
            value={intent}
            onChange={(e) => setIntent(e.target.value as Intent)}
            aria-label={t('customers.search.intent')}
            data-testid="chat-search-intent"
          >
            <option value="">{t('customers.search.anyIntent')}</option>
            {(['order', 'question', 'other'] as const).map((x) => (
              <option key={x} value={x}>
                {t(`customers.search.intentName.${x}`)}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {result && (
          <p className="muted" data-testid="chat-search-count">
            {result.more
              ? t('customers.search.more', { count: result.hits.length })
              : t('customers.search.count', { count: result.hits.length })}
          </p>
        )}
        <ul data-testid="chat-search-hits">
          {result?.hits.map((hit) => (
            <li key={hit.seq} className="search-hit-row">
              <button
                type="button"
                className={`search-hit ${opened?.hit.seq === hit.seq ? 'on' : ''}`}
                onClick={() => pick(hit)}
                title={onOpenReport && hit.showId !== null ? t('customers.search.openReport') : t('customers.search.chatAround')}
                data-testid="chat-search-hit"
                data-seq={hit.seq}
              >
                <span className="search-meta muted">
                  {hit.showTitle ?? '—'} · {when(hit.at)} · {t(`chat.platformShort.${hit.platform}`, { defaultValue: hit.platform })}
                  {hit.intent !== 'other' && (
                    <span className={`bb search-intent-${hit.intent}`}>{t(`customers.search.intentName.${hit.intent}`)}</span>
                  )}
                </span>
                <span className="search-text">
                  <Isolated className="search-buyer">{hit.buyerName}</Isolated>: <Isolated>{hit.text}</Isolated>
                </span>
              </button>
              {onOpenReport && hit.showId !== null && (
                <button
                  type="button"
                  className="small ghost search-around"
                  onClick={() => open(hit)}
                  aria-label={`${t('customers.search.chatAround')}: ${hit.buyerName}`}
                  data-testid="chat-search-around"
                >
                  {t('customers.search.chatAround')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="ws-panel search-context" data-testid="chat-search-context">
        {opened ? (
          <>
            <h2>
              <Isolated>{opened.hit.showTitle ?? '—'}</Isolated> · {when(opened.hit.at)}
            </h2>
            <ol className="search-feed">
              {opened.messages.map((m) => (
                <li
                  key={m.seq}
                  className={m.seq === opened.hit.seq ? 'hit' : ''}
                  data-seq={m.seq}
                  aria-current={m.seq === opened.hit.seq ? 'true' : undefined}
                >
                  <time className="muted">{formatShowTime(m.at, i18n.language, undefined, 'time')}</time>{' '}
                  <Isolated className="search-buyer">{m.buyerName}</Isolated>: <Isolated>{m.text}</Isolated>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">{t('customers.search.pick')}</p>
        )}
      </section>
    </div>
  );
}
