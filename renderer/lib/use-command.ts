import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioErrorShape } from '../../shared/contract';
import { NESTED_PARAMS, STATE_PARAMS } from '../../shared/contract/error-messages';
import { translateCoreText } from './core-text';
import { CommandError } from './studio-client';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Issue = NonNullable<StudioErrorShape['issues']>[number];

/** Where a state named in a message is translated: OBS's connection, a question, a show, else an order. */
function stateKey(messageKey: string, state: string): string {
  if (messageKey.startsWith('obs')) return `status.state.${state}`;
  if (messageKey.startsWith('question')) return `liveUx.core.questionStates.${state}`;
  if (messageKey === 'isOnlyADraftShowCan') return `show.state.${state}`;
  return `orders.state.${state}`;
}

/** A keyed error (shared/contract/error-messages.ts) in the UI's language; null when it has no key or the key is unknown here. */
export function keyedErrorText(t: Translate, error: Pick<StudioErrorShape, 'key' | 'params'>): string | null {
  if (!error.key) return null;
  const values: Record<string, unknown> = { ...error.params };
  for (const name of STATE_PARAMS) {
    const v = values[name];
    if (typeof v === 'string') values[name] = t(stateKey(error.key, v), { defaultValue: v });
  }
  for (const name of NESTED_PARAMS) {
    const v = values[name];
    if (typeof v !== 'string') continue;
    // A detail may join several problems ("a; b"): the whole by its shape, else each part by its own.
    const whole = translateCoreText(t, v);
    values[name] =
      whole !== v
        ? whole
        : v
            .split('; ')
            .map((part) => translateCoreText(t, part))
            .join('; ');
  }
  const key = `errors.core.${error.key}`;
  const text = t(key, values);
  return text && text !== key && !text.includes('{{') ? text : null;
}

/** zod's own wording (a schema without a message of its own): worded again from the issue's code and values. */
const ZOD_DEFAULT = /^(Too small|Too big|Invalid|Unrecognized)/;

/** The i18n key (and count) of a schema (zod) issue by its code and what it measured; null for the schema's own message. */
function fieldKey(issue: Issue): { key: string; count?: number } | null {
  if (issue.code === undefined || !ZOD_DEFAULT.test(issue.message)) return null;
  const { origin, minimum, maximum } = issue.params ?? {};
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? minimum : maximum);
      // Lengths and counts take their language's plural forms (Polish one/few/many).
      if (origin === 'string') return { key: issue.code === 'too_small' ? 'liveUx.core.tooShort' : 'liveUx.core.tooLong', count: bound };
      if (origin === 'array')
        return { key: issue.code === 'too_small' ? 'liveUx.core.tooFewItems' : 'liveUx.core.tooManyItems', count: bound };
      return { key: `errors.field.${issue.code}_${origin === 'number' ? 'number' : 'any'}` };
    }
    case 'invalid_type':
      return { key: /received undefined$/.test(issue.message) ? 'errors.field.required' : 'errors.field.invalid_type' };
    case 'invalid_value':
    case 'unrecognized_keys':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_union':
    case 'custom':
      return { key: `errors.field.${issue.code}` };
    default:
      return { key: 'errors.field.unknown' };
  }
}

/**
 * One field's problem in the UI's language: zod's own wording by its code and values; a message the
 * schema or the core wrote itself ("a title is needed") by its known shape, else as written.
 */
export function issueText(t: Translate, issue: Issue): string {
  const found = fieldKey(issue);
  if (found) {
    const text = t(found.key, { ...issue.params, ...(found.count !== undefined ? { count: found.count } : {}) });
    if (text && text !== found.key && !text.includes('{{')) return text;
  }
  return translateCoreText(t, issue.message);
}

/** Runs an action (usually one or more `client.call`s): its result, or undefined when it failed and the error is shown. */
export type RunCommand = <T>(action: () => Promise<T>) => Promise<T | undefined>;

/**
 * A failure as one line for the screen: a command's code translated
 * (`errors.<code>`), then the core's message by its key (`errors.core.<key>`, or
 * by its shape in core-text.ts for text without one), then its field issues (by
 * their schema code, `errors.field.<code>`, else by shape) unless the
 * message already names them. A screen's own check (a plain Error) reads as its
 * message alone, in the seller's words, without an "Error:" prefix.
 */
export function commandErrorText(t: Translate, e: unknown): string {
  if (e instanceof CommandError) {
    const { code } = e.error;
    const message = keyedErrorText(t, e.error) ?? translateCoreText(t, e.error.message);
    const fields = e.error.issues?.map((i) => `${i.path}: ${issueText(t, i)}`).join('; ');
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
