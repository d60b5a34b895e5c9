import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import { commandErrorText } from '../../../renderer/lib/use-command';
import { CommandError } from '../../../renderer/lib/studio-client';

/** i18next's lookup, enough for the error keys: "errors.conflict" -> en.errors.conflict. */
const t = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en) as string;

describe('commandErrorText: the one place a failure becomes a line on the screen', () => {
  it('translates the code and keeps the core’s message', () => {
    const e = new CommandError({ code: 'conflict', message: 'Claim code A12 is already used by Linen Summer Dress.' });
    expect(commandErrorText(t, e)).toBe('That cannot be done now. Claim code A12 is already used by Linen Summer Dress.');
  });

  it('shows the field issues after the message', () => {
    const e = new CommandError({
      code: 'invalid_input',
      message: 'Invalid input for catalog.product.update.',
      issues: [
        { path: 'title', message: 'a title is needed' },
        { path: 'variants.0.priceMinor', message: 'price must not be negative' },
      ],
    });
    expect(commandErrorText(t, e)).toBe(
      'That input is not valid. Invalid input for catalog.product.update. (title: a title is needed; variants.0.priceMinor: price must not be negative)',
    );
  });

  it('does not repeat issues the message already names', () => {
    const e = new CommandError({
      code: 'invalid_input',
      message: 'Bad: title: a title is needed',
      issues: [{ path: 'title', message: 'a title is needed' }],
    });
    expect(commandErrorText(t, e)).toBe('That input is not valid. Bad: title: a title is needed');
  });

  it('a screen’s own check reads as its message alone; anything else as text', () => {
    expect(commandErrorText(t, new Error('Price: “-5” is not an amount.'))).toBe('Price: “-5” is not an amount.');
    expect(commandErrorText(t, 'offline')).toBe('offline');
  });
});
