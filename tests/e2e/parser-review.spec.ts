// Issue 17 as a co-moderator sees it: a chat claim the studio was not sure of is held (no stock
// taken) with the message and the parse on the live board; one key settles it; the decision is
// kept as a learned example, listed and deletable. Screenshots in English, Polish and Kazakh.
import { expect, test } from '@playwright/test';
import { showBuilder, type ShowBuilder } from '../support/show-builder';
import { startTestStudio } from '../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let shows: ShowBuilder;
const ARTIFACTS = 'tests/artifacts/parser';

const say = (name: string, text: string) => shows.say([name, text]);

test.beforeAll(async () => {
  studio = await startTestStudio();
  shows = showBuilder(studio, 'parser');
  await shows.show({ lines: [], orders: 0, end: false }); // the demo's show, live
  studio.services.shows.feature({ code: 'B3' }, 'host'); // sizes M, L, XL
});
test.afterAll(async () => {
  await studio?.dispose();
});

test('a doubtful claim waits for a moderator, who settles it with one key; the studio learns from it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${studio.baseUrl}/console/#token=${studio.issueToken('moderator', 'Ola')}`);
  await expect(page.getByTestId('status-core')).toHaveAttribute('data-state', 'connected');

  // "B33" is no code of the shop: the claim word and the size are clear, the product is not.
  say('Marta', 'sold B33 L <b>now</b>');
  const claim = page.getByTestId('parser-claim');
  await expect(claim).toHaveCount(1);
  await expect(claim.getByTestId('parser-text')).toHaveText('sold B33 L <b>now</b>'); // chat shown as text, never HTML
  await expect(claim.getByTestId('parser-parse')).toContainText('unknown code b33');
  await expect(page.getByTestId('parser-held-count')).toHaveText('1 to check');
  await claim.screenshot({ path: `${ARTIFACTS}/held-claim-en.png` });
  await page.getByTestId('parser-review').screenshot({ path: `${ARTIFACTS}/panel-en.png` });

  // The reason in the moderator's language (issue 17: the core sends codes, the panel translates them).
  const reasonIn = { pl: 'nieznany kod b33', kk: 'белгісіз код b33' } as const;
  for (const lang of ['pl', 'kk'] as const) {
    await page.getByTestId('ui-language').selectOption(lang);
    await expect(page.getByTestId('parser-held-count')).not.toHaveText('1 to check');
    await expect(claim.getByTestId('parser-reason')).toContainText(reasonIn[lang]);
    await page.getByTestId('parser-review').screenshot({ path: `${ARTIFACTS}/panel-${lang}.png` });
  }
  await page.getByTestId('ui-language').selectOption('en');

  // One key: Enter accepts the parse as shown (B3 L, the featured product's variant).
  await claim.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('parser-claim')).toHaveCount(0);
  const stateOnDisk = studio.db.prepare("SELECT state FROM orders WHERE note LIKE 'parse %' ORDER BY id DESC LIMIT 1").get() as {
    state: string;
  };
  expect(stateOnDisk.state).toBe('claimed');

  await page.getByTestId('parser-examples-toggle').click();
  await expect(page.getByTestId('parser-example')).toHaveCount(1);
  await expect(page.getByTestId('parser-example')).toContainText('sold B33 L');
  await page.getByTestId('parser-review').screenshot({ path: `${ARTIFACTS}/examples-en.png` });
  await page.getByTestId('parser-example-delete').click();
  await expect(page.getByTestId('parser-example')).toHaveCount(0);
  await context.close();
});
