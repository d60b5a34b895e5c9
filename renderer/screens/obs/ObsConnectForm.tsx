import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "ws://host:port" from the status, back into the form's fields (IPv6 brackets dropped). */
export function hostAndPort(url: string | null): { host: string; port: string } {
  if (!url) return { host: '127.0.0.1', port: '4455' };
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: parsed.port || '4455' };
  } catch {
    return { host: '127.0.0.1', port: '4455' };
  }
}

/**
 * Where OBS is. The password field always starts empty: the core keeps the
 * password in its secret store and never sends it back, so empty means "keep it".
 */
export function ObsConnectForm({
  url,
  busy,
  onConnect,
}: {
  url: string | null;
  busy: boolean;
  onConnect: (input: { host: string; port: number; password?: string }) => void;
}) {
  const { t } = useTranslation();
  const [host, setHost] = useState(() => hostAndPort(url).host);
  const [port, setPort] = useState(() => hostAndPort(url).port);
  const [password, setPassword] = useState('');

  // The address may arrive after the panel opened (first status); never overwrite what the host is typing.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (touched) return;
    const fields = hostAndPort(url);
    setHost(fields.host);
    setPort(fields.port);
  }, [url, touched]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    onConnect({ host: host.trim(), port: Number(port), ...(password ? { password } : {}) });
    setPassword('');
    setTouched(false);
  };

  return (
    <form className="obs-connect" onSubmit={submit} data-testid="obs-connect-form">
      <label>
        <span>{t('obs.host')}</span>
        <input
          value={host}
          onChange={(e) => {
            setTouched(true);
            setHost(e.target.value);
          }}
          required
          maxLength={253}
          data-testid="obs-host"
        />
      </label>
      <label className="obs-port">
        <span>{t('obs.port')}</span>
        <input
          value={port}
          onChange={(e) => {
            setTouched(true);
            setPort(e.target.value);
          }}
          required
          inputMode="numeric"
          pattern="[0-9]{1,5}"
          data-testid="obs-port"
        />
      </label>
      <label className="obs-password">
        <span>{t('obs.password')}</span>
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          placeholder={t('obs.passwordKeep')}
          autoComplete="new-password"
          maxLength={512}
          data-testid="obs-password"
        />
      </label>
      <button type="submit" className="primary" disabled={busy} data-testid="obs-connect">
        {t('obs.connect')}
      </button>
    </form>
  );
}
