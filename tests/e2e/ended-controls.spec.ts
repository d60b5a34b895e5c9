import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { okResult } from '../support/client';
import { openHostWindow } from '../support/host-window';
import { startTestStudio } from '../support/studio';

/**
 * After the show ends there is no live or draft show, and the core refuses every feature ("Not found. There is no
 * current show"): the live controls said otherwise (Next, Previous and every Feature button enabled, "press → for the
 * first in the lineup"). Now they are off, the keys too, with a hint saying why; a draft show (a rehearsal) still
 * features, as the core allows. Host window and co-moderator console, in each language.
 */
const SHOTS = 'tests/artifacts/ended-controls';

for (const lang of ['en', 'pl', 'kk'] as const) {
  test(`${lang}: a draft features; once the show ended, Next, Previous, Feature and the keys are off with the reason`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const studio = await startTestStudio();
    try {
      const { context, host, client } = await openHostWindow(browser, studio, lang);
      const invite = okResult<{ url: string }>(await client.call('access.invite', { role: 'moderator', actor: 'Ola' }));
      client.close();
      const console_ = await context.newPage();
      await console_.goto(invite.url);
      await expect(console_.getByTestId('live-board')).toBeVisible();
      const next = host.getByTestId('step-next');
      const previous = host.getByTestId('step-previous');
      const features = host.getByTestId('feature-button');
      const hint = host.getByTestId('featured-empty-hint');

      // A draft (rehearsal): the core features on it, so the controls are on.
      expect(studio.services.shows.current()?.state).toBe('draft');
      await expect(next).toBeEnabled();
      await expect(previous).toBeEnabled();
      await expect(features.first()).toBeEnabled();
      await next.click();
      await expect(host.getByTestId('featured-card')).toBeVisible();
      const featuredId = await host.getByTestId('featured-card').getAttribute('data-product-id');

      // The show goes live and ends: no current show is left.
      const show = studio.services.shows.current()!;
      studio.services.shows.goLive(show.id, 'host');
      studio.services.shows.end(show.id, 'host');
      await expect(next).toBeDisabled();
      await expect(previous).toBeDisabled();
      await expect(hint).not.toHaveText(/→/);
      // Said once: the keys' line ("→ next · ← previous …") is gone with the keys.
      await expect(host.getByTestId('onstream-keys-hint')).toHaveCount(0);
      await expect(hint).toHaveText(
        {
          en: /No show is live or being prepared/,
          pl: /Żadna transmisja nie trwa/,
          kk: /Қазір эфир жоқ/,
        }[lang],
      );
      await expect(features.first()).toBeVisible();
      for (const button of await features.all()) await expect(button).toBeDisabled();
      // The keys do nothing either: no feature is sent, no refusal is shown.
      await host.locator('body').click({ position: { x: 5, y: 5 } });
      await host.keyboard.press('ArrowRight');
      await host.keyboard.press('ArrowLeft');
      await host.keyboard.press('2');
      await host.waitForTimeout(500);
      await expect(host.locator('.toast-error')).toHaveCount(0);
      expect(studio.services.shows.current()).toBeNull();
      if (featuredId === null) throw new Error('nothing was featured in the draft');
      await host.screenshot({ path: `${SHOTS}/${lang}-host.png` });
      // The console has no controls; its stage says why nothing is on stream instead of "the host chooses".
      await expect(console_.getByTestId('featured-empty-hint')).toHaveText(
        { en: /until the host starts one/, pl: /dopóki prowadzący/, kk: /жүргізуші бастамайынша/ }[lang],
      );
      await console_.screenshot({ path: `${SHOTS}/${lang}-console.png` });
      await context.close();
    } finally {
      await studio.dispose();
    }
  });
}
