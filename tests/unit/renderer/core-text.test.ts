import { describe, expect, it } from 'vitest';
import pl from '../../../shared/i18n/pl.json';
import { uiT } from '../../support/ui-t';
import { translateCoreText } from '../../../renderer/lib/core-text';
import { CommandError } from '../../../renderer/lib/studio-client';
import { commandErrorText } from '../../../renderer/lib/use-command';

describe('the core’s English text in the UI’s language', () => {
  it('translates field issues, typed errors, OBS details and order notes, with plural forms', async () => {
    const pl_ = await uiT('pl');
    expect(translateCoreText(pl_, 'Too small: expected string to have >=1 characters')).toBe('wymaga co najmniej 1 znaku');
    expect(translateCoreText(pl_, 'Too big: expected string to have <=3 characters')).toBe('najwyżej 3 znaki');
    expect(translateCoreText(pl_, 'Too big: expected string to have <=60 characters')).toBe('najwyżej 60 znaków');
    expect(translateCoreText(pl_, 'There is no current show: create a show first.')).toBe(
      'Nie ma bieżącej transmisji: najpierw utwórz transmisję.',
    );
    expect(translateCoreText(pl_, 'promoted from the waitlist')).toBe('awans z listy oczekujących');
    // An OBS retry note carries its reason, translated too.
    expect(translateCoreText(pl_, 'OBS closed the connection (code 1006); retrying in 2 s')).toBe(
      'OBS zamknął połączenie (kod 1006); ponowna próba za 2 s',
    );
    const kk_ = await uiT('kk');
    expect(translateCoreText(kk_, 'auth failed: OBS rejected the password (close code 4009)')).toMatch(/^OBS құпия сөзді қабылдамады/);
    expect(translateCoreText(kk_, 'The file has a header but no products.')).toBe('Файлда тақырып жолы бар, бірақ тауарлар жоқ.');
  });

  it('translates every note the core writes into an order’s history (the cart page shows them)', async () => {
    // Each shape the carts, commerce, parser-review and customers services pass as an order event's reason.
    const notes = [
      'removed from the cart',
      'payment received',
      'edited in the cart',
      'details completed',
      'corrected in chat (M/Red -> L/Blue)',
      'payment deadline passed',
      'payment deadline passed (confirmed)',
      'quantity 3 -> 1',
      'not an order (moderator)',
      'parse accepted (moderator)',
      'parse fixed (moderator)',
      'refused: the customer is on the do-not-sell list',
      'the customer is on the do-not-sell list',
      'accepted despite do-not-sell',
      'accepted despite do-not-sell; needs details',
      'accepted despite do-not-sell; out of stock',
      'parse fixed (moderator); rehearsal',
      'paid after the release',
      'paid after the release; stock was free',
    ];
    for (const language of ['pl', 'kk'] as const) {
      const t = await uiT(language);
      for (const note of notes) {
        const shown = translateCoreText(t, note);
        expect(shown, `${language}: ${note}`).not.toBe(note);
        expect(shown, `${language}: ${note}`).not.toMatch(/[{}]|do-not-sell|out of stock/);
      }
    }
    const kk = await uiT('kk');
    expect(translateCoreText(kk, 'quantity 3 -> 1')).toBe('саны 3 → 1');
    expect(translateCoreText(kk, 'accepted despite do-not-sell; out of stock')).toBe(
      '«сатпау» тізіміне қарамастан қабылданды; қоймада жоқ',
    );
    expect(translateCoreText(await uiT('pl'), 'corrected in chat (M/Red -> L/Blue)')).toBe('poprawione na czacie (M/Red → L/Blue)');
  });

  it('leaves a message it does not know as the core wrote it', async () => {
    expect(translateCoreText(await uiT('pl'), 'Something new went wrong.')).toBe('Something new went wrong.');
  });

  it('gives a typed error and its field issues in Polish on one line', async () => {
    const e = new CommandError({
      code: 'invalid_input',
      message: 'Invalid input for access.invite.',
      issues: [{ path: 'actor', message: 'Too small: expected string to have >=1 characters' }],
    });
    expect(commandErrorText(await uiT('pl'), e)).toBe(
      `${pl.errors.invalid_input} Błędne pola w access.invite. (actor: wymaga co najmniej 1 znaku)`,
    );
  });

  it('translates the import problems a seller meets most (Shopify CSV, studio JSON, pictures)', async () => {
    const [pl_, kk_] = [await uiT('pl'), await uiT('kk')];
    const lines = [
      'has 7 cells but the header has 9 columns (a stray comma or quote?)',
      'is missing: the first row of product "linen-dress" must give its title',
      'claim code "A 12" must be 1-16 letters, digits or dashes',
      '"gift" is a gift card; it is imported as an ordinary product',
      'is ignored: only the first row of "linen-dress" (row 4) sets it',
      'duplicate variant "M / Red"',
      'This JSON is not a studio catalog (it needs "format": "lss-catalog/1").',
      'catalog.csv is 12.3 MB; the studio imports files of at most 10.0 MB. Split the export (Shopify can export by collection) and import the parts.',
    ];
    for (const line of lines) {
      expect(translateCoreText(pl_, line), line).not.toBe(line);
      expect(translateCoreText(kk_, line), line).not.toBe(line);
    }
    expect(translateCoreText(pl_, lines[0]!)).toBe('ma komórek: 7, a nagłówek ma kolumn: 9 (zbędny przecinek lub cudzysłów?)');
    expect(translateCoreText(kk_, lines[5]!)).toBe('қайталанған нұсқа «M / Red»');
  });

  it('words a count with its noun in each number (1 cell, 2 cells), in the core’s English and in the UI’s', async () => {
    const en_ = await uiT('en');
    const one = 'has 1 cell but the header has 3 columns (a stray comma or quote?)';
    expect(translateCoreText(en_, one)).toBe(one);
    expect(translateCoreText(await uiT('pl'), one)).toBe('ma komórek: 1, a nagłówek ma kolumn: 3 (zbędny przecinek lub cudzysłów?)');
    expect(translateCoreText(en_, 'has 2 cells but the header has 3 columns (a stray comma or quote?)')).toBe(
      'has 2 cells but the header has 3 columns (a stray comma or quote?)',
    );
  });
});
