import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, ShowSummary } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import type { RunCommand } from '../../lib/use-command';
import { Dialog } from '../../widgets/Dialog';
import { EndShowDialog } from './EndShowDialog';

const SHOW_LANGUAGES: { code: Language; name: string }[] = [
  { code: 'pl', name: 'Polski' },
  { code: 'kk', name: 'Қазақша' },
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'es', name: 'Español' },
  { code: 'de', name: 'Deutsch' },
];

/** Go live, end the show (after a dialog saying what is still open), start a new one; `run` is the window's, which shows a refusal. */
export function ShowControls({ client, show, run }: { client: StudioClient; show: ShowSummary | null; run: RunCommand }) {
  const { t } = useTranslation();
  // Ending asks first, saying what is still open in the show (EndShowDialog).
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [creating, setCreating] = useState(false);

  return (
    <div className="show-controls">
      {show?.state === 'draft' && (
        <button
          type="button"
          className="go-live"
          onClick={() => run(() => client.call('show.goLive', { showId: show.id }))}
          data-testid="show-go-live"
        >
          {t('shows.goLive')}
        </button>
      )}
      {show?.state === 'live' && (
        <button type="button" onClick={() => setConfirmEnd(true)} data-testid="show-end">
          {t('shows.end')}
        </button>
      )}
      {confirmEnd && show?.state === 'live' && <EndShowDialog client={client} show={show} run={run} onClose={() => setConfirmEnd(false)} />}
      <button type="button" className="ghost" onClick={() => setCreating(true)} data-testid="show-new">
        {t('shows.new')}
      </button>
      {creating && <NewShowDialog client={client} onClose={() => setCreating(false)} run={run} />}
    </div>
  );
}

function NewShowDialog({ client, onClose, run }: { client: StudioClient; onClose: () => void; run: RunCommand }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>((SHOW_LANGUAGES.find((l) => l.code === i18n.language)?.code ?? 'en') as Language);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await client.call('show.create', { title, language });
      onClose();
    });
  };
  return (
    <Dialog titleId="new-show-title" title={t('shows.new')} onClose={onClose} onSubmit={submit}>
      <label className="field">
        <span>{t('shows.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} autoFocus data-testid="new-show-name" />
      </label>
      <label className="field">
        <span>{t('shows.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          {SHOW_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t('shows.languageHint')}</p>
      <div className="dialog-actions">
        <button type="submit" className="primary" data-testid="new-show-create">
          {t('shows.create')}
        </button>
      </div>
    </Dialog>
  );
}
