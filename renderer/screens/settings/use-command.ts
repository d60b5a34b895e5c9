import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandError } from '../../lib/studio-client';

/**
 * Runs one command at a time for a settings section: `busy` while it runs,
 * and its failure as one translated line (code, message, field issues).
 */
export function useCommand() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action();
      } catch (e) {
        if (e instanceof CommandError) {
          const issues = e.error.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
          setError(`${t(`errors.${e.error.code}`)} ${e.error.message}${issues ? ` (${issues})` : ''}`);
        } else {
          setError(String(e));
        }
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, run };
}
