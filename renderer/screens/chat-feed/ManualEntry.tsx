import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';

/**
 * A phone or DM order typed in for a buyer: it enters the feed as a message of
 * that buyer and goes through the same ingest and commerce path as chat, so
 * "SOLD A12 M" becomes an order exactly as if the buyer had typed it.
 */
export function ManualEntry({ client, disabled }: { client: StudioClient; disabled: boolean }) {
  const { t } = useTranslation();
  const [buyer, setBuyer] = useState('');
  const [text, setText] = useState('');
  const { busy, error, run, fail, clear } = useCommand();
  const buyerField = useRef<HTMLInputElement>(null);
  const textField = useRef<HTMLInputElement>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    // Never a silent nothing: say which field is missing and put the cursor there.
    if (!buyer.trim()) {
      fail(t('liveUx.manual.needBuyer'));
      buyerField.current?.focus();
      return;
    }
    if (!text.trim()) {
      fail(t('liveUx.manual.needText'));
      textField.current?.focus();
      return;
    }
    void run(async () => {
      await client.call('chat.manual', { buyerName: buyer.trim(), text: text.trim() });
      setText(''); // the buyer stays: a phone order often has several lines
    });
  };

  return (
    <form className="manual-entry" onSubmit={submit} data-testid="manual-entry" aria-label={t('chat.manual.title')}>
      <div className="manual-title">{t('chat.manual.title')}</div>
      <div className="manual-fields">
        <input
          className="manual-buyer"
          value={buyer}
          ref={buyerField}
          onChange={(e) => {
            setBuyer(e.target.value);
            clear();
          }}
          placeholder={t('chat.manual.buyer')}
          aria-label={t('chat.manual.buyer')}
          maxLength={100}
          data-testid="manual-buyer"
        />
        <input
          className="manual-text"
          value={text}
          ref={textField}
          onChange={(e) => {
            setText(e.target.value);
            clear();
          }}
          placeholder={t('chat.manual.text')}
          aria-label={t('chat.manual.text')}
          maxLength={500}
          data-testid="manual-text"
        />
        <button type="submit" className="primary" disabled={disabled || busy} data-testid="manual-send">
          {t('chat.manual.send')}
        </button>
      </div>
      {disabled && <div className="manual-hint muted">{t('chat.manual.noShow')}</div>}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
