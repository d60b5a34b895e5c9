import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatSourceAdd } from '../../../shared/contract';

type Platform = ChatSourceAdd['platform'];
const PLATFORMS: Platform[] = ['twitch', 'youtube', 'facebook'];
const EMPTY = { channel: '', server: '', username: '', token: '', liveChatId: '', apiKey: '', liveVideoId: '', accessToken: '' };

/** Only what was typed: an empty optional field is left out rather than sent as ''. */
function inputOf(platform: Platform, f: typeof EMPTY): ChatSourceAdd {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  if (platform === 'twitch') return { platform, channel: f.channel, server: opt(f.server), username: opt(f.username), token: opt(f.token) };
  if (platform === 'youtube') return { platform, liveChatId: f.liveChatId, apiKey: opt(f.apiKey) };
  return { platform, liveVideoId: f.liveVideoId, accessToken: f.accessToken };
}

/**
 * Adds a Twitch channel, YouTube live chat or Facebook live video. Tokens and
 * keys are write-only: sent once to the studio's secret store, then cleared
 * from the form and never shown again.
 */
export function AddSourceForm({ busy, onAdd }: { busy: boolean; onAdd: (input: ChatSourceAdd) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [platform, setPlatform] = useState<Platform>('twitch');
  const [fields, setFields] = useState(EMPTY);
  const field = (name: keyof typeof EMPTY, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label>
      <span>{label}</span>
      <input
        className="ws"
        value={fields[name]}
        onChange={(e) => setFields((f) => ({ ...f, [name]: e.target.value }))}
        data-testid={`source-${name}`}
        {...props}
      />
    </label>
  );
  const secret = (name: 'token' | 'apiKey' | 'accessToken', label: string, required = false) =>
    field(name, label, {
      type: 'password',
      autoComplete: 'new-password',
      placeholder: t('settings.sources.secretHint'),
      required,
      maxLength: 1024,
    });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await onAdd(inputOf(platform, fields))) setFields(EMPTY);
    // A refused add still clears the secret: it is never kept in the window longer than one try.
    else setFields((f) => ({ ...f, token: '', apiKey: '', accessToken: '' }));
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
      <div className="settings-fields">
        {platform === 'twitch' && (
          <>
            {field('channel', t('settings.sources.channel'), { required: true, placeholder: 'demoshop', maxLength: 26 })}
            {field('username', t('settings.sources.username'), { placeholder: t('settings.sources.usernameHint'), maxLength: 25 })}
            {secret('token', t('settings.sources.token'))}
            {field('server', t('settings.sources.server'), { placeholder: 'irc.chat.twitch.tv:6667', maxLength: 260 })}
          </>
        )}
        {platform === 'youtube' && (
          <>
            {field('liveChatId', t('settings.sources.liveChatId'), { required: true, maxLength: 200 })}
            {secret('apiKey', t('settings.sources.apiKey'), true)}
          </>
        )}
        {platform === 'facebook' && (
          <>
            {field('liveVideoId', t('settings.sources.liveVideoId'), { required: true, inputMode: 'numeric', maxLength: 64 })}
            {secret('accessToken', t('settings.sources.accessToken'), true)}
          </>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="btn primary" disabled={busy} data-testid="source-add">
          {t('settings.sources.add')}
        </button>
        <span className="settings-hint">{t(`settings.sources.hint.${platform}`)}</span>
      </div>
    </form>
  );
}
