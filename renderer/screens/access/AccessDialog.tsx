import QRCode from 'qrcode';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import { formatShowTime } from '../../lib/show-time';
import { useCommand } from '../../lib/use-command';
import { useSecondClick } from '../../lib/use-second-click';
import { Dialog } from '../../widgets/Dialog';
import { Isolated } from '../../widgets/Isolated';

type TokenInfo = CommandOutput<'access.list'>[number];

/** Whether a link can only be opened on this computer (a loopback address: a phone cannot reach it). */
export function isThisComputerOnly(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Revoking cuts a co-moderator off mid-show: it takes a second click, which expires by itself. */
function RevokeButton({ onRevoke }: { onRevoke: () => void }) {
  const { t } = useTranslation();
  const { armed, arm, disarm } = useSecondClick();
  return armed ? (
    <button
      type="button"
      className="small danger"
      onClick={() => {
        disarm();
        onRevoke();
      }}
      data-testid="token-revoke-confirm"
    >
      {t('liveUx.access.revokeConfirm')}
    </button>
  ) : (
    <button type="button" onClick={arm} data-testid="token-revoke">
      {t('access.revoke')}
    </button>
  );
}

/** Invite co-moderators (a link and a QR code for their phone) and revoke access. */
export function AccessDialog({ client, onClose }: { client: StudioClient; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [tokens, setTokens] = useState<TokenInfo[]>([]);
  const [name, setName] = useState('');
  const [invite, setInvite] = useState<{ url: string; qr: string; fingerprint: string | null } | null>(null);
  const { error, run } = useCommand();
  // Whether the studio listens beyond this computer: settings say what was asked, the link what is in effect.
  const [lanSetting, setLanSetting] = useState<boolean | null>(null);
  useEffect(() => {
    client.call('settings.get', {}).then(
      (s) => setLanSetting(s.network.lanAccess),
      () => undefined,
    );
  }, [client]);
  const localOnly = invite ? isThisComputerOnly(invite.url) : lanSetting === false ? true : lanSetting === true ? false : null;

  const reload = useCallback(() => client.call('access.list', {}).then(setTokens, () => undefined), [client]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const { url, fingerprint } = await client.call('access.invite', { role: 'moderator', actor: name });
      setInvite({ url, fingerprint, qr: await QRCode.toDataURL(url, { margin: 1, width: 220 }) });
      setName('');
      await reload();
    });
  };
  const revoke = (id: number) =>
    run(async () => {
      await client.call('access.revoke', { id });
      await reload();
    });

  return (
    <Dialog titleId="access-title" title={t('access.title')} onClose={onClose} testId="access-dialog">
      <form className="invite-form" onSubmit={create}>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('access.namePlaceholder')}
          required
          maxLength={60}
          data-testid="invite-name"
        />
        <button type="submit" className="primary" data-testid="invite-create">
          {t('access.invite')}
        </button>
      </form>
      {localOnly !== null && (
        <p
          className={`invite-reach ${localOnly ? 'invite-reach-local' : 'invite-reach-lan'}`}
          data-testid="invite-reach"
          data-reach={localOnly ? 'local' : 'lan'}
        >
          {localOnly ? (lanSetting ? t('liveUx.access.lanAfterRestart') : t('liveUx.access.localOnly')) : t('liveUx.access.lan')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {invite && (
        <div className="invite-result" data-testid="invite-result">
          <img src={invite.qr} alt="" width={160} height={160} />
          <div>
            <p>{t('access.inviteHint')}</p>
            <input readOnly value={invite.url} onFocus={(e) => e.currentTarget.select()} data-testid="invite-url" />
            <button type="button" onClick={() => void navigator.clipboard?.writeText(invite.url)}>
              {t('access.copy')}
            </button>
            {invite.fingerprint && (
              // The studio's own certificate: the browser warns, and the invitee compares this before going on.
              <p className="invite-fingerprint" data-testid="invite-fingerprint">
                {t('access.fingerprint')} <code>{invite.fingerprint}</code>
              </p>
            )}
          </div>
        </div>
      )}
      <table className="token-table">
        <thead>
          <tr>
            <th>{t('access.who')}</th>
            <th>{t('access.role')}</th>
            <th>{t('access.lastUsed')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.map((tok) => (
            <tr key={tok.id} className={tok.revokedAt ? 'revoked' : ''} data-testid="token-row" data-actor={tok.actor}>
              <td>
                <Isolated>{tok.actor}</Isolated>
              </td>
              <td>{t(`access.roles.${tok.role}`)}</td>
              <td>{tok.lastUsedAt ? formatShowTime(tok.lastUsedAt, i18n.language, undefined) : '—'}</td>
              <td>
                {tok.revokedAt ? t('access.revoked') : tok.role !== 'host' ? <RevokeButton onRevoke={() => void revoke(tok.id)} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
