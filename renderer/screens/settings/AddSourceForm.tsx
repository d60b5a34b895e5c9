import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_PLATFORMS, sourcePlatformOf, type ChatSourceAdd, type SourceField, type SourcePlatform } from '../../../shared/contract';

/** The platforms and their fields come from the contract: a new platform there appears here. */
const PLATFORMS = Object.keys(SOURCE_PLATFORMS) as SourcePlatform[];
type Fields = Record<string, string>;

/** Only what was typed: a field the form requires goes as typed (the schema trims it), an empty optional one is left out. */
function inputOf(platform: SourcePlatform, fields: Fields): ChatSourceAdd {
  const input: Record<string, string> = { platform };
  for (const field of sourcePlatformOf(platform).fields) {
    const value = fields[field.name] ?? '';
    if (field.required) input[field.name] = value;
    else if (value.trim()) input[field.name] = value.trim();
  }
  // The studio parses it with the platform's add schema; a refusal comes back as a typed error.
  return input as ChatSourceAdd;
}

/** A refused add still clears the secrets: they are never kept in the window longer than one try. */
function withoutSecrets(fields: Fields): Fields {
  const secrets = new Set(
    PLATFORMS.flatMap((p) =>
      sourcePlatformOf(p)
        .fields.filter((f) => f.secret)
        .map((f) => f.name),
    ),
  );
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !secrets.has(name)));
}

/**
 * Adds a chat source of any platform the contract lists. Tokens and keys are
 * write-only: sent once to the studio's secret store, then cleared
 * from the form and never shown again.
 */
export function AddSourceForm({ busy, onAdd }: { busy: boolean; onAdd: (input: ChatSourceAdd) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [platform, setPlatform] = useState<SourcePlatform>(PLATFORMS[0]!);
  const [fields, setFields] = useState<Fields>({});
  const input = (field: SourceField) => (
    <label key={field.name}>
      <span>{t(`settings.sources.${field.name}`)}</span>
      <input
        className="ws"
        value={fields[field.name] ?? ''}
        onChange={(e) => setFields((f) => ({ ...f, [field.name]: e.target.value }))}
        data-testid={`source-${field.name}`}
        required={field.required}
        maxLength={field.maxLength}
        placeholder={field.secret ? t('settings.sources.secretHint') : field.hint ? t(`settings.sources.${field.name}Hint`) : field.example}
        {...(field.secret ? { type: 'password', autoComplete: 'new-password' } : {})}
        {...(field.numeric ? { inputMode: 'numeric' as const } : {})}
      />
    </label>
  );

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await onAdd(inputOf(platform, fields))) setFields({});
    else setFields(withoutSecrets);
  };

  return (
    <form className="settings-add" onSubmit={(e) => void submit(e)} data-testid="add-source-form">
      <div className="settings-platforms" role="radiogroup" aria-label={t('settings.sources.platformLabel')}>
        {PLATFORMS.map((p) => (
          <label key={p} className={platform === p ? 'on' : ''}>
            <input
              type="radio"
              name="platform"
              value={p}
              checked={platform === p}
              onChange={() => setPlatform(p)}
              data-testid={`source-platform-${p}`}
            />
            {t(`settings.sources.platform.${p}`)}
          </label>
        ))}
      </div>
      <div className="settings-fields">{sourcePlatformOf(platform).fields.map(input)}</div>
      <div className="actions">
        <button type="submit" className="btn primary" disabled={busy} data-testid="source-add">
          {t('settings.sources.add')}
        </button>
        <span className="settings-hint">{t(`settings.sources.hint.${platform}`)}</span>
      </div>
    </form>
  );
}
