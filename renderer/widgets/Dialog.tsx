import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscape } from '../lib/keymap';

interface DialogProps {
  /** The title's element id: the dialog is labelled by it. */
  titleId: string;
  title: ReactNode;
  onClose: () => void;
  /** Makes the dialog a form (Enter submits it). */
  onSubmit?: (e: FormEvent) => void;
  testId?: string;
  children: ReactNode;
}

/** A modal dialog with a title and a close button; Escape or a click on the backdrop closes it, a click inside does not. */
export function Dialog({ titleId, title, onClose, onSubmit, testId, children }: DialogProps) {
  const { t } = useTranslation();
  useEscape(onClose);
  const Box = onSubmit ? 'form' : 'div';
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <Box
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(e) => e.stopPropagation()}
        onSubmit={onSubmit}
        data-testid={testId}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="ghost" onClick={onClose} aria-label={t('access.close')}>
            ✕
          </button>
        </div>
        {children}
      </Box>
    </div>
  );
}
