import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateCoreText } from './core-text';
import { CommandError } from './studio-client';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Runs an action (usually one or more `client.call`s): its result, or undefined when it failed and the error is shown. */
export type RunCommand = <T>(action: () => Promise<T>) => Promise<T | undefined>;

/**
 * A failure as one line for the screen: a command's code translated
 * (`errors.<code>`), then the core's message, then its field issues (both in the
 * UI's language where core-text.ts knows their shape) unless the
 * message already names them. A screen's own check (a plain Error) reads as its
 * message alone, in the seller's words, without an "Error:" prefix.
 */
export function commandErrorText(t: Translate, e: unknown): string {
  if (e instanceof CommandError) {
    const { code } = e.error;
    const message = translateCoreText(t, e.error.message);
    const fields = e.error.issues?.map((i) => `${i.path}: ${translateCoreText(t, i.message)}`).join('; ');
    return `${t(`errors.${code}`)} ${message}${fields && !message.includes(fields) ? ` (${fields})` : ''}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * The renderer's one command path: `run` an action, `busy` while any run is
 * pending, and its failure as one translated line in `error` (cleared when the
 * next run starts). `fail` shows a failure that did not come through `run`
 * (a check before sending, a background load), `clear` hides it.
 */
export function useCommand() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // Read through a ref so `run` and `fail` keep their identity when the language changes (effects depend on them).
  const translate = useRef(t);
  translate.current = t;

  const fail = useCallback((e: unknown) => setError(typeof e === 'string' ? e : commandErrorText(translate.current, e)), []);
  const clear = useCallback(() => setError(null), []);
  const run: RunCommand = useCallback(
    async (action) => {
      setPending((n) => n + 1);
      setError(null);
      try {
        return await action();
      } catch (e) {
        fail(e);
        return undefined;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [fail],
  );
  return { busy: pending > 0, error, run, fail, clear };
}
