import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/contract';
import { keymapFor, useKeyAction } from '../../lib/keymap';
import { Dialog } from '../../widgets/Dialog';

/** The `?` sheet: every key of this window's role, from the keymap's one table. Opens on `?` or its button. */
export function KeySheet({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useKeyAction('help', () => setOpen((o) => !o));
  return (
    <>
      <button
        type="button"
        className="header-button key-sheet-button"
        onClick={() => setOpen(true)}
        title={t('liveUx.keys.title')}
        aria-label={t('liveUx.keys.title')}
        data-testid="open-keys"
      >
        ?
      </button>
      {open && (
        <Dialog titleId="keys-title" title={t('liveUx.keys.title')} onClose={() => setOpen(false)} testId="key-sheet">
          <table className="key-sheet">
            <tbody>
              {keymapFor(role).map((b) => (
                <tr key={b.kind} data-testid="key-binding" data-kind={b.kind}>
                  <td>
                    <kbd>{b.label}</kbd>
                  </td>
                  <td>{t(b.text)}</td>
                </tr>
              ))}
              <tr>
                <td>
                  <kbd>Esc</kbd>
                </td>
                <td>{t('liveUx.keys.escape')}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted">{t('liveUx.keys.notWhileTyping')}</p>
        </Dialog>
      )}
    </>
  );
}
