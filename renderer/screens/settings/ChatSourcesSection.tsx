import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatSourceAdd, ChatSourceEntry, StudioStatus } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { useConnectionPhase, useEvent } from '../../lib/use-studio';
import { AddSourceForm } from './AddSourceForm';
import { RecordedChatRow, SourceRow } from './SourceRow';
import { useCommand } from '../../lib/use-command';

/** The recorded chats the studio is playing: read like sources, started by the demo or a replay, not configured here. */
function recordedChats(status: StudioStatus): StudioStatus['chat'] {
  return status.chat.filter((s) => s.platform === 'replay');
}

/** The chat sources the studio reads, each with its live state, and the form that adds one. */
export function ChatSourcesSection({ client }: { client: StudioClient }) {
  const { t } = useTranslation();
  const phase = useConnectionPhase(client);
  const [sources, setSources] = useState<ChatSourceEntry[] | null>(null);
  // A recorded chat playing (the demo show, a replay) is read like a source but is not one of the seller's: listed
  // apart, so that this list and the status bar's "Chat: 1/1" count the same sources.
  const [recorded, setRecorded] = useState<StudioStatus['chat']>([]);
  const { busy, error, run } = useCommand();

  const reload = useCallback(() => {
    client.call('chat.sources.list', {}).then(setSources, () => undefined);
  }, [client]);
  useEffect(() => {
    if (phase !== 'connected') return;
    reload();
    client.call('status.get', {}).then(
      (status) => setRecorded(recordedChats(status)),
      () => undefined,
    );
  }, [client, phase, reload]);
  // A source's state changes (or one is added in another window) arrive as the studio status.
  const known = useRef<ChatSourceEntry[] | null>(null);
  known.current = sources;
  useEvent(
    client,
    'status.changed',
    useCallback(
      (status: StudioStatus) => {
        setRecorded(recordedChats(status));
        const list = known.current;
        if (!list) return;
        const byId = new Map(status.chat.map((s) => [s.id, s]));
        const added = status.chat.some((s) => s.platform !== 'manual' && !list.some((e) => e.source.id === s.id));
        if (added || list.some((e) => !byId.has(e.source.id))) reload();
        else setSources(list.map((e) => ({ ...e, status: byId.get(e.source.id) ?? e.status })));
      },
      [reload],
    ),
  );

  const add = async (input: ChatSourceAdd) => {
    const added = await run(() => client.call('chat.sources.add', input));
    if (added) setSources((list) => [...(list ?? []).filter((e) => e.source.id !== added.source.id), added]);
    return added !== undefined;
  };
  const remove = (id: string) => void run(async () => setSources(await client.call('chat.sources.remove', { id })));

  return (
    <section className="ws-panel settings-section settings-sources" aria-labelledby="settings-sources-title" data-testid="settings-sources">
      <h2 id="settings-sources-title" className="section-title">
        {t('settings.sources.title')}
      </h2>
      {sources && sources.length === 0 && <p className="settings-hint">{t('settings.sources.none')}</p>}
      {sources && (sources.length > 0 || recorded.length > 0) && (
        <ul className="settings-source-list">
          {sources.map((entry) => (
            <SourceRow key={entry.source.id} entry={entry} busy={busy} onRemove={() => remove(entry.source.id)} />
          ))}
          {recorded.map((status) => (
            <RecordedChatRow key={status.id} status={status} />
          ))}
        </ul>
      )}
      <AddSourceForm busy={busy} onAdd={add} />
      {error && (
        <p className="settings-error" role="alert" data-testid="settings-sources-error">
          {error}
        </p>
      )}
    </section>
  );
}
