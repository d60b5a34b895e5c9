import { expect, test } from '@playwright/test';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;

test.beforeAll(async () => {
  studio = await startTestStudio();
  studio.services.shows.goLive(studio.services.shows.current()!.id, 'host');
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('a co-moderator pins a chat message on stream and the host unpins it', async ({ page, browser }) => {
  await studio.services.chat.enterManual({ buyerName: 'Marta', text: 'Czy A12 jest z lnu? 😍', enteredBy: 'host' });
  const consolePage = await browser.newPage();
  await consolePage.goto(`${studio.baseUrl}/console/#token=${studio.issueToken('moderator', 'Ola')}`);
  const overlay = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await overlay.goto(studio.overlayUrl);
  await page.goto(studio.hostUrl);

  const message = consolePage.getByTestId('chat-message').filter({ hasText: 'Czy A12 jest z lnu?' });
  await message.hover();
  await message.getByTestId('chat-pin').click();

  await expect(overlay.getByTestId('pinned-text')).toHaveText('Czy A12 jest z lnu? 😍');
  await expect(overlay.getByTestId('pinned-author')).toHaveText('Marta');
  await expect(page.getByTestId('pinned-bar')).toContainText('Czy A12 jest z lnu?');
  expect(studio.services.overlay.state().pinned).toMatchObject({ author: 'Marta', pinnedBy: 'Ola' });
  await overlay.screenshot({ path: 'tests/artifacts/overlay/pinned-from-console.png' });

  await page.getByTestId('pinned-bar').getByTestId('unpin').click();
  await expect(overlay.getByTestId('pinned')).toHaveCount(0);
  await expect(consolePage.getByTestId('pinned-bar')).toHaveCount(0);
  expect(studio.services.overlay.state().pinned).toBeNull();
  await consolePage.close();
  await overlay.close();
});
