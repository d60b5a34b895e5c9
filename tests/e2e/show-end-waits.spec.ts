// After the show ends nobody waits for an answer on stream: the oldest question's timer stops at the show's end
// (no more red counting) and no "has waited over N s" alert rings, however long the window stays open.
import { expect, test } from '@playwright/test';
import { connectClient } from '../support/client';
import { goLive, startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio();
  goLive(studio);
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('the question timer and its alerts stop when the show ends', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(studio.hostUrl);
  const host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.replace('#token=', ''));
  const reply = await host.call('chat.manual', { buyerName: 'anna_k', text: 'Is A12 made of linen?' });
  host.close();
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  const oldest = page.getByTestId('live-header').getByTestId('oldest-question');
  await expect(oldest).toHaveAttribute('data-state', 'waiting');

  studio.services.shows.end(studio.services.shows.current()!.id, 'host');
  await expect(oldest).toHaveAttribute('data-state', 'stopped');
  const stoppedAt = await oldest.textContent();
  const age = await page.getByTestId('question-age').first().textContent();
  // Three minutes on the page's clock: well past the alert's 60 s.
  await page.clock.fastForward('03:00');
  await page.clock.runFor(2000);
  // The ticks have fired; let the page render what they changed (nothing, when the clock stopped), then look once.
  await page.waitForTimeout(1000);
  expect(await oldest.textContent()).toBe(stoppedAt);
  expect(await page.getByTestId('question-age').first().textContent()).toBe(age);
  expect(await page.locator('[data-testid=live-alert][data-kind=question]').count()).toBe(0);
  await context.close();
});
